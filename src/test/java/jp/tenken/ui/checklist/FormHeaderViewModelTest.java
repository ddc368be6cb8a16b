package jp.tenken.ui.checklist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jp.tenken.domain.year.FacilityKind;
import org.junit.jupiter.api.Test;

/** The header names the facility, the edition and the form as the ministry prints them. */
class FormHeaderViewModelTest extends ChecklistFixture {

    @Test
    void namesTheFacilityAndTheForm() {
        FormHeaderViewModel header = vm.header();
        assertEquals("", header.formTitleProperty().get(), "empty until a form opens");
        loadWithFacility();
        assertEquals("さくら内科クリニック", header.facilityNameProperty().get());
        assertEquals("令和7年度版 医療機関におけるサイバーセキュリティ対策チェックリスト", header.formTitleProperty().get());
        assertEquals("医療機関確認用", header.formLabelProperty().get());
        assertEquals("", header.removedItemsProperty().get(), "no earlier year in this workbook");
        // 令和7年度版 has items whose wording is still being checked: a plain ※ on their rows and this one line
        assertEquals("※印の項目の文言は厚生労働省の原本と照合中です", header.wordingNoteProperty().get());
        String first = header.firstUnverifiedItem();
        assertTrue(vm.rows().stream().anyMatch(r -> r.item().key().equals(first) && !r.item().verified()), first);
        assertTrue(vm.revealItem(first));
        assertEquals(first, vm.guidance().itemProperty().get().key(), "the guidance pane shows its detail");
    }

    @Test
    void aFacilityNameWithCharactersAFileCannotHoldStillGivesAnExportName() {
        vm.load();
        vm.saveFacility("さくら/内科:クリニック", FacilityKind.CLINIC);
        assertEquals("さくら/内科:クリニック", vm.header().facilityNameProperty().get());
        assertEquals("さくら_内科_クリニック_立入検査用_令和7年度.xlsx", vm.exports().suggestedExportName(true));
    }
}
