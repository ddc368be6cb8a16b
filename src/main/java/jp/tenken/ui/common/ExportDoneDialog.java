package jp.tenken.ui.common;

import java.nio.file.Path;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.stage.Window;
import jp.tenken.i18n.Messages;

/**
 * The end of an export: what was written, in a clerk's words, with 「フォルダを開く」 and 「Excel で開く」 (the system's
 * program for .xlsx files). Opening runs off the FX thread; when the system cannot open it, the message says where the
 * file is instead.
 */
public final class ExportDoneDialog {
    private ExportDoneDialog() {
    }

    /** Shows {@code message} about {@code file}; the buttons open its folder or the file itself. */
    public static void show(Window owner, String message, Path file, UiExecutor executor) {
        ButtonType folder = new ButtonType(Messages.get("export.openFolder"), ButtonBar.ButtonData.LEFT);
        ButtonType excel = new ButtonType(Messages.get("export.openFile"), ButtonBar.ButtonData.LEFT);
        Alert a = new Alert(Alert.AlertType.INFORMATION, "", folder, excel, DialogButtons.close());
        a.setTitle(Messages.get("export.doneTitle"));
        a.setHeaderText(null);
        Label l = new Label(message);
        l.setId("export-done-message");
        l.setWrapText(true);
        l.setMaxWidth(560);
        l.setPrefWidth(560);
        a.getDialogPane().setContent(l);
        Windows.dialog(a, owner);
        a.showAndWait().ifPresent(b -> {
            if (b == folder) {
                SystemOpen.open(owner, file.toAbsolutePath().getParent(), executor);
            } else if (b == excel) {
                SystemOpen.open(owner, file.toAbsolutePath(), executor);
            }
        });
    }
}
