package jp.tenken.ui.checklist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jp.tenken.domain.FacilityKind;
import jp.tenken.domain.FiscalYear;
import org.junit.jupiter.api.Test;

/** The checklist screen's opening of a workbook and a fiscal year, on a real workbook file, without a toolkit. */
class ChecklistViewModelTest extends ChecklistFixture {

    @Test
    void opensThisYearsFacilityFormWithOneRowPerScope() {
        loadWithFacility();
        assertEquals("令和7年度版 医療機関におけるサイバーセキュリティ対策チェックリスト", vm.header().formTitleProperty().get());
        assertEquals("医療機関確認用", vm.header().formLabelProperty().get());
        assertEquals("", vm.header().editionNoteProperty().get());
        // R7: gate + 1-① + 2-①…⑬ (④⑤ per server/PC, ⑪ server, ⑫ server/PC) + 3-①…④
        assertEquals(22, vm.rows().size());
        assertEquals("1回目：0 / 22 行 回答済み", vm.readiness().progressTextProperty().get());
        assertEquals(22, vm.readiness().flags().size());
    }

    @Test
    void aYearWithoutItsOwnEditionSaysWhichEditionIsUsed() {
        loadWithFacility();
        vm.selectYear(new FiscalYear(2026));
        assertEquals("令和8年度の版は収録されていないため、令和7年度版で回答します。新しい版が公表されたら取り込んでください。",
                vm.header().editionNoteProperty().get());
        assertEquals(new FiscalYear(2026), vm.yearList().selectedYearProperty().get());
        assertTrue(vm.yearList().years().stream().anyMatch(y -> y.year().equals(new FiscalYear(2026))));
        assertTrue(vm.yearList().years().stream().anyMatch(y -> y.year().equals(new FiscalYear(2025))));
    }

    @Test
    void aPharmacyGetsThePharmacyForm() {
        vm.load();
        vm.saveFacility("みどり薬局", FacilityKind.PHARMACY);
        assertEquals("薬局確認用", vm.header().formLabelProperty().get());
    }
}
