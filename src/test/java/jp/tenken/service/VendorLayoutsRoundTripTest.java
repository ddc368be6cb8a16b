package jp.tenken.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import jp.tenken.catalog.Catalog;
import jp.tenken.catalog.CatalogReader;
import jp.tenken.domain.FiscalYear;
import jp.tenken.domain.edition.Form;
import jp.tenken.domain.edition.FormKind;
import jp.tenken.domain.edition.Item;
import jp.tenken.domain.edition.RowKey;
import jp.tenken.domain.edition.Scope;
import jp.tenken.domain.vendor.Vendor;
import jp.tenken.domain.year.AnswerSheet;
import jp.tenken.domain.year.AnswerValue;
import jp.tenken.domain.year.Facility;
import jp.tenken.domain.year.FacilityKind;
import jp.tenken.domain.year.Round;
import jp.tenken.testing.TestWorkbook;
import jp.tenken.xlsx.read.OfficialSamples;
import jp.tenken.xlsx.read.VendorLayouts;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * End to end: the ministry's two forms taken in (several layouts of the 事業者確認用), a vendor added, its
 * 事業者確認用 exported as Tenken sends it, filled as a vendor would (POI), taken back in; the answers must land on
 * the right items.
 */
class VendorLayoutsRoundTripTest {
    static final FiscalYear R8 = FiscalYear.ofReiwa(8);
    static final LocalDate TODAY = LocalDate.of(2026, 10, 1);
    static final String FACILITY_MDS = "事業者から製造業者/サービス事業者による医療情報セキュリティ開示書（MDS/SDS）を提出してもらう。";

    @TempDir
    Path dir;

    private Catalog takeIn(List<Path> files) {
        Path catalogFolder = dir.resolve("appdata").resolve("catalog");
        OfficialEditionService s = new OfficialEditionService(new CatalogReader().read(List.of(catalogFolder)),
                catalogFolder);
        OfficialEditionService.Preview p = s.preview(files, null);
        assertEquals(List.of(), p.problems(), () -> String.join("\n", p.summary()));
        s.add(p);
        return new CatalogReader().read(List.of(catalogFolder));
    }

