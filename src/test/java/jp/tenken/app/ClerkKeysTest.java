package jp.tenken.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListView;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.stage.Window;
import jp.tenken.domain.FiscalYear;
import jp.tenken.domain.edition.FormKind;
import jp.tenken.domain.edition.RowKey;
import jp.tenken.domain.year.Answer;
import jp.tenken.domain.year.AnswerValue;
import jp.tenken.domain.year.Facility;
import jp.tenken.domain.year.FacilityKind;
import jp.tenken.domain.year.Round;
import jp.tenken.service.ChecklistService;
import jp.tenken.service.OpenForm;
import jp.tenken.testing.TestWorkbook;
import jp.tenken.ui.common.NodeNames;
import jp.tenken.ui.common.WarekiDateField;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The real app driven by keys as a clerk would, where keys used to surprise: ↑/↓ in the year list change the year,
 * Ctrl+Z and Esc work from the 目標日 an accidental N moved to, an unreadable date stays in its field with a
 * message, the key line says what Y and N do, and Esc closes the guideline window.
 */
class ClerkKeysTest extends FxRobot {

    @TempDir
    static Path home;

    @BeforeAll
    static void workbook() {
        LocalDate today = LocalDate.of(2026, 6, 10);
        try (TestWorkbook wb = TestWorkbook.create(TestWorkbook.appAt(home, today), today)) {
            ChecklistService s = wb.checklist();
            s.saveFacility(new Facility("さくら内科クリニック", FacilityKind.CLINIC));
            for (int y : new int[] {2024, 2025}) {
                OpenForm f = s.open(new FiscalYear(y), FormKind.FACILITY, null);
                for (RowKey row : f.form().rows()) {
                    s.saveAnswer(f.assessment(), new Answer(row, Round.FIRST, AnswerValue.YES,
                            LocalDate.of(y, 6, 1), null, "", null));
                }
            }
        }
    }

    @AfterAll
    static void clear() throws Exception {
        FxToolkit.cleanupStages();
        TestWorkbook.leaveApp();
    }

    private String progress() {
        return lookup("#progress").queryAs(Label.class).getText();
    }

    private void ctrl(KeyCode code) {
        press(KeyCode.CONTROL).type(code).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void keysDoWhatTheKeyLineSays() throws Exception {
        FxToolkit.registerPrimaryStage();
        TenkenApp app = new TenkenApp();
        FxToolkit.setupApplication(() -> app);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> lookup("#progress").tryQuery()
                .map(n -> ((Label) n).getText().contains("0 / 22")).orElse(false));
        assertTrue(lookup(".key-help").queryAs(Label.class).getText().contains("Y：はい（次の行へ）"));

        // the year list: three years, the current one answered on the 令和7年度版 said in words; ↓ opens the next
        ListView<?> years = lookup("#years").queryAs(ListView.class);
        assertEquals(3, years.getItems().size());
        String cells = String.join("|", lookup("#years .list-cell").queryAllAs(Labeled.class).stream().map(c -> String.valueOf(c.getText()))
                .toList());
        assertTrue(cells.contains("令和8年度\n令和7年度版で回答"), cells);
        interact(years::requestFocus);
        type(KeyCode.DOWN);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> progress().contains("22 / 22"));
        type(KeyCode.UP);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> progress().contains("0 / 22"));

        // an accidental N: the cursor is in 目標日; Ctrl+Z there undoes the いいえ and goes back to the row
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> lookup(".answer-yes").queryAll().size() == 22 * 2);
        ToggleButton yes = lookup(".answer-yes").queryAllAs(ToggleButton.class).stream()
                .filter(b -> NodeNames.of(b).startsWith("yes1-ops.")).findFirst().orElseThrow();
        String id = NodeNames.of(yes).substring("yes1-".length());
        ToggleButton no = lookup(".answer-no").queryAllAs(ToggleButton.class).stream()
                .filter(b -> NodeNames.of(b).equals("no1-" + id)).findFirst().orElseThrow();
        WarekiDateField target = lookup(".row-date").queryAllAs(WarekiDateField.class).stream()
                .filter(f -> NodeNames.of(f).equals("target-" + id)).findFirst().orElseThrow();
        interact(yes::requestFocus);
        type(KeyCode.N);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(no.isSelected());
        assertTrue(focusIn(target), "N moves to 目標日");
        ctrl(KeyCode.Z);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !no.isSelected());
        assertTrue(yes.isFocused(), "back on the row's はい");

        // N again, an unreadable date: it stays, marked, with a message; Esc drops it and leaves the field
        type(KeyCode.N);
        WaitForAsyncUtils.waitForFxEvents();
        write("abc");
        type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("abc", target.getEditor().getText());
        assertTrue(target.getStyleClass().contains("invalid"));
        assertTrue(target.problemProperty().get().contains("日付として読めません"), target.problemProperty().get());
        interact(target::requestFocus);
        type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("", target.getEditor().getText());
        assertFalse(target.getStyleClass().contains("invalid"));
        assertFalse(focusIn(target), "Esc leaves the field");

        // N again, a 目標日 the rules refuse (after the fiscal year): Enter stays in it, いいえ is not left without one
        interact(yes::requestFocus);
        type(KeyCode.N);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(focusIn(target), "N moves to 目標日");
        write("2031/01/31");
        type(KeyCode.ENTER);
        // after the year: the clerk is asked whether it is a plan for a later year; Enter answers やめる
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> lookup(".dialog-pane").tryQuery().isPresent());
        DialogPane ask = lookup(".dialog-pane").queryAs(DialogPane.class);
        assertTrue(((Label) ask.getContent().lookup(".label")).getText().startsWith("目標日 令和13年1月31日 は令和8年度の外"),
                ((Label) ask.getContent().lookup(".label")).getText());
        type(KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> lookup(".dialog-pane").tryQuery().isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(focusIn(target), "a refused 目標日 keeps the cursor in it: " + target.getScene().getFocusOwner());
        ctrl(KeyCode.Z);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !no.isSelected());

        // U when every row is answered says so (令和7年度: 22 of 22)
        interact(years::requestFocus);
        type(KeyCode.DOWN);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> progress().contains("22 / 22"));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> lookup(".answer-yes").queryAll().size() == 22 * 2);
        ToggleButton anyYes = lookup(".answer-yes").queryAllAs(ToggleButton.class).stream()
                .filter(b -> NodeNames.of(b).startsWith("yes1-")).findFirst().orElseThrow();
        interact(anyYes::requestFocus);
        type(KeyCode.U);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(lookup("#status").queryAs(Label.class).getText().contains("未回答の項目はありません"),
                lookup("#status").queryAs(Label.class).getText());
        interact(years::requestFocus);
        type(KeyCode.UP);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> progress().contains("0 / 22"));

        // Esc closes the guideline window
        interact(() -> lookup("#nav-clauses").queryAs(Button.class).fire());
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> lookup("#clauses-tree").tryQuery().isPresent());
        Window clauses = lookup("#clauses-tree").query().getScene().getWindow();
        interact(() -> lookup("#clauses-tree").query().requestFocus());
        type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(clauses.isShowing(), "Esc closed the guideline window");
        FxToolkit.cleanupApplication(app);
    }

    private static boolean focusIn(Node field) {
        Node f = field.getScene().getFocusOwner();
        for (Node p = f; p != null; p = p.getParent()) {
            if (p == field) {
                return true;
            }
        }
        return false;
    }
}
