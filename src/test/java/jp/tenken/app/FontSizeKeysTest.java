package jp.tenken.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.geometry.VerticalDirection;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.stage.Window;
import jp.tenken.testing.TestWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The font size as a clerk who reads large print sets it, from a first start: on the facility question, before the
 * main window can be used; then with the keys every desktop program zooms with (Ctrl and ＋, －, 0, and Ctrl with the
 * mouse wheel), in the main window and inside an open dialog, which follows at once and still fits; and the choice is
 * there again at the next start.
 */
class FontSizeKeysTest extends FxRobot {

    @TempDir
    static Path home;

    @BeforeAll
    static void settings() {
        TestWorkbook.appAt(home, LocalDate.of(2026, 6, 10)); // no workbook: the app starts as on first use
    }

    @AfterAll
    static void clear() throws Exception {
        FxToolkit.cleanupStages();
        TestWorkbook.leaveApp();
    }

    @Test
    void theClerkSetsTheSizeOnTheFirstQuestionAndChangesItWithTheKeys() throws Exception {
        TenkenApp app = RealApp.firstStart(this);
        try {
            Window question = lookup("#facility-name").query().getScene().getWindow();
            assertEquals(14, fontOf("#facility-name"), "the question opens at 標準");

            // 特大 on the question itself: the question is drawn at 特大 at once, still whole, and so is the window
            clickOn("#facility-font-size-XLARGE");
            WaitForAsyncUtils.waitForFxEvents();
            WaitForAsyncUtils.sleep(300, TimeUnit.MILLISECONDS);
            assertEquals(20, fontOf("#facility-name"), "the question at 特大");
            assertTrue(selected("#font-size-XLARGE"), "the main window's 特大 is chosen too");
            List<String> problems = ShownDialog.of(this, question).problems("特大 の施設の質問");
            for (ContrastProbe.Finding f : ContrastProbe.weakTexts(question.getScene())) {
                problems.add("特大 の施設の質問: " + f);
            }
            assertTrue(problems.isEmpty(), String.join("\n", problems));

            clickOn("#facility-name");
            write("さくら診療所");
            type(KeyCode.ENTER);
            WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> lookup("#progress").tryQuery()
                    .map(n -> ((Label) n).getText().contains("/ 22")).orElse(false));
            assertEquals(20, fontOf("#progress"), "the window goes on at 特大");

            // Ctrl and －, 0 and ＋ (＝ on a US keyboard, ；／＋ on a Japanese one) in the main window
            clickOn("#progress");
            ctrl(KeyCode.MINUS);
            assertEquals(17, fontOf("#progress"), "Ctrl+－ makes it one size smaller: 大");
            assertTrue(selected("#font-size-LARGE"), "and the buttons show 大");
            ctrl(KeyCode.DIGIT0);
            assertEquals(14, fontOf("#progress"), "Ctrl+0: 標準");
            ctrl(KeyCode.SEMICOLON);
            assertEquals(17, fontOf("#progress"), "Ctrl+；／＋ of a Japanese keyboard: 大");
            ctrl(KeyCode.MINUS);
            ctrl(KeyCode.MINUS);
            assertEquals(14, fontOf("#progress"), "標準 is the smallest");
            moveTo("#progress");
            // (the headless robot's DOWN is a wheel turned away from the clerk: JavaFX's deltaY > 0, as a mouse's "up")
            press(KeyCode.CONTROL).scroll(1, VerticalDirection.DOWN).release(KeyCode.CONTROL);
            WaitForAsyncUtils.waitForFxEvents();
            assertEquals(17, fontOf("#progress"), "Ctrl and the wheel turned away: 大");
            press(KeyCode.CONTROL).scroll(1, VerticalDirection.UP).release(KeyCode.CONTROL);
            WaitForAsyncUtils.waitForFxEvents();
            assertEquals(14, fontOf("#progress"), "Ctrl and the wheel turned back: 標準");
            ctrl(KeyCode.ADD);
            assertEquals(17, fontOf("#progress"), "Ctrl and the number pad's ＋: 大");

            // inside an open dialog: it follows at once and still lies whole on the screen
            Button addYear = lookup("#add-year").queryAs(Button.class);
            ShownDialog d = ShownDialog.open(this, addYear::fire, "#add-year-dialog");
            Label header = (Label) d.window().getScene().getRoot().lookup(".header-panel .label");
            double before = header.getFont().getSize();
            clickOn(d.window().getScene().getRoot().lookup(".label")); // the dialog takes the keys
            ctrl(KeyCode.EQUALS);
            WaitForAsyncUtils.sleep(300, TimeUnit.MILLISECONDS);
            interact(() -> { });
            header = (Label) d.window().getScene().getRoot().lookup(".header-panel .label"); // JavaFX makes it anew
            assertEquals(20.0 / 17, header.getFont().getSize() / before, 0.01,
                    "the open dialog is drawn at 特大 (its header in proportion: 大 → 特大)");
            assertEquals(20, fontOf("#progress"), "and the window behind it");
            problems = d.problems("Ctrl+＋ で 特大 にした 過去の年度を追加");
            assertTrue(problems.isEmpty(), String.join("\n", problems));
            d.cancel();

            // in a side window (前年度比較): the keys work there too, for every window
            interact(lookup("#nav-compare").queryAs(Button.class)::fire);
            WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> lookup("#compare-rows").tryQuery().isPresent());
            clickOn((Node) lookup("#compare-rows").query()); // the comparison window has the keys
            ctrl(KeyCode.MINUS);
            assertEquals(17, fontOf("#progress"), "Ctrl+－ in the comparison window: 大");
            ctrl(KeyCode.EQUALS);
            assertEquals(20, fontOf("#progress"), "and Ctrl+＋ back to 特大");
        } finally {
            FxToolkit.cleanupApplication(app);
        }
        String remembered = Files.readString(home.resolve("appdata").resolve("settings.properties"));
        assertTrue(remembered.contains("fontSize=XLARGE"), "the size is kept for the next start: " + remembered);
    }

    /** Ctrl and {@code key}, as the clerk presses them, and the window's answer to them. */
    private void ctrl(KeyCode key) {
        press(KeyCode.CONTROL).type(key).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private double fontOf(String selector) {
        Node n = lookup(selector).query();
        if (n instanceof javafx.scene.control.Labeled l) {
            return l.getFont().getSize();
        }
        return ((javafx.scene.control.TextInputControl) n).getFont().getSize();
    }

    private boolean selected(String selector) {
        return lookup(selector).queryAs(ToggleButton.class).isSelected();
    }
}
