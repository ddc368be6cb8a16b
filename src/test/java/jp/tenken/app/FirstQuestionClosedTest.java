package jp.tenken.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import jp.tenken.testing.TestWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The first start's facility question closed unanswered, as a clerk does with Esc or the close box: the window says
 * what comes first and offers the question again, and nothing that speaks of a year can be used before there is
 * one. It was an empty screen whose every button worked: the 事業者 window opened on 令和8年度 and could finalise
 * that year before it had a facility or an answer, after which no answer could be saved.
 */
class FirstQuestionClosedTest extends FxRobot {

    @TempDir
    static Path home;

    @BeforeAll
    static void settings() {
        TestWorkbook.appAt(home, LocalDate.of(2026, 12, 7)); // no workbook: the first start, in 令和8年度
    }

    @AfterAll
    static void clear() throws Exception {
        FxToolkit.cleanupStages();
        TestWorkbook.leaveApp();
    }

    @Test
    void escOnTheFirstQuestionLeavesAWayOnAndNothingThatNeedsAYear() throws Exception {
        TenkenApp app = RealApp.firstStart(this);
        try {

            // a name of spaces is no name: the question waits for one
            clickOn("#facility-name");
            write("   ");
            Button start = startButton();
            assertTrue(start.isDisabled(), "「この内容で始める」 waits for a name, not spaces");

            type(KeyCode.ESCAPE);
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> lookup("#facility-prompt").tryQuery()
                    .map(Node::isVisible).orElse(false));
            assertFalse(lookup("#facility-name").tryQuery().isPresent(), "the question is closed");
            Button again = lookup("#facility-again").queryAs(Button.class);
            assertTrue(again.isFocused(), "the way on has the focus: Enter asks again");
            Label said = (Label) lookup("#facility-prompt .label").query();
            assertEquals("はじめに、医療機関（薬局）の名前と種類を入力してください。", said.getText());

            for (String id : List.of("#nav-vendors", "#nav-compare", "#nav-clauses", "#nav-registers",
                    "#nav-official", "#nav-guideline-pdf", "#add-year")) {
                assertTrue(lookup(id).query().isDisabled(), id + " waits for the facility");
            }
            assertTrue(lookup("#filters").query().isDisabled(), "the filters, 前年度「はい」, Excel and search wait too");
            assertFalse(lookup("#nav-backup").query().isDisabled(),
                    "バックアップから復元 works before: a workbook lost, its backups kept");
            assertFalse(lookup("#font-size-XLARGE").query().isDisabled(), "the font size works before");
            assertFalse(lookup("#readiness").query().getParent().isVisible(),
                    "no 「立入検査で指摘されそうな点：」 over nothing");

            // Enter on the way on asks again; the name given, the year opens and everything works
            type(KeyCode.ENTER);
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> lookup("#facility-name").tryQuery().isPresent());
            assertFalse(lookup("#facility-prompt").query().isVisible(), "no second question behind the question");
            clickOn("#facility-name");
            write("さくら診療所");
            type(KeyCode.ENTER);
            WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> lookup("#progress").tryQuery()
                    .map(n -> ((Label) n).getText().contains("/ 22")).orElse(false));
            assertFalse(lookup("#facility-prompt").query().isVisible());
            assertTrue(lookup("#readiness").query().getParent().isVisible(), "the readiness line, once a form is open");
            for (String id : List.of("#nav-vendors", "#nav-compare", "#add-year", "#filters")) {
                assertFalse(lookup(id).query().isDisabled(), id + " works once the year is open");
            }
        } finally {
            FxToolkit.cleanupApplication(app);
        }
    }

    private Button startButton() {
        return lookup(".dialog-pane .button-bar .button").queryAllAs(Button.class).stream()
                .filter(b -> b.getText().startsWith("この内容で始める")).findFirst().orElseThrow();
    }
}
