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
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
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
 * A year finalised after the 立入検査 (年度を確定, in the 事業者 window), seen from the main window: it says so over
 * the form, and a click or a key on an answer is refused at once, in words, with the answer left as it was. The
 * main window used to look editable: the click showed the new answer, 「未保存」 and an error, and offered 再試行.
 */
class FinalisedYearTest extends FxRobot {

    @TempDir
    static Path home;

    @BeforeAll
    static void settings() {
        TestWorkbook.clinicAt(home, LocalDate.of(2025, 10, 1));
    }

    @AfterAll
    static void clear() throws Exception {
        FxToolkit.cleanupStages();
        TestWorkbook.leaveApp();
    }

    @Test
    void aFinalisedYearSaysSoAndKeepsItsAnswers() throws Exception {
        TenkenApp app = RealApp.start(this, "0 / 22");
        try {
            ToggleButton yes = firstRow(".answer-yes");
            clickOn(yes);
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> progress().contains("1 / 22"));

            // 年度を確定 in the 事業者 window, confirmed as a clerk does after the 立入検査
            interact(lookup("#nav-vendors").queryAs(Button.class)::fire);
            WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> lookup("#vendors-year-final").tryQuery().isPresent());
            Button finalise = lookup("#vendors-year-final").queryAs(Button.class);
            ShownDialog.open(this, finalise::fire, ".dialog-pane").press("確定する");
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> bannerText().contains("確定済み"));
            closeSideWindows();

            assertTrue(bannerText().startsWith("令和7年度は確定済みです"), bannerText());
            assertTrue(lookup("#same-as-last-year").query().isDisabled(), "前年度「はい」を確認 waits");

            // a click on いいえ: refused in words, はい stays, nothing 未保存, no error under the row (the form was
            // read again: the row's buttons are new)
            yes = firstRow(".answer-yes");
            ToggleButton no = firstRow(".answer-no");
            assertTrue(yes.isSelected(), "the finalised year shows its はい");
            clickOn(no);
            WaitForAsyncUtils.waitForFxEvents();
            assertTrue(yes.isSelected(), "はい stays chosen");
            assertFalse(no.isSelected(), "いいえ is not drawn chosen");
            assertTrue(status().contains("確定済みのため、回答は変更できません"), status());
            assertTrue(lookup(".row-state").queryAll().stream().noneMatch(Node::isVisible), "nothing 未保存");
            assertTrue(lookup(".row-error").queryAll().stream().noneMatch(Node::isVisible), "no error under the row");
            assertTrue(lookup("#retry").tryQuery().map(n -> !n.isVisible()).orElse(true), "no 再試行");
            assertTrue(progress().contains("1 / 22"), progress());

            // the key N on that row: the same
            type(KeyCode.N);
            WaitForAsyncUtils.waitForFxEvents();
            assertTrue(yes.isSelected(), "N leaves はい");

            // 確定を解除: the year is answered again
            interact(lookup("#nav-vendors").queryAs(Button.class)::fire);
            WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> lookup("#vendors-year-final").tryQuery()
                    .map(b -> ((Button) b).getText().contains("解除")).orElse(false));
            Button reopen = lookup("#vendors-year-final").queryAs(Button.class);
            interact(reopen::fire);
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !bannerText().contains("確定済み"));
            closeSideWindows();
            ToggleButton yesAgain = firstRow(".answer-yes");
            ToggleButton noAgain = firstRow(".answer-no");
            clickOn(noAgain);
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> noAgain.isSelected() && !yesAgain.isSelected());
        } finally {
            FxToolkit.cleanupApplication(app);
        }
    }

    /** Closes every window but the main one, as the clerk goes back to the form. */
    private void closeSideWindows() {
        Window main = lookup("#progress").query().getScene().getWindow();
        interact(() -> List.copyOf(Window.getWindows()).stream().filter(w -> w != main && w instanceof Stage)
                .forEach(w -> ((Stage) w).close()));
    }

    private ToggleButton firstRow(String selector) {
        return lookup(selector).queryAllAs(ToggleButton.class).stream()
                .filter(b -> String.valueOf(NodeNames.of(b)).matches("(yes|no)1-.*")).findFirst().orElseThrow();
    }

    private String bannerText() {
        return lookup("#edition-banner-text").tryQuery().map(n -> ((Label) n).getText()).orElse("");
    }

    private String progress() {
        return ((Label) lookup("#progress").query()).getText();
    }

    private String status() {
        return ((Label) lookup("#status").query()).getText();
    }
}
