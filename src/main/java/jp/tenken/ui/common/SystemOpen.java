package jp.tenken.ui.common;

import java.awt.Desktop;
import java.io.IOException;
import java.nio.file.Path;
import javafx.stage.Window;
import jp.tenken.i18n.Messages;

/**
 * Opens a file or a folder with the system's own program (Explorer, Finder, the desktop's file manager, Excel), off
 * the FX thread. Where the system cannot, a message says where it is instead.
 */
public final class SystemOpen {
    private SystemOpen() {
    }

    /** Opens {@code target}; on failure tells the clerk, over {@code owner}, where it is. */
    public static void open(Window owner, Path target, UiExecutor executor) {
        executor.submit(() -> {
            if (!Desktop.isDesktopSupported() || !Desktop.getDesktop().isSupported(Desktop.Action.OPEN)) {
                throw new IOException("no desktop");
            }
            Desktop.getDesktop().open(target.toFile());
            return null;
        }, ok -> { }, e -> Dialogs.error(owner, Messages.get("export.cannotOpen", target)));
    }
}
