package jp.tenken.ui.common;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.Parent;

/** The font size (標準/大/特大) and high-contrast choice; applied to a scene root and remembered by the app. */
public final class DisplaySettings {

    /** Font sizes offered in settings, in CSS pixels. */
    public enum FontSize {
        NORMAL(14), LARGE(17), XLARGE(20);

        private final int px;

        FontSize(int px) {
            this.px = px;
        }

        public int px() {
            return px;
        }
    }

    private final ObjectProperty<FontSize> fontSize = new SimpleObjectProperty<>(FontSize.NORMAL);
    private final BooleanProperty highContrast = new SimpleBooleanProperty(false);

    public ObjectProperty<FontSize> fontSizeProperty() {
        return fontSize;
    }

    public BooleanProperty highContrastProperty() {
        return highContrast;
    }

    /** Keeps {@code root}'s font size and contrast class in step with these settings. */
    public void applyTo(Parent root) {
        Runnable apply = () -> {
            root.setStyle("-fx-font-size: " + fontSize.get().px() + "px;");
            root.getStyleClass().remove("high-contrast");
            if (highContrast.get()) {
                root.getStyleClass().add("high-contrast");
            }
        };
        fontSize.addListener((o, a, b) -> apply.run());
        highContrast.addListener((o, a, b) -> apply.run());
        apply.run();
    }
}
