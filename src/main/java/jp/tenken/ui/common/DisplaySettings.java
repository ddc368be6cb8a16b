package jp.tenken.ui.common;

import java.util.Optional;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Stage;
import javafx.stage.Window;

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

    /** One size larger: 標準 → 大 → 特大 (特大 stays). */
    public void larger() {
        step(1);
    }

    /** One size smaller: 特大 → 大 → 標準 (標準 stays). */
    public void smaller() {
        step(-1);
    }

    /** Back to 標準. */
    public void standard() {
        fontSize.set(FontSize.NORMAL);
    }

    private void step(int by) {
        FontSize[] all = FontSize.values();
        fontSize.set(all[Math.max(0, Math.min(all.length - 1, fontSize.get().ordinal() + by))]);
    }

    /** Keeps {@code root}'s font size and contrast class in step with these settings. */
    public void applyTo(Parent root) {
        root.getProperties().put(DisplaySettings.class, this); // found again by the dialogs its window opens
        Runnable apply = () -> dress(root);
        fontSize.addListener((o, a, b) -> apply.run());
        highContrast.addListener((o, a, b) -> apply.run());
        apply.run();
    }

    /** Gives {@code root} the font size and contrast chosen now (once: {@link #applyTo} keeps it in step). */
    public void dress(Parent root) {
        root.setStyle("-fx-font-size: " + fontSize.get().px() + "px;");
        root.getStyleClass().remove("high-contrast");
        if (highContrast.get()) {
            root.getStyleClass().add("high-contrast");
        }
    }

    /**
     * The settings the root of {@code window}'s scene follows, where {@link #applyTo} gave it some; for a dialog, those
     * of the window that opened it (a message over a dialog follows the app's size too).
     */
    public static Optional<DisplaySettings> of(Window window) {
        Scene scene = window == null ? null : window.getScene();
        Object own = scene == null || scene.getRoot() == null ? null
                : scene.getRoot().getProperties().get(DisplaySettings.class);
        if (own instanceof DisplaySettings d) {
            return Optional.of(d);
        }
        return window instanceof Stage stage ? of(stage.getOwner()) : Optional.empty();
    }
}
