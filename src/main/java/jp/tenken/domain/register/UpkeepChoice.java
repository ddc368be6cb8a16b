package jp.tenken.domain.register;

/**
 * The choices a clinic records per device for guideline 第7.0版 (保守委託機関編 and 二要素認証), each with the message
 * key of its words.
 */
public final class UpkeepChoice {
    private UpkeepChoice() {
    }

    /** Who applies a server's security updates. */
    public enum UpdatesBy {
        VENDOR("maintenance.updatesBy.vendor"),
        CLINIC("maintenance.updatesBy.clinic"),
        UNKNOWN("maintenance.updatesBy.unknown");

        private final String messageKey;

        UpdatesBy(String messageKey) {
            this.messageKey = messageKey;
        }

        public String messageKey() {
            return messageKey;
        }
    }

    /** Where the vendor's responsibility for the security updates is written (保守委託機関編 図1 ※2). */
    public enum WrittenIn {
        CONTRACT("maintenance.writtenIn.contract"),
        TERMS("maintenance.writtenIn.terms"),
        SLA("maintenance.writtenIn.sla"),
        UNCONFIRMED("maintenance.writtenIn.unconfirmed");

        private final String messageKey;

        WrittenIn(String messageKey) {
            this.messageKey = messageKey;
        }

        public String messageKey() {
            return messageKey;
        }

        public boolean written() {
            return this != UNCONFIRMED;
        }
    }

    /** Where a client terminal or server stands on 二要素認証. */
    public enum TwoFactor {
        DONE("maintenance.twoFactor.done"),
        PLANNED("maintenance.twoFactor.planned"),
        AT_RENEWAL("maintenance.twoFactor.atRenewal"),
        UNKNOWN("maintenance.twoFactor.unknown");

        private final String messageKey;

        TwoFactor(String messageKey) {
            this.messageKey = messageKey;
        }

        public String messageKey() {
            return messageKey;
        }
    }
}
