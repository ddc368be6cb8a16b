package jp.tenken.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
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
 * The real app, driven by keyboard alone: a first start asks for the facility, the whole 令和7年度版
 * 医療機関確認用 is answered with Y / N + 目標日, the app is restarted, and every answer, date and 目標日 is there.
 */
class KeyboardOnlyChecklistTest extends FxRobot {

    @TempDir
    static Path home;

    @BeforeAll
    static void settings() {
        TestWorkbook.appAt(home, LocalDate.of(2025, 6, 10)); // no workbook: the app starts as on first use
    }

    @AfterAll
    static void clear() throws Exception {
        FxToolkit.cleanupStages();
        TestWorkbook.leaveApp();
    }

    private TenkenApp start() throws Exception {
        Stage stage = FxToolkit.registerPrimaryStage();
        TenkenApp app = new TenkenApp();
        FxToolkit.setupApplication(() -> app);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(stage != null);
        return app;
    }

    private List<ToggleButton> toggles(String prefix) {
        return lookup(".answer-toggle").queryAllAs(ToggleButton.class).stream()
                .filter(b -> NodeNames.of(b) != null && NodeNames.of(b).startsWith(prefix)).toList();
    }

    private void waitRows(int n) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> toggles("yes1-").size() == n);
    }

    private String statusText() {
        return lookup("#status").queryAs(Label.class).getText();
    }

    @Test
    void aWholeFormIsAnsweredByKeyboardAndFoundAgainAfterARestart() throws Exception {
        TenkenApp app = start();
        // first start: the facility dialog, answered by keyboard
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> lookup("#facility-name").tryQuery().isPresent());
        assertTrue(lookup(".nav-form").queryAll().stream().noneMatch(Node::isVisible),
                "no empty 様式 chip beside the facility question");
        // (Monocle gives a new dialog window no keyboard focus; a click hands it over, as a user's would.)
        clickOn("#facility-name");
        write("Sakura Clinic");
        type(KeyCode.ENTER);
        waitRows(22);
        assertEquals("令和7年度版 医療機関におけるサイバーセキュリティ対策チェックリスト　医療機関確認用",
                lookup("#form-title").queryAs(Label.class).getText());
        Label chip = lookup(".nav-form").queryAs(Label.class);
        assertTrue(chip.isVisible() && chip.getText().equals("医療機関確認用"), "the 様式 chip names the open form");

        // the form opens with the focus on the first unanswered row; then every row by Y, or N + 目標日 + Enter
        WaitForAsyncUtils.waitForFxEvents();
        List<String> rows = toggles("yes1-").stream().map(b -> NodeNames.of(b).substring("yes1-".length())).toList();
        Map<String, String> expected = new TreeMap<>();
        for (int i = 0; i < rows.size(); i++) {
            String id = rows.get(i);
            boolean no = i % 4 == 3;
            WaitForAsyncUtils.waitForFxEvents();
            Node focus = lookup("#checklist-view").query().getScene().getFocusOwner();
            assertEquals("yes1-" + id, NodeNames.of(focus), "focus follows the keyboard to row " + id);
            if (no) {
                type(KeyCode.N);
                WaitForAsyncUtils.waitForFxEvents();
                write("2025/12/0" + (1 + i % 9));
                type(KeyCode.ENTER);
                expected.put(id, "いいえ 令和7年12月" + (1 + i % 9) + "日");
            } else {
                type(KeyCode.Y);
                expected.put(id, "はい");
            }
        }
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> "保存しました".equals(statusText()));
        assertEquals("1回目：22 / 22 行 回答済み", lookup("#progress").queryAs(Label.class).getText());

        FxToolkit.cleanupApplication(app);
        FxToolkit.cleanupStages();

        // restart: the same workbook opens straight on the answered form
        start();
        waitRows(22);
        assertEquals("1回目：22 / 22 行 回答済み", lookup("#progress").queryAs(Label.class).getText());
        for (String id : rows) {
            ToggleButton yes = byId(ToggleButton.class, "yes1-" + id);
            ToggleButton no = byId(ToggleButton.class, "no1-" + id);
            WarekiDateField checked = byId(WarekiDateField.class, "checked1-" + id);
            WarekiDateField target = byId(WarekiDateField.class, "target-" + id);
            assertEquals("令和7年6月10日", checked.shownText(), id);
            String want = expected.get(id);
            if (want.startsWith("はい")) {
                assertTrue(yes.isSelected(), id);
                assertFalse(no.isSelected(), id);
                assertEquals("", target.shownText(), id);
            } else {
                assertTrue(no.isSelected(), id);
                assertEquals(want.substring(4), target.shownText(), id);
            }
        }

        // wording not checked against the 令和7 original (the gate row): a plain ※ beside it, explained by one line
        // under the list; 2-① is checked: no mark; no research note anywhere on the screen
        assertEquals("※", byId(Label.class, "unverified-mark-system.in-use").getText());
        assertTrue(lookup(n -> "unverified-mark-ops.device-ledger".equals(NodeNames.of(n))).tryQuery().isEmpty());
        assertEquals("※印の項目の文言は厚生労働省の原本と照合中です",
                lookup("#wording-note").queryAs(javafx.scene.control.Hyperlink.class).getText());
        for (Node n : lookup(".label").queryAll()) {
            String text = ((Label) n).getText();
            assertFalse(text != null && (text.contains("文言要確認") || text.contains("推定です")
                    || text.contains("未確認です")), "a research note on screen: " + text);
        }
    }


    /** Node ids hold dots and slashes, which CSS selectors cannot take: match the id itself. */
    private <T extends Node> T byId(Class<T> type, String id) {
        return lookup(n -> id.equals(NodeNames.of(n))).queryAs(type);
    }
}
