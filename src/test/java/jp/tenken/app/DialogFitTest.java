package jp.tenken.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import jp.tenken.domain.FiscalYear;
import jp.tenken.domain.edition.FormKind;
import jp.tenken.domain.year.Answer;
import jp.tenken.domain.year.AnswerValue;
import jp.tenken.domain.year.Facility;
import jp.tenken.domain.year.FacilityKind;
import jp.tenken.domain.year.Round;
import jp.tenken.service.OpenForm;
import jp.tenken.testing.TestWorkbook;
import jp.tenken.ui.common.Dialogs;
import jp.tenken.ui.common.DisplaySettings.FontSize;
import jp.tenken.ui.common.ExportDoneDialog;
import jp.tenken.ui.common.ImmediateUiExecutor;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The dialogs a clerk opens from the main window, at 標準, 大 and 特大 on a 1366×768 laptop: each lies wholly on the
 * screen, its header, fields and buttons are shown whole, none drawn over another, and every text reads against its
 * background (WCAG 4.5:1, 3:1 when large) in the normal look and in high contrast.
 */
class DialogFitTest extends FxRobot {

    private static final String EXPORTED = "令和8年度の点検一式（医療機関確認用・事業者確認用 2 社・ガイドライン対応表）を"
            + "書き出しました。印刷して立入検査でお見せください。";
    private static final String ROWS = String.join("\n", java.util.Collections.nCopies(12,
            "2-①　サーバ、端末PC、ネットワーク機器の台帳管理を行っている。（サーバ）"));

    @TempDir
    static Path home;

    private boolean highContrast;

    @BeforeAll
    static void workbook() {
        LocalDate today = LocalDate.of(2026, 6, 10);
        try (TestWorkbook wb = TestWorkbook.create(TestWorkbook.appAt(home, today), today)) {
            wb.checklist().saveFacility(new Facility("さくら内科クリニック", FacilityKind.CLINIC));
            for (int y = 2016; y <= 2022; y++) { // years answered: the copy made on closing lists each of them
                OpenForm f = wb.checklist().open(new FiscalYear(y), FormKind.FACILITY, null);
                wb.checklist().saveAnswer(f.assessment(), new Answer(f.form().rows().get(0), Round.FIRST,
                        AnswerValue.YES, LocalDate.of(y, 6, 1), null, "", null));
            }
            wb.workbook().closeWithBackup(10); // as the app closes: the copy 「バックアップから復元」 lists
        }
    }

    @AfterAll
    static void clear() throws Exception {
        FxToolkit.cleanupStages();
        TestWorkbook.leaveApp();
    }

