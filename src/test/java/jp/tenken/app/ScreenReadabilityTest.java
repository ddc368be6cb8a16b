package jp.tenken.app;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.TreeView;
import javafx.stage.Stage;
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
import jp.tenken.ui.common.DisplaySettings.FontSize;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The real app on a workbook with three fiscal years, looked at as a clerk on a 1366-wide laptop would: every text
 * in every window readable against its background in normal and high-contrast modes (WCAG 4.5:1, 3:1 when large),
 * and at 標準, 大 and 特大, 768 and 700 pixels high, every control inside the window, no label cut, no texts drawn
 * over each other, at least three years in the year list.
 */
class ScreenReadabilityTest extends FxRobot {

    @TempDir
    static Path home;

    @BeforeAll
    static void workbook() {
        LocalDate today = LocalDate.of(2026, 6, 10);
        try (TestWorkbook wb = TestWorkbook.create(TestWorkbook.appAt(home, today), today)) {
            ChecklistService s = wb.checklist();
            s.saveFacility(new Facility("さくら内科クリニック", FacilityKind.CLINIC));
            wb.vendors().add("株式会社メディカル", "電子カルテ", "", true);
            wb.vendors().add("ネットワーク保守株式会社", "院内ネットワーク", "", false);
            for (int y : new int[] {2024, 2025, 2026}) {
                OpenForm f = s.open(new FiscalYear(y), FormKind.FACILITY, null);
                int i = 0;
                for (RowKey row : f.form().rows()) {
                    i++;
                    if (y == 2026 && i > 12) {
                        break; // this year: half answered, so unanswered rows show too
                    }
                    boolean no = i % 4 == 0;
                    s.saveAnswer(f.assessment(), new Answer(row, Round.FIRST, no ? AnswerValue.NO : AnswerValue.YES,
                            LocalDate.of(y, 6, 1), no && y < 2026 ? LocalDate.of(y, 12, 1) : null, "", null));
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

    private TenkenApp app;

    @AfterEach
    void closeApp() throws Exception {
        if (app != null) {
            FxToolkit.cleanupApplication(app);
            app = null;
        }
    }

    private Stage startApp() throws Exception {
        Stage stage = FxToolkit.registerPrimaryStage();
        app = new TenkenApp();
        FxToolkit.setupApplication(() -> app);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> lookup("#progress").tryQuery()
                .map(n -> ((Label) n).getText().contains("12 / 22")).orElse(false));
        return stage;
    }

    private void highContrast(boolean on) {
        CheckBox box = lookup("#high-contrast").queryAs(CheckBox.class);
        interact(() -> box.setSelected(on));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void fontSize(FontSize size) {
        ToggleButton b = lookup("#font-size-" + size.name()).queryAs(ToggleButton.class);
        interact(b::fire);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(b.isSelected(), size + " chosen");
    }

    private void fire(String id) {
        Button b = lookup("#" + id).queryAs(Button.class);
        interact(b::fire);
    }

    private final List<String> weakest = new ArrayList<>();

    private void contrastOf(Scene scene, String window, List<String> out) {
        for (ContrastProbe.Finding f : ContrastProbe.weakTexts(scene)) {
            out.add(window + ": " + f);
        }
        ContrastProbe.allTexts(scene).stream().limit(5).forEach(f -> weakest.add(window + ": " + f));
    }

    @Test
    void everyTextReadsInEveryWindowInBothModes() throws Exception {
        Stage stage = startApp();
        interact(() -> stage.setWidth(1366));
        interact(() -> stage.setHeight(768));
        Node firstAnswer = lookup(".answer-toggle").queryAll().iterator().next();
        interact(firstAnswer::requestFocus); // a selected row with a focused toggle
        WaitForAsyncUtils.waitForFxEvents();
        fire("nav-compare");
        TableView<?> compare = (TableView<?>) waitFor("compare-rows");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !compare.getItems().isEmpty());
        interact(() -> compare.getSelectionModel().select(0));
        fire("nav-vendors");
        TableView<?> vendors = (TableView<?>) waitFor("vendors-table");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> vendors.getItems().size() == 2);
        interact(() -> vendors.getSelectionModel().select(0));
        interact(() -> vendors.requestFocus());
        fire("vendor-mds-sds"); // no いいえ item chosen: its fields wait, their names read
        waitFor("mds-sds-view");
        fire("nav-clauses");
        waitFor("clauses-tree");
        fire("nav-registers"); // no device chosen: its 第7.0版 fields wait, the line saying so reads
        waitFor("device-upkeep");
        WaitForAsyncUtils.sleep(1, TimeUnit.SECONDS);
        List<String> weak = new ArrayList<>();
        for (boolean hc : new boolean[] {false, true}) {
            highContrast(hc);
            for (Window w : new ArrayList<>(Window.getWindows())) {
                if (w.isShowing() && w.getScene() != null) {
                    contrastOf(w.getScene(), (hc ? "high contrast " : "normal ") + title(w), weak);
                }
            }
        }
        highContrast(false);
        System.out.println("CONTRAST\n" + String.join("\n", weak) + "\nWEAKEST\n" + String.join("\n", weakest));
        assertTrue(weak.isEmpty(), weak.size() + " texts below the WCAG ratio:\n" + String.join("\n", weak));
    }

    @Test
    void everySizeFitsALaptopScreen() throws Exception {
        Stage stage = startApp();
        List<String> problems = new ArrayList<>();
        for (FontSize size : FontSize.values()) {
            fontSize(size);
            // a 1366×768 laptop, the same with a taller task bar, and a 1920×1080 laptop at Windows' 150 %
            for (int[] screen : new int[][] {{1366, 768}, {1366, 700}, {1280, 720}}) {
                interact(() -> {
                    stage.setWidth(screen[0]);
                    stage.setHeight(screen[1]);
                });
                WaitForAsyncUtils.waitForFxEvents();
                WaitForAsyncUtils.sleep(300, TimeUnit.MILLISECONDS);
                String where = size + " " + screen[0] + "×" + screen[1] + ": ";
                // the rows, where the clerk answers, keep a good share of the window: the header and the key line
                // scroll within theirs (at 特大 they left the rows 29–32 %, less than one row)
                double rows = lookup("#rows").query().lookup(".viewport").getLayoutBounds().getHeight();
                if (rows < 0.38 * stage.getScene().getHeight()) {
                    problems.add(where + "the rows have " + (int) rows + " of " + (int) stage.getScene().getHeight()
                            + " pixels");
                }
                for (String p : FitProbe.problems(stage.getScene())) {
                    problems.add(where + p);
                }
                int years = yearsShown();
                if (years < 3) {
                    problems.add(where + "the year list shows " + years + " years");
                }
                if (!inSight("#edition-take-in", ".header-scroll")) {
                    problems.add(where + "「厚生労働省の Excel を取り込む」 is scrolled out of the header's sight");
                }
            }
        }
        fontSize(FontSize.NORMAL);
        System.out.println("FIT\n" + String.join("\n", problems));
        assertTrue(problems.isEmpty(), problems.size() + " problems:\n" + String.join("\n", problems));
    }

    @Test
    void theComparisonAndVendorWindowsFitAtEverySize() throws Exception {
        Stage stage = startApp();
        interact(() -> {
            stage.setWidth(1366);
            stage.setHeight(768);
        });
        fire("nav-compare");
        TableView<?> compare = (TableView<?>) waitFor("compare-rows");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !compare.getItems().isEmpty());
        fire("nav-vendors");
        TableView<?> vendors = (TableView<?>) waitFor("vendors-table");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> vendors.getItems().size() == 2);
        interact(() -> vendors.getSelectionModel().select(0));
        fire("vendor-mds-sds"); // the vendor's MDS/SDS, beside the vendors window
        waitFor("mds-sds-view");
        fire("nav-clauses");
        TreeView<?> clauses = (TreeView<?>) waitFor("clauses-tree");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> clauses.getRoot() != null);
        fire("nav-registers");
        waitFor("devices-table");
        TabPane registers = (TabPane) waitFor("registers-tabs");
        List<String> problems = new ArrayList<>();
        // each window at the size of the smaller laptop screen, a 1920×1080 one at Windows' 150 % (1280×720)
        interact(() -> new ArrayList<>(Window.getWindows()).stream().filter(w -> w != stage && w.isShowing())
                .forEach(w -> {
                    w.setWidth(1280);
                    w.setHeight(720);
                }));
        for (FontSize size : FontSize.values()) {
            fontSize(size);
            for (int tab = 0; tab < registers.getTabs().size(); tab++) { // the register's three tabs in turn
                int shown = tab;
                interact(() -> registers.getSelectionModel().select(shown));
                WaitForAsyncUtils.sleep(300, TimeUnit.MILLISECONDS);
                for (Window w : new ArrayList<>(Window.getWindows())) {
                    if (size == FontSize.NORMAL && tab == 0 && w.isShowing() && w.getScene() != null) {
                        for (String p : Mnemonics.shared(w.getScene())) { // the main window's and each side window's
                            problems.add(title(w) + ": " + p);
                        }
                    }
                    if (w.isShowing() && w.getScene() != null && w != stage
                            && (tab == 0 || w == registers.getScene().getWindow())) {
                        for (String p : FitProbe.problems(w.getScene())) {
                            problems.add(size + " " + title(w) + " " + registers.getTabs().get(tab).getText()
                                    + ": " + p);
                        }
                    }
                }
            }
        }
        fontSize(FontSize.NORMAL);
        // closed, as the user would, before the next test looks at every window
        interact(() -> new ArrayList<>(Window.getWindows()).stream().filter(w -> w != stage).forEach(Window::hide));
        System.out.println("FIT2\n" + String.join("\n", problems));
        assertTrue(problems.isEmpty(), problems.size() + " problems:\n" + String.join("\n", problems));
    }

    /** Whether the node {@code what} is shown whole within the viewport of the scroll pane {@code scroll}. */
    private boolean inSight(String what, String scroll) {
        Node n = lookup(what).query();
        Node viewport = lookup(scroll).query().lookup(".viewport");
        assertTrue(n.isVisible(), what + " shown: this year is not on its own year's form");
        var b = n.localToScene(n.getBoundsInLocal());
        var v = viewport.localToScene(viewport.getBoundsInLocal());
        return b.getMinY() >= v.getMinY() - 1 && b.getMaxY() <= v.getMaxY() + 1;
    }

    private int yearsShown() {
        ListView<?> list = lookup("#years").queryAs(ListView.class);
        var box = list.localToScene(list.getBoundsInLocal());
        int n = 0;
        for (Node c : list.lookupAll(".list-cell")) {
            var b = c.localToScene(c.getBoundsInLocal());
            if (c.isVisible() && ((ListCell<?>) c).getItem() != null && b.getMinY() >= box.getMinY() - 1
                    && b.getMaxY() <= box.getMaxY() + 1) {
                n++;
            }
        }
        return n;
    }

    private static String title(Window w) {
        return w instanceof Stage s && s.getTitle() != null ? s.getTitle().replaceAll(" — .*", "") : "window";
    }
}
