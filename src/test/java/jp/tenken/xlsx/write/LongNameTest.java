package jp.tenken.xlsx.write;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import jp.tenken.catalog.CatalogReader;
import jp.tenken.domain.FiscalYear;
import jp.tenken.domain.UserText;
import jp.tenken.domain.edition.Edition;
import jp.tenken.domain.edition.FormKind;
import jp.tenken.domain.year.AnswerSheet;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A facility with a very long name: the printed headings stay one readable line, the form keeps the name whole. */
class LongNameTest {
    @TempDir
    Path dir;

    @Test
    void aTenThousandCharacterNameIsShortenedInHeadingsAndKeptWholeOnTheForm() throws Exception {
        String name = "医療法人社団𠮷田会\t" + "あ".repeat(10_000);
        Edition r7 = new CatalogReader().bundled().editionFor(new FiscalYear(2025)).edition();
        FormData form = new FormData(r7, r7.form(FormKind.FACILITY).orElseThrow(), new FiscalYear(2025), name, null,
                null, new AnswerSheet(List.of()));
        Path out = dir.resolve("pack.xlsx");
        new XlsxExporter().writePack(List.of(form), out, p -> { }, LocalDate.of(2025, 10, 1));
        try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(out))) {
            String heading = text(wb.getSheetAt(0), 1);
            assertTrue(heading.startsWith("医療機関名：医療法人社団𠮷田会 あ"), heading);
            assertTrue(heading.endsWith("…"), heading);
            assertEquals(6 + PageSetup.HEADING_NAME_MAX, heading.codePointCount(0, heading.length()), heading);
            boolean whole = false;
            for (Row row : wb.getSheetAt(1)) {
                for (Cell c : row) {
                    whole |= c.toString().equals("医療機関名：" + UserText.line(name));
                }
            }
            assertTrue(whole, "the form sheet keeps the whole name, its tab a space (an import compares it)");
        }
    }

    private static String text(Sheet s, int row) {
        return s.getRow(row).getCell(0).getStringCellValue();
    }
}
