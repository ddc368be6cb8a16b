package jp.tenken.domain.edition;

import jp.tenken.domain.FiscalYear;


/**
 * The edition used for a fiscal year. {@code exact} is false when the year's own edition is not bundled and the
 * nearest one stands in (e.g. 令和8年度 answered on 令和7年度版); the app then says so.
 */
public record EditionChoice(FiscalYear year, Edition edition, boolean exact) {
}
