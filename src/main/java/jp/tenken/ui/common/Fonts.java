package jp.tenken.ui.common;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;

/**
 * The app's fonts, opened before the window asks for them. The checklist's first style pass opens the font files the
 * stylesheet names, and opening a Japanese font's file reads its tables (about 0.1 s on the project's machine for
 * Noto Sans CJK JP regular and bold, on the JavaFX thread with the window waiting). Opened on a thread of their own
 * while the toolkit finishes starting and the view is built, they are ready when the first style pass asks for them.
 *
 * <p>On Linux, Noto Sans CJK is installed as two OpenType collections (regular and bold) of ten fonts each (JP, KR,
 * SC, TC, HK and their monospaced forms). Asked for a family, JavaFX opens every font of the collection that holds it,
 * each through a FreeType face of its own that maps the whole 19 MB file again: twenty maps and about 35 MB resident
 * for the two fonts the window draws with. Where the collections are found in the folders Linux distributions put them,
 * only their first font (JP, which the stylesheet asks for) is opened, through {@link Font#loadFont(String, double)},
 * and JavaFX then finds the family and its bold among the fonts it has loaded. Anywhere else the fonts are looked up as
 * before.
 */
public final class Fonts {
    /** The family ui/app.css asks for first ({@code -fx-font-family} of {@code .root}). */
    public static final String FAMILY = "Noto Sans CJK JP";
    private static final double ANY_SIZE = 13;
    /** Where Debian and Ubuntu (fonts-noto-cjk), Arch (noto-fonts-cjk) and Fedora (google-noto-cjk-fonts) put them. */
    static final List<Path> COLLECTION_FOLDERS = List.of(Path.of("/usr/share/fonts/opentype/noto"),
            Path.of("/usr/share/fonts/noto-cjk"), Path.of("/usr/share/fonts/google-noto-cjk"));
    static final List<String> COLLECTIONS = List.of("NotoSansCJK-Regular.ttc", "NotoSansCJK-Bold.ttc");

    private Fonts() {
    }

    /**
     * Opens JavaFX's default font and the app's family, regular and bold, on a daemon thread (any thread may make a
     * font once the toolkit is up, as in {@code Application.init}). A system without the family gets the default.
     */
    public static void openInBackground() {
        Thread t = new Thread(() -> {
            Font.getDefault(); // the first a new control asks for, so the window never waits behind the others
            openFirstFontsOfCollections();
            Font.font(FAMILY, FontWeight.NORMAL, ANY_SIZE);
            Font.font(FAMILY, FontWeight.BOLD, ANY_SIZE);
        }, "tenken-fonts");
        t.setDaemon(true);
        t.start();
    }

    /**
     * On Linux, opens the first font of each Noto Sans CJK collection found in {@link #COLLECTION_FOLDERS} (both
     * weights from one folder, or none). Returns the fonts opened, none where the collections are not found.
     */
    static List<Font> openFirstFontsOfCollections() {
        if (!System.getProperty("os.name", "").toLowerCase(Locale.ROOT).startsWith("linux")) {
            return List.of();
        }
        for (Path folder : COLLECTION_FOLDERS) {
            List<Path> files = COLLECTIONS.stream().map(folder::resolve).toList();
            if (files.stream().allMatch(Files::isRegularFile)) {
                // a file URL: JavaFX opens the file where it is, without a copy, and only its first font
                return files.stream().map(f -> Font.loadFont(f.toUri().toString(), ANY_SIZE))
                        .filter(Objects::nonNull).toList();
            }
        }
        return List.of();
    }
}
