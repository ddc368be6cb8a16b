package jp.tenken.service;

import java.util.List;
import jp.tenken.domain.comparison.Comparison;
import jp.tenken.domain.comparison.YearTally;
import jp.tenken.domain.edition.FormKind;

/**
 * A comparison of two fiscal years of one form, with whose form it is (the facility's, or a vendor's
 * 事業者確認用) and where every year in the file stood on that form, oldest first.
 */
public record ComparisonReport(Comparison comparison, FormKind kind, Long vendorId, String facilityName,
                               String vendorName, List<YearTally> history) {

    public ComparisonReport {
        history = List.copyOf(history);
    }
}
