package jp.tenken.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The header's search as the clerk uses it: the form opens with the field drawn as its face (its prompt says
 * Ctrl+F), Ctrl+F puts the typing in it, the rows narrow to those that match as the clerk types, the clear button
 * brings every row back, and the box keeps its width from face to field.
 */
class SearchFieldTest extends ChecklistWindowTest {

    private int rowsShown() {
        return lookup(".answer-row").queryAll().size();
    }

    @Test
    void ctrlFSearchesTheRowsAndTheClearButtonBringsThemBack() throws Exception {
        TenkenApp app = startWindow(22);

        Node search = lookup("#search").query();
        assertTrue(lookup("#search .text-field").queryAll().stream().noneMatch(n -> n instanceof TextField),
                "the form opens with the search drawn as its face");
        assertEquals("項目を検索（Ctrl+F）", lookup("#search .label").queryAs(Label.class).getText());
        double faceWidth = search.getLayoutBounds().getWidth();

        press(KeyCode.CONTROL).type(KeyCode.F).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        TextField field = assertInstanceOf(TextField.class, search.getScene().getFocusOwner(),
                "Ctrl+F: the search field has the focus");
        assertTrue(field.getParent() == search || isInside(field, search), "the focused field is the search");
        write("バックアップ");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> rowsShown() > 0 && rowsShown() < 22);
        String text = lookup(".answer-row .item-text").queryAs(Label.class).getText();
        assertTrue(text.contains("バックアップ"), "the rows shown match: " + text);
        assertEquals(faceWidth, search.getLayoutBounds().getWidth(), 0.5, "the box kept its width");

        Node clearButton = lookup("#search .clear-button").query();
        clickOn(clearButton);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> rowsShown() == 22);
        assertEquals("", field.getText(), "the clear button empties the field");
        FxToolkit.cleanupApplication(app);
    }

    private static boolean isInside(Node n, Node parent) {
        for (Node p = n; p != null; p = p.getParent()) {
            if (p == parent) {
                return true;
            }
        }
        return false;
    }
}
