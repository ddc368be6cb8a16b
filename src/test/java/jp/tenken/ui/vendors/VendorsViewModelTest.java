package jp.tenken.ui.vendors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import jp.tenken.domain.FiscalYear;
import jp.tenken.domain.vendor.ContractPeriod;
import jp.tenken.domain.vendor.VendorFormStatus;
import jp.tenken.domain.year.Facility;
import jp.tenken.domain.year.FacilityKind;
import jp.tenken.testing.TestWorkbook;
import jp.tenken.ui.checklist.ChecklistViewModel;
import jp.tenken.ui.common.ImmediateUiExecutor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The 事業者 screen's view model, driven with an immediate executor and a real workbook file. */
class VendorsViewModelTest {
    static final FiscalYear FY = new FiscalYear(2025);

    @TempDir
    Path dir;
    TestWorkbook wb;
    VendorsViewModel vm;
    int changed;

    @BeforeEach
    void setUp() {
        wb = TestWorkbook.create(dir.resolve("clinic.tenken"), LocalDate.of(2025, 10, 1));
        wb.checklist().saveFacility(new Facility("さくら内科クリニック", FacilityKind.CLINIC));
        vm = new VendorsViewModel(wb.vendors(), wb.export(), wb.imports(), new ImmediateUiExecutor());
        vm.setOnChanged(() -> changed++);
    }

    @AfterEach
    void close() {
        wb.close();
    }

    private void add(String name, String systems, boolean contracted) {
        vm.newVendor();
        vm.nameProperty().set(name);
        vm.systemsProperty().set(systems);
        vm.contractedProperty().set(contracted);
        vm.save();
    }

    @Test
    void addsEditsAndListsVendorsWithTheirStatus() {
        vm.load(FY);
        assertTrue(vm.vendors().isEmpty());
        assertTrue(vm.creatingProperty().get());
        add("株式会社メディカル", "電子カルテ", true);
        add("PACSサービス", "PACS", false);
        assertEquals(2, vm.vendors().size());
        assertEquals("PACSサービス", vm.selectedProperty().get().vendor().name());
        assertEquals("対象外", vm.statusText(vm.selectedProperty().get()));
        assertEquals("未送付", vm.statusText(vm.vendors().get(0)));
        assertEquals("未回収", vm.flagText(vm.vendors().get(0)));
        assertEquals("契約のある事業者 1 社：回収済 0・未回収 1", vm.summaryProperty().get());

        vm.select(vm.vendors().get(0));
        vm.contactProperty().set("03-1234-5678 山田");
        vm.save();
        assertEquals("03-1234-5678 山田", wb.vendors().vendors().get(0).contact());
        assertTrue(wb.workbook().changeLog().recent(3).stream().anyMatch(e -> e.what().equals("update")));
        assertEquals(3, changed);

        vm.newVendor();
        vm.save();
        assertEquals("事業者名を入力してください", vm.statusProperty().get());
        assertEquals(2, wb.vendors().vendors().size());
    }

    @Test
    void sendMarksSentAndAReturnedFileGoesThroughThePreview() throws Exception {
        add("株式会社メディカル", "電子カルテ", true);
        vm.load(FY);
        Path out = dir.resolve(vm.suggestedSendName());
        assertEquals("さくら内科クリニック_事業者確認用_株式会社メディカル_令和7年度.xlsx", out.getFileName().toString());
        vm.send(false, out);
        assertTrue(Files.exists(out));
        assertEquals(VendorFormStatus.SENT, vm.selectedProperty().get().form().status());
        assertEquals("令和7年10月1日", vm.dateText(vm.selectedProperty().get().form().sentOn()));

        // the vendor returns it unchanged: a preview with nothing to change, then 回収済
        vm.previewReturn(out);
        assertNotNull(vm.previewProperty().get());
        assertTrue(vm.previewProperty().get().changes().isEmpty());
        assertTrue(vm.previewTitle(vm.previewProperty().get()).contains("事業者確認用（株式会社メディカル）"));
        vm.applyPreview();
        assertNull(vm.previewProperty().get());
        assertEquals(VendorFormStatus.RECEIVED, vm.selectedProperty().get().form().status());
        assertEquals("1回目の未記入 21 行", vm.flagText(vm.selectedProperty().get()));

        vm.setStatus(VendorFormStatus.CONFIRMED);
        assertEquals(VendorFormStatus.CONFIRMED, vm.selectedProperty().get().form().status());
    }

