package jp.tenken.domain.year;

import jp.tenken.domain.FiscalYear;
import jp.tenken.domain.edition.FormKind;

/** One form of one edition answered for one fiscal year, by the facility itself or (vendorId set) by a vendor. */
public record Assessment(long id, FiscalYear year, String editionId, FormKind form, Long vendorId) {

    /** The same form, now answered on another edition. */
    public Assessment withEdition(String edition) {
        return new Assessment(id, year, edition, form, vendorId);
    }
}
