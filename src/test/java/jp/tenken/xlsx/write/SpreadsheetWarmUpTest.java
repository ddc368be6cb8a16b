package jp.tenken.xlsx.write;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * The command line's warm-up goes through to its end: its failures are silent by design (the export then loads what
 * it needs itself), so a warm-up broken by a change would only make every export slower.
 */
class SpreadsheetWarmUpTest {

    @Test
    void makesItsWorkbookWithAChart() {
        assertTrue(SpreadsheetWarmUp.run(), "the warm-up stopped before it had drawn its chart");
    }
}
