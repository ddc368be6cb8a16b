package jp.tenken.ui.common;

import javafx.scene.Scene;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.ScrollEvent;

/**
 * The keys every desktop program zooms with, in each of the app's windows and dialogs: Ctrl and ＋ for a larger font
 * size (the ＋ key, the key beside it that is ＝ on a US keyboard and ；／＋ on a Japanese one, or ＋ on the number
 * pad), Ctrl and － for a smaller one, Ctrl and 0 for 標準, and Ctrl with the mouse wheel. They step through the same
 * 標準・大・特大 as the buttons under 「文字の大きさ」, so the choice is remembered the same way.
 */
public final class ZoomKeys {

    private ZoomKeys() {
    }

    /** Lets the keys change {@code display} from anywhere in {@code scene}, whichever control has the focus. */
    public static void install(Scene scene, DisplaySettings display) {
        scene.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (!e.isShortcutDown() || e.isAltDown()) {
                return;
            }
            switch (e.getCode()) {
                case PLUS, ADD, EQUALS, SEMICOLON -> display.larger();
                case MINUS, SUBTRACT -> display.smaller();
                case DIGIT0, NUMPAD0 -> display.standard();
                default -> {
                    return;
                }
            }
            e.consume();
        });
        scene.addEventFilter(ScrollEvent.SCROLL, e -> {
            if (e.isShortcutDown() && e.getDeltaY() != 0 && !e.isInertia()) {
                if (e.getDeltaY() > 0) {
                    display.larger();
                } else {
                    display.smaller();
                }
                e.consume();
            }
        });
    }
}
