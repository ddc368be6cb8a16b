package jp.tenken.service;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import jp.tenken.domain.FiscalYear;
import jp.tenken.domain.year.YearSummary;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The export's check of the year it is asked for ({@link ChecklistService#holdsYear}) says what the year list says,
 * without reading every year's answers as the list does.
 */
class HoldsYearTest {

    @Test
    void holdsExactlyTheYearsTheYearListShows(@TempDir Path dir) {
        try (ThreeYears three = new ThreeYears(dir)) {
            ChecklistService checklist = three.checklist;
            List<FiscalYear> listed = checklist.years().stream().map(YearSummary::year).toList();
            assertEquals(List.of(ThreeYears.FY2025, ThreeYears.FY2024, ThreeYears.FY2023), listed);
            for (int y = 2018; y <= 2028; y++) {
                FiscalYear year = new FiscalYear(y);
                assertEquals(listed.contains(year), checklist.holdsYear(year), year.label());
            }
        }
    }
}
