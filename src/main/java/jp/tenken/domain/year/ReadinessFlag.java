package jp.tenken.domain.year;

import jp.tenken.domain.edition.RowKey;

/** One thing an inspector would point at on a form, tied to the row it concerns. */
public record ReadinessFlag(Kind kind, RowKey row, String itemNumber, java.time.LocalDate date) {

    /** What is wrong, with the message key that says it in Japanese. */
    public enum Kind {
        NO_FIRST_ANSWER("readiness.noFirstAnswer"),
        NO_FIRST_DATE("readiness.noFirstDate"),
        NO_TARGET_DATE("readiness.noTargetDate"),
        TARGET_OVERDUE("readiness.targetOverdue");

        private final String messageKey;

        Kind(String messageKey) {
            this.messageKey = messageKey;
        }

        public String messageKey() {
            return messageKey;
        }
    }
}
