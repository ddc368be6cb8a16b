package jp.tenken.xlsx.write;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;

/** The cell-writing steps every sheet writer shares: a text cell, a row made on demand, a one-cell line. */
final class SheetCells {
    private SheetCells() {
    }

    /**
     * A styled text cell; blank when there is no text. Always a string cell: never a formula, whatever the text
     * starts with.
     */
    static Cell cell(Row row, int col, String text, CellStyle style) {
        Cell c = row.createCell(col);
        if (text != null && !text.isEmpty()) {
            c.setCellValue(text);
        }
        c.setCellStyle(style);
        return c;
    }

    /** Row {@code r} of the sheet, made when it does not exist yet. */
    static Row row(Sheet sheet, int r) {
        return sheet.getRow(r) == null ? sheet.createRow(r) : sheet.getRow(r);
    }

    /** A line of text in the first column of row {@code r}. */
    static void line(Sheet sheet, int r, String text, CellStyle style) {
        cell(row(sheet, r), 0, text, style);
    }
}
