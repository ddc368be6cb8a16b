package jp.tenken.xlsx.write;

import static jp.tenken.xlsx.write.SheetCells.row;
import static jp.tenken.xlsx.write.SheetCells.line;
import static jp.tenken.xlsx.write.SheetCells.cell;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import jp.tenken.domain.Circled;
import jp.tenken.domain.Wareki;
import jp.tenken.domain.register.Contact;
import jp.tenken.domain.register.ContactChart;
import jp.tenken.domain.register.ContactGroup;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;

/**
 * The 「連絡体制図」 sheet (item 3-①), A4 portrait: a chart of boxes — the clinic's people from the one who notices
 * up to the 管理者, the vendors, the outside bodies — each box numbered by the call that reaches it, arrows
 * between; then the same calls as a table in order. A blank name or number prints as 未記入, never made up.
 */
final class ContactChartSheetWriter {
    static final String SHEET_NAME = "連絡体制図";
    static final String CALLS_HEADING = "連絡の順番";
    /** The call table's headings, by column (a blank one is covered by the heading to its left). */
    static final List<String> CALL_HEADINGS = List.of("順番", "連絡する人", "", "連絡先", "", "氏名・電話（連絡先）");
    private static final int COL_INSIDE = 1;
    private static final int COL_VENDOR = 3;
    private static final int COL_OUTSIDE = 5;
    private static final int[] WIDTHS = {6, 24, 6, 24, 6, 26};
    private static final int CHART_TOP = 4;

    private final Workbook wb;
    private final Styles styles;
    private final CellStyle box;
    private final CellStyle arrow;
    private final CellStyle arrowNamed;

    ContactChartSheetWriter(Workbook wb, Styles styles) {
        this.wb = wb;
        this.styles = styles;
        box = wb.createCellStyle();
        box.cloneStyleFrom(styles.text);
        arrow = wb.createCellStyle();
        arrow.cloneStyleFrom(styles.answer);
        arrow.setBorderTop(BorderStyle.NONE);
        arrow.setBorderBottom(BorderStyle.NONE);
        arrow.setBorderLeft(BorderStyle.NONE);
        arrow.setBorderRight(BorderStyle.NONE);
        arrow.setAlignment(HorizontalAlignment.CENTER);
        arrowNamed = wb.createCellStyle();
        arrowNamed.cloneStyleFrom(arrow);
        arrowNamed.setWrapText(true);
        arrowNamed.setFont(wb.getFontAt(styles.small.getFontIndex()));
    }

    Sheet write(RegisterData d, LocalDate today) {
        ContactChart chart = d.chart();
        Sheet sheet = wb.createSheet(SHEET_NAME);
        for (int c = 0; c < WIDTHS.length; c++) {
            sheet.setColumnWidth(c, WIDTHS[c] * 256 + 200);
        }
        sheet.setDisplayGridlines(false);
        line(sheet, 0, d.year().label() + " 連絡体制図（サイバー攻撃等の発生時）", styles.title);
        line(sheet, 1, "医療機関名：" + PageSetup.headingName(d.facilityName()), styles.label);
        line(sheet, 2, "チェックリスト 3-① の連絡体制図　○数字は連絡の順番。未記入の欄は医療機関で記入してください。　出力："
                + Wareki.format(today), styles.small);
        sheet.addMergedRegion(new CellRangeAddress(2, 2, 0, WIDTHS.length - 1));
        Row heads = sheet.createRow(CHART_TOP);
        cell(heads, COL_INSIDE, ContactGroup.INTERNAL.label() + "（発見した人から）", styles.header);
        cell(heads, COL_VENDOR, ContactGroup.VENDOR.label() + "（保守）", styles.header);
        cell(heads, COL_OUTSIDE, ContactGroup.EXTERNAL.label(), styles.header);
        int last = drawChart(sheet, chart);
        writeCalls(sheet, chart, last + 2);
        PageSetup.a4OneWideCentred(sheet, SHEET_NAME);
        return sheet;
    }

