package jp.tenken.domain.official;

import jp.tenken.domain.year.Round;

/**
 * A column of the ministry's own checklist workbook, as recognised from its header words and data (REFERENCE: the
 * ガイドライン参照 / 該当箇所 column, kept on each item as printed). The answer of a round is
 * either one column (はい・いいえ, where the word is written) or two (はい | いいえ, where ○ is written).
 */
public enum OfficialColumn {
    SECTION, NUMBER, ITEM, SCOPE, NOTE, REFERENCE,
    ANSWER_1, YES_1, NO_1, CHECKED_1, TARGET_1,
    ANSWER_2, YES_2, NO_2, CHECKED_2, TARGET_2;

    public static OfficialColumn answer(Round r) {
        return r == Round.FIRST ? ANSWER_1 : ANSWER_2;
    }

    public static OfficialColumn yes(Round r) {
        return r == Round.FIRST ? YES_1 : YES_2;
    }

    public static OfficialColumn no(Round r) {
        return r == Round.FIRST ? NO_1 : NO_2;
    }

    public static OfficialColumn checked(Round r) {
        return r == Round.FIRST ? CHECKED_1 : CHECKED_2;
    }

    public static OfficialColumn target(Round r) {
        return r == Round.FIRST ? TARGET_1 : TARGET_2;
    }
}
