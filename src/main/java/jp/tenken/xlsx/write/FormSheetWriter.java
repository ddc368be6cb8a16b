package jp.tenken.xlsx.write;

import static jp.tenken.xlsx.write.SheetCells.cell;
import static jp.tenken.xlsx.FormLayout.*;

import jp.tenken.xlsx.FormLayout.WrittenRow;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import jp.tenken.domain.FiscalYear;
import jp.tenken.domain.UserText;
import jp.tenken.domain.Wareki;
import jp.tenken.domain.edition.FormKind;
import jp.tenken.domain.edition.Item;
import jp.tenken.domain.edition.RowKey;
import jp.tenken.domain.edition.Scope;
import jp.tenken.domain.edition.Section;
import jp.tenken.domain.year.Answer;
import jp.tenken.domain.year.AnswerValue;
import jp.tenken.domain.year.Round;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.ComparisonOperator;
import org.apache.poi.ss.usermodel.ConditionalFormattingRule;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.FontFormatting;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.PatternFormatting;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.SheetConditionalFormatting;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellRangeAddressList;

/**
 * Writes one form as a sheet laid out like the ministry's form: title with the edition, the 立入検査 notice,
 * the form label, whose form it is, then the table — section merged down its items, No., the verbatim item text,
 * one sub-row per scope, the 1回目 (はい・いいえ, 確認日, 目標日) and the 2回目 (はい・いいえ, 確認日). Dates are
 * real date cells shown in 和暦; はい・いいえ are drop-downs; it prints on A4 portrait, one page wide, with the
 * header rows repeated and page numbers in the footer.
 */
final class FormSheetWriter {

    /** Column widths in characters of the default font (a full-width character counts two). */
    private static final int[] WIDTHS = {8, 5, 34, 10, 7, 13, 13, 7, 13, 12};
    static final String NOTICE = "※立入検査時、本チェックリストを確認します";
    /** The mark printed beside the number of an item whose wording is not yet checked against the original. */
    public static final String UNVERIFIED_MARK = "※";
    static final String UNVERIFIED_NOTE = "※印の項目の文言は厚生労働省の原本と照合中です";

    /** One data row as written: its 0-based index, the answer row it holds and the hint printed in it. */

    private final Workbook wb;
    private final Styles styles;
    private final List<WrittenRow> written = new ArrayList<>();

    private final LocalDate today;

    FormSheetWriter(Workbook wb, Styles styles, LocalDate today) {
        this.wb = wb;
        this.styles = styles;
        this.today = today;
    }

    /** Where the table starts: the first of the two header rows (0-based). */
    static int headerRow(boolean vendor) {
        return vendor ? 6 : 5;
    }

    /** The data rows of the sheet written last. */
    List<WrittenRow> written() {
        return List.copyOf(written);
    }

    Sheet write(FormData d, String sheetName) {
        written.clear();
        Sheet sheet = wb.createSheet(sheetName);
        for (int c = 0; c < WIDTHS.length; c++) {
            sheet.setColumnWidth(c, WIDTHS[c] * 256 + 200);
        }
        sheet.setDisplayGridlines(false);
        int head = titleBlock(sheet, d) + 1;
        tableHeader(sheet, head);
        int firstData = head + 2;
        int r = firstData;
        for (Section s : d.form().sections()) {
            int sectionStart = r;
            for (Item item : s.items()) {
                r = itemRows(sheet, d, s, sectionStart, item, r);
            }
            if (r - 1 > sectionStart) {
                merge(sheet, sectionStart, r - 1, COL_SECTION, COL_SECTION);
            }
        }
        int lastData = r - 1;
        validations(sheet, d, firstData, lastData);
        highlight(sheet, firstData, lastData);

        r++;
        if (d.form().items().stream().anyMatch(i -> !i.verified())) {
            // the one line that explains the ※ printed beside the number of an item whose wording is being checked
            Row mark = sheet.createRow(r);
            cell(mark, 0, UNVERIFIED_NOTE, styles.small);
            sheet.addMergedRegion(new CellRangeAddress(r, r, 0, LAST_COL));
            r++;
        }
        Row foot = sheet.createRow(r);
        cell(foot, 0, "出力：Tenken（" + Wareki.format(today) + "）", styles.small);
        sheet.addMergedRegion(new CellRangeAddress(r, r, 0, LAST_COL));

        PageSetup.a4OneWideCentred(sheet, d.form().label());
        sheet.setRepeatingRows(new CellRangeAddress(head, head + 1, -1, -1));
        wb.setPrintArea(wb.getSheetIndex(sheet), 0, LAST_COL, 0, r);
        sheet.createFreezePane(0, head + 2);
        return sheet;
    }

