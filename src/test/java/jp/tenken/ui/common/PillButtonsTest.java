package jp.tenken.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.util.List;
import javafx.css.CssParser;
import javafx.css.Rule;
import javafx.css.Selector;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import org.controlsfx.control.SegmentedButton;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The font size chooser and the row filters are {@link PillButtons}: ControlsFX's segmented buttons without
 * ControlsFX's stylesheet for them, which styles only its {@code dark} variant. Drawn in a real window, they look
 * as ControlsFX's own do: the same pills, corners and colours, from JavaFX's stylesheet.
 */
class PillButtonsTest extends FxRobot {

    @AfterEach
    void clear() throws Exception {
        FxToolkit.cleanupStages();
    }

    @Test
    void controlsFxStylesOnlyTheDarkVariant() throws Exception {
        URL css = SegmentedButton.class.getResource("segmentedbutton.css");
        List<Rule> rules = new CssParser().parse(css).getRules();
        assertFalse(rules.isEmpty(), "ControlsFX's stylesheet is where it was: " + css);
        for (Rule r : rules) {
            for (Selector s : r.getSelectors()) {
                assertTrue(s.toString().contains(".dark"), "a rule PillButtons would miss: " + s);
            }
        }
        assertNull(new PillButtons().getUserAgentStylesheet());
    }

    @Test
    void thePillsLookAsControlsFxDrawsThem() throws Exception {
        FxToolkit.registerPrimaryStage();
        SegmentedButton plain = buttons(new SegmentedButton());
        SegmentedButton pills = buttons(new PillButtons());
        FxToolkit.setupStage(s -> {
            s.setScene(new javafx.scene.Scene(new HBox(12, plain, pills), 600, 120));
            s.show();
        });
        WaitForAsyncUtils.waitForFxEvents();
        interact(() -> {
            for (int i = 0; i < 3; i++) {
                Region a = (Region) plain.getButtons().get(i);
                Region b = (Region) pills.getButtons().get(i);
                assertEquals(a.getStyleClass(), b.getStyleClass(), "button " + i);
                assertEquals(a.getBackground(), b.getBackground(), "button " + i + " background");
                assertEquals(a.getBorder(), b.getBorder(), "button " + i + " border");
                assertEquals(a.getWidth(), b.getWidth(), 0.01, "button " + i + " width");
                assertEquals(a.getHeight(), b.getHeight(), 0.01, "button " + i + " height");
            }
            // a pill: the first button rounded on its left only, the last on its right only
            var left = ((Region) pills.getButtons().get(0)).getBackground().getFills().get(1).getRadii();
            var right = ((Region) pills.getButtons().get(2)).getBackground().getFills().get(1).getRadii();
            assertTrue(left.getTopLeftHorizontalRadius() > 0 && left.getTopRightHorizontalRadius() == 0, "" + left);
            assertTrue(right.getTopRightHorizontalRadius() > 0 && right.getTopLeftHorizontalRadius() == 0, "" + right);
        });
    }

    private static SegmentedButton buttons(SegmentedButton b) {
        for (String t : List.of("標準", "大", "特大")) {
            ToggleButton button = new ToggleButton(t);
            button.setFocusTraversable(false); // neither row's chosen button takes the window's focus (and its ring)
            b.getButtons().add(button);
        }
        b.getButtons().get(1).setSelected(true);
        return b;
    }
}
