package jp.tenken.ui.checklist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import jp.tenken.catalog.Catalog;
import jp.tenken.catalog.CatalogReader;
import jp.tenken.domain.FiscalYear;
import jp.tenken.domain.edition.Scope;
import jp.tenken.domain.year.AnswerValue;
import jp.tenken.domain.year.FacilityKind;
import jp.tenken.domain.year.Round;
import jp.tenken.service.OfficialEditionService;
import jp.tenken.testing.TestWorkbook;
import jp.tenken.ui.common.ImmediateUiExecutor;
import jp.tenken.xlsx.read.OfficialSamples;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * 「Excelに出力」→「厚生労働省の Excel に記入（提出用）」 from the checklist window: offered for 令和8年度 answered on
 * the edition taken in from the ministry's workbook, written like the other exports; not for a bundled edition.
 */
class OfficialExportViewModelTest {
    static final LocalDate TODAY = LocalDate.of(2026, 10, 1);
    static final FiscalYear R7 = FiscalYear.ofReiwa(7);
    static final FiscalYear R8 = FiscalYear.ofReiwa(8);

    @TempDir
    Path dir;
    TestWorkbook wb;
    ChecklistViewModel vm;

    @BeforeEach
    void open() throws Exception {
        Path catalogFolder = dir.resolve("appdata").resolve("catalog");
        OfficialEditionService official = new OfficialEditionService(
                new CatalogReader().read(List.of(catalogFolder)), catalogFolder);
        official.add(official.preview(List.of(OfficialSamples.facilityStandard(dir.resolve("001716187.xlsx")),
                OfficialSamples.vendorOnly(dir.resolve("001716188.xlsx"))), null));
        Catalog catalog = new CatalogReader().read(List.of(catalogFolder));
        wb = TestWorkbook.create(dir.resolve("clinic.tenken"), catalog, TestWorkbook.clockAt(TODAY));
        vm = new ChecklistViewModel(wb.checklist(), wb.vendors(), wb.export(),
                new ImmediateUiExecutor());
        vm.load();
        vm.saveFacility("さくら内科クリニック", FacilityKind.CLINIC);
    }

    @AfterEach
    void close() {
        wb.close();
    }

    @Test
    void aYearOnTheTakenInEditionIsWrittenIntoTheMinistrysExcelFromTheWindow() throws Exception {
        assertEquals(R8, vm.yearList().selectedYearProperty().get());
        ChecklistExportViewModel exports = vm.exports();
        assertTrue(exports.officialAvailableProperty().get());
        assertEquals("厚生労働省の Excel に記入（提出用）", exports.officialLabelProperty().get());
        assertEquals("さくら内科クリニック_チェックリスト提出用_令和8年度.xlsx", exports.suggestedOfficialName());

        RowViewModel officer = vm.rows().stream()
                .filter(r -> r.item().key().equals("org.security-officer") && r.scope() == Scope.NONE)
                .findFirst().orElseThrow();
        vm.answers().answer(officer, Round.FIRST, AnswerValue.YES);
        Path out = dir.resolve(exports.suggestedOfficialName());
        exports.exportOfficial(out);

        assertFalse(exports.exportingProperty().get());
        assertEquals(1.0, exports.exportProgressProperty().get());
        assertEquals(out, exports.doneProperty().get().file(), "the completion dialog gets the file");
        assertEquals("厚生労働省の Excel の写しに、この年度の回答を書き込みました", exports.doneProperty().get().summary());
        assertTrue(vm.statusProperty().get().contains("出力しました"), vm.statusProperty().get());
        try (InputStream in = Files.newInputStream(out); XSSFWorkbook book = new XSSFWorkbook(in)) {
            XSSFSheet sheet = book.getSheet("医療機関・薬局確認用");
            // 1-① (Excel row 10): はい in column D, in the ministry's own cell
            assertEquals("はい", new DataFormatter().formatCellValue(sheet.getRow(9).getCell(3)));
        }
    }

    @Test
    void aYearOnABundledEditionIsNotOfferedAndIfAskedSaysWhyInJapanese() {
        vm.addYear(R7);
        assertEquals(R7, vm.yearList().selectedYearProperty().get());
        ChecklistExportViewModel exports = vm.exports();
        assertFalse(exports.officialAvailableProperty().get());
        assertTrue(exports.officialLabelProperty().get().contains("この年度は「令和7年度版」で回答しているため使えません"),
                exports.officialLabelProperty().get());

        Path out = dir.resolve("x.xlsx");
        exports.exportOfficial(out);
        assertTrue(vm.errorMessageProperty().get().contains("令和7年度は令和7年度版の項目で回答しているため"),
                vm.errorMessageProperty().get());
        assertFalse(Files.exists(out));
        assertFalse(exports.exportingProperty().get(), "the menu is usable again");

        vm.selectYear(R8);
        assertTrue(exports.officialAvailableProperty().get(), "back on 令和8年度 it is offered again");
    }
}