    /** Draws the boxes and arrows; returns the last row used. */
    private int drawChart(Sheet sheet, ContactChart chart) {
        Map<Contact, Integer> reachedBy = new HashMap<>();
        for (ContactChart.Call call : chart.calls()) {
            reachedBy.putIfAbsent(call.to(), call.order());
        }
        List<Contact> inside = new ArrayList<>(chart.internal());
        Collections.reverse(inside);
        int first = CHART_TOP + 1;
        int last = first;
        for (int i = 0; i < inside.size(); i++) {
            int r = first + i * 2;
            boxCell(sheet, r, COL_INSIDE, inside.get(i), reachedBy);
            if (i + 1 < inside.size()) {
                cell(row(sheet, r + 1), COL_INSIDE, "↓", arrow);
            }
            last = Math.max(last, r);
        }
        int toVendors = first + (inside.size() - 1 - Math.min(1, inside.size() - 1)) * 2;
        int toOutside = first + (inside.size() - 1) * 2;
        if (!inside.isEmpty()) {
            Contact vendorCaller = chart.internal().get(Math.min(1, chart.internal().size() - 1));
            last = Math.max(last, column(sheet, chart.vendors(), COL_VENDOR, toVendors, reachedBy, vendorCaller));
            last = Math.max(last, column(sheet, chart.external(), COL_OUTSIDE, toOutside, reachedBy,
                    chart.internal().get(0)));
        }
        return last;
    }

    /** A column of boxes called from the box in row {@code from}: an arrow there, the boxes from there down. */
    private int column(Sheet sheet, List<Contact> boxes, int col, int from, Map<Contact, Integer> reachedBy,
                       Contact caller) {
        if (boxes.isEmpty()) {
            return from;
        }
        // an arrow not next to its caller's column names the caller, so it never reads as coming from the box
        // beside it (the outside bodies are called by the 管理者, not by the vendor printed to their left)
        boolean besideCaller = col - 1 == COL_INSIDE + 1;
        cell(row(sheet, from), col - 1, besideCaller ? "→" : caller.role() + "から\n→", arrowNamed);
        int r = from;
        for (int i = 0; i < boxes.size(); i++) {
            r = from + i * 2;
            boxCell(sheet, r, col, boxes.get(i), reachedBy);
            if (i + 1 < boxes.size()) {
                cell(row(sheet, r + 1), col, "", arrow);
            }
        }
        return r;
    }

    private void boxCell(Sheet sheet, int r, int col, Contact k, Map<Contact, Integer> reachedBy) {
        Integer n = reachedBy.get(k);
        String mark = n == null ? "起点　" : Circled.of(n) + " ";
        String text = k.group() == ContactGroup.VENDOR
                ? mark + k.role() + "\n連絡先：" + Contact.shown(k.phone()) + (k.other().isEmpty() ? "" : "\n" + k.other())
                : mark + k.role() + "\n氏名：" + Contact.shown(k.name()) + "\n電話：" + Contact.shown(k.phone());
        Row x = row(sheet, r);
        cell(x, col, text, styles.userText(text, box, styles.noteQuoted));
        x.setHeightInPoints((float) Math.max(x.getHeightInPoints(), FormSheetWriter.lines(text, WIDTHS[col]) * 13.5 + 6));
    }

    private void writeCalls(Sheet sheet, ContactChart chart, int top) {
        line(sheet, top, CALLS_HEADING, styles.label);
        Row h = sheet.createRow(top + 1);
        for (int c = 0; c < CALL_HEADINGS.size(); c++) {
            cell(h, c, CALL_HEADINGS.get(c), styles.header);
        }
        sheet.addMergedRegion(new CellRangeAddress(top + 1, top + 1, 1, 2));
        sheet.addMergedRegion(new CellRangeAddress(top + 1, top + 1, 3, 4));
        int r = top + 2;
        for (ContactChart.Call call : chart.calls()) {
            Row x = sheet.createRow(r);
            Contact to = call.to();
            String reach = to.group() == ContactGroup.VENDOR
                    ? "連絡先：" + Contact.shown(to.phone())
                    : "氏名：" + Contact.shown(to.name()) + "\n電話：" + Contact.shown(to.phone())
                            + (to.other().isEmpty() ? "" : "\n" + to.other());
            cell(x, 0, Circled.of(call.order()), styles.centered);
            cell(x, 1, call.from().role(), styles.text);
            cell(x, 2, "→", styles.centered);
            cell(x, 3, to.role(), styles.text);
            cell(x, 4, "", styles.text);
            cell(x, 5, reach, styles.userText(reach, styles.text, styles.noteQuoted));
            sheet.addMergedRegion(new CellRangeAddress(r, r, 3, 4));
            int lines = Math.max(Math.max(FormSheetWriter.lines(call.from().role(), WIDTHS[1]),
                    FormSheetWriter.lines(to.role(), WIDTHS[3] + WIDTHS[4])), FormSheetWriter.lines(reach, WIDTHS[5]));
            x.setHeightInPoints((float) (Math.min(lines, 10) * 13.5 + 5));
            r++;
        }
    }
}
