package jp.tenken.xlsx.write;

import jp.tenken.domain.FiscalYear;
import jp.tenken.domain.edition.Edition;
import jp.tenken.domain.edition.Form;
import jp.tenken.domain.year.AnswerSheet;

/**
 * Everything one exported form sheet shows: the edition and form, whose it is (the facility, or a vendor and its
 * systems on 事業者確認用), the fiscal year and the answers. {@code previous} (may be null) holds last year's
 * answers read for this year's rows: printed as 「前年度：…」 hints in the 備考 column, never as answers.
 */
public record FormData(Edition edition, Form form, FiscalYear year, String facilityName, String vendorName,
                       String vendorSystems, AnswerSheet answers, Long vendorId, FiscalYear previousYear,
                       AnswerSheet previous) {

    public FormData(Edition edition, Form form, FiscalYear year, String facilityName, String vendorName,
                    String vendorSystems, AnswerSheet answers) {
        this(edition, form, year, facilityName, vendorName, vendorSystems, answers, null, null, null);
    }

    public boolean isVendorForm() {
        return vendorName != null;
    }

    /** The same form with last year's answers to print as hints. */
    public FormData withHints(FiscalYear previousYear, AnswerSheet previous) {
        return new FormData(edition, form, year, facilityName, vendorName, vendorSystems, answers, vendorId,
                previousYear, previous);
    }
}
