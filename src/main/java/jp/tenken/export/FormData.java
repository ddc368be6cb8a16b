package jp.tenken.export;

import jp.tenken.domain.AnswerSheet;
import jp.tenken.domain.Edition;
import jp.tenken.domain.FiscalYear;
import jp.tenken.domain.Form;

/**
 * Everything one exported form sheet shows: the edition and form, whose it is (the facility, or a vendor and its
 * systems on 事業者確認用), the fiscal year and the answers.
 */
public record FormData(Edition edition, Form form, FiscalYear year, String facilityName, String vendorName,
                       String vendorSystems, AnswerSheet answers) {

    public boolean isVendorForm() {
        return vendorName != null;
    }
}
