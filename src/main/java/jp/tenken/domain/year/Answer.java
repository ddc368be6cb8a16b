package jp.tenken.domain.year;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import jp.tenken.domain.edition.RowKey;

/**
 * One round's answer for one row: はい/いいえ, the date checked (確認日), the target date (目標日, only for いいえ),
 * and a free note. {@code changedAt} is when it was last saved.
 */
public record Answer(RowKey row, Round round, AnswerValue value, LocalDate checkedOn, LocalDate targetDate,
                     String note, Instant changedAt) {

    public Answer {
        Objects.requireNonNull(row, "row");
        Objects.requireNonNull(round, "round");
        Objects.requireNonNull(value, "value");
        note = note == null ? "" : note;
    }

    public static Answer empty(RowKey row, Round round) {
        return new Answer(row, round, AnswerValue.UNANSWERED, null, null, "", null);
    }

    public boolean isEmpty() {
        return value == AnswerValue.UNANSWERED && checkedOn == null && targetDate == null && note.isEmpty();
    }

    public Answer withValue(AnswerValue v) {
        return new Answer(row, round, v, checkedOn, v == AnswerValue.NO ? targetDate : null, note, changedAt);
    }

    public Answer withCheckedOn(LocalDate d) {
        return new Answer(row, round, value, d, targetDate, note, changedAt);
    }

    public Answer withTargetDate(LocalDate d) {
        return new Answer(row, round, value, checkedOn, d, note, changedAt);
    }

    public Answer withNote(String n) {
        return new Answer(row, round, value, checkedOn, targetDate, n, changedAt);
    }

    public Answer withChangedAt(Instant t) {
        return new Answer(row, round, value, checkedOn, targetDate, note, t);
    }

    /** Same content, ignoring when it was saved. */
    public boolean sameContent(Answer o) {
        return o != null && row.equals(o.row) && round == o.round && value == o.value
                && Objects.equals(checkedOn, o.checkedOn) && Objects.equals(targetDate, o.targetDate)
                && note.equals(o.note);
    }
}
