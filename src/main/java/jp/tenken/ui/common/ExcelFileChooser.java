package jp.tenken.ui.common;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import javafx.scene.Node;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/** The file dialogs for .xlsx files: where to save an export (".xlsx" added if left off), or which file to read. */
public final class ExcelFileChooser {
    private ExcelFileChooser() {
    }

    /** Asks where to save; starts in {@code folder} with {@code suggestedName}. */
    public static Optional<Path> save(Node owner, String title, Path folder, String suggestedName) {
        FileChooser chooser = chooser(title, folder);
        chooser.setInitialFileName(suggestedName);
        File f = chooser.showSaveDialog(window(owner));
        if (f == null) {
            return Optional.empty();
        }
        Path p = f.toPath();
        if (!p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".xlsx")) {
            p = p.resolveSibling(p.getFileName() + ".xlsx");
        }
        return Optional.of(p);
    }

    /** Asks for one workbook to read. */
    public static Optional<Path> open(Node owner, String title, Path folder) {
        File f = chooser(title, folder).showOpenDialog(window(owner));
        return f == null ? Optional.empty() : Optional.of(f.toPath());
    }

    private static FileChooser chooser(String title, Path folder) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("Excel (*.xlsx)", "*.xlsx"));
        if (folder != null && Files.isDirectory(folder)) {
            chooser.setInitialDirectory(folder.toFile());
        }
        return chooser;
    }

    private static Window window(Node owner) {
        return owner == null || owner.getScene() == null ? null : owner.getScene().getWindow();
    }
}
