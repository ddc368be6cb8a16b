package jp.tenken.ui.checklist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jp.tenken.domain.FiscalYear;
import jp.tenken.domain.year.FacilityKind;
import org.junit.jupiter.api.Test;

/** The checklist screen's opening of a workbook and a fiscal year, on a real workbook file, without a toolkit. */
class ChecklistViewModelTest extends ChecklistFixture {

    @Test
    void opensThisYearsFacilityFormWithOneRowPerScope() {
        loadWithFacility();
        assertEquals("令和7年度版 医療機関におけるサイバーセキュリティ対策チェックリスト", vm.header().formTitleProperty().get());
        assertEquals("医療機関確認用", vm.header().formLabelProperty().get());
        assertEquals("", vm.edition().textProperty().get(), "a year on its own edition has no banner");
        // R7: gate + 1-① + 2-①…⑬ (④⑤ per server/PC, ⑪ server, ⑫ server/PC) + 3-①…④
        assertEquals(22, vm.rows().size());
        assertEquals("1回目：0 / 22 行 回答済み", vm.readiness().progressTextProperty().get());
        assertEquals(22, vm.readiness().flags().size());
    }

    @Test
    void aYearWithoutItsOwnEditionSaysWhichFilesToTakeInAndOffersLastYearsItemsAsAChoice() {
        loadWithFacility();
        vm.selectYear(new FiscalYear(2026));
        YearEditionViewModel banner = vm.edition();
        String text = banner.textProperty().get();
        assertTrue(text.startsWith("令和8年度版はまだ取り込まれていません。"), text);
        assertTrue(text.contains("001716187.xlsx（医療機関・薬局確認用）と 001716188.xlsx（事業者確認用）"), text);
        assertTrue(text.contains("第7.0版"), text);
        assertTrue(banner.canTakeInProperty().get());
        assertTrue(banner.canChooseOlderProperty().get());
        assertEquals("令和7年度版の項目で回答する", banner.olderLabelProperty().get());
        banner.takeIn();
        assertEquals(1, takeIns, "the banner's button opens the take-in");
        assertEquals("令和8年度の点検を令和7年度版の項目で行っています", banner.olderNoteProperty().get(),
                "the readiness line says it too");

        banner.chooseOlderForm();
        assertEquals("令和8年度の点検を令和7年度版の項目で行っています。令和8年度版を取り込むと、それまでの回答を移せます。",
                banner.textProperty().get());
        assertFalse(banner.canChooseOlderProperty().get());
        assertTrue(banner.canTakeInProperty().get(), "the take-in stays one click away");
        assertEquals(new FiscalYear(2026), vm.yearList().selectedYearProperty().get());
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
