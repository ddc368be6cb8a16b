package jp.tenken.ui.vendors;

import jp.tenken.domain.FiscalYear;
import jp.tenken.domain.vendor.ContractPeriod;
import jp.tenken.i18n.Messages;

/** The 契約期間 as the vendor list shows it, short enough for its column: 「令和7〜8年度」, 「令和7年度のみ」, 「令和7年度〜」. */
final class ContractPeriodLabel {

    private ContractPeriodLabel() {
    }

    static String of(ContractPeriod p) {
        if (!p.any()) {
            return Messages.get("vendors.period.none");
        }
        FiscalYear from = p.from();
        FiscalYear to = p.to();
        if (from == null && to == null) {
            return Messages.get("vendors.period.always");
        }
        if (from != null && from.equals(to)) {
            return Messages.get("vendors.period.only", from.label());
        }
        if (from != null && to != null && from.reiwa() >= 1) {
            return Messages.get("vendors.period.reiwa", Integer.toString(from.reiwa()), Integer.toString(to.reiwa()));
        }
        return Messages.get("vendors.period.range", from == null ? "" : from.label(), to == null ? "" : to.label());
    }
}
