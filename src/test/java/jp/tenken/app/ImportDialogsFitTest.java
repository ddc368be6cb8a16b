package jp.tenken.app;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import jp.tenken.domain.FiscalYear;
import jp.tenken.domain.edition.FormKind;
import jp.tenken.domain.edition.RowKey;
import jp.tenken.domain.vendor.Vendor;
import jp.tenken.domain.year.Answer;
import jp.tenken.domain.year.AnswerValue;
import jp.tenken.domain.year.Facility;
import jp.tenken.domain.year.FacilityKind;
import jp.tenken.domain.year.Round;
import jp.tenken.service.ChecklistService;
import jp.tenken.service.ImportPreview;
import jp.tenken.service.MdsSdsWorkbooks;
import jp.tenken.service.MessyRegisterLists;
import jp.tenken.service.OpenForm;
import jp.tenken.testing.TestWorkbook;
import jp.tenken.ui.common.DisplaySettings.FontSize;
import jp.tenken.ui.common.DisplaySettings;
import jp.tenken.ui.common.ImmediateUiExecutor;
import jp.tenken.ui.common.Windows;
import jp.tenken.ui.registers.RegisterImportDialog;
import jp.tenken.ui.registers.RegistersViewModel;
import jp.tenken.ui.vendors.ImportPreviewDialog;
import jp.tenken.ui.vendors.MdsSdsMappingDialog;
import jp.tenken.ui.vendors.MdsSdsViewModel;
import jp.tenken.ui.vendors.VendorsViewModel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The dialogs that show what a chosen file would bring in, as a clerk sees them on a 1366×768 laptop: the take-in of
 * a messy device list, and the preview of a form filled in on another PC. At 標準, 大 and 特大 each lies on the
 * screen, and its explanations, grid or table, summary, lists and buttons are shown whole.
 */
class ImportDialogsFitTest extends FxRobot {
    @TempDir
    Path dir;
    TestWorkbook wb;

    @AfterEach
    void clear() throws Exception {
        FxToolkit.cleanupStages();
        if (wb != null) {
            wb.close();
        }
    }

    @Test
    void theTakeInOfADeviceListReadsWholeAtEverySize() throws Exception {
        wb = TestWorkbook.create(dir.resolve("clinic.tenken"), LocalDate.of(2026, 6, 1));
        RegistersViewModel vm = new RegistersViewModel(wb.context().registers(), wb.context().maintenance(),
                wb.export(), new ImmediateUiExecutor());
        vm.load(new FiscalYear(2026));
        Path list = MessyRegisterLists.xlsx(dir, "機器一覧.xlsx");
        Stage owner = FxToolkit.registerPrimaryStage();
        List<String> problems = new ArrayList<>();
        for (FontSize size : FontSize.values()) {
            vm.imports().read(list);
            problems.addAll(look(size, owner, () -> new RegisterImportDialog(owner, vm.imports()).showAndWait(),
                    "#register-import"));
        }
        System.out.println("REGISTER-IMPORT\n" + String.join("\n", problems));
        assertTrue(problems.isEmpty(), problems.size() + " problems:\n" + String.join("\n", problems));
    }

    @Test
    void thePreviewOfAFormFromAnotherPcReadsWholeAtEverySize() throws Exception {
        LocalDate today = LocalDate.of(2025, 11, 1);
        wb = TestWorkbook.create(dir.resolve("clinic.tenken"), today);
        wb.checklist().saveFacility(new Facility("さくら内科クリニック", FacilityKind.CLINIC));
        Path exported = dir.resolve("医療機関確認用_令和6年度.xlsx");
        try (TestWorkbook other = TestWorkbook.create(dir.resolve("other.tenken"), today)) {
            ChecklistService c = other.checklist();
            c.saveFacility(new Facility("さくら内科クリニック", FacilityKind.CLINIC));
            OpenForm own = c.open(new FiscalYear(2024), FormKind.FACILITY, null);
            for (RowKey row : own.form().rows()) {
                c.saveAnswer(own.assessment(), new Answer(row, Round.FIRST, AnswerValue.YES,
                        LocalDate.of(2024, 6, 3), null, "院長確認", null));
            }
            other.export().exportOwnForm(new FiscalYear(2024), exported, p -> { });
        }
        ImportPreview preview = wb.imports().preview(exported);
        VendorsViewModel vm = new VendorsViewModel(wb.vendors(), wb.export(), wb.imports(),
                new ImmediateUiExecutor());
        Stage owner = FxToolkit.registerPrimaryStage();
        List<String> problems = new ArrayList<>();
        for (FontSize size : FontSize.values()) {
            problems.addAll(look(size, owner, () -> new ImportPreviewDialog(owner, vm, preview).showAndWait(),
                    "#preview-changes"));
        }
        System.out.println("PREVIEW\n" + String.join("\n", problems));
        assertTrue(problems.isEmpty(), problems.size() + " problems:\n" + String.join("\n", problems));
    }

    @Test
    void theColumnsOfAnMdsReadWholeAtEverySize() throws Exception {
        FiscalYear fy = new FiscalYear(2026);
        wb = TestWorkbook.create(dir.resolve("clinic.tenken"), LocalDate.of(2026, 12, 6));
        Vendor v = wb.vendors().add(fy, "メディカルシステム株式会社", "電子カルテ", "", true);
        MdsSdsViewModel vm = new MdsSdsViewModel(wb.context().mdsSds(), new ImmediateUiExecutor(), fy, v, () -> { });
        vm.load();
        Path mds = MdsSdsWorkbooks.disclosure(dir.resolve("MDS.xlsx"), "いいえ");
        Stage owner = FxToolkit.registerPrimaryStage();
        List<String> problems = new ArrayList<>();
        for (FontSize size : FontSize.values()) {
            vm.takeIn(mds);
            problems.addAll(look(size, owner, () -> new MdsSdsMappingDialog(owner, vm).showAndWait(),
                    "#mds-sds-mapping"));
            vm.cancelMapping();
        }
        System.out.println("MDS-SDS-MAPPING\n" + String.join("\n", problems));
        assertTrue(problems.isEmpty(), problems.size() + " problems:\n" + String.join("\n", problems));
    }

    /** Shows the main window at {@code size}, opens a dialog over it, looks at it, and cancels it. */
    private List<String> look(FontSize size, Stage owner, Runnable open, String inDialog) throws Exception {
        DisplaySettings display = new DisplaySettings();
        display.fontSizeProperty().set(size);
        FxToolkit.setupStage(s -> {
            StackPane root = new StackPane();
            display.applyTo(root);
            Scene main = new Scene(root, 1366, 740);
            main.getStylesheets().add(Windows.STYLESHEET);
            s.setScene(main);
            s.setWidth(1366);
            s.setHeight(740);
            s.show();
        });
        ShownDialog d = ShownDialog.open(this, open, inDialog);
        List<String> out = d.problems(size.toString());
        d.cancel();
        return out;
    }
}
