package jp.tenken.xlsx.write;

import java.util.List;
import jp.tenken.domain.vendor.Vendor;
import jp.tenken.domain.vendor.VendorFlag;
import jp.tenken.domain.vendor.VendorForm;

/** One contracted vendor's line on the pack's summary: where its 事業者確認用 stands and what would be flagged. */
public record VendorStatusData(Vendor vendor, VendorForm form, List<VendorFlag> flags) {
    public VendorStatusData {
        flags = List.copyOf(flags);
    }
}
