package jp.tenken.service;

import java.util.List;
import java.util.stream.Collectors;
import jp.tenken.domain.FiscalYear;
import jp.tenken.domain.Wareki;
import jp.tenken.domain.year.RuleViolation;
import jp.tenken.i18n.Messages;
import jp.tenken.i18n.UserMessageException;

/** An answer broke a rule and was not saved; the message explains each broken rule in the user's language. */
public class AnswerRejectedException extends UserMessageException {
    private final List<RuleViolation> violations;
    private final boolean planPossible;

    public AnswerRejectedException(List<RuleViolation> violations) {
        this(violations, null, null);
    }

    /**
     * As above; a refused 目標日 names its limit: {@code year}'s last day, or the item's own deadline
     * ({@code deadline}, the fiscal year by whose end the item is due) when it has one.
     */
    public AnswerRejectedException(List<RuleViolation> violations, FiscalYear year, FiscalYear deadline) {
        this(violations, year, deadline, false);
    }

    /** As above; {@code planPossible}: the only fault is a 目標日 after the limit, which may be kept as a plan. */
    public AnswerRejectedException(List<RuleViolation> violations, FiscalYear year, FiscalYear deadline,
                                   boolean planPossible) {
        super(violations.stream().map(v -> message(v, year, deadline)).collect(Collectors.joining("\n")), null);
        this.violations = List.copyOf(violations);
        this.planPossible = planPossible;
    }

    /** Whether the answer would be saved if the clerk confirms its 目標日 as a plan for a later year. */
    public boolean planPossible() {
        return planPossible;
    }

    private static String message(RuleViolation v, FiscalYear year, FiscalYear deadline) {
        String text = Messages.get(v.messageKey());
        if (year == null) {
            return text;
        }
        FiscalYear limit = v == RuleViolation.TARGET_AFTER_ITEM_DEADLINE && deadline != null ? deadline : year;
        return switch (v) {
            case TARGET_OUTSIDE_YEAR, TARGET_AFTER_ITEM_DEADLINE -> text + Messages.get("rule.targetLimit",
                    Wareki.format(year.firstDay()), Wareki.format(limit.lastDay()));
            default -> text;
        };
    }

    public List<RuleViolation> violations() {
        return violations;
    }
}
