package jp.tenken.xlsx.write;

import jp.tenken.domain.comparison.Comparison;

/** Everything one block of the 前年度比較 sheet shows: the comparison, and whose form it is. */
public record ComparisonData(Comparison comparison, String facilityName, String vendorName) {

    public boolean isVendorForm() {
        return vendorName != null;
    }

    /** 医療機関確認用, or 事業者確認用（株式会社メディカル）. */
    public String formName() {
        String label = comparison.laterForm().label();
        return isVendorForm() ? label + "（" + vendorName + "）" : label;
    }
}
