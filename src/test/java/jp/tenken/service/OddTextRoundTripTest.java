package jp.tenken.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import jp.tenken.domain.FiscalYear;
import jp.tenken.domain.edition.FormKind;
import jp.tenken.domain.edition.RowKey;
import jp.tenken.domain.edition.Scope;
import jp.tenken.domain.vendor.Vendor;
import jp.tenken.domain.year.Answer;
import jp.tenken.domain.year.AnswerValue;
import jp.tenken.domain.year.Facility;
import jp.tenken.domain.year.FacilityKind;
import jp.tenken.domain.year.Round;
import jp.tenken.testing.TestWorkbook;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Tabs, CR, LF and surrounding spaces in names and notes survive a form sent and returned: the file is not taken
 * for 「書き換えられています」, and an untouched note is no change.
 */
class OddTextRoundTripTest {
    static final LocalDate TODAY = LocalDate.of(2025, 10, 1);
    static final FiscalYear FY = new FiscalYear(2025);
    static final RowKey MDS = new RowKey("ops.mds-sds", Scope.NONE);
    static final String ODD_NAME = " 株式会社\tメディカル\r\n東京支店 ";
    static final String ODD_NOTE = "  先頭に空白\r\n二行目\t（タブ）  \r\n";

    @TempDir
    Path dir;
    TestWorkbook fixture;

    @BeforeEach
    void setUp() {
        fixture = TestWorkbook.create(dir.resolve("clinic.tenken"), TODAY);
        fixture.checklist().saveFacility(new Facility("さくら内科クリニック\t本院", FacilityKind.CLINIC));
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    private void answerWithOddNote(FormKind kind, Long vendorId) {
        var form = fixture.checklist().open(FY, kind, vendorId);
        fixture.workbook().answers().save(form.assessment().id(), new Answer(MDS, Round.FIRST, AnswerValue.YES,
                LocalDate.of(2025, 6, 2), null, ODD_NOTE, null), Instant.now(fixture.clock()));
    }

    @Test
    void aVendorNameWithTabsAndLineEndsAndANoteWithSpacesComeBackUnchanged() throws Exception {
        // a name as older versions stored it (typed or pasted with a tab and a line end)
        Vendor odd = fixture.workbook().vendors().add(FY, ODD_NAME, "電子カルテ\t", "", true,
                Instant.now(fixture.clock()));
        answerWithOddNote(FormKind.VENDOR, odd.id());
        Path sent = dir.resolve("送付.xlsx");
        fixture.export().exportVendorForm(FY, odd.id(), sent, p -> { });
        assertEquals("事業者名：株式会社 メディカル 東京支店", headerCell(sent, "事業者名："));

        // returned as is, and after a round through Excel's way of saving (read and written again)
        for (Path back : new Path[] {sent, resaved(sent)}) {
            ImportPreview p = fixture.imports().previewVendor(back, FY, odd.id());
            assertEquals(odd.id(), p.vendor().id());
            assertTrue(p.changes().isEmpty(), "no false change: " + p.changes());
            assertTrue(p.unchanged() >= 1);
        }
    }

    @Test
    void theFacilitysOwnFormWithAnOddNoteComesBackWithoutAChange() throws Exception {
        answerWithOddNote(FormKind.FACILITY, null);
        Path out = dir.resolve("自院.xlsx");
        fixture.export().exportOwnForm(FY, out, p -> { });
        ImportPreview p = fixture.imports().preview(out);
        assertTrue(p.changes().isEmpty(), "no false change: " + p.changes());
        assertTrue(p.warnings().isEmpty(), "the facility name matches: " + p.warnings());
    }

    @Test
    void namesTypedWithTabsOrLineEndsAreKeptOnOneLine() {
        Vendor v = fixture.vendors().add(FY, "\tネット保守\nサービス ", " ネットワーク\r\n保守", "", true);
        assertEquals("ネット保守 サービス", v.name());
        assertEquals("ネットワーク 保守", fixture.vendors().vendors(FY).get(0).systems());
    }

    private Path resaved(Path sent) throws Exception {
        Path out = dir.resolve("resaved.xlsx");
        try (InputStream in = Files.newInputStream(sent); XSSFWorkbook x = new XSSFWorkbook(in);
             OutputStream os = Files.newOutputStream(out)) {
            x.write(os);
        }
        return out;
    }

    private static String headerCell(Path xlsx, String prefix) throws Exception {
        try (InputStream in = Files.newInputStream(xlsx); XSSFWorkbook x = new XSSFWorkbook(in)) {
            XSSFSheet s = x.getSheetAt(0);
            for (Row r : s) {
                for (Cell c : r) {
                    if (c.getCellType() == CellType.STRING && c.getStringCellValue().startsWith(prefix)) {
                        return c.getStringCellValue();
                    }
                }
            }
        }
        throw new AssertionError("no " + prefix);
    }
}
