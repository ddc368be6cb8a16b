package jp.tenken.ui.checklist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import jp.tenken.domain.edition.GuidelineRef;
import jp.tenken.domain.edition.Scope;
import org.junit.jupiter.api.Test;

/** The guidance pane follows the selected row and opens its guideline references where the app wires them. */
class GuidanceViewModelTest extends ChecklistFixture {

    @Test
    void showsTheSelectedRowsItem() {
        GuidanceViewModel guidance = vm.guidance();
        assertNull(guidance.itemProperty().get(), "nothing before a form opens");
        loadWithFacility();
        assertEquals(vm.rows().get(0).item(), guidance.itemProperty().get(), "the first row is selected");
        vm.selectedRowProperty().set(row("ops.security-patch", Scope.ALL));
        assertEquals("ops.security-patch", guidance.itemProperty().get().key());
        vm.selectedRowProperty().set(null);
        assertNull(guidance.itemProperty().get());
    }

    @Test
    void referencesOpenOnlyOnceTheClauseViewIsWired() {
        loadWithFacility();
        GuidanceViewModel guidance = vm.guidance();
        GuidelineRef ref = new GuidelineRef("システム運用編", "14", 5, null, false);
        assertFalse(guidance.canOpenReferences());
        assertEquals(0, guidance.commentCount(ref), "no comments known yet");
        guidance.openReference(ref); // nothing wired: nothing happens

        List<GuidelineRef> opened = new ArrayList<>();
        vm.setReferenceOpener(opened::add);
        vm.setReferenceComments(r -> 7);
        assertTrue(guidance.canOpenReferences());
        assertEquals(7, guidance.commentCount(ref));
        guidance.openReference(ref);
        assertEquals(List.of(ref), opened);
    }
}