    private void roundTrip(Catalog catalog) throws Exception {
        Form vendorForm = catalog.requireEdition("R8-official").form(FormKind.VENDOR).orElseThrow();
        assertEquals(OfficialSamples.VENDOR_MDS, vendorForm.item("ops.mds-sds").orElseThrow().text(),
                () -> "the vendor wording of 2-③; items " + vendorForm.items());
        assertTrue(vendorForm.items().stream().allMatch(Item::verified), "read from the vendor form itself");
        try (TestWorkbook wb = TestWorkbook.create(dir.resolve("clinic.tenken"), catalog,
                TestWorkbook.clockAt(TODAY))) {
            wb.checklist().saveFacility(new Facility("さくら内科クリニック", FacilityKind.CLINIC));
            Vendor v = wb.vendors().add("株式会社メディカル", "電子カルテ", "03-0000-0000 山田", true);
            Path sent = dir.resolve("送付.xlsx");
            wb.export().exportVendorForm(R8, v.id(), false, sent, p -> { });
            wb.vendors().markSent(R8, v.id());
            Path back = dir.resolve("返送.xlsx");
            try (InputStream in = Files.newInputStream(sent); XSSFWorkbook x = new XSSFWorkbook(in)) {
                XSSFSheet s = x.getSheetAt(0);
                int officer = VendorImportTest.rowOf(s, "1-①");
                VendorImportTest.set(s, officer, VendorImportTest.COL_ANSWER1, "はい");
                VendorImportTest.setDate(s, officer, VendorImportTest.COL_CHECKED1, LocalDate.of(2026, 6, 1));
                int mds = VendorImportTest.rowOf(s, "2-③");
                VendorImportTest.set(s, mds, VendorImportTest.COL_ANSWER1, "いいえ");
                VendorImportTest.setDate(s, mds, VendorImportTest.COL_CHECKED1, LocalDate.of(2026, 6, 1));
                VendorImportTest.set(s, mds, VendorImportTest.COL_TARGET, "2027/3/31");
                VendorImportTest.set(s, mds, VendorImportTest.COL_NOTE, "MDS作成中");
                int rights = VendorImportTest.rowOf(s, "2-④");
                assertEquals("サーバ", s.getRow(rights).getCell(VendorImportTest.COL_SCOPE).getStringCellValue());
                assertEquals("端末PC", s.getRow(rights + 1).getCell(VendorImportTest.COL_SCOPE).getStringCellValue());
                VendorImportTest.set(s, rights, VendorImportTest.COL_ANSWER1, "はい");
                VendorImportTest.setDate(s, rights, VendorImportTest.COL_CHECKED1, LocalDate.of(2026, 6, 2));
                VendorImportTest.set(s, rights + 1, VendorImportTest.COL_ANSWER1, "いいえ");
                VendorImportTest.setDate(s, rights + 1, VendorImportTest.COL_CHECKED1, LocalDate.of(2026, 6, 2));
                VendorImportTest.set(s, rights + 1, VendorImportTest.COL_TARGET, "2027/3/31");
                int bcp = VendorImportTest.rowOf(s, "3-③");
                VendorImportTest.set(s, bcp, VendorImportTest.COL_ANSWER1, "いいえ");
                VendorImportTest.setDate(s, bcp, VendorImportTest.COL_CHECKED1, LocalDate.of(2026, 6, 1));
                VendorImportTest.set(s, bcp, VendorImportTest.COL_TARGET, "2026/9/30");
                VendorImportTest.set(s, bcp, VendorImportTest.COL_ANSWER2, "はい");
                VendorImportTest.setDate(s, bcp, VendorImportTest.COL_CHECKED2, LocalDate.of(2026, 9, 30));
                try (OutputStream os = Files.newOutputStream(back)) {
                    x.write(os);
                }
            }
            ImportPreview p = wb.imports().previewVendor(back, R8, v.id());
            assertEquals(6, p.changes().size(), () -> p.changes().toString());
            wb.imports().apply(p);
            AnswerSheet a = wb.checklist().open(R8, FormKind.VENDOR, v.id()).answers();
            assertEquals(AnswerValue.YES, a.get(new RowKey("org.security-officer", Scope.NONE), Round.FIRST).value());
            assertEquals(AnswerValue.NO, a.get(new RowKey("ops.mds-sds", Scope.NONE), Round.FIRST).value());
            assertEquals(LocalDate.of(2027, 3, 31),
                    a.get(new RowKey("ops.mds-sds", Scope.NONE), Round.FIRST).targetDate());
            assertEquals("MDS作成中", a.get(new RowKey("ops.mds-sds", Scope.NONE), Round.FIRST).note());
            assertEquals(AnswerValue.YES, a.get(new RowKey("ops.access-rights", Scope.SERVER), Round.FIRST).value());
            assertEquals(AnswerValue.NO, a.get(new RowKey("ops.access-rights", Scope.TERMINAL), Round.FIRST).value());
            assertEquals(AnswerValue.YES, a.get(new RowKey("incident.bcp", Scope.NONE), Round.SECOND).value());
            assertEquals(LocalDate.of(2026, 9, 30), a.get(new RowKey("incident.bcp", Scope.NONE), Round.SECOND)
                    .checkedOn());
        }
    }

    // E1: 001716187 + 001716188 with a 事業者名 / 記入者 / 連絡先 / 記入日 block above the header
    @Test
    void e1_vendorFileWithBlockAboveHeader() throws Exception {
        roundTrip(takeIn(List.of(VendorLayouts.facility(dir.resolve("001716187.xlsx")),
                VendorLayouts.vendorWithBlock(dir.resolve("001716188.xlsx")))));
    }

    // E2: one workbook, both forms on sheets 医療機関用 / 事業者用 with their labels printed
    @Test
    void e2_combinedWorkbookTwoSheets() throws Exception {
        roundTrip(takeIn(List.of(VendorLayouts.twoSheets(dir.resolve("チェックリスト.xlsx"), true))));
    }

    // E3: 001716187 + 001716188 with a filled 「事業者確認用（記入例）」 sheet first
    @Test
    void e3_vendorFileWithExampleSheet() throws Exception {
        roundTrip(takeIn(List.of(VendorLayouts.facility(dir.resolve("001716187.xlsx")),
                VendorLayouts.withExampleSheet(dir.resolve("001716188.xlsx")))));
    }

    // E4: one workbook, both forms on sheets 医療機関用 / 事業者用, named only so (no 「…確認用」 label)
    @Test
    void e4_combinedWorkbookTwoSheetsWithoutLabels() throws Exception {
        roundTrip(takeIn(List.of(VendorLayouts.twoSheets(dir.resolve("チェックリスト.xlsx"), false))));
    }
}
