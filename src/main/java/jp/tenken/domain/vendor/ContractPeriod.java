package jp.tenken.domain.vendor;

import java.util.Map;
import java.util.NavigableMap;
import jp.tenken.domain.FiscalYear;

/**
 * The fiscal years a vendor was contracted (契約期間): from its first contracted year (null: since before any year
 * the workbook holds) to its last (null: still contracted), or none at all.
 */
public record ContractPeriod(boolean any, FiscalYear from, FiscalYear to) {

    /** A vendor never contracted. */
    public static final ContractPeriod NONE = new ContractPeriod(false, null, null);

    /**
     * The period of a vendor whose contract was set, from the fiscal year starting in each key on (0: since always),
     * to the value: the first contracted year to the last one before a later 契約なし.
     */
    public static ContractPeriod of(NavigableMap<Integer, Boolean> contractedFrom) {
        Integer first = null;
        Integer lastEnd = null;
        boolean ongoing = false;
        for (Map.Entry<Integer, Boolean> e : contractedFrom.entrySet()) {
            Integer next = contractedFrom.higherKey(e.getKey());
            if (e.getValue()) {
                first = first == null ? e.getKey() : first;
                ongoing = next == null;
                lastEnd = next == null ? null : next - 1;
            }
        }
        if (first == null) {
            return NONE;
        }
        return new ContractPeriod(true, first == 0 ? null : new FiscalYear(first),
                ongoing ? null : new FiscalYear(lastEnd));
    }

    /** Whether the vendor is contracted in {@code year}'s span (gaps between contracts are not kept here). */
    public boolean spans(FiscalYear year) {
        return any && (from == null || from.compareTo(year) <= 0) && (to == null || to.compareTo(year) >= 0);
    }
}
