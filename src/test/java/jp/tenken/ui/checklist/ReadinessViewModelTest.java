package jp.tenken.ui.checklist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import jp.tenken.domain.edition.Scope;
import jp.tenken.domain.year.AnswerValue;
import jp.tenken.domain.year.ReadinessFlag;
import jp.tenken.domain.year.Round;
import org.junit.jupiter.api.Test;

/** The readiness line: what an inspector would find missing, recomputed after each answer. */
class ReadinessViewModelTest extends ChecklistFixture {

    @Test
    void anOverdueTargetIsFlaggedAndHighlighted() {
        loadWithFacility();
        RowViewModel bcp = row("incident.bcp", Scope.NONE);
        vm.answers().answer(bcp, Round.FIRST, AnswerValue.NO);
        vm.answers().setCheckedOn(bcp, Round.FIRST, LocalDate.of(2025, 4, 2));
        vm.answers().setTarget(bcp, LocalDate.of(2025, 5, 31));
        assertTrue(bcp.overdueProperty().get());
        assertTrue(vm.readiness().overdueProperty().get());
        ReadinessFlag f = vm.readiness().flags().stream()
                .filter(x -> x.kind() == ReadinessFlag.Kind.TARGET_OVERDUE).findFirst().orElseThrow();
        assertEquals("3-③：目標日（令和7年5月31日）を過ぎています", vm.readiness().describe(f));
        assertEquals(bcp, vm.rowFor(f.row()).orElseThrow(), "each readiness entry leads to its row");
    }

    @Test
    void theGateRowAnsweredNoGreysOutEverythingElse() {
        loadWithFacility();
        RowViewModel gate = row("system.in-use", Scope.NONE);
        vm.answers().answer(gate, Round.FIRST, AnswerValue.NO);
        assertTrue(vm.readiness().gateClosedProperty().get());
        RowViewModel ledger = row("ops.device-ledger", Scope.ALL);
        assertTrue(ledger.disabledProperty().get());
        vm.answers().answer(ledger, Round.FIRST, AnswerValue.YES);
        assertEquals(AnswerValue.UNANSWERED, ledger.valueProperty(Round.FIRST).get(), "a greyed row takes no answer");
        assertTrue(vm.readiness().flags().isEmpty());
        vm.answers().answer(gate, Round.FIRST, AnswerValue.YES);
        assertFalse(ledger.disabledProperty().get());
    }
}
