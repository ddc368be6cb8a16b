package jp.tenken.xlsx.write;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * What an export put in its file, as read back from the file itself: each form sheet with its answer rows and the
 * 1回目 はい / いいえ / 未回答 counts, the sheets of the workbook in order, and what the workbook has no cell for
 * (a ministry's form without a 備考 or a 2回目 目標日 column): how many rows of each were left out.
 */
public record ExportSummary(List<FormCount> forms, List<String> sheets, Map<LeftOut, Integer> leftOut) {
    public ExportSummary {
        forms = List.copyOf(forms);
        sheets = List.copyOf(sheets);
        leftOut = leftOut.isEmpty() ? Map.of() : new EnumMap<>(leftOut);
    }

    public ExportSummary(List<FormCount> forms, List<String> sheets) {
        this(forms, sheets, Map.of());
    }

    /** What a row may hold that a form can lack a column for. */
    public enum LeftOut { ANSWER_1, CHECKED_1, TARGET_1, ANSWER_2, CHECKED_2, TARGET_2, NOTE }

    /** One form sheet: its label (医療機関確認用 …), the vendor (null for the facility's own), its counts. */
    public record FormCount(String label, String vendorName, int rows, int yes, int no, int unanswered) {
    }

    /** Whether the file holds the pack's summary sheet (立入検査用 概要). */
    public boolean hasOverview() {
        return sheets.contains(SummarySheetWriter.SHEET_NAME);
    }

    /** Whether the file holds the 前年度比較 sheet. */
    public boolean hasComparison() {
        return sheets.contains(ComparisonSheetWriter.SHEET_NAME);
    }

    /** Whether the file holds the ガイドライン対応表. */
    public boolean hasClauseTable() {
        return sheets.contains(ClauseSheetWriter.SHEET_NAME);
    }

    /** The number of vendors' forms (事業者確認用) in the file. */
    public long vendorForms() {
        return forms.stream().filter(f -> f.vendorName() != null).count();
    }
}
