package jp.tenken.xlsx.write;

import static jp.tenken.xlsx.write.SheetCells.line;
import static jp.tenken.xlsx.write.SheetCells.cell;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;

/**
 * The 「ガイドライン対応表」 sheet: guideline clause → checklist items → this year's answers (and the deep
 * self-check where used). Only clause text verified against the ministry's publication is printed; a clause without
 * such text is named by its number where an item or an answer reaches it, and the rest of a chapter is one line
 * saying its text is not held, so a printout never passes our drafts off as the ministry's wording.
 */
final class ClauseSheetWriter {
    static final String SHEET_NAME = "ガイドライン対応表";
    static final int COL_PLACE = 0;
    static final int COL_TEXT = 1;
    static final int COL_ITEMS = 2;
    static final int COL_ANSWERS = 3;
    static final int COL_DEEP = 4;
    static final int COL_NOTE = 5;
    static final int HEADER_ROW = 4;
    private static final int[] WIDTHS = {15, 44, 34, 20, 10, 22};

    private final Workbook wb;
    private final Styles styles;
    private final CellStyle chapter;
    private final CellStyle dimmed;

    ClauseSheetWriter(Workbook wb, Styles styles) {
        this.wb = wb;
        this.styles = styles;
        chapter = wb.createCellStyle();
        chapter.cloneStyleFrom(styles.text);
        Font bold = wb.getFontAt(styles.section.getFontIndex());
        chapter.setFont(bold);
        chapter.setFillForegroundColor(IndexedColors.PALE_BLUE.getIndex());
        chapter.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        dimmed = wb.createCellStyle();
        dimmed.cloneStyleFrom(styles.text);
        dimmed.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
        dimmed.setFillPattern(FillPatternType.SOLID_FOREGROUND);
    }

    Sheet write(ClauseTableData d) {
        Sheet sheet = wb.createSheet(SHEET_NAME);
        int cols = d.deepCheck() ? 6 : 4;
        for (int c = 0; c < cols; c++) {
            sheet.setColumnWidth(c, WIDTHS[c] * 256 + 200);
        }
        sheet.setDisplayGridlines(false);
        titleBlock(sheet, d, cols);
        header(sheet.createRow(HEADER_ROW), cols);
        int r = HEADER_ROW + 1;
        for (ClauseTableData.Row row : d.rows()) {
            if (row.heading()) {
                headingRow(sheet, r, row, cols);
            } else {
                clauseRow(sheet.createRow(r), row, d.deepCheck());
            }
            r++;
        }
        r++;
        line(sheet, r, "出典：" + d.source(), styles.small);
        sheet.addMergedRegion(new CellRangeAddress(r, r, 0, cols - 1));
        sheet.getRow(r).setHeightInPoints(28);

        sheet.createFreezePane(0, HEADER_ROW + 1);
        sheet.setRepeatingRows(new CellRangeAddress(HEADER_ROW, HEADER_ROW, 0, cols - 1));
        PageSetup.a4OneWide(sheet, d.deepCheck(), SHEET_NAME);
        return sheet;
    }

    /** Title, facility and form, then the pattern with the note on which clause texts are printed. */
    private void titleBlock(Sheet sheet, ClauseTableData d, int cols) {
        line(sheet, 0, d.year().label() + " ガイドライン対応表（" + d.guidelineTitle() + "）", styles.title);
        line(sheet, 1, "医療機関名：" + PageSetup.headingName(d.facilityName()) + "　様式：" + d.formLabel(), styles.label);
        line(sheet, 2, "参照パターン：" + (d.pattern() == null ? "未設定（すべての章を表示）" : d.pattern())
                + "　※遵守事項の本文は、厚生労働省の公表資料で確かめられたものだけを載せています。",
                styles.small);
        sheet.addMergedRegion(new CellRangeAddress(2, 2, 0, cols - 1));
        sheet.getRow(2).setHeightInPoints(26);
    }

    private void header(Row h, int cols) {
        String[] heads = {"遵守事項", "内容", "チェック項目", "回答（1回目）", "自己点検", "自己点検メモ"};
        for (int c = 0; c < cols; c++) {
            cell(h, c, heads[c], styles.header);
        }
        h.setHeightInPoints(18);
    }

    /** A chapter heading: its place, then its title merged across the rest of the width; dimmed when not needed. */
    private void headingRow(Sheet sheet, int r, ClauseTableData.Row row, int cols) {
        Row x = sheet.createRow(r);
        CellStyle s = row.notNeeded() ? dimmed : chapter;
        cell(x, 0, row.place(), s);
        for (int c = 1; c < cols; c++) {
            cell(x, c, "", s);
        }
        cell(x, 1, row.text(), s);
        sheet.addMergedRegion(new CellRangeAddress(r, r, 1, cols - 1));
        int width = 0;
        for (int c = 1; c < cols; c++) {
            width += WIDTHS[c];
        }
        x.setHeightInPoints((float) (FormSheetWriter.lines(row.text(), width) * 13.5 + 5));
    }

    /** One 遵守事項 with its items and answers (and the deep self-check), as tall as its longest cell allows. */
    private void clauseRow(Row x, ClauseTableData.Row row, boolean deepCheck) {
        CellStyle s = row.notNeeded() ? dimmed : styles.text;
        cell(x, COL_PLACE, row.place(), s);
        cell(x, COL_TEXT, row.text(), s);
        cell(x, COL_ITEMS, row.items(), s);
        cell(x, COL_ANSWERS, row.answers(), s);
        if (deepCheck) {
            cell(x, COL_DEEP, row.deepValue(), row.notNeeded() ? dimmed : styles.centered);
            cell(x, COL_NOTE, row.deepNote(), styles.userText(row.deepNote(), styles.note, styles.noteQuoted));
        }
        int lines = Math.max(Math.max(FormSheetWriter.lines(row.text(), WIDTHS[COL_TEXT]),
                FormSheetWriter.lines(row.place(), WIDTHS[COL_PLACE])),
                Math.max(FormSheetWriter.lines(row.items(), WIDTHS[COL_ITEMS]),
                        FormSheetWriter.lines(row.answers(), WIDTHS[COL_ANSWERS])));
        if (deepCheck) {
            lines = Math.max(lines, FormSheetWriter.lines(row.deepNote(), WIDTHS[COL_NOTE]));
        }
        x.setHeightInPoints((float) (Math.min(lines, 30) * 13.5 + 5));
    }
}
