package jp.tenken.domain.vendor;

import java.util.List;
import jp.tenken.domain.year.Readiness;
import jp.tenken.domain.year.ReadinessFlag;

/**
 * What an inspector would point at about a contracted vendor: its 事業者確認用 has not come back (neither 回収済
 * nor 確認済), or it came back with rows lacking a 1回目 answer or date ({@code count} of them).
 */
public record VendorFlag(Kind kind, long vendorId, String vendorName, int count) {

    /** What is wrong, with the message key that says it. */
    public enum Kind {
        NOT_RETURNED("readiness.vendorNotReturned"),
        FIRST_GAP("readiness.vendorFirstGap");

        private final String messageKey;

        Kind(String messageKey) {
            this.messageKey = messageKey;
        }

        public String messageKey() {
            return messageKey;
        }
    }

    /**
     * The flags of one vendor: none without a contract; 未回収 while not returned (the gaps then go without saying);
     * otherwise one flag counting the rows whose 1回目 answer or date is missing.
     */
    public static List<VendorFlag> of(Vendor vendor, VendorForm form, Readiness readiness) {
        if (!vendor.contracted()) {
            return List.of();
        }
        if (!form.status().returned()) {
            return List.of(new VendorFlag(Kind.NOT_RETURNED, vendor.id(), vendor.name(), 0));
        }
        int gaps = (int) readiness.flags().stream()
                .filter(f -> f.kind() == ReadinessFlag.Kind.NO_FIRST_ANSWER || f.kind() == ReadinessFlag.Kind.NO_FIRST_DATE)
                .map(ReadinessFlag::row).distinct().count();
        return gaps == 0 ? List.of() : List.of(new VendorFlag(Kind.FIRST_GAP, vendor.id(), vendor.name(), gaps));
    }
}
