package jp.tenken.ui.checklist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jp.tenken.domain.edition.Scope;
import jp.tenken.domain.year.AnswerValue;
import jp.tenken.domain.year.Round;
import org.junit.jupiter.api.Test;

/** The filters and the search over the rows, and the jump to the next unanswered row. */
class RowFilterViewModelTest extends ChecklistFixture {

    @Test
    void filtersSearchAndNextUnanswered() {
        loadWithFacility();
        RowViewModel first = vm.rows().get(0);
        vm.answers().answer(first, Round.FIRST, AnswerValue.YES);
        RowViewModel next = vm.rowFilter().nextUnanswered(first).orElseThrow();
        assertEquals("org.security-officer", next.item().key());
        vm.rowFilter().filterProperty().set(RowFilterViewModel.Filter.UNANSWERED);
        assertEquals(21, vm.rowFilter().visibleRows().size());
        vm.answers().answer(row("ops.mds-sds", Scope.NONE), Round.FIRST, AnswerValue.NO);
        vm.rowFilter().filterProperty().set(RowFilterViewModel.Filter.NO);
        assertEquals(1, vm.rowFilter().visibleRows().size());
        vm.rowFilter().filterProperty().set(RowFilterViewModel.Filter.FLAGGED);
        assertEquals(21, vm.rowFilter().visibleRows().size(), "20 unanswered + the いいえ without 目標日");
        vm.rowFilter().filterProperty().set(RowFilterViewModel.Filter.ALL);
        vm.rowFilter().searchProperty().set("パスワード");
        assertEquals(2, vm.rowFilter().visibleRows().size());
        vm.rowFilter().searchProperty().set("端末PC");
        assertTrue(vm.rowFilter().visibleRows().stream()
                .allMatch(r -> r.scope() == Scope.TERMINAL || r.item().text().contains("端末PC")));
    }

    @Test
    void anItemAskedForFromElsewhereIsShownEvenWhenFilteredOut() {
        loadWithFacility();
        RowFilterViewModel filter = vm.rowFilter();
        filter.filterProperty().set(RowFilterViewModel.Filter.NO);
        filter.searchProperty().set("パスワード");
        assertTrue(filter.visibleRows().isEmpty());
        assertTrue(vm.revealItem("ops.security-patch"));
        assertEquals(RowFilterViewModel.Filter.ALL, filter.filterProperty().get());
        assertEquals("", filter.searchProperty().get());
        assertEquals(22, filter.visibleRows().size());
        assertEquals("ops.security-patch", vm.focusRequestProperty().get().item().key());
        assertFalse(vm.revealItem("no.such-item"));
    }
}
