package jp.tenken.xlsx.write;

import static jp.tenken.xlsx.write.SheetCells.line;
import static jp.tenken.xlsx.write.SheetCells.cell;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import jp.tenken.domain.Wareki;
import jp.tenken.domain.edition.FormKind;
import jp.tenken.domain.edition.Item;
import jp.tenken.domain.edition.RowKey;
import jp.tenken.domain.edition.Scope;
import jp.tenken.domain.vendor.VendorFlag;
import jp.tenken.domain.year.Answer;
import jp.tenken.domain.year.AnswerValue;
import jp.tenken.domain.year.Readiness;
import jp.tenken.domain.year.ReadinessFlag;
import jp.tenken.domain.year.Round;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;

/**
 * The first sheet of the 立入検査用 pack: for each form, whether everything an inspector checks is filled in (and
 * what is not), every いいえ with its 目標日, and — only here, never on the forms — the 注記 on wording that could
 * not be verified against the ministry's document.
 */
final class SummarySheetWriter {
    static final String SHEET_NAME = "立入検査用 概要";
    private static final int[] WIDTHS = {16, 8, 46, 14, 16, 14};
    private final Workbook wb;
    private final Styles styles;

    SummarySheetWriter(Workbook wb, Styles styles) {
        this.wb = wb;
        this.styles = styles;
    }

    Sheet write(List<FormData> forms, LocalDate today) {
        return write(forms, List.of(), today);
    }

    Sheet write(List<FormData> forms, List<VendorStatusData> vendors, LocalDate today) {
        return write(forms, vendors, null, today);
    }

    /** The 概要; {@code registers} (null: the pack leaves them out) adds what they lack and each device warning. */
    Sheet write(List<FormData> forms, List<VendorStatusData> vendors, RegisterData registers, LocalDate today) {
        Sheet sheet = wb.createSheet(SHEET_NAME);
        for (int c = 0; c < WIDTHS.length; c++) {
            sheet.setColumnWidth(c, WIDTHS[c] * 256 + 200);
        }
        sheet.setDisplayGridlines(false);
        FormData facility = forms.get(0);
        int r = titleBlock(sheet, facility, today);
        r = readinessTable(sheet, r, forms, today);
        r++;
        if (!vendors.isEmpty()) {
            r = vendorTable(sheet, r, vendors);
            r++;
        }
        r = noTable(sheet, r, forms, today);
        if (registers != null) {
            r++;
            r = registerLines(sheet, r, registers);
        }
        r += 2;
        sourceNote(sheet, r, facility);
        PageSetup.a4OneWide(sheet, false, SHEET_NAME);
        return sheet;
    }

    /** Title, facility name, edition and date of output, then a blank row; returns the next free row. */
    private int titleBlock(Sheet sheet, FormData facility, LocalDate today) {
        int r = 0;
        line(sheet, r++, facility.year().label() + " サイバーセキュリティ対策チェックリスト 立入検査用 概要", styles.title);
        line(sheet, r++, (facility.form().kind() == FormKind.PHARMACY ? "薬局名：" : "医療機関名：")
                + PageSetup.headingName(facility.facilityName()), styles.label);
        line(sheet, r++, "使用した版：" + facility.edition().name() + "　出力日：" + Wareki.format(today), styles.plain);
        Optional<String> older = facility.edition().olderFormNote(facility.year());
        if (older.isPresent()) {
            line(sheet, r++, "※" + older.get() + "（" + facility.year().label() + "版の取り込み前）", styles.notice);
        }
        return r + 1;
    }

    /** Section 1: one row per form with its counts, each followed by what an inspector would find missing. */
    private int readinessTable(Sheet sheet, int r, List<FormData> forms, LocalDate today) {
        line(sheet, r++, "1. 記入状況（立入検査では、各様式のすべての項目の1回目の回答と確認日、いいえの目標日を確認します）",
                styles.notice);
        header(sheet.createRow(r++), "様式", "", "事業者・システム", "1回目回答", "いいえ", "要対応");
        for (FormData f : forms) {
            r = readinessRows(sheet, r, f, Readiness.of(f.form(), f.answers(), today));
        }
        return r;
    }

