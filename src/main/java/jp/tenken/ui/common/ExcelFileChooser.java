package jp.tenken.ui.common;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javafx.scene.Node;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/**
 * The one file dialog of the app: where to save an export (".xlsx" added if left off), or which workbook(s) or list
 * to read.
 */
public final class ExcelFileChooser {
    private static final String EXCEL = "Excel (*.xlsx)";
    private static final String XLSX = "*.xlsx";

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
        return open(owner, title, folder, EXCEL, XLSX);
    }

    /** Asks for one file to read of the kinds {@code patterns} (e.g. "*.xlsx", "*.csv"), named {@code filter}. */
    public static Optional<Path> open(Node owner, String title, Path folder, String filter, String... patterns) {
        File f = chooser(title, folder, filter, patterns).showOpenDialog(window(owner));
        return f == null ? Optional.empty() : Optional.of(f.toPath());
    }

    /** Asks for one or more files to read of the kinds {@code patterns}, named {@code filter}. */
    public static List<Path> openMany(Window owner, String title, String filter, String... patterns) {
        List<File> chosen = chooser(title, null, filter, patterns).showOpenMultipleDialog(owner);
        return chosen == null ? List.of() : chosen.stream().map(File::toPath).toList();
    }

    private static FileChooser chooser(String title, Path folder) {
        return chooser(title, folder, EXCEL, XLSX);
    }

    private static FileChooser chooser(String title, Path folder, String filter, String... patterns) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(filter, patterns));
        if (folder != null && Files.isDirectory(folder)) {
            chooser.setInitialDirectory(folder.toFile());
        }
        return chooser;
    }

    private static Window window(Node owner) {
        return owner == null || owner.getScene() == null ? null : owner.getScene().getWindow();
    }
}
