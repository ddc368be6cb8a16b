package jp.tenken.domain.year;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import jp.tenken.domain.FiscalYear;

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
        return check(a, other, year, today, null);
    }

    /**
     * The last fiscal year a 目標日 may fall in: the answer's own year, unless the item carries a later deadline of
     * its own in the catalog (令和7年度版 2-⑩ 二要素認証: 令和9年度).
     */
    public static FiscalYear targetLimit(FiscalYear year, FiscalYear itemDeadline) {
        return itemDeadline != null && itemDeadline.startYear() > year.startYear() ? itemDeadline : year;
    }

    /** Whether {@code target} may be the 目標日 of an answer in {@code year} to an item with that deadline. */
    public static boolean targetAllowed(LocalDate target, FiscalYear year, FiscalYear itemDeadline) {
        FiscalYear limit = targetLimit(year, itemDeadline);
        return !target.isBefore(year.firstDay()) && !target.isAfter(limit.lastDay());
    }

    /**
     * Whether an answer's 目標日 lies after the last day it may fall on (a plan for a later year, e.g. at the next
     * system renewal): a clinic or a vendor may record it as such once asked, unlike a date before the year.
     */
    public static boolean targetBeyondLimit(Answer a, FiscalYear year, FiscalYear itemDeadline) {
        return a.targetDate() != null && a.targetDate().isAfter(targetLimit(year, itemDeadline).lastDay());
    }

    /** The violations a confirmed plan beyond the limit no longer counts (the 目標日 after the year or deadline). */
    public static List<RuleViolation> withPlanBeyondLimit(List<RuleViolation> v, Answer a, FiscalYear year,
                                                          FiscalYear itemDeadline) {
        if (!targetBeyondLimit(a, year, itemDeadline)) {
            return v;
        }
        return v.stream().filter(x -> x != RuleViolation.TARGET_OUTSIDE_YEAR
                && x != RuleViolation.TARGET_AFTER_ITEM_DEADLINE).toList();
    }

    /**
     * @param other        the answer of the other round for the same row (may be null)
     * @param itemDeadline the item's own last fiscal year for a 目標日, or null for the answer's year
     */
    public static List<RuleViolation> check(Answer a, Answer other, FiscalYear year, LocalDate today,
                                            FiscalYear itemDeadline) {
        List<RuleViolation> v = new ArrayList<>();
        if (a.checkedOn() != null && a.checkedOn().isAfter(today)) {
            v.add(RuleViolation.CHECKED_IN_FUTURE);
        }
        if (a.targetDate() != null) {
            if (a.value() != AnswerValue.NO) {
                v.add(RuleViolation.TARGET_WITHOUT_NO);
            } else if (!targetAllowed(a.targetDate(), year, itemDeadline)) {
                v.add(targetLimit(year, itemDeadline).equals(year) ? RuleViolation.TARGET_OUTSIDE_YEAR
                        : RuleViolation.TARGET_AFTER_ITEM_DEADLINE);
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
