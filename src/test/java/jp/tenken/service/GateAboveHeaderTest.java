package jp.tenken.service;

import static jp.tenken.service.OfficialEditionServiceTest.date;
import static jp.tenken.service.OfficialEditionServiceTest.open;
import static jp.tenken.service.OfficialEditionServiceTest.text;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import jp.tenken.catalog.Catalog;
import jp.tenken.catalog.CatalogReader;
import jp.tenken.domain.FiscalYear;
import jp.tenken.domain.edition.FormKind;
import jp.tenken.domain.edition.RowKey;
import jp.tenken.domain.year.Answer;
import jp.tenken.domain.year.AnswerValue;
import jp.tenken.domain.year.Facility;
import jp.tenken.domain.year.FacilityKind;
import jp.tenken.domain.year.Round;
import jp.tenken.testing.TestWorkbook;
import jp.tenken.xlsx.read.OfficialSamples;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The ministry's form with the gate question 「医療情報システムを導入、運用している。」 in a box of its own above the
 * table's header: taken in, the 令和8年度 form asks it first as on paper, and its answer is written back into the box.
 * Before, the question was not read at all: the form had one row less and the printed box stayed empty.
 */
class GateAboveHeaderTest {
    static final FiscalYear R8 = FiscalYear.ofReiwa(8);

    @TempDir
    Path dir;

    @Test
    void theGateAboveTheHeaderIsAskedFirstAndWrittenIntoItsBox() throws Exception {
        Path catalogFolder = dir.resolve("appdata").resolve("catalog");
        OfficialEditionService editions = new OfficialEditionService(
                new CatalogReader().read(List.of(catalogFolder)), catalogFolder);
        editions.add(editions.preview(List.of(OfficialSamples.facilityStandard(dir.resolve("standard.xlsx"))), null));
        int standardRows = rowsOfR8(catalogFolder, "standard");

        Path other = dir.resolve("other");
        Path otherCatalog = other.resolve("appdata").resolve("catalog");
        OfficialEditionService gateAbove = new OfficialEditionService(
                new CatalogReader().read(List.of(otherCatalog)), otherCatalog);
        gateAbove.add(gateAbove.preview(List.of(OfficialSamples.facilityStandard(
                dir.resolve("001716187.xlsx"), true)), null));
        Catalog catalog = new CatalogReader().read(List.of(otherCatalog));
        try (TestWorkbook wb = TestWorkbook.create(other.resolve("clinic.tenken"), catalog,
                TestWorkbook.clockAt(LocalDate.of(2026, 10, 1)))) {
            ChecklistService checklist = wb.checklist();
            checklist.saveFacility(new Facility("さくら内科クリニック", FacilityKind.CLINIC));
            var form = checklist.open(R8, FormKind.FACILITY, null);
            List<RowKey> rows = form.form().rows();
            assertEquals(standardRows, rows.size(), "no row lost against the same form with the gate in the table");
            RowKey gate = rows.get(0);
            assertEquals(OfficialSamples.GATE, form.form().item(gate.itemKey()).orElseThrow().text(), "asked first, as printed");
            checklist.saveAnswer(form.assessment(), new Answer(gate, Round.FIRST, AnswerValue.YES,
                    LocalDate.of(2026, 9, 1), null, "", null));

            Path out = other.resolve("提出用.xlsx");
            wb.export().exportOfficial(R8, out, f -> { });
            try (XSSFWorkbook after = open(out)) {
                XSSFSheet a = after.getSheet("医療機関・薬局確認用");
                assertEquals(OfficialSamples.GATE, text(a, 4, 1));
                assertEquals("はい", text(a, 4, 3), "the answer in the gate's own box");
                assertEquals(LocalDate.of(2026, 9, 1), date(a, 4, 4));
                assertEquals("はい・いいえ", text(a, 7, 3), "the header is left as printed");
            }
        }
    }

    private int rowsOfR8(Path catalogFolder, String name) throws Exception {
        Catalog catalog = new CatalogReader().read(List.of(catalogFolder));
        try (TestWorkbook wb = TestWorkbook.create(dir.resolve(name + ".tenken"), catalog,
                TestWorkbook.clockAt(LocalDate.of(2026, 10, 1)))) {
            wb.checklist().saveFacility(new Facility("さくら内科クリニック", FacilityKind.CLINIC));
            return wb.checklist().open(R8, FormKind.FACILITY, null).form().rows().size();
        }
    }
}
