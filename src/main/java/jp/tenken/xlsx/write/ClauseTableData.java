package jp.tenken.xlsx.write;

import java.util.List;
import jp.tenken.domain.FiscalYear;

/**
 * Everything the 「ガイドライン対応表」 sheet shows: for each chapter of the guideline (dimmed with the reason when the
 * facility's 参照パターン does not need it), each 遵守事項 with its text as far as verified, the checklist items that
 * reach it, this year's answers, and the deep self-check where it was used.
 *
 * @param pattern    「Ⅳ クラウドサービス・担当者なし」, or null when the facility has not chosen one
 * @param deepCheck  true when any deep self-check answer exists for the year (the sheet then has its columns)
 */
public record ClauseTableData(FiscalYear year, String facilityName, String guidelineTitle, String formLabel,
                              String pattern, boolean deepCheck, List<Row> rows, String source) {

    public ClauseTableData {
        rows = List.copyOf(rows);
    }

    /** One line of the table: a chapter heading, or a clause (or a chapter/section reached only as a whole). */
    public record Row(boolean heading, boolean notNeeded, String place, String text, String items, String answers,
                      String deepValue, String deepNote) {
    }
}
