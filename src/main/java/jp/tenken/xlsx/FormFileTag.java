package jp.tenken.xlsx;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import jp.tenken.domain.FiscalYear;
import jp.tenken.domain.UserText;
import jp.tenken.domain.edition.FormKind;
import jp.tenken.domain.edition.RowKey;
import jp.tenken.domain.edition.Scope;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.ss.usermodel.Workbook;

/**
 * What Tenken writes into an exported form so that the importer can recognise the file when it comes back: a
 * very hidden sheet (Excel shows it nowhere, keeps it on save) with the edition id, form, fiscal year, vendor id
 * and name, and the item key, scope and printed hint of each data row. Plain text cells only; names are written and
 * read as {@link UserText#line} has them, like the visible cells. The importer treats it as a claim to check against
 * the visible cells, never as the truth.
 */
public final class FormFileTag {
    public static final String SHEET_NAME = "tenken";
    static final String MAGIC = "tenken-form";
    static final String VERSION = "1";

    /** One data row: its Excel row number (1-based, as a user sees it), the answer row, the hint printed in it. */
    public record TaggedRow(int excelRow, RowKey key, String hint) {
    }

    /** The claims of a tag. */
    public record Tag(String editionId, FormKind kind, FiscalYear year, Long vendorId, String vendorName, String facilityName,
               String sheetName, List<TaggedRow> rows) {
    }

    private FormFileTag() {
    }

    public static void write(Workbook wb, Tag claims, List<FormLayout.WrittenRow> written) {
        Sheet s = wb.createSheet(SHEET_NAME);
        int r = 0;
        pair(s, r++, MAGIC, VERSION);
        pair(s, r++, "edition", claims.editionId());
        pair(s, r++, "form", claims.kind().name());
        pair(s, r++, "year", Integer.toString(claims.year().startYear()));
        pair(s, r++, "vendorId", claims.vendorId() == null ? "" : claims.vendorId().toString());
        pair(s, r++, "vendorName", UserText.line(claims.vendorName()));
        pair(s, r++, "facility", UserText.line(claims.facilityName()));
        pair(s, r++, "sheet", claims.sheetName());
        pair(s, r++, "rows", Integer.toString(written.size()));
        for (FormLayout.WrittenRow w : written) {
            Row row = s.createRow(r++);
            row.createCell(0).setCellValue(Integer.toString(w.index() + 1));
            row.createCell(1).setCellValue(w.key().itemKey());
            row.createCell(2).setCellValue(w.key().scope().name());
            row.createCell(3).setCellValue(w.hint());
        }
        wb.setSheetVisibility(wb.getSheetIndex(s), SheetVisibility.VERY_HIDDEN);
    }

    private static void pair(Sheet s, int r, String key, String value) {
        Row row = s.createRow(r);
        row.createCell(0).setCellValue(key);
        row.createCell(1).setCellValue(value);
    }

    /**
     * The tag of a workbook, if it has one. A tag that is present but unreadable (edited by hand) throws
     * {@link IllegalArgumentException}.
     */
    public static Optional<Tag> read(Workbook wb) {
        Sheet s = wb.getSheet(SHEET_NAME);
        if (s == null || !MAGIC.equals(text(s, 0, 0))) {
            return Optional.empty();
        }
        if (!VERSION.equals(text(s, 0, 1))) {
            throw new IllegalArgumentException("tag version " + text(s, 0, 1));
        }
        String vendorId = text(s, 4, 1);
        int n = Integer.parseInt(text(s, 8, 1));
        if (n < 0 || n > FormLayout.MAX_ROWS) {
            throw new IllegalArgumentException("rows " + n);
        }
        List<TaggedRow> rows = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            int r = 9 + i;
            rows.add(new TaggedRow(Integer.parseInt(text(s, r, 0)), new RowKey(text(s, r, 1),
                    Scope.valueOf(text(s, r, 2))), text(s, r, 3)));
        }
        return Optional.of(new Tag(text(s, 1, 1), FormKind.valueOf(text(s, 2, 1)),
                new FiscalYear(Integer.parseInt(text(s, 3, 1))), vendorId.isEmpty() ? null : Long.valueOf(vendorId),
                UserText.line(text(s, 5, 1)), UserText.line(text(s, 6, 1)), text(s, 7, 1), rows));
    }

    private static String text(Sheet s, int r, int c) {
        Row row = s.getRow(r);
        Cell cell = row == null ? null : row.getCell(c);
        if (cell == null || cell.getCellType() == CellType.BLANK) {
            return "";
        }
        if (cell.getCellType() != CellType.STRING) {
            throw new IllegalArgumentException("tag cell " + r + "," + c + " is " + cell.getCellType());
        }
        return cell.getStringCellValue();
    }
}
