package jp.tenken.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableView;
import javafx.scene.control.TreeView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
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
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The real app on a workbook with two fiscal years and a vendor: each further screen opens from the navigation
 * in its own window and shows the workbook's content (comparison, guideline clauses, vendors).
 */
class SecondaryWindowsTest extends FxRobot {

    @TempDir
    static Path home;

    @BeforeAll
    static void workbook() {
        LocalDate today = LocalDate.of(2025, 10, 1);
        try (TestWorkbook wb = TestWorkbook.create(TestWorkbook.appAt(home, today), today)) {
            ChecklistService s = wb.checklist();
            s.saveFacility(new Facility("さくら内科クリニック", FacilityKind.CLINIC));
            wb.vendors().add("株式会社メディカル", "電子カルテ", "", true);
            for (int y : new int[] {2024, 2025}) {
                OpenForm f = s.open(new FiscalYear(y), FormKind.FACILITY, null);
                int i = 0;
                for (RowKey row : f.form().rows()) {
                    boolean no = y == 2024 && ++i % 3 == 0;
                    s.saveAnswer(f.assessment(), new Answer(row, Round.FIRST, no ? AnswerValue.NO : AnswerValue.YES,
                            LocalDate.of(y, 6, 1), no ? LocalDate.of(y, 12, 1) : null, "", null));
                }
            }
        }
    }

    @AfterAll
    static void clear() throws Exception {
        FxToolkit.cleanupStages();
        TestWorkbook.leaveApp();
    }

    private Node waitFor(String id) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> lookup("#" + id).tryQuery().isPresent());
        return lookup("#" + id).query();
    }

    @Test
    void comparisonClausesAndVendorsOpenFromTheNavigation() throws Exception {
        FxToolkit.registerPrimaryStage();
        TenkenApp app = new TenkenApp();
        FxToolkit.setupApplication(() -> app);
        try {
            WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> lookup("#progress").tryQuery()
                    .map(n -> ((Label) n).getText().contains("22 / 22")).orElse(false));
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("progress: " + lookup("#progress").tryQuery().map(n -> ((Label) n).getText())
                    + " status: " + lookup("#status").tryQuery().map(n -> ((Label) n).getText()), e);
        }

        clickOn("#nav-compare");
        Label status = (Label) waitFor("compare-summary");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> status.getText().contains("改善"));
        assertTrue(status.getText().contains("令和6年度") && status.getText().contains("令和7年度"), status.getText());
        TableView<?> rows = (TableView<?>) waitFor("compare-rows");
        assertTrue(rows.getItems().size() >= 18, "one line per row compared: " + rows.getItems().size());
        assertTrue(rows.getScene().getWindow() != lookup("#checklist-view").query().getScene().getWindow(),
                "its own window");
        interact(() -> rows.getScene().getWindow().hide()); // closed, as the user would, before the next one

        clickOn("#nav-clauses");
        TreeView<?> tree = (TreeView<?>) waitFor("clauses-tree");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> tree.getRoot() != null
                && tree.getRoot().getChildren().size() >= 3);
        assertTrue(String.valueOf(tree.getRoot().getChildren().get(2).getValue()).contains("システム運用編"),
                String.valueOf(tree.getRoot().getChildren().get(2).getValue()));

        // a search's results: each comment's kind, number and place read whole, not cut to 「…」
        clickOn("#clauses-search").write("VPN");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> lookup(".comment-entry").queryAll().size() >= 5);
        WaitForAsyncUtils.waitForFxEvents();
        List<Labeled> heads = new ArrayList<>();
        for (Node entry : lookup(".comment-entry").queryAll()) {
            HBox head = (HBox) ((VBox) entry).getChildren().get(0);
            head.getChildren().forEach(n -> heads.add((Labeled) n));
        }
        assertTrue(heads.size() >= 15, "kind, number and place of each result: " + heads.size());
        for (Labeled l : heads) {
            Node shown = l.lookup(".text");
            assertTrue(shown instanceof Text t && t.getText().equals(l.getText()),
                    "shown whole: " + l.getText() + " as " + (shown instanceof Text t ? t.getText() : shown));
        }

        interact(() -> tree.getScene().getWindow().hide());

        clickOn("#nav-vendors");
        TableView<?> vendors = (TableView<?>) waitFor("vendors-table");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> vendors.getItems().size() == 1);
        assertTrue(String.valueOf(vendors.getItems().get(0)).contains("株式会社メディカル"));

        assertEquals(2, Window.getWindows().stream().filter(Window::isShowing).count(), "main window and vendors");
        FxToolkit.cleanupApplication(app);
    }
}