    /** The title, notice, form label and year, whose form it is; returns the row after it (0-based). */
    private int titleBlock(Sheet sheet, FormData d) {
        int r = 0;
        merged(sheet, r, 0, LAST_COL, d.form().title(), styles.title);
        sheet.getRow(r).setHeightInPoints(24);
        r++;
        // a year checked on an older edition's items says so where the inspector looks first
        String older = d.edition().olderFormNote(d.year()).map(n -> "※" + n).orElse("");
        if (d.edition().inspectionNotice() || !older.isEmpty()) {
            String notice = d.edition().inspectionNotice() ? NOTICE : "";
            merged(sheet, r, 0, LAST_COL, notice + (notice.isEmpty() || older.isEmpty() ? "" : "　") + older,
                    styles.notice);
        }
        r++;
        merged(sheet, r, 0, 4, "【" + d.form().label() + "】", styles.label);
        merged(sheet, r, 5, LAST_COL, "対象年度：" + d.year().label() + "（" + d.edition().name() + "）", styles.plain);
        r++;
        String whose = d.form().kind() == FormKind.PHARMACY ? "薬局名：" : "医療機関名：";
        merged(sheet, r, 0, LAST_COL, whose + UserText.line(d.facilityName()), styles.userText(d.facilityName(),
                styles.label, styles.label));
        r++;
        if (d.isVendorForm()) {
            merged(sheet, r, 0, 4, "事業者名：" + UserText.line(d.vendorName()), styles.label);
            merged(sheet, r, 5, LAST_COL, "システム名：" + UserText.line(d.vendorSystems()), styles.plain);
            r++;
        }
        return r;
    }

    /** The two header rows of the table at {@code head} (0-based). */
    private void tableHeader(Sheet sheet, int head) {
        Row h1 = sheet.createRow(head);
        Row h2 = sheet.createRow(head + 1);
        h1.setHeightInPoints(18);
        h2.setHeightInPoints(30);
        headerCell(sheet, head, COL_SECTION, COL_SECTION, true, "区分");
        headerCell(sheet, head, COL_NUMBER, COL_NUMBER, true, "No.");
        headerCell(sheet, head, COL_TEXT, COL_TEXT, true, "チェック項目");
        headerCell(sheet, head, COL_SCOPE, COL_SCOPE, true, "対象");
        headerCell(sheet, head, COL_ANSWER1, COL_TARGET, false, "1回目");
        headerCell(sheet, head, COL_ANSWER2, COL_CHECKED2, false, "2回目");
        headerCell(sheet, head, COL_NOTE, COL_NOTE, true, "備考");
        cell(h2, COL_ANSWER1, "はい・\nいいえ", styles.header);
        cell(h2, COL_CHECKED1, "確認日", styles.header);
        cell(h2, COL_TARGET, "目標日\n（いいえの場合）", styles.header);
        cell(h2, COL_ANSWER2, "はい・\nいいえ", styles.header);
        cell(h2, COL_CHECKED2, "確認日", styles.header);
    }

    /** One item's answer rows from row {@code r} (one per scope, number and text merged); returns the next row. */
    private int itemRows(Sheet sheet, FormData d, Section s, int sectionStart, Item item, int r) {
        int itemStart = r;
        List<Scope> scopes = item.scopes();
        int textLines = lines(item.text(), WIDTHS[COL_TEXT]);
        double perRow = Math.max(1, Math.ceil((double) textLines / scopes.size()));
        for (Scope scope : scopes) {
            Row row = sheet.createRow(r);
            RowKey key = new RowKey(item.key(), scope);
            cell(row, COL_SECTION, r == sectionStart ? s.heading() : "", styles.section);
            cell(row, COL_NUMBER, r == itemStart ? printedNumber(item) : "", styles.number);
            cell(row, COL_TEXT, r == itemStart ? item.text() : "", styles.text);
            String scopeText = scopeLabel(scope) + (item.isAdvisory(scope) ? "\n（参考項目）" : "");
            cell(row, COL_SCOPE, scopeText, styles.centered);
            String shown = answerCells(row, d, key);
            int noteLines = lines(shown, WIDTHS[COL_NOTE]);
            int scopeLines = lines(scopeText, WIDTHS[COL_SCOPE]);
            int sectionLines = r == sectionStart ? Math.max(1, lines(s.heading(), WIDTHS[COL_SECTION])
                    / Math.max(1, sectionRows(s))) : 1;
            double linesHere = Math.max(Math.max(perRow, noteLines), Math.max(scopeLines, sectionLines));
            row.setHeightInPoints((float) (linesHere * 13.5 + 6));
            r++;
        }
        if (scopes.size() > 1) {
            merge(sheet, itemStart, r - 1, COL_NUMBER, COL_NUMBER);
            merge(sheet, itemStart, r - 1, COL_TEXT, COL_TEXT);
        }
        return r;
    }

