package jp.tenken.xlsx.write;

import static jp.tenken.xlsx.write.SheetCells.cell;

import java.time.LocalDate;
import java.util.List;
import jp.tenken.domain.Wareki;
import jp.tenken.domain.comparison.AnswerTally;
import jp.tenken.domain.comparison.Change;
import jp.tenken.domain.comparison.Comparison;
import jp.tenken.domain.edition.FormKind;
import jp.tenken.domain.edition.Item;
import jp.tenken.domain.year.AnswerValue;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;

/**
 * The 前年度比較 sheet: for each form (the facility's, then each vendor's), the changes counted per section, then
 * item by item where the earlier and the later year stood (改善・後退・変化なし・新規・未回答), with every earlier
 * 目標日 that passed without a はい shaded, and the items the later edition dropped. A4 portrait, one page wide.
 */
final class ComparisonSheetWriter {
    static final String SHEET_NAME = "前年度比較";
    static final int COL_NUMBER = 0;
    static final int COL_TEXT = 1;
    static final int COL_SCOPE = 2;
    static final int COL_BEFORE = 3;
    static final int COL_AFTER = 4;
    static final int COL_CHANGE = 5;
    static final int COL_REMARK = 6;
    private static final int LAST_COL = COL_REMARK;
    private static final int[] WIDTHS = {7, 40, 11, 9, 9, 9, 17};
    private static final Change[] ORDER = {Change.IMPROVED, Change.REGRESSED, Change.UNCHANGED, Change.NEW,
        Change.UNANSWERED};

    private final Workbook wb;
    private final Styles styles;

    ComparisonSheetWriter(Workbook wb, Styles styles) {
        this.wb = wb;
        this.styles = styles;
    }

    Sheet write(List<ComparisonData> blocks, String sheetName, LocalDate today) {
        Sheet sheet = wb.createSheet(sheetName);
        for (int c = 0; c < WIDTHS.length; c++) {
            sheet.setColumnWidth(c, WIDTHS[c] * 256 + 200);
        }
        sheet.setDisplayGridlines(false);
        ComparisonData first = blocks.get(0);
        Comparison fc = first.comparison();
        int r = 0;
        merged(sheet, r, 0, LAST_COL, "前年度比較　" + fc.earlierYear().label() + " → " + fc.laterYear().label(),
                styles.title);
        sheet.getRow(r++).setHeightInPoints(24);
        merged(sheet, r++, 0, LAST_COL, (fc.laterForm().kind() == FormKind.PHARMACY ? "薬局名："
                : "医療機関名：") + PageSetup.headingName(first.facilityName()), styles.label);
        merged(sheet, r++, 0, LAST_COL, "出力日：" + Wareki.format(today)
                + "　各年度は2回目の回答があれば2回目、なければ1回目の回答で比べています。", styles.plain);
        merged(sheet, r++, 0, LAST_COL, "「医療情報システムの有無」の行は変化の尺度ではないため比べていません"
                + "（様式より1行少なくなります）。", styles.plain);
        boolean firstBlock = true;
        for (ComparisonData block : blocks) {
            if (!firstBlock) {
                sheet.setRowBreak(r); // each form's block starts on a page of its own, under its own title
                pageStart = r + 1;
            }
            firstBlock = false;
            r++;
            r = block(sheet, r, block);
        }
        r++;
        merged(sheet, r, 0, LAST_COL, "出力：Tenken（" + Wareki.format(today) + "）", styles.small);

        PageSetup.a4OneWideCentred(sheet, SHEET_NAME);
        wb.setPrintArea(wb.getSheetIndex(sheet), 0, LAST_COL, 0, r);
        return sheet;
    }

    /**
     * One form's block: its title and tallies, the counts per section with their chart, item by item, and the items
     * the later edition dropped.
     */
    private int block(Sheet sheet, int r, ComparisonData d) {
        Comparison c = d.comparison();
        r = blockTitle(sheet, r, d);
        int headerRow = r;
        r = countTable(sheet, r, c);
        r++;
        if (!c.sections().isEmpty()) {
            int firstSection = headerRow + 1;
            r = ComparisonChart.draw((XSSFSheet) sheet, headerRow, firstSection, firstSection + c.sections().size() - 1,
                    2, ORDER.length, r, LAST_COL + 1);
        }
        List<Comparison.Row> missed = c.missedTargets();
        merged(sheet, r++, 0, LAST_COL, missed.isEmpty()
                ? "前年度の目標日を過ぎても「はい」になっていない項目はありません。"
                : "前年度の目標日を過ぎても「はい」になっていない項目：" + missed.size() + " 件（網掛け）", styles.notice);
        r = itemTable(sheet, r, c);
        if (!c.removedItems().isEmpty()) {
            r = removedItems(sheet, r + 1, c);
        }
        return r;
    }

