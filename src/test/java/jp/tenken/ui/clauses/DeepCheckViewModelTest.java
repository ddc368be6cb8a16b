package jp.tenken.ui.clauses;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jp.tenken.domain.guideline.DeepCheckValue;
import org.junit.jupiter.api.Test;

/** The deep self-check of a 遵守事項, saved at once in the workbook and counted per chapter. */
class DeepCheckViewModelTest extends ClauseFixture {

    @Test
    void theDeepSelfCheckIsSavedAtOnceAndCountedPerChapter() {
        vm.load(FY);
        vm.select(vm.nodeOf("シ14-①").orElseThrow());
        assertTrue(vm.deepCheck().checkableProperty().get());
        vm.deepCheck().setValue(DeepCheckValue.DONE);
        vm.deepCheck().setNote("ID管理台帳あり");
        vm.select(vm.nodeOf("シ14-⑤").orElseThrow());
        vm.deepCheck().setValue(DeepCheckValue.NOT_DONE);
        assertEquals("自己点検 2/6", chapter(OPS, "14").progressProperty().get());
        assertEquals(2, wb.workbook().deepChecks().load(FY).size(), "saved in the workbook");

        ClauseViewModel again = newViewModel();
        again.load(FY);
        again.select(again.nodeOf("シ14-①").orElseThrow());
        assertEquals(DeepCheckValue.DONE, again.deepCheck().valueProperty().get());
        assertEquals("ID管理台帳あり", again.deepCheck().noteProperty().get());
        again.deepCheck().setValue(null);
        assertEquals(null, wb.workbook().deepChecks().load(FY).stream().filter(d -> d.clauseRef().equals("シ14-①"))
                .findFirst().orElseThrow().value(), "pressing the answer again clears it");
        again.select(chapter(OPS, "14"));
        assertFalse(again.deepCheck().checkableProperty().get(), "only a 遵守事項 is answered");
    }

    @Test
    void nothingIsAnsweredBeforeAYearIsLoaded() {
        DeepCheckViewModel deep = vm.deepCheck();
        vm.select(vm.nodeOf("シ14-①").orElseThrow());
        assertFalse(deep.checkableProperty().get(), "no year, nowhere to save");
        assertEquals(null, deep.valueProperty().get());
        assertEquals("", deep.noteProperty().get());
        vm.load(FY);
        assertTrue(deep.checkableProperty().get(), "loading the year makes the selected clause answerable");
    }
}
