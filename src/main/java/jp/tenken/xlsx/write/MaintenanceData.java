package jp.tenken.xlsx.write;

import java.util.List;

/**
 * Guideline 第7.0版 for the pack's summary: whether 保守委託機関編 applies, with its reasons, and the 二要素認証 still
 * open, all in words, and the source the words are our own reading of.
 */
public record MaintenanceData(String outcome, List<String> reasons, List<String> twoFactorOpen, String source) {
    public MaintenanceData {
        reasons = List.copyOf(reasons);
        twoFactorOpen = List.copyOf(twoFactorOpen);
    }
}
