package jp.tenken.ui.common;

import javafx.beans.InvalidationListener;
import javafx.beans.WeakInvalidationListener;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.Region;
import jp.tenken.i18n.Messages;
import jp.tenken.ui.common.DisplaySettings.FontSize;
import org.controlsfx.control.SegmentedButton;

/**
 * 標準・大・特大 as three buttons side by side: one click, every choice in sight (and no drop-down list to build when
 * the window opens). The main window's navigation has one; so does the facility question of a first start, which
 * comes before the main window can be used.
 */
public final class FontSizeChooser {

    private FontSizeChooser() {
    }

    /** The three buttons, {@code id} for the group and {@code id-NORMAL} and so on for each button. */
    public static SegmentedButton of(DisplaySettings display, String id) {
        SegmentedButton size = new PillButtons();
        size.setId(id);
        for (FontSize s : FontSize.values()) {
            ToggleButton b = new ToggleButton(Messages.get("settings.fontSize." + s.name()));
            b.setId(id + "-" + s.name());
            b.setUserData(s);
            b.setMinWidth(Region.USE_PREF_SIZE);
            b.setOnAction(e -> {
                display.fontSizeProperty().set(s);
                b.setSelected(true); // a second click on the chosen size keeps it chosen
            });
            size.getButtons().add(b);
        }
        InvalidationListener show = o -> size.getButtons().forEach(b ->
                b.setSelected(b.getUserData() == display.fontSizeProperty().get()));
        // the settings outlive a dialog's buttons: the buttons hold their listener, the settings only a weak one
        size.getProperties().put(FontSizeChooser.class, show);
        display.fontSizeProperty().addListener(new WeakInvalidationListener(show));
        show.invalidated(display.fontSizeProperty());
        return size;
    }
}
