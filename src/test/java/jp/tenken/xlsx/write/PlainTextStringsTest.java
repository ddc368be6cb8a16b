package jp.tenken.xlsx.write;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFRichTextString;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** The pack's shared strings: plain texts found by their text, formatted ones by their XML, all read back as set. */
class PlainTextStringsTest {

    @Test
    void repeatedTextsAreSharedAndReadBackAsSet() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        XSSFWorkbook wb = PlainTextStrings.newWorkbook();
        try {
            assertInstanceOf(PlainTextStrings.class, wb.getSharedStringSource());
            XSSFSheet sheet = wb.createSheet("様式");
            for (int r = 0; r < 100; r++) {
                sheet.createRow(r).createCell(0).setCellValue("はい");
                sheet.getRow(r).createCell(1).setCellValue(r % 2 == 0 ? "いいえ" : " 目標日 ");
            }
            XSSFRichTextString bold = new XSSFRichTextString("はい");
            XSSFFont font = wb.createFont();
            font.setBold(true);
            bold.applyFont(font);
            sheet.getRow(0).createCell(2).setCellValue(bold);
            wb.write(bytes);
        } finally {
            PlainTextStrings.discard(wb); // after the write: the bytes written stay whole
        }
        try (XSSFWorkbook back = new XSSFWorkbook(new ByteArrayInputStream(bytes.toByteArray()))) {
            XSSFSheet sheet = back.getSheet("様式");
            for (int r = 0; r < 100; r++) {
                assertEquals("はい", sheet.getRow(r).getCell(0).getStringCellValue());
                assertEquals(r % 2 == 0 ? "いいえ" : " 目標日 ", sheet.getRow(r).getCell(1).getStringCellValue());
            }
            // the bold はい keeps its own entry and its formatting
            assertEquals("はい", sheet.getRow(0).getCell(2).getStringCellValue());
            assertEquals(1, sheet.getRow(0).getCell(2).getRichStringCellValue().numFormattingRuns());
            assertEquals(4, back.getSharedStringSource().getUniqueCount());
            assertEquals(201, back.getSharedStringSource().getCount());
        }
    }
}
