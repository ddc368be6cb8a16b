package jp.tenken.xlsx.write;

import java.util.List;

/**
 * What an export put in its file, as read back from the file itself: each form sheet with its answer rows and the
 * 1回目 はい / いいえ / 未回答 counts, and the sheets of the workbook in order.
 */
public record ExportSummary(List<FormCount> forms, List<String> sheets) {
    public ExportSummary {
        forms = List.copyOf(forms);
        sheets = List.copyOf(sheets);
    }

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