    /** The No. cell: the item's number, with a plain ※ when its wording is not verified (the gate row: ※ alone). */
    static String printedNumber(Item item) {
        return item.number() + (item.verified() ? "" : UNVERIFIED_MARK);
    }

    /** The answers, dates and 備考 (with last year's hint) of one answer row; returns the 備考 as shown. */
    private String answerCells(Row row, FormData d, RowKey key) {
        Answer a1 = d.answers().get(key, Round.FIRST);
        Answer a2 = d.answers().get(key, Round.SECOND);
        answerCell(row, COL_ANSWER1, a1.value());
        dateCell(row, COL_CHECKED1, a1.checkedOn());
        dateCell(row, COL_TARGET, a1.value() == AnswerValue.NO ? a1.targetDate() : null);
        answerCell(row, COL_ANSWER2, a2.value());
        dateCell(row, COL_CHECKED2, a2.checkedOn());
        String note = UserText.lines(a1.note());
        String hint = d.previous() == null || d.previousYear() == null ? ""
                : hint(d.previousYear(), d.previous().get(key, Round.FIRST), d.previous().get(key, Round.SECOND));
        String shown = hint.isEmpty() ? note : note.isEmpty() ? hint : note + "\n" + hint;
        cell(row, COL_NOTE, shown, hint.isEmpty() ? styles.userText(note, styles.note, styles.noteQuoted)
                : note.isEmpty() ? styles.hint : styles.noteQuoted);
        written.add(new WrittenRow(row.getRowNum(), key, hint));
        return shown;
    }

    /**
     * 「前年度：はい（令和6年5月1日）」, 「前年度：いいえ（令和6年5月1日、目標日 令和6年12月1日）・2回目 はい」: last
     * year's answer for this row, or empty when last year has none.
     */
    static String hint(FiscalYear previousYear, Answer first, Answer second) {
        if (first.value() == AnswerValue.UNANSWERED) {
            return "";
        }
        StringBuilder b = new StringBuilder("前年度：").append(first.value().label());
        List<String> dates = new ArrayList<>();
        if (first.checkedOn() != null) {
            dates.add(Wareki.format(first.checkedOn()));
        }
        if (first.value() == AnswerValue.NO && first.targetDate() != null) {
            dates.add("目標日 " + Wareki.format(first.targetDate()));
        }
        if (!dates.isEmpty()) {
            b.append("（").append(String.join("、", dates)).append("）");
        }
        if (second.value() != AnswerValue.UNANSWERED) {
            b.append("・2回目 ").append(second.value().label());
        }
        return b.toString();
    }

    private static int sectionRows(Section s) {
        return s.items().stream().mapToInt(i -> i.scopes().size()).sum();
    }

    static String scopeLabel(Scope scope) {
        return switch (scope) {
            case NONE -> "—";
            case ALL -> "医療情報システム全般";
            default -> scope.label();
        };
    }

    /** Lines a text needs in a column of {@code width} characters (full-width characters count two). */
    static int lines(String text, int width) {
        if (text == null || text.isEmpty()) {
            return 1;
        }
        int lines = 0;
        for (String part : text.split("\n", -1)) {
            int units = 0;
            for (int i = 0; i < part.length(); i++) {
                units += part.charAt(i) < 0x2E80 ? 1 : 2;
            }
            // a little slack: wrapping breaks before a character that would overflow
            lines += Math.max(1, (int) Math.ceil(units / (width * 0.92)));
        }
        return lines;
    }

    private void headerCell(Sheet sheet, int row, int c1, int c2, boolean twoRows, String text) {
        Row r = sheet.getRow(row);
        cell(r, c1, text, styles.header);
        for (int c = c1 + 1; c <= c2; c++) {
            cell(r, c, "", styles.header);
        }
        if (twoRows) {
            for (int c = c1; c <= c2; c++) {
                cell(sheet.getRow(row + 1), c, "", styles.header);
            }
        }
        int lastRow = twoRows ? row + 1 : row;
        if (lastRow > row || c2 > c1) {
            sheet.addMergedRegion(new CellRangeAddress(row, lastRow, c1, c2));
        }
    }

