package jp.tenken.xlsx.read;

import java.util.Optional;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;

/** The visible cells of a returned form as the reader sees them: plain text, never a formula's result. */
final class FormCells {

    private FormCells() {
    }

    /**
     * The form's label (【事業者確認用】…) in column A of its first rows: the label as the ministry's file printed
     * it, which may be a short one such as 【事業者用】.
     */
    static Optional<String> label(Sheet sheet) {
        for (int r = 0; r <= Math.min(sheet.getLastRowNum(), 8); r++) {
            String t = text(sheet, r, 0);
            if (t.startsWith("【") && t.endsWith("用】")) {
                return Optional.of(t);
            }
        }
        return Optional.empty();
    }

    /** The first text cell of the header rows that starts with {@code prefix}. */
    static Optional<String> findPrefixed(Sheet sheet, String prefix) {
        for (int r = 0; r <= Math.min(sheet.getLastRowNum(), 10); r++) {
            Row row = sheet.getRow(r);
            if (row == null) {
                continue;
            }
            for (Cell c : row) {
                if (c.getCellType() == CellType.STRING && c.getStringCellValue().startsWith(prefix)) {
                    return Optional.of(c.getStringCellValue());
                }
            }
        }
        return Optional.empty();
    }

    static Cell cell(Sheet sheet, int r, int c) {
        Row row = sheet.getRow(r);
        return row == null ? null : row.getCell(c);
    }

    static String text(Sheet sheet, int r, int c) {
        Cell cell = cell(sheet, r, c);
        if (cell == null) {
            return "";
        }
        return switch (cell.getCellType()) {
            case STRING -> cell.getStringCellValue().strip();
            case NUMERIC -> cell.toString();
            default -> "";
        };
    }
}