    /** Section 3: what the 機器台帳 and 連絡体制図 lack and each device's warning, or a line saying there is none. */
    private int registerLines(Sheet sheet, int r, RegisterData registers) {
        line(sheet, r++, "3. 機器台帳・連絡体制図（2-①・3-①）", styles.notice);
        List<String> lines = registers.summaryLines();
        if (lines.isEmpty()) {
            line(sheet, r++, "指摘はありません。", styles.plain);
            return r;
        }
        for (String l : lines) {
            Row row = sheet.createRow(r++);
            cell(row, 0, "", styles.small);
            cell(row, 1, "", styles.small);
            cell(row, 2, l, styles.small);
            sheet.addMergedRegion(new CellRangeAddress(row.getRowNum(), row.getRowNum(), 2, 5));
            int n = FormSheetWriter.lines(l, WIDTHS[2] + WIDTHS[3] + WIDTHS[4] + WIDTHS[5]);
            row.setHeightInPoints((float) (n * 12 + 4));
        }
        return r;
    }

    private int readinessRows(Sheet sheet, int r, FormData f, Readiness rd) {
        Row row = sheet.createRow(r++);
        cell(row, 0, f.form().label(), styles.text);
        cell(row, 1, "", styles.text);
        cell(row, 2, f.isVendorForm() ? f.vendorName() + (f.vendorSystems() == null || f.vendorSystems().isBlank()
                ? "" : "（" + f.vendorSystems() + "）") : "—",
                styles.userText(f.vendorName(), styles.text, styles.noteQuoted));
        cell(row, 3, rd.answered() + " / " + rd.rows(), styles.centered);
        cell(row, 4, rd.noCount() + " 件", styles.centered);
        cell(row, 5, rd.ready() ? "なし" : rd.flags().size() + " 件", styles.centered);
        row.setHeightInPoints(20);
        if (f.isVendorForm() && rd.answered() == 0) {
            // a form not yet returned: one line, not one per empty row (its sending is in the table below)
            Row fr = sheet.createRow(r++);
            cell(fr, 0, "", styles.small);
            cell(fr, 1, "", styles.small);
            cell(fr, 2, "まだ回答がありません（事業者確認用の送付・回収を参照）", styles.small);
            return r;
        }
        for (ReadinessFlag fl : rd.flags()) {
            Row fr = sheet.createRow(r++);
            cell(fr, 0, "", styles.small);
            cell(fr, 1, fl.itemNumber().isEmpty() ? "有無" : fl.itemNumber(), styles.small);
            cell(fr, 2, describe(fl), styles.small);
        }
        return r;
    }

    /** The 事業者確認用 sent and returned, one row per contracted vendor. */
    private int vendorTable(Sheet sheet, int r, List<VendorStatusData> vendors) {
        line(sheet, r++, "事業者確認用の送付・回収（契約のある事業者ごとに、回収済で1回目がすべて記入されていること）",
                styles.notice);
        header(sheet.createRow(r++), "様式", "", "事業者・システム", "状況", "送付日・回収日", "要対応");
        for (VendorStatusData v : vendors) {
            vendorRow(sheet.createRow(r++), v);
        }
        return r;
    }

    private void vendorRow(Row row, VendorStatusData v) {
        cell(row, 0, "事業者確認用", styles.text);
        cell(row, 1, "", styles.text);
        String who = v.vendor().name() + (v.vendor().systems().isBlank() ? "" : "（" + v.vendor().systems() + "）");
        cell(row, 2, who, styles.userText(who, styles.text, styles.noteQuoted));
        cell(row, 3, v.form().status().label(), v.flags().isEmpty() ? styles.centered : styles.warnCentered);
        String dates = (v.form().sentOn() == null ? "" : "送付 " + Wareki.format(v.form().sentOn()))
                + (v.form().receivedOn() == null ? "" : "\n回収 " + Wareki.format(v.form().receivedOn()));
        cell(row, 4, dates.strip(), styles.centered);
        cell(row, 5, v.flags().isEmpty() ? "なし" : String.join("\n", v.flags().stream()
                .map(SummarySheetWriter::describe).toList()), v.flags().isEmpty() ? styles.centered
                : styles.warnCentered);
        row.setHeightInPoints(32);
    }

