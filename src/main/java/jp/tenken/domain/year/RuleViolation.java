package jp.tenken.domain.year;

/**
 * Why an answer cannot be saved. Each carries the message key under which the UI explains it in Japanese.
 * A missing 目標日 is not a violation: the answer is saved and readiness flags it.
 */
public enum RuleViolation {
    CHECKED_IN_FUTURE("rule.checkedInFuture"),
    TARGET_OUTSIDE_YEAR("rule.targetOutsideYear"),
    TARGET_AFTER_ITEM_DEADLINE("rule.targetAfterItemDeadline"),
    TARGET_WITHOUT_NO("rule.targetWithoutNo"),
    TARGET_BEFORE_CHECKED("rule.targetBeforeChecked"),
    SECOND_BEFORE_FIRST("rule.secondBeforeFirst"),
    SECOND_WITHOUT_FIRST("rule.secondWithoutFirst"),
    NOTE_TOO_LONG("rule.noteTooLong");

    private final String messageKey;

    RuleViolation(String messageKey) {
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}
