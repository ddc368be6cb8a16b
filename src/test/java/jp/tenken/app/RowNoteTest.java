package jp.tenken.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import jp.tenken.ui.common.LazyTextField;
import jp.tenken.ui.common.NodeNames;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A row's 備考 as the clerk uses it: the form opens with each note drawn as its face (no text field built), a click
 * or Tab makes it a field that takes the typing, what is typed is kept through a restart, and a click into a note
 * that has text puts the caret there instead of selecting the text for the next key to replace.
 */
class RowNoteTest extends ChecklistWindowTest {

    private TenkenApp start() throws Exception {
        return startWindow(22);
    }

    private List<LazyTextField> notes() {
        return lookup(n -> n instanceof LazyTextField && NodeNames.of(n) != null
                && NodeNames.of(n).startsWith("note-")).queryAllAs(LazyTextField.class).stream()
                .sorted((a, b) -> Double.compare(a.localToScene(0, 0).getY(), b.localToScene(0, 0).getY())).toList();
    }

    private static String faceText(LazyTextField note) {
        return ((Label) note.getChildrenUnmodifiable().get(0)).getText();
    }

    @Test
    void notesAreTypedKeptAndEditedWhereClicked() throws Exception {
        TenkenApp app = start();
        List<LazyTextField> notes = notes();
        assertEquals(22, notes.size(), "every row has its 備考");
        assertTrue(lookup(".answer-row .row-note").queryAll().stream().noneMatch(n -> n instanceof TextField),
                "the form opens with no text field built for 備考");
        assertEquals("備考", faceText(notes.get(0)), "an empty note shows its prompt");

        // a click on the first row's note: a field with the focus, which takes the typing; Tab keeps it
        clickOn(notes.get(0));
        WaitForAsyncUtils.waitForFxEvents();
        Node focus = notes.get(0).getScene().getFocusOwner();
        TextField first = assertInstanceOf(TextField.class, focus, "the clicked note takes the focus as a field");
        write("ルータ交換予定");
        type(KeyCode.TAB);
        // Tab reaching the second row's note from its row (the field before it in the order): it takes the typing
        LazyTextField second = notes.get(1);
        interact(second::requestFocus);
        WaitForAsyncUtils.waitForFxEvents();
        assertInstanceOf(TextField.class, notes.get(1).getScene().getFocusOwner(), "the focused note is a field");
        write("院長確認済み");
        type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("ルータ交換予定", first.getText());
        FxToolkit.cleanupApplication(app); // the workbook closed, as on quitting

        // opened again: both notes are there, drawn as faces
        app = start();
        notes = notes();
        assertEquals("ルータ交換予定", faceText(notes.get(0)));
        assertEquals("院長確認済み", faceText(notes.get(1)));
        assertFalse(notes.get(0).getChildrenUnmodifiable().get(0) instanceof TextField);

        // a click near the right end of a note that has text: the caret goes after the text, nothing is selected,
        // and what is typed is added to the note instead of replacing it
        LazyTextField note = notes.get(0);
        Bounds b = note.localToScreen(note.getBoundsInLocal());
        moveTo(b.getMaxX() - 20, (b.getMinY() + b.getMaxY()) / 2);
        press(MouseButton.PRIMARY).release(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
        TextField field = assertInstanceOf(TextField.class, note.getScene().getFocusOwner());
        assertEquals("", field.getSelectedText(), "a click selects nothing");
        write("。");
        type(KeyCode.TAB);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("ルータ交換予定。", field.getText());
        FxToolkit.cleanupApplication(app);

        app = start();
        assertEquals("ルータ交換予定。", faceText(notes().get(0)), "the added text was kept too");
        FxToolkit.cleanupApplication(app);
    }
}
