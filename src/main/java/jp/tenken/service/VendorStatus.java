package jp.tenken.service;

import java.util.List;
import jp.tenken.domain.Readiness;
import jp.tenken.domain.Vendor;
import jp.tenken.domain.VendorFlag;
import jp.tenken.domain.VendorForm;

/** One vendor in a fiscal year: its 事業者確認用's status and dates, the form's readiness and what would be flagged. */
public record VendorStatus(Vendor vendor, VendorForm form, Readiness readiness, List<VendorFlag> flags) {
    public VendorStatus {
        flags = List.copyOf(flags);
    }
}