    private int blockTitle(Sheet sheet, int r, ComparisonData d) {
        Comparison c = d.comparison();
        merged(sheet, r, 0, LAST_COL, "■ " + d.formName() + "　" + c.earlierYear().label() + "（"
                + editionOf(c, true) + "）→ " + c.laterYear().label() + "（"
                + editionOf(c, false) + "）", styles.label);
        sheet.getRow(r++).setHeightInPoints(20);
        merged(sheet, r++, 0, LAST_COL, "はい・いいえ・未回答の行数：" + c.earlierYear().label() + " " + tally(c.earlierTally())
                + "　→　" + c.laterYear().label() + " " + tally(c.laterTally()), styles.plain);
        if (d.maintenance() != null) {
            merged(sheet, r++, 0, LAST_COL, d.maintenance(), styles.plain);
        }
        return r;
    }

    /** The changes counted per section under a header row, then their total; returns the row after the total. */
    private int countTable(Sheet sheet, int r, Comparison c) {
        Row h = sheet.createRow(r);
        cell(h, 0, "区分", styles.header);
        cell(h, 1, "", styles.header);
        sheet.addMergedRegion(new CellRangeAddress(r, r, 0, 1));
        for (int i = 0; i < ORDER.length; i++) {
            cell(h, 2 + i, ORDER[i].label(), styles.header);
        }
        h.setHeightInPoints(18);
        r++;
        int[] total = new int[ORDER.length];
        for (Comparison.SectionCount s : c.sections()) {
            Row row = sheet.createRow(r);
            cell(row, 0, s.heading(), styles.text);
            cell(row, 1, "", styles.text);
            sheet.addMergedRegion(new CellRangeAddress(r, r, 0, 1));
            for (int i = 0; i < ORDER.length; i++) {
                number(row, 2 + i, s.count(ORDER[i]));
                total[i] += s.count(ORDER[i]);
            }
            r++;
        }
        Row sum = sheet.createRow(r);
        cell(sum, 0, "合計", styles.number);
        cell(sum, 1, "", styles.number);
        sheet.addMergedRegion(new CellRangeAddress(r, r, 0, 1));
        for (int i = 0; i < ORDER.length; i++) {
            number(sum, 2 + i, total[i]);
        }
        return r + 1;
    }

    /** Item by item under a header row, a band at each new section; later scopes of an item show 〃. */
    private int itemTable(Sheet sheet, int r, Comparison c) {
        String[] heads = {"No.", "チェック項目", "対象", c.earlierYear().label(), c.laterYear().label(), "変化",
            "前年度の目標日"};
        r = itemHeader(sheet, r, heads);
        String section = null;
        Item lastItem = null;
        for (Comparison.Row cr : c.rows()) {
            boolean band = !cr.section().equals(section);
            boolean first = cr.item() != lastItem;
            float needed = rowHeight(cr, first) + (band ? sheet.getDefaultRowHeightInPoints() : 0);
            if (used(sheet, r) + needed > PAGE_POINTS) {
                // the table goes on over a page: break before this row and print the header row again
                sheet.setRowBreak(r - 1);
                pageStart = r;
                r = itemHeader(sheet, r, heads);
                first = true; // a new page names the item again instead of 〃
            }
            if (band) {
                section = cr.section();
                sectionBand(sheet, r++, section);
            }
            itemRow(sheet.createRow(r++), cr, first);
            lastItem = cr.item();
        }
        return r;
    }

    /**
     * Sheet points a printed A4 page holds at the scale the sheet is printed (fitted to the page's width): kept a
     * little short of the page, so a page is broken here before Excel or LibreOffice would break it themselves.
     */
    private static final float PAGE_POINTS = 740;

    /** The first row of the page being filled. */
    private int pageStart;

