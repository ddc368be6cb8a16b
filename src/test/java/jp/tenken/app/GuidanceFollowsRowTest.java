package jp.tenken.app;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Point2D;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.text.Text;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The 「この項目について」 pane follows the row the clerk is on: the first row's item as the form opens, then each row
 * clicked, back and forth.
 */
class GuidanceFollowsRowTest extends ChecklistWindowTest {

    private String guidanceItem() {
        return lookup("#guidance-item").queryAs(Label.class).getText();
    }

    private void showsItem(String text) throws Exception {
        try {
            WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> lookup("#guidance-item").tryQuery().isPresent()
                    && guidanceItem().contains(text));
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("the pane shows " + (lookup("#guidance-item").tryQuery().isPresent()
                    ? guidanceItem() : "no item") + ", not " + text, e);
        }
    }

    /** A click on the row's first line, its item's number and text (the second row lies partly below the view). */
    private void clickOnTop(Node row) {
        clickOn(point(row).atPosition(Pos.TOP_LEFT).atOffset(new Point2D(60, 14)));
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void thePaneShowsTheItemOfEachRowClicked() throws Exception {
        TenkenApp app = startWindow(22);
        try {
            List<Node> rows = lookup(".answer-row").queryAll().stream()
                    .sorted((a, b) -> Double.compare(a.localToScene(0, 0).getY(), b.localToScene(0, 0).getY()))
                    .toList();
            showsItem("医療情報システムを導入、運用している。");
            clickOnTop(rows.get(1));
            showsItem("医療情報システム安全管理責任者を設置している。");
            clickOnTop(rows.get(0));
            showsItem("医療情報システムを導入、運用している。");
            clickOnTop(rows.get(1));
            showsItem("医療情報システム安全管理責任者を設置している。");
            assertTrue(guidanceItem().startsWith("1-①"), "the item's number before its text: " + guidanceItem());
        } finally {
            FxToolkit.cleanupApplication(app); // the workbook closed for the other test
        }
    }

    /**
     * On 2-① and 3-① the pane offers to open the 機器台帳 and the 連絡体制図: each link reads whole, wrapped to the
     * pane's width, not cut to 「…」.
     */
    @Test
    void theLinksToTheRegistersReadWhole() throws Exception {
        TenkenApp app = startWindow(22);
        try {
            registerLinksReadWhole();
        } finally {
            FxToolkit.cleanupApplication(app);
        }
    }

    private void registerLinksReadWhole() throws Exception {
        for (String number : List.of("2-①", "3-①")) {
            Node row = lookup(".answer-row").queryAll().stream()
                    .filter(r -> r.lookupAll(".item-number").stream()
                            .anyMatch(n -> number.equals(((Label) n).getText())))
                    .findFirst().orElseThrow(() -> new AssertionError("no row " + number));
            ToggleButton yes = (ToggleButton) row.lookup(".answer-yes");
            interact(yes::requestFocus); // the row takes the focus, as Tab or a click gives it
            showsItem(number);
            WaitForAsyncUtils.waitForFxEvents();
            Hyperlink open = lookup("#guidance-open-register").queryAs(Hyperlink.class);
            Node shown = open.lookup(".text");
            assertTrue(shown instanceof Text t && t.getText().equals(open.getText()),
                    number + ": shown whole: " + open.getText() + " as "
                            + (shown instanceof Text t ? t.getText() : shown));
        }
    }
}
