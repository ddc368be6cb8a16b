package jp.tenken.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.event.Event;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.stage.Stage;
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
 * A clerk who knows the form types Y Y Y … as fast as the keys go, at 大 where each row is taller than a third of the
 * window: every Y answers its own row, in order, though the rows scroll into view after the keys have come; and N, a
 * 目標日, Enter and Y Y typed before that 目標日 is saved answer the next rows, and leave the 目標日 as typed.
 */
class FastKeysTest extends FxRobot {

    @TempDir
    static Path home;

    @BeforeAll
    static void workbook() {
        TestWorkbook.clinicAt(home, LocalDate.of(2025, 10, 1));
    }

    @AfterAll
    static void clear() throws Exception {
        FxToolkit.cleanupStages();
        TestWorkbook.leaveApp();
    }

    @Test
    void everyYTypedFastAnswersItsOwnRow() throws Exception {
        TenkenApp app = RealApp.start(this, "0 / 22");
        Stage stage = (Stage) lookup("#progress").query().getScene().getWindow();
        try {
            interact(() -> {
                stage.setWidth(1366);
                stage.setHeight(768);
            });
            interact(lookup("#font-size-LARGE").queryAs(ToggleButton.class)::fire);
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> firstYes().size() == 22);
            List<ToggleButton> yes = firstYes();
            interact(yes.get(0)::requestFocus);
            WaitForAsyncUtils.waitForFxEvents();
            // eight presses come in before the window has had its turn: each after the one before, in one go, as
            // keys typed fast are queued before the scrolling that the first of them asked for
            interact(() -> {
                for (int i = 0; i < 8; i++) {
                    press(stage, KeyCode.Y, "y");
                }
            });
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> lookup("#progress").queryAs(Label.class)
                    .getText().contains("8 / 22"));
            for (int i = 0; i < 22; i++) {
                assertEquals(i < 8, yes.get(i).isSelected(), "row " + (i + 1) + " answered by the " + (i + 1)
                        + "th Y, and no row after the eighth");
            }
            assertEquals(NodeNames.of(yes.get(8)), NodeNames.of(stage.getScene().getFocusOwner()),
                    "the focus waits on the ninth row");

            // いいえ with its 目標日, Enter, and Y Y for the next two rows, typed before the 目標日 has been saved:
            // the Y go to those rows, not into the 目標日
            String ninth = NodeNames.of(yes.get(8)).substring("yes1-".length());
            interact(() -> {
                press(stage, KeyCode.N, "n");
                for (char c : "2026/3/1".toCharArray()) {
                    press(stage, KeyCode.UNDEFINED, String.valueOf(c));
                }
                press(stage, KeyCode.ENTER, "\r");
                press(stage, KeyCode.Y, "y");
                press(stage, KeyCode.Y, "y");
            });
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> lookup("#progress").queryAs(Label.class)
                    .getText().contains("11 / 22"));
            WarekiDateField target = lookup(".row-date").queryAllAs(WarekiDateField.class).stream()
                    .filter(f -> ("target-" + ninth).equals(NodeNames.of(f))).findFirst().orElseThrow();
            assertEquals("令和8年3月1日", target.getEditor().getText(), "the 目標日 as typed, nothing after it");
            assertTrue(yes.get(9).isSelected() && yes.get(10).isSelected(), "the two Y answered the next two rows");
            assertFalse(yes.get(11).isSelected());
        } finally {
            FxToolkit.cleanupApplication(app);
        }
    }

    /**
     * A key as the window receives it, to whatever has the focus then: pressed (unless it only types), typed (when it
     * types {@code text}), released.
     */
    private static void press(Stage stage, KeyCode code, String text) {
        if (code != KeyCode.UNDEFINED) {
            Event.fireEvent(stage.getScene().getFocusOwner(), new KeyEvent(KeyEvent.KEY_PRESSED, "", text, code,
                    false, false, false, false));
        }
        if (!text.isEmpty()) {
            Event.fireEvent(stage.getScene().getFocusOwner(), new KeyEvent(KeyEvent.KEY_TYPED, text, "",
                    KeyCode.UNDEFINED, false, false, false, false));
        }
        if (code != KeyCode.UNDEFINED) {
            Event.fireEvent(stage.getScene().getFocusOwner(), new KeyEvent(KeyEvent.KEY_RELEASED, "", text, code,
                    false, false, false, false));
        }
    }

    /** Each row's 1回目 はい, in the form's order. */
    private List<ToggleButton> firstYes() {
        return lookup(".answer-yes").queryAllAs(ToggleButton.class).stream()
                .filter(b -> NodeNames.of(b) != null && NodeNames.of(b).startsWith("yes1-")).toList();
    }
}