    /** Points used on the page being filled, up to row {@code r} (excluded). */
    private float used(Sheet sheet, int r) {
        float sum = 0;
        for (int i = pageStart; i < r; i++) {
            Row row = sheet.getRow(i);
            sum += row == null ? sheet.getDefaultRowHeightInPoints() : row.getHeightInPoints();
        }
        return sum;
    }

    private int itemHeader(Sheet sheet, int r, String[] heads) {
        Row th = sheet.createRow(r);
        for (int i = 0; i < heads.length; i++) {
            cell(th, i, heads[i], styles.header);
        }
        th.setHeightInPoints(30);
        return r + 1;
    }

    private static float rowHeight(Comparison.Row cr, boolean firstOfItem) {
        int lines = Math.max(firstOfItem ? FormSheetWriter.lines(cr.item().text(), WIDTHS[COL_TEXT]) : 1,
                Math.max(FormSheetWriter.lines(FormSheetWriter.scopeLabel(cr.scope()), WIDTHS[COL_SCOPE]),
                        cr.targetMissed() ? 2 : 1));
        return (float) (lines * 13.5 + 6);
    }

    private void sectionBand(Sheet sheet, int r, String section) {
        Row sr = sheet.createRow(r);
        cell(sr, 0, section, styles.section);
        for (int col = 1; col <= LAST_COL; col++) {
            cell(sr, col, "", styles.section);
        }
        sheet.addMergedRegion(new CellRangeAddress(r, r, 0, LAST_COL));
    }

    /** One scope's row; shaded when the earlier year's 目標日 passed without a はい. */
    private void itemRow(Row row, Comparison.Row cr, boolean firstOfItem) {
        boolean warn = cr.targetMissed();
        CellStyle text = warn ? styles.warn : styles.text;
        CellStyle centered = warn ? styles.warnCentered : styles.centered;
        cell(row, COL_NUMBER, firstOfItem ? cr.item().number() : "", centered);
        cell(row, COL_TEXT, firstOfItem ? cr.item().text() : "〃", text);
        cell(row, COL_SCOPE, FormSheetWriter.scopeLabel(cr.scope()), centered);
        cell(row, COL_BEFORE, cr.change() == Change.NEW ? "—" : answer(cr.earlier().value()), centered);
        cell(row, COL_AFTER, answer(cr.later().value()), centered);
        cell(row, COL_CHANGE, cr.change().label(), centered);
        cell(row, COL_REMARK, warn ? Wareki.format(cr.missedTarget()) + "\n（はいになっていない）" : "", centered);
        row.setHeightInPoints(rowHeight(cr, firstOfItem));
    }

    /** The items of the earlier year's edition that the later one no longer has. */
    private int removedItems(Sheet sheet, int r, Comparison c) {
        merged(sheet, r++, 0, LAST_COL, c.laterYear().label() + "の版でなくなった項目（" + c.earlierYear().label()
                + "にはあった項目）", styles.notice);
        for (Item item : c.removedItems()) {
            Row row = sheet.createRow(r);
            cell(row, COL_NUMBER, item.number(), styles.centered);
            cell(row, COL_TEXT, item.text(), styles.text);
            for (int col = COL_SCOPE; col <= LAST_COL; col++) {
                cell(row, col, "", styles.text);
            }
            sheet.addMergedRegion(new CellRangeAddress(r, r, COL_TEXT, LAST_COL));
            row.setHeightInPoints((float) (FormSheetWriter.lines(item.text(), 80) * 13.5 + 6));
            r++;
        }
        return r;
    }

    private static String editionOf(Comparison c, boolean earlier) {
        String title = (earlier ? c.earlierForm() : c.laterForm()).title();
        int space = title.indexOf(' ');
        return space > 0 ? title.substring(0, space) : title;
    }

    private static String tally(AnswerTally t) {
        return t.yes() + "・" + t.no() + "・" + t.unanswered();
    }

    private static String answer(AnswerValue v) {
        return v == AnswerValue.UNANSWERED ? "未回答" : v.label();
    }

    private void number(Row row, int col, int n) {
        Cell c = row.createCell(col);
        c.setCellValue(n);
        c.setCellStyle(styles.centered);
    }

    private void merged(Sheet sheet, int r, int c1, int c2, String text, CellStyle style) {
        Row row = sheet.getRow(r) == null ? sheet.createRow(r) : sheet.getRow(r);
        cell(row, c1, text, style);
        sheet.addMergedRegion(new CellRangeAddress(r, r, c1, c2));
    }
}
