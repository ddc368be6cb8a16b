package jp.tenken.xlsx.write;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Makes a small workbook of its own, with a chart, on a daemon thread, so that the spreadsheet library's classes are
 * initialised and its schema type systems (the spreadsheet's and the chart's) are read while the command line's export
 * opens the clinic's workbook and reads the year; a {@code Tenken export} process otherwise does that work on its one
 * thread. The workbook is neither written nor read back: writing and reading it took about 0.1 s of a processor that
 * the export's own thread and the compiler wanted (on two cores the three were already busy), and an export with
 * them was slower. Nothing of it is kept; a failure is ignored, as the export then does that work itself.
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

    /** The warm-up itself, on the calling thread; false when something in it failed (and so initialised less). */
    static boolean run() {
        try {
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
            } finally {
                PlainTextStrings.discard(wb);
            }
            return true;
        } catch (Exception | LinkageError e) {
            return false; // the export itself will say what is wrong, if anything is
        }
    }
}
