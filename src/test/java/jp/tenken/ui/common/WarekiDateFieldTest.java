package jp.tenken.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The date field on a real screen: until it is used it shows the date (or its prompt) without a date picker; Tab
 * into it makes the picker, which takes the typing; a click opens the picker too.
 */
class WarekiDateFieldTest extends FxRobot {

    @AfterAll
    static void clear() throws Exception {
        FxToolkit.cleanupStages();
    }

    @Test
    void showsItsDateWithoutAPickerUntilUsedThenTakesTyping() throws Exception {
        FxToolkit.registerPrimaryStage();
        ToggleButton before = new ToggleButton("はい");
        WarekiDateField checked = new WarekiDateField();
        WarekiDateField target = new WarekiDateField();
        checked.setValue(LocalDate.of(2025, 5, 16));
        target.setPromptText("目標日");
        HBox row = new HBox(8, before, checked, target);
        FxToolkit.setupStage(stage -> {
            stage.setScene(new Scene(row, 700, 120));
            stage.show();
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(0, pickers(row), "no date picker before a field is used");
        assertEquals("令和7年5月16日", checked.shownText());
        assertEquals("令和7年5月16日", faceText(checked));
        assertEquals("目標日", faceText(target), "an empty field shows its prompt");
        assertEquals("", target.shownText());

        // Tab from the button into the first field: its picker is made, has the focus and takes the typing
        interact(before::requestFocus);
        type(KeyCode.TAB);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(1, pickers(row));
        assertTrue(focusWithin(checked), "the focus is in the field's picker");
        assertEquals("令和7年5月16日", checked.getEditor().getText());
        interact(() -> checked.getEditor().selectAll());
        write("R7.6.1");
        type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(LocalDate.of(2025, 6, 1), checked.getValue());
        assertEquals("令和7年6月1日", checked.shownText());

        // a value set from outside shows in the face of a field not used yet
        interact(() -> target.setValue(LocalDate.of(2026, 3, 31)));
        assertEquals("令和8年3月31日", faceText(target));
        interact(() -> target.setValue(null));
        assertNull(target.getValue());
        assertEquals("目標日", faceText(target));

        // a click makes the picker too, and the focus is in it
        clickOn(target);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(2, pickers(row));
        assertTrue(focusWithin(target));
        assertFalse(target.getStyleClass().contains("invalid"));
        write("abc");
        type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(target.getStyleClass().contains("invalid"), "unreadable text is marked");
        assertTrue(target.problemProperty().get().contains("abc"), target.problemProperty().get());
    }

    private static long pickers(Parent root) {
        return root.lookupAll("*").stream().filter(n -> n instanceof DatePicker).count();
    }

    private static String faceText(WarekiDateField f) {
        return ((Label) f.lookup(".date-face")).getText();
    }

    private static boolean focusWithin(Node field) {
        for (Node p = field.getScene().getFocusOwner(); p != null; p = p.getParent()) {
            if (p == field) {
                return true;
            }
        }
        return false;
    }
}
