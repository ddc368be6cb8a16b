package jp.tenken.service;

import java.util.List;
import jp.tenken.domain.vendor.ContractPeriod;
import jp.tenken.domain.vendor.Vendor;
import jp.tenken.domain.vendor.VendorFlag;
import jp.tenken.domain.vendor.VendorForm;
import jp.tenken.domain.year.Readiness;

/**
 * One vendor in a fiscal year, as it stood then: its 事業者確認用's status and dates, the form's readiness, what would
 * be flagged, and the vendor's 契約期間 over all years.
 */
public record VendorStatus(Vendor vendor, VendorForm form, Readiness readiness, List<VendorFlag> flags,
                           ContractPeriod contract) {
    public VendorStatus {
        flags = List.copyOf(flags);
    }
}
