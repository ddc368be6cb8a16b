package jp.tenken.service;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
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
import jp.tenken.xlsx.read.RecognitionVariants;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A ministry workbook with macros (.xlsm): read, kept, and written back with its macros untouched and never run. */
class OfficialMacroWorkbookTest {
    static final FiscalYear R8 = FiscalYear.ofReiwa(8);

    @TempDir
    Path dir;

    @Test
    void anXlsmIsTakenInKeptAndWrittenBackWithItsMacrosByteForByte() throws Exception {
        byte[] vba = new byte[3000];
        for (int i = 0; i < vba.length; i++) {
            vba[i] = (byte) (i * 31 + 7); // our own bytes: a stand-in for a VBA project, never run
        }
        Path xlsx = OfficialSamples.facilityStandard(dir.resolve("plain.xlsx"));
        Path xlsm = RecognitionVariants.macroEnabled(xlsx, dir.resolve("001716187.xlsm"), vba);
        Path folder = dir.resolve("appdata").resolve("catalog");
        OfficialEditionService s = new OfficialEditionService(new CatalogReader().read(List.of(folder)), folder);
        OfficialEditionService.Preview p = s.preview(List.of(xlsm), null);
        assertEquals(List.of(), p.problems());
        s.add(p);
        Path kept = folder.resolve("R8-official_001716187.xlsm");
        assertTrue(Files.isRegularFile(kept), "kept under its own .xlsm name");

        Catalog catalog = new CatalogReader().read(List.of(folder));
        try (TestWorkbook wb = TestWorkbook.create(dir.resolve("clinic.tenken"), catalog,
                TestWorkbook.clockAt(LocalDate.of(2026, 10, 1)))) {
            wb.checklist().saveFacility(new Facility("さくら内科クリニック", FacilityKind.CLINIC));
            var form = wb.checklist().open(R8, FormKind.FACILITY, null);
            RowKey first = form.form().rows().get(1);
            wb.checklist().saveAnswer(form.assessment(), new Answer(first, Round.FIRST, AnswerValue.YES,
                    LocalDate.of(2026, 6, 1), null, "", null));

            Path written = wb.export().exportOfficial(R8, dir.resolve("提出用.xlsx"), f -> { }).file();

            assertEquals("提出用.xlsm", written.getFileName().toString(), "a macro workbook keeps .xlsm");
            assertTrue(Files.isRegularFile(written));
            byte[] after = RecognitionVariants.entry(written, "xl/vbaProject.bin");
            assertNotNull(after, "the macros are still there");
            assertArrayEquals(vba, after, "the macros are byte for byte as they were");
            try (XSSFWorkbook back = new XSSFWorkbook(Files.newInputStream(written))) {
                assertTrue(back.getPackagePart().getContentType().contains("macroEnabled"),
                        back.getPackagePart().getContentType());
                assertEquals("はい", back.getSheet("医療機関・薬局確認用").getRow(9).getCell(3).getStringCellValue());
            }
        }
    }
}
