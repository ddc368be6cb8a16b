package jp.tenken.ui.checklist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.SimpleObjectProperty;
import jp.tenken.domain.FiscalYear;
import jp.tenken.domain.edition.FormKind;
import jp.tenken.domain.edition.GuidelineRef;
import jp.tenken.domain.edition.Item;
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

    private static Item item(String key) {
        return CATALOG.editions().get(CATALOG.editions().size() - 1).form(FormKind.FACILITY).orElseThrow().item(key)
                .orElseThrow();
    }

    @Test
    void aSeventhEditionYearSaysWhatChangedOnPasswordsTwoFactorMdsSdsAndMaintenanceWithItsSource() {
        GuidanceViewModel guidance = new GuidanceViewModel(new SimpleObjectProperty<>());
        guidance.showYear(new FiscalYear(2025));
        assertEquals(List.of(), guidance.seventhNotes(item("ops.password-policy")), "令和7年度: 第6.0版");
        guidance.showYear(new FiscalYear(2026));
        List<String> password = guidance.seventhNotes(item("ops.password-policy"));
        assertEquals("パスワードを定期的に変更することは、第7.0版では求められなくなりました。", password.get(0));
        assertTrue(password.get(1).contains("使い回さない") && password.get(1).contains("ロック"), password.toString());
        assertTrue(guidance.seventhNotes(item("ops.two-factor")).get(0).contains("令和9年4月1日"));
        assertTrue(guidance.seventhNotes(item("ops.security-patch")).get(0).contains("みなし遵守"));
        assertTrue(guidance.seventhSource().contains("001716297.pdf")
                && guidance.seventhSource().contains("原文ではありません"));
        assertEquals(List.of(), guidance.seventhNotes(item("org.security-officer")));

        assertFalse(guidance.opensMdsSds(item("ops.mds-sds")), "nothing wired yet");
        List<String> opened = new ArrayList<>();
        guidance.setVendorOpener(() -> opened.add("vendors"));
        assertTrue(guidance.opensMdsSds(item("ops.mds-sds")));
        guidance.openVendors();
        assertEquals(List.of("vendors"), opened);
    }
}