    /** Section 2: every いいえ (1回目) of every form with its 目標日 and where it stands, or a line saying none. */
    private int noTable(Sheet sheet, int r, List<FormData> forms, LocalDate today) {
        line(sheet, r++, "2. 「いいえ」の項目と目標日", styles.notice);
        header(sheet.createRow(r++), "様式", "No.", "チェック項目", "対象", "目標日", "状況");
        int noRows = 0;
        for (FormData f : forms) {
            for (Item item : f.form().items()) {
                if (item.gate()) {
                    continue;
                }
                for (Scope scope : item.scopes()) {
                    Answer a = f.answers().get(new RowKey(item.key(), scope), Round.FIRST);
                    if (a.value() != AnswerValue.NO) {
                        continue;
                    }
                    Answer second = f.answers().get(new RowKey(item.key(), scope), Round.SECOND);
                    noRow(sheet.createRow(r++), f, item, scope, a, second, today);
                    noRows++;
                }
            }
        }
        if (noRows == 0) {
            line(sheet, r++, "「いいえ」の項目はありません。", styles.plain);
        }
        return r;
    }

    private void noRow(Row row, FormData f, Item item, Scope scope, Answer a, Answer second, LocalDate today) {
        String form = f.form().label() + (f.isVendorForm() ? "\n" + f.vendorName() : "");
        cell(row, 0, form, styles.text);
        cell(row, 1, item.number(), styles.centered);
        cell(row, 2, item.text(), styles.text);
        cell(row, 3, FormSheetWriter.scopeLabel(scope), styles.centered);
        Cell d = row.createCell(4);
        d.setCellStyle(styles.date);
        if (a.targetDate() != null) {
            d.setCellValue(a.targetDate());
        }
        String state = second.value() == AnswerValue.YES ? "2回目で対応済"
                : a.targetDate() == null ? "目標日未記入"
                : a.targetDate().isAfter(f.year().lastDay()) ? "年度外の計画"
                : a.targetDate().isBefore(today) ? "目標日超過" : "対応予定";
        cell(row, 5, state, styles.centered);
        int lines = Math.max(FormSheetWriter.lines(item.text(), WIDTHS[2]), FormSheetWriter.lines(form, WIDTHS[0]));
        row.setHeightInPoints((float) (lines * 13.5 + 6));
    }

    /** The edition's source, merged across the table's width. */
    private void sourceNote(Sheet sheet, int r, FormData facility) {
        line(sheet, r, "出典：" + facility.edition().source(), styles.small);
        sheet.getRow(r).setHeightInPoints(40);
        sheet.addMergedRegion(new CellRangeAddress(r, r, 0, 5));
    }

    private static String describe(ReadinessFlag f) {
        String where = Scope.devices().contains(f.row().scope()) ? f.row().scope().label() + "：" : "";
        return where + switch (f.kind()) {
            case NO_FIRST_ANSWER -> "1回目が未回答";
            case NO_FIRST_DATE -> "1回目の確認日がない";
            case NO_TARGET_DATE -> "「いいえ」の目標日がない";
            case TARGET_OVERDUE -> "目標日（" + Wareki.format(f.date()) + "）を過ぎている";
        };
    }

    private static String describe(VendorFlag f) {
        return switch (f.kind()) {
            case NOT_RETURNED -> "未回収";
            case FIRST_GAP -> "1回目の未記入 " + f.count() + " 行";
        };
    }

    private void header(Row row, String... texts) {
        for (int i = 0; i < texts.length; i++) {
            cell(row, i, texts[i], styles.header);
        }
        row.setHeightInPoints(18);
    }
}