    private void merged(Sheet sheet, int row, int c1, int c2, String text, CellStyle style) {
        Row r = sheet.getRow(row) == null ? sheet.createRow(row) : sheet.getRow(row);
        cell(r, c1, text, style);
        if (c2 > c1) {
            sheet.addMergedRegion(new CellRangeAddress(row, row, c1, c2));
        }
    }

    private static void merge(Sheet sheet, int r1, int r2, int c1, int c2) {
        sheet.addMergedRegion(new CellRangeAddress(r1, r2, c1, c2));
    }

    private void answerCell(Row row, int col, AnswerValue v) {
        cell(row, col, v == AnswerValue.UNANSWERED ? "" : v.label(), styles.answer);
    }

    private void dateCell(Row row, int col, LocalDate d) {
        Cell c = row.createCell(col);
        c.setCellStyle(styles.date);
        if (d != null) {
            c.setCellValue(d);
        }
    }

    private void validations(Sheet sheet, FormData d, int first, int last) {
        if (last < first) {
            return;
        }
        DataValidationHelper helper = sheet.getDataValidationHelper();
        DataValidationConstraint yesNo = helper.createExplicitListConstraint(new String[] {"はい", "いいえ"});
        for (int col : new int[] {COL_ANSWER1, COL_ANSWER2}) {
            DataValidation v = helper.createValidation(yesNo, new CellRangeAddressList(first, last, col, col));
            v.setShowErrorBox(true);
            v.createErrorBox("はい・いいえ", "「はい」か「いいえ」を選んでください。");
            v.setEmptyCellAllowed(true);
            sheet.addValidationData(v);
        }
        LocalDate from = d.year().firstDay();
        LocalDate to = d.year().lastDay();
        DataValidationConstraint target = helper.createDateConstraint(DataValidationConstraint.OperatorType.BETWEEN,
                "DATE(" + from.getYear() + "," + from.getMonthValue() + "," + from.getDayOfMonth() + ")",
                "DATE(" + to.getYear() + "," + to.getMonthValue() + "," + to.getDayOfMonth() + ")", null);
        DataValidation tv = helper.createValidation(target, new CellRangeAddressList(first, last, COL_TARGET, COL_TARGET));
        tv.setShowErrorBox(true);
        tv.createErrorBox("目標日", "目標日は" + d.year().label() + "中（" + Wareki.format(from) + "〜"
                + Wareki.format(to) + "）の日付にしてください。");
        sheet.addValidationData(tv);
        DataValidationConstraint anyDate = helper.createDateConstraint(DataValidationConstraint.OperatorType.BETWEEN,
                "DATE(2019,5,1)", "DATE(2100,12,31)", null);
        for (int col : new int[] {COL_CHECKED1, COL_CHECKED2}) {
            DataValidation v = helper.createValidation(anyDate, new CellRangeAddressList(first, last, col, col));
            v.setShowErrorBox(true);
            v.createErrorBox("確認日", "日付を入力してください（例：2025/5/16）。");
            sheet.addValidationData(v);
        }
    }

    /** いいえ reads at a glance: bold red on a pale red ground, as a circled いいえ stands out on paper. */
    private static void highlight(Sheet sheet, int first, int last) {
        if (last < first) {
            return;
        }
        SheetConditionalFormatting cf = sheet.getSheetConditionalFormatting();
        ConditionalFormattingRule no = cf.createConditionalFormattingRule(ComparisonOperator.EQUAL, "\"いいえ\"");
        FontFormatting nf = no.createFontFormatting();
        nf.setFontColorIndex(IndexedColors.DARK_RED.getIndex());
        nf.setFontStyle(false, true);
        PatternFormatting np = no.createPatternFormatting();
        np.setFillBackgroundColor(IndexedColors.ROSE.getIndex());
        np.setFillPattern(FillPatternType.SOLID_FOREGROUND.getCode());
        ConditionalFormattingRule yes = cf.createConditionalFormattingRule(ComparisonOperator.EQUAL, "\"はい\"");
        FontFormatting yf = yes.createFontFormatting();
        yf.setFontColorIndex(IndexedColors.GREEN.getIndex());
        yf.setFontStyle(false, true);
        CellRangeAddress[] ranges = {
            new CellRangeAddress(first, last, COL_ANSWER1, COL_ANSWER1),
            new CellRangeAddress(first, last, COL_ANSWER2, COL_ANSWER2)
        };
        cf.addConditionalFormatting(ranges, no, yes);
    }
}
