package jp.tenken.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The rules an answer must meet before it is saved: 確認日 not in the future, 目標日 only for いいえ and inside the
 * fiscal year, and a 2回目 that neither comes before the 1回目 nor exists without one.
 */
public final class AnswerRules {

    public static final int MAX_NOTE_LENGTH = 2000;

    private AnswerRules() {
    }

    /**
     * @param other the answer of the other round for the same row (may be null)
     */
    public static List<RuleViolation> check(Answer a, Answer other, FiscalYear year, LocalDate today) {
        List<RuleViolation> v = new ArrayList<>();
        if (a.checkedOn() != null && a.checkedOn().isAfter(today)) {
            v.add(RuleViolation.CHECKED_IN_FUTURE);
        }
        if (a.targetDate() != null) {
            if (a.value() != AnswerValue.NO) {
                v.add(RuleViolation.TARGET_WITHOUT_NO);
            } else if (!year.contains(a.targetDate())) {
                v.add(RuleViolation.TARGET_OUTSIDE_YEAR);
            } else if (a.checkedOn() != null && a.targetDate().isBefore(a.checkedOn())) {
                v.add(RuleViolation.TARGET_BEFORE_CHECKED);
            }
        }
        if (a.round() == Round.SECOND && !a.isEmpty()) {
            if (other == null || other.value() == AnswerValue.UNANSWERED) {
                v.add(RuleViolation.SECOND_WITHOUT_FIRST);
            } else if (a.checkedOn() != null && other.checkedOn() != null
                    && a.checkedOn().isBefore(other.checkedOn())) {
                v.add(RuleViolation.SECOND_BEFORE_FIRST);
            }
        }
        if (a.round() == Round.FIRST && other != null && !other.isEmpty() && a.checkedOn() != null
                && other.checkedOn() != null && other.checkedOn().isBefore(a.checkedOn())) {
            v.add(RuleViolation.SECOND_BEFORE_FIRST);
        }
        if (a.note().length() > MAX_NOTE_LENGTH) {
            v.add(RuleViolation.NOTE_TOO_LONG);
        }
        return v;
    }
}
