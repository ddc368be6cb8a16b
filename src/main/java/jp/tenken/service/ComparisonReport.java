package jp.tenken.service;

import java.util.List;
import jp.tenken.domain.comparison.Comparison;
import jp.tenken.domain.comparison.YearTally;
import jp.tenken.domain.edition.FormKind;

/**
 * A comparison of two fiscal years of one form, with whose form it is (the facility's, or a vendor's
 * 事業者確認用) and where every year in the file stood on that form, oldest first; for the facility's own form in a
 * year under guideline 第7.0版, {@code maintenance} says how the 保守委託機関編 answer moved between the two years
 * (null otherwise).
 */
public record ComparisonReport(Comparison comparison, FormKind kind, Long vendorId, String facilityName,
                               String vendorName, List<YearTally> history, String maintenance) {

    public ComparisonReport {
        history = List.copyOf(history);
    }

    /** Without the 保守委託機関編 line (a vendor's form, or years before 第7.0版). */
    public ComparisonReport(Comparison comparison, FormKind kind, Long vendorId, String facilityName,
                            String vendorName, List<YearTally> history) {
        this(comparison, kind, vendorId, facilityName, vendorName, history, null);
    }
}
