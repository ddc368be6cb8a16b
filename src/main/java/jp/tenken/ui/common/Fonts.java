package jp.tenken.ui.common;

import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;

/**
 * The app's fonts, opened before the window asks for them. The checklist's first style pass opens the font files the
 * stylesheet names, and opening a Japanese font's file reads its tables (about 0.1 s on the project's machine for
 * Noto Sans CJK JP regular and bold, on the JavaFX thread with the window waiting). Opened on a thread of their own
 * while the toolkit finishes starting and the view is built, they are ready when the first style pass asks for them.
 */
public final class Fonts {
    /** The family ui/app.css asks for first ({@code -fx-font-family} of {@code .root}). */
    public static final String FAMILY = "Noto Sans CJK JP";
    private static final double ANY_SIZE = 13;

    private Fonts() {
    }

    /**
     * Opens JavaFX's default font and the app's family, regular and bold, on a daemon thread (any thread may make a
     * font once the toolkit is up, as in {@code Application.init}). A system without the family gets the default.
     */
    public static void openInBackground() {
        Thread t = new Thread(() -> {
            Font.getDefault(); // the first a new control asks for, so the window never waits behind the others
            Font.font(FAMILY, FontWeight.NORMAL, ANY_SIZE);
            Font.font(FAMILY, FontWeight.BOLD, ANY_SIZE);
        }, "tenken-fonts");
        t.setDaemon(true);
        t.start();
    }
}
