package jp.tenken.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.event.Event;
import javafx.event.EventType;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.stage.Stage;
import jp.tenken.testing.TestWorkbook;
import jp.tenken.ui.common.NodeNames;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A clerk who knows the form types Y Y Y … as fast as the keys go, at 大 where each row is taller than a third of the
 * window: every Y answers its own row, in order, though the rows scroll into view after the keys have come.
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
        Stage stage = FxToolkit.registerPrimaryStage();
        TenkenApp app = new TenkenApp();
        try {
            FxToolkit.setupApplication(() -> app);
            WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> lookup("#progress").tryQuery()
                    .map(n -> ((Label) n).getText().contains("0 / 22")).orElse(false));
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
                    Node focus = stage.getScene().getFocusOwner();
                    for (EventType<KeyEvent> type : List.of(KeyEvent.KEY_PRESSED, KeyEvent.KEY_TYPED,
                            KeyEvent.KEY_RELEASED)) {
                        boolean typed = type == KeyEvent.KEY_TYPED;
                        Event.fireEvent(focus, new KeyEvent(type, typed ? "y" : "", typed ? "" : "y",
                                typed ? KeyCode.UNDEFINED : KeyCode.Y, false, false, false, false));
                    }
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
        } finally {
            FxToolkit.cleanupApplication(app);
        }
    }

    /** Each row's 1回目 はい, in the form's order. */
    private List<ToggleButton> firstYes() {
        return lookup(".answer-yes").queryAllAs(ToggleButton.class).stream()
                .filter(b -> NodeNames.of(b) != null && NodeNames.of(b).startsWith("yes1-")).toList();
    }
}
