package jp.tenken.xlsx.write;

import static jp.tenken.xlsx.FormLayout.COL_ANSWER1;
import static jp.tenken.xlsx.FormLayout.COL_CHECKED1;
import static jp.tenken.xlsx.FormLayout.COL_NUMBER;
import static jp.tenken.xlsx.FormLayout.COL_SECTION;
import static jp.tenken.xlsx.FormLayout.COL_TARGET;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import jp.tenken.domain.UserText;
import jp.tenken.domain.edition.FormKind;
import jp.tenken.domain.edition.Item;
import jp.tenken.domain.edition.RowKey;
import jp.tenken.domain.edition.Scope;
import jp.tenken.domain.edition.Section;
import jp.tenken.domain.year.Answer;
import jp.tenken.domain.year.AnswerValue;
import jp.tenken.domain.year.Round;
import jp.tenken.i18n.Messages;

/**
 * Proves an export before it is handed over: reads the written file back ({@link WrittenWorkbook}) and compares it
 * with what was meant to be written — the sheet list, and for each form sheet the facility and vendor names, the
 * number of answer rows, the 1回目 はい / いいえ / 未回答 counts, the dates present and a 目標日 for every いいえ. A
 * mismatch throws {@link ExportMismatchException} (a Japanese message); the caller then leaves the old target file
 * as it was.
 */
final class ReadBack {
    /** A form sheet as it was meant to be written. */
    record Expected(FormData form, String sheetName) {
    }

    private ReadBack() {
    }

    /** Checks {@code wb}, the written file as read back. */
    static ExportSummary verify(WrittenWorkbook wb, List<Expected> forms, List<String> sheets) throws IOException {
        List<String> found = wb.visibleSheets();
        if (!found.equals(sheets)) {
            throw mismatch("export.check.sheets", String.join("・", sheets), String.join("・", found));
        }
        List<ExportSummary.FormCount> counts = new ArrayList<>();
        for (Expected e : forms) {
            counts.add(check(wb.sheet(e.sheetName()), e));
        }
        return new ExportSummary(counts, found);
    }

    private static ExportSummary.FormCount check(WrittenWorkbook.Cells sheet, Expected e) {
        FormData d = e.form();
        String whose = (d.form().kind() == FormKind.PHARMACY ? "薬局名：" : "医療機関名：")
                + UserText.line(d.facilityName());
        if (sheet == null || !containsText(sheet, whose)) {
            throw mismatch("export.check.name", e.sheetName(), whose);
        }
        if (d.isVendorForm() && !containsText(sheet, "事業者名：" + UserText.line(d.vendorName()))) {
            throw mismatch("export.check.name", e.sheetName(), "事業者名：" + UserText.line(d.vendorName()));
        }
        int first = FormSheetWriter.headerRow(d.isVendorForm()) + 2;
        Tally meant = new Tally();
        Tally read = new Tally();
        int r = first;
        for (Section s : d.form().sections()) {
            for (Item item : s.items()) {
                for (Scope scope : item.scopes()) {
                    meant.add(d.answers().get(new RowKey(item.key(), scope), Round.FIRST));
                    read.add(sheet, r);
                    r++;
                }
            }
        }
        if (sheet.hasRow(r) && !sheet.text(r, COL_NUMBER).isEmpty()) {
            throw mismatch("export.check.rows", e.sheetName(), Integer.toString(meant.rows));
        }
        if (!meant.equals(read)) {
            throw mismatch("export.check.answers", e.sheetName(), meant + " → " + read);
        }
        return new ExportSummary.FormCount(d.form().label(), d.vendorName(), meant.rows, meant.yes, meant.no,
                meant.rows - meant.yes - meant.no);
    }

    private static boolean containsText(WrittenWorkbook.Cells sheet, String text) {
        for (int r = 0; r <= Math.min(sheet.lastRow(), 10); r++) {
            if (sheet.text(r, COL_SECTION).equals(text)) {
                return true;
            }
        }
        return false;
    }

    private static ExportMismatchException mismatch(String key, Object... args) {
        return new ExportMismatchException(Messages.get(key, args));
    }

    /** Counts of a form's answer rows: rows, はい, いいえ, 確認日 present, 目標日 present on いいえ rows. */
    private static final class Tally {
        int rows;
        int yes;
        int no;
        int checked;
        int targets;

        void add(Answer a) {
            rows++;
            yes += a.value() == AnswerValue.YES ? 1 : 0;
            no += a.value() == AnswerValue.NO ? 1 : 0;
            checked += a.checkedOn() != null ? 1 : 0;
            targets += a.value() == AnswerValue.NO && a.targetDate() != null ? 1 : 0;
        }

        void add(WrittenWorkbook.Cells sheet, int r) {
            if (!sheet.hasRow(r)) {
                throw mismatch("export.check.rowMissing", Integer.toString(r + 1));
            }
            rows++;
            String v = sheet.text(r, COL_ANSWER1);
            yes += AnswerValue.YES.label().equals(v) ? 1 : 0;
            no += AnswerValue.NO.label().equals(v) ? 1 : 0;
            // the writer puts nothing but dates here, in a 和暦 format POI does not know as a date format
            checked += sheet.isDate(r, COL_CHECKED1) ? 1 : 0;
            targets += AnswerValue.NO.label().equals(v) && sheet.isDate(r, COL_TARGET) ? 1 : 0;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Tally t && t.rows == rows && t.yes == yes && t.no == no && t.checked == checked
                    && t.targets == targets;
        }

        @Override
        public int hashCode() {
            return rows * 31 + yes;
        }

        @Override
        public String toString() {
            return Messages.get("export.check.tally", rows, yes, no, checked, targets);
        }
    }
}
