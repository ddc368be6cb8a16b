package jp.tenken.domain.comparison;

import jp.tenken.domain.edition.Form;
import jp.tenken.domain.edition.Item;
import jp.tenken.domain.edition.RowKey;
import jp.tenken.domain.year.AnswerSheet;
import jp.tenken.domain.year.AnswerValue;
import jp.tenken.domain.year.Round;

/** How many rows stand at はい, いいえ and 未回答 (each row counted by its latest answered round). */
public record AnswerTally(int yes, int no, int unanswered) {

    public static final AnswerTally EMPTY = new AnswerTally(0, 0, 0);

    public int total() {
        return yes + no + unanswered;
    }

    public AnswerTally plus(AnswerValue v) {
        return switch (v) {
            case YES -> new AnswerTally(yes + 1, no, unanswered);
            case NO -> new AnswerTally(yes, no + 1, unanswered);
            case UNANSWERED -> new AnswerTally(yes, no, unanswered + 1);
        };
    }

    /** Every row of a form except the gate (医療情報システムの有無), which is not a measure. */
    public static AnswerTally of(Form form, AnswerSheet sheet) {
        AnswerTally t = EMPTY;
        for (Item item : form.items()) {
            if (item.gate()) {
                continue;
            }
            for (RowKey row : item.rows()) {
                t = t.plus(Comparison.standing(sheet.get(row, Round.FIRST), sheet.get(row, Round.SECOND)).value());
            }
        }
        return t;
    }
}
