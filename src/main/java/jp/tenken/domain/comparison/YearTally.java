package jp.tenken.domain.comparison;

import jp.tenken.domain.FiscalYear;

/** Where one fiscal year stood on a form: its はい, いいえ and 未回答 rows. */
public record YearTally(FiscalYear year, String editionId, AnswerTally tally) {
}