    @Test
    void aBadFileShowsItsProblemAndChangesNothing() throws Exception {
        add("株式会社メディカル", "電子カルテ", true);
        vm.load(FY);
        Path csv = dir.resolve("回答.xlsx");
        Files.writeString(csv, "a,b,c\n1,2,3\n");
        int log = wb.workbook().changeLog().count();
        vm.previewReturn(csv);
        assertNull(vm.previewProperty().get());
        assertTrue(vm.importErrorProperty().get().contains("CSV"), vm.importErrorProperty().get());
        assertTrue(vm.statusProperty().get().contains("変更していません"));
        assertEquals(log, wb.workbook().changeLog().count());
        assertEquals(VendorFormStatus.NOT_SENT, vm.selectedProperty().get().form().status());
    }

    @Test
    void theChecklistsReadinessLineNamesVendorsWhoseFormIsNotBack() {
        add("株式会社メディカル", "電子カルテ", true);
        add("PACSサービス", "PACS", false);
        ChecklistViewModel c = new ChecklistViewModel(wb.checklist(), wb.vendors(), wb.export(),
                new ImmediateUiExecutor());
        c.load();
        assertEquals(1, c.readiness().vendorFlags().size());
        assertEquals("事業者確認用（株式会社メディカル）：未回収です", c.readiness().describe(c.readiness().vendorFlags().get(0)));
        vm.load(FY);
        vm.select(vm.vendors().get(0));
        vm.setStatus(VendorFormStatus.RECEIVED);
        c.refreshVendorFlags();
        assertFalse(c.readiness().vendorFlags().isEmpty(), "returned but every 1回目 is still blank");
        assertTrue(c.readiness().describe(c.readiness().vendorFlags().get(0)).contains("1回目の未記入"));
    }

    @Test
    void aVendorAddedOrEndedInALaterYearLeavesTheEarlierYearAsItWas() {
        FiscalYear r8 = new FiscalYear(2026);
        vm.load(FY);
        add("株式会社メディカル", "電子カルテ", true);
        assertEquals("令和7年度〜", vm.contractPeriodText(vm.vendors().get(0)));
        vm.load(r8);
        add("新しい事業者", "PACS", true);
        vm.select(vm.vendors().get(0));
        vm.contractedProperty().set(false);
        vm.save();
        assertEquals("対象外", vm.statusText(vm.vendors().get(0)));
        assertEquals("令和7年度のみ", vm.contractPeriodText(vm.vendors().get(0)));
        assertEquals(2, vm.vendors().size());

        vm.load(FY);
        assertEquals(1, vm.vendors().size(), "the vendor added in 令和8年度 is not in 令和7年度");
        assertEquals("未送付", vm.statusText(vm.vendors().get(0)), "still contracted in 令和7年度");
        assertEquals("契約のある事業者 1 社：回収済 0・未回収 1", vm.summaryProperty().get());
    }

    @Test
    void theYearIsFinalisedAndReopenedFromTheScreen() {
        vm.load(FY);
        YearFinalViewModel y = vm.yearFinal();
        assertFalse(y.yearFinalProperty().get());
        assertEquals("年度を確定", y.buttonTextProperty().get());
        assertTrue(y.confirmation().startsWith("令和7年度を確定します。確定すると、令和7年度の回答"), y.confirmation());
        assertTrue(y.confirmation().contains("「確定を解除」するまで変更できなくなります"), "says how to undo it");
        y.toggle();
        assertTrue(y.yearFinalProperty().get());
        assertEquals(null, y.confirmation(), "reopening is not asked");
        assertTrue(wb.vendors().isFinal(FY));
        assertEquals("確定を解除", y.buttonTextProperty().get());
        assertEquals("（確定済み）", y.stateTextProperty().get());
        assertTrue(y.statusProperty().get().contains("令和7年度を確定しました"), y.statusProperty().get());
        assertEquals(1, changed);

        vm.load(new FiscalYear(2026));
        assertFalse(y.yearFinalProperty().get(), "令和8年度 is open");
        vm.load(FY);
        assertTrue(y.yearFinalProperty().get());
        y.toggle();
        assertFalse(wb.vendors().isFinal(FY));
        assertEquals("年度を確定", y.buttonTextProperty().get());
        assertEquals("", y.stateTextProperty().get());
    }

    @Test
    void theContractPeriodFitsItsColumn() {
        FiscalYear r8 = new FiscalYear(2026);
        assertEquals("令和7〜8年度", ContractPeriodLabel.of(new ContractPeriod(true, FY, r8)));
        assertEquals("令和7年度のみ", ContractPeriodLabel.of(new ContractPeriod(true, FY, FY)));
        assertEquals("令和8年度〜", ContractPeriodLabel.of(new ContractPeriod(true, r8, null)));
        assertEquals("〜令和8年度", ContractPeriodLabel.of(new ContractPeriod(true, null, r8)));
        assertEquals("全年度", ContractPeriodLabel.of(new ContractPeriod(true, null, null)));
        assertEquals("なし", ContractPeriodLabel.of(ContractPeriod.NONE));
    }
}
