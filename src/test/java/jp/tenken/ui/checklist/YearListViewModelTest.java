package jp.tenken.ui.checklist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import jp.tenken.domain.FiscalYear;
import jp.tenken.domain.edition.Scope;
import jp.tenken.domain.year.AnswerValue;
import jp.tenken.domain.year.Round;
import jp.tenken.domain.year.YearSummary;
import org.junit.jupiter.api.Test;

/** The year list names the open year and keeps its answered count current as answers are given. */
class YearListViewModelTest extends ChecklistFixture {
    static final FiscalYear FY2025 = new FiscalYear(2025);

    private YearSummary entry(FiscalYear year) {
        return vm.yearList().years().stream().filter(y -> y.year().equals(year)).findFirst().orElseThrow();
    }

    @Test
    void theOpenYearsEntryCountsItsAnswers() {
        assertNull(vm.yearList().selectedYearProperty().get());
        loadWithFacility();
        assertEquals(FY2025, vm.yearList().selectedYearProperty().get());
        assertEquals(0, entry(FY2025).answered());
        assertEquals(22, entry(FY2025).rows());
        vm.answers().answer(row("ops.device-ledger", Scope.ALL), Round.FIRST, AnswerValue.YES);
        vm.answers().answer(row("ops.security-patch", Scope.ALL), Round.FIRST, AnswerValue.NO);
        assertEquals(2, entry(FY2025).answered());
        assertEquals(20 + 1, entry(FY2025).flags(), "20 unanswered and one いいえ without 目標日");
    }

    @Test
    void choosingAnotherYearOpensIt() {
        loadWithFacility();
        vm.selectYear(new FiscalYear(2024));
        assertEquals(new FiscalYear(2024), vm.yearList().selectedYearProperty().get());
        assertEquals(new FiscalYear(2024), vm.openYear().orElseThrow());
    }
}
