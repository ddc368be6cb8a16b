package jp.tenken.xlsx.write;

import jp.tenken.domain.comparison.Comparison;

/**
 * Everything one block of the 前年度比較 sheet shows: the comparison, whose form it is, and (the facility's own form
 * under guideline 第7.0版) how the 保守委託機関編 answer moved, or null.
 */
public record ComparisonData(Comparison comparison, String facilityName, String vendorName, String maintenance) {

    /** Without the 保守委託機関編 line (a vendor's form, or years before guideline 第7.0版). */
    public ComparisonData(Comparison comparison, String facilityName, String vendorName) {
        this(comparison, facilityName, vendorName, null);
    }

    public boolean isVendorForm() {
        return vendorName != null;
    }

    /** 医療機関確認用, or 事業者確認用（株式会社メディカル）. */
    public String formName() {
        String label = comparison.laterForm().label();
        return isVendorForm() ? label + "（" + vendorName + "）" : label;
    }
}
