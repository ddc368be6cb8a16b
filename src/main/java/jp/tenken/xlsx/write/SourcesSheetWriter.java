package jp.tenken.xlsx.write;

import static jp.tenken.xlsx.write.SheetCells.cell;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import jp.tenken.domain.edition.FormKind;
import jp.tenken.domain.edition.Item;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;

/**
 * The 「出典」 sheet, last in the pack and hidden (so it is not printed with the forms): where each form's wording
 * comes from, and, item by item, the wording still being checked against the ministry's original. The inspector's
 * pages carry the clinic's answers; this sheet keeps our sources for whoever asks.
 */
final class SourcesSheetWriter {
    static final String SHEET_NAME = "出典";
    private static final int[] WIDTHS = {16, 8, 70};

    private final Workbook wb;
    private final Styles styles;

    SourcesSheetWriter(Workbook wb, Styles styles) {
        this.wb = wb;
        this.styles = styles;
    }

    Sheet write(List<FormData> forms) {
        Sheet sheet = wb.createSheet(SHEET_NAME);
        for (int c = 0; c < WIDTHS.length; c++) {
            sheet.setColumnWidth(c, WIDTHS[c] * 256 + 200);
        }
        int r = 0;
        r = line(sheet, r, "出典と文言の確認状況", styles.title);
        r = line(sheet, r, "このシートは印刷しません（非表示）。様式の文言の出典と、原本で確認中の文言を記録しています。",
                styles.small);
        Set<String> editions = new HashSet<>();
        for (FormData f : forms) {
            if (editions.add(f.edition().id())) {
                r = line(sheet, r, f.edition().name() + "：" + f.edition().source(), styles.plain);
            }
        }
        r++;
        Row h = sheet.createRow(r++);
        cell(h, 0, "様式", styles.header);
        cell(h, 1, "No.", styles.header);
        cell(h, 2, "原本で確認中の文言について", styles.header);
        Set<String> listed = new HashSet<>();
        for (FormData f : forms) {
            if (!listed.add(f.form().kind().name())) {
                continue; // every vendor's form carries the same wording: list it once
            }
            String common = f.form().kind() == FormKind.VENDOR ? f.edition().vendorWordingNote() : null;
            if (common != null) {
                r = row(sheet, r, f.form().label(), "全項目", common);
            }
            for (Item item : f.form().items()) {
                String note = item.verified() ? null : item.verificationNote();
                if (common != null && note != null) {
                    note = note.replace(common, "").strip();
                }
                if (note != null && !note.isEmpty()) {
                    r = row(sheet, r, f.form().label(), item.gate() ? "（前提）" : item.number(), note);
                }
            }
        }
        PageSetup.a4OneWide(sheet, false, SHEET_NAME);
        wb.setSheetHidden(wb.getSheetIndex(sheet), true);
        return sheet;
    }

    private int line(Sheet sheet, int r, String text, CellStyle style) {
        Row row = sheet.createRow(r);
        cell(row, 0, text, style);
        sheet.addMergedRegion(new CellRangeAddress(r, r, 0, 2));
        row.setHeightInPoints((float) (FormSheetWriter.lines(text, 94) * 14 + 6));
        return r + 1;
    }

    private int row(Sheet sheet, int r, String form, String number, String note) {
        Row row = sheet.createRow(r);
        cell(row, 0, form, styles.text);
        cell(row, 1, number, styles.centered);
        cell(row, 2, note, styles.text);
        row.setHeightInPoints((float) (FormSheetWriter.lines(note, WIDTHS[2]) * 13 + 6));
        return r + 1;
    }
}
