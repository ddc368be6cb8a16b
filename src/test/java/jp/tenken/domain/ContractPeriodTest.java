package jp.tenken.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import jp.tenken.domain.vendor.ContractPeriod;

/** The 契約期間 read from a vendor's changes by year. */
class ContractPeriodTest {

    @Test
    void theContractPeriodRunsFromTheFirstContractedYearToTheLast() {
        FiscalYear r7 = new FiscalYear(2025);
        FiscalYear r8 = new FiscalYear(2026);
        TreeMap<Integer, Boolean> changes = new TreeMap<>();
        changes.put(2025, true);
        assertEquals(new ContractPeriod(true, r7, null), ContractPeriod.of(changes));
        changes.put(2027, false);
        assertEquals(new ContractPeriod(true, r7, r8), ContractPeriod.of(changes));
        assertTrue(ContractPeriod.of(changes).spans(r8));
        assertFalse(ContractPeriod.of(changes).spans(new FiscalYear(2027)));
        changes.clear();
        changes.put(0, true);
        assertEquals(new ContractPeriod(true, null, null), ContractPeriod.of(changes), "since always, ongoing");
        changes.put(0, false);
        assertEquals(ContractPeriod.NONE, ContractPeriod.of(changes));
    }
}
