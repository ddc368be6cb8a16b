package jp.tenken.xlsx.write;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Makes, writes and reads back a small workbook of its own, with a chart, on a daemon thread, so that the spreadsheet
 * library's classes and its schema type system are loaded while the command line's export opens the clinic's
 * workbook and reads the year: a {@code Tenken export} process otherwise loads them (about 2,300 classes from the
 * jars) one after the other on its one thread. Nothing of it is kept or written anywhere; a failure is ignored, as
 * the export then loads what it needs itself.
 */
public final class SpreadsheetWarmUp {

    private SpreadsheetWarmUp() {
    }

    /** Starts the warm-up; returns at once. */
    public static void inBackground() {
        Thread t = new Thread(SpreadsheetWarmUp::run, "tenken-xlsx-warm-up");
        t.setDaemon(true);
        t.start();
    }

    /** The warm-up itself, on the calling thread; false when something in it failed (and so loaded less). */
    static boolean run() {
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            XSSFWorkbook wb = PlainTextStrings.newWorkbook();
            try {
                XSSFSheet sheet = wb.createSheet("warm-up");
                Font bold = wb.createFont();
                bold.setBold(true);
                CellStyle style = wb.createCellStyle();
                style.setFont(bold);
                style.setBorderBottom(BorderStyle.THIN);
                style.setWrapText(true);
                var cell = sheet.createRow(0).createCell(0);
                cell.setCellValue("点検");
                cell.setCellStyle(style);
                sheet.getRow(0).createCell(1).setCellValue("改善");
                var counts = sheet.createRow(1);
                counts.createCell(0).setCellValue("体制構築");
                counts.createCell(1).setCellValue(1.0);
                sheet.addMergedRegion(new CellRangeAddress(2, 2, 0, 1));
                sheet.getPrintSetup().setFitWidth((short) 1);
                // the 前年度比較 sheet's chart: the chart schema's types are a good part of what an export loads
                ComparisonChart.draw(sheet, 0, 1, 1, 1, 1, 3, 4);
                wb.write(bytes);
            } finally {
                PlainTextStrings.discard(wb);
            }
            try (XSSFWorkbook back = new XSSFWorkbook(new ByteArrayInputStream(bytes.toByteArray()))) {
                return back.getSheetAt(0).getRow(0).getCell(0).getStringCellValue().equals("点検");
            }
        } catch (Exception | LinkageError e) {
            return false; // the export itself will say what is wrong, if anything is
        }
    }
}
