package jp.tenken.ui.common;

import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.text.TextAlignment;

/** What an empty table or list says: wrapped to its width at any font size, never cut to 「…」. */
public final class Placeholder {
    private Placeholder() {
    }

    public static Label of(String text) {
        Label l = new Label(text);
        l.setWrapText(true);
        l.setTextAlignment(TextAlignment.CENTER);
        l.setPadding(new Insets(0, 16, 0, 16));
        return l;
    }
}