    @Test
    void everyDialogLiesOnTheScreenAndReadsWholeAtEverySize() throws Exception {
        Stage stage = FxToolkit.registerPrimaryStage();
        TenkenApp app = new TenkenApp();
        try {
            FxToolkit.setupApplication(() -> app);
            WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> lookup("#progress").tryQuery()
                    .map(n -> ((Label) n).getText().contains("0 / 22")).orElse(false));
            interact(() -> {
                stage.setX(0);
                stage.setY(0);
                stage.setWidth(1366);
                stage.setHeight(768);
            });
            List<String> problems = new ArrayList<>();
            // every size in the normal look, then the first size again in high contrast (contrast alone)
            List<FontSize> sizes = new ArrayList<>(List.of(FontSize.values()));
            sizes.add(FontSize.values()[0]);
            for (int i = 0; i < sizes.size(); i++) {
                FontSize size = sizes.get(i);
                highContrast = i == sizes.size() - 1;
                CheckBox contrast = lookup("#high-contrast").queryAs(CheckBox.class);
                interact(() -> contrast.setSelected(highContrast));
                ToggleButton b = lookup("#font-size-" + size.name()).queryAs(ToggleButton.class);
                interact(b::fire);
                WaitForAsyncUtils.waitForFxEvents();
                problems.addAll(look(size + " 過去の年度を追加", "add-year", "#add-year-dialog"));
                problems.addAll(look(size + " バックアップから復元", "nav-backup", "#backups"));
                problems.addAll(look(size + " 前年度「はい」を確認", "same-as-last-year", ".dialog-pane"));
                problems.addAll(look(size + " 出力の完了", () -> ExportDoneDialog.show(stage, EXPORTED,
                        home.resolve("令和8年度_点検一式.xlsx"), new ImmediateUiExecutor()), "#export-done-message"));
                problems.addAll(look(size + " 確認（一覧つき）", () -> Dialogs.confirm(stage, "前年度「はい」を確認",
                        "次の 12 行を「はい」（確認日は今日）にします。よろしいですか？", ROWS), ".text-area"));
            }
            System.out.println("DIALOGS\n" + String.join("\n", problems));
            assertTrue(problems.isEmpty(), problems.size() + " problems:\n" + String.join("\n", problems));
        } finally {
            FxToolkit.cleanupApplication(app);
        }
    }

    @Test
    void escClosesADialogWhateverHasTheFocus() throws Exception {
        TenkenApp app = startApp();
        try {
            ShownDialog d = backups();
            ListView<?> copies = (ListView<?>) d.window().getScene().getRoot().lookup("#backups");
            assertFalse(copies.getItems().isEmpty(), "the copy made on closing is listed");
            clickOn(copies.lookup(".list-cell")); // the clerk picks a copy: the list has the focus
            assertTrue(copies.isFocused());
            type(KeyCode.ESCAPE);
            WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !d.window().isShowing());
        } finally {
            FxToolkit.cleanupApplication(app);
        }
    }

    @Test
    void theBackupDialogSaysWhereTheWorkbookIsAndOpensItsFolder() throws Exception {
        TenkenApp app = startApp();
        try {
            interact(lookup("#font-size-XLARGE").queryAs(ToggleButton.class)::fire); // as a clerk who reads 特大
            ShownDialog d = backups();
            Path folder = home.resolve("Documents");
            Label where = (Label) d.window().getScene().getRoot().lookup("#backup-where");
            assertTrue(where.getText().contains(folder.toString()), where.getText());
            assertTrue(where.getText().contains("丸ごとコピー"), "says what to copy to move or keep a copy");
            // the tests have no desktop to open it with: the clerk is told where the folder is instead
            Button openFolder = (Button) d.window().getScene().getRoot().lookup("#backup-open-folder");
            interact(openFolder::fire);
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> javafx.stage.Window.getWindows().stream()
                    .anyMatch(w -> w.isShowing() && w.getScene().getRoot().lookupAll(".label").stream()
                            .anyMatch(l -> ((Label) l).getText() != null
                                    && ((Label) l).getText().contains("次の場所にあります：" + folder))));
            Label told = (Label) javafx.stage.Window.getWindows().stream().filter(javafx.stage.Window::isShowing)
                    .flatMap(w -> w.getScene().getRoot().lookupAll(".label").stream())
                    .filter(l -> ((Label) l).getText() != null && ((Label) l).getText().contains("次の場所にあります"))
                    .findFirst().orElseThrow();
            assertEquals(20, told.getFont().getSize(), "the message over the dialog is at 特大 too");
            clickOn(told); // the message has the keys: Ctrl+－ makes it, and everything behind it, one size smaller
            press(KeyCode.CONTROL).type(KeyCode.MINUS).release(KeyCode.CONTROL);
            WaitForAsyncUtils.waitForFxEvents();
            assertEquals(17, told.getFont().getSize(), "the message follows Ctrl+－");
            assertEquals(17, lookup("#progress").queryAs(Label.class).getFont().getSize(), "and so does the window");
        } finally {
            FxToolkit.cleanupApplication(app);
        }
    }

    /** The real app on the workbook made above, its rows shown. */
    private TenkenApp startApp() throws Exception {
        return RealApp.start(this, "0 / 22");
    }

    /** 「バックアップから復元」 opened from the navigation. */
    private ShownDialog backups() throws Exception {
        Button open = lookup("#nav-backup").queryAs(Button.class);
        return ShownDialog.open(this, open::fire, "#backups");
    }

    /** Opens a dialog by its button, looks at it as shown, and cancels it. */
    private List<String> look(String name, String button, String inDialog) throws Exception {
        Button open = lookup("#" + button).queryAs(Button.class);
        return look(name, open::fire, inDialog);
    }

    /** Opens a dialog, looks at it as shown, and cancels it. */
    private List<String> look(String name, Runnable opener, String inDialog) throws Exception {
        ShownDialog d = ShownDialog.open(this, opener, inDialog);
        List<String> out = d.problems(name);
        for (Node list : d.window().getScene().getRoot().lookupAll(".list-view")) {
            for (Node cell : list.lookupAll(".list-cell")) { // a copy's lines read whole, not scrolled sideways to
                Bounds c = cell.localToScene(cell.getBoundsInLocal());
                Bounds l = list.localToScene(list.getBoundsInLocal());
                if (((ListCell<?>) cell).getItem() != null && c.getMaxX() > l.getMaxX() + 1) {
                    out.add(name + ": a line of the list runs past its right edge: " + ((ListCell<?>) cell).getText());
                }
            }
        }
        for (ContrastProbe.Finding f : ContrastProbe.weakTexts(d.window().getScene())) {
            out.add(name + (highContrast ? " high contrast" : "") + ": " + f);
        }
        d.cancel();
        return out;
    }
}
