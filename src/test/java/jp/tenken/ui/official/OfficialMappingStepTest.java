package jp.tenken.ui.official;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import jp.tenken.domain.FiscalYear;
import jp.tenken.domain.edition.FormKind;
import jp.tenken.testing.TestWorkbook;
import jp.tenken.ui.common.ImmediateUiExecutor;
import jp.tenken.ui.common.UiExecutor;
import jp.tenken.xlsx.read.OfficialSamples;
import jp.tenken.xlsx.read.OfficialVariants;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The mapping step of the take-in, through its view model on synthetic workbooks of our own: a chosen sheet stays
 * chosen with the form, year and columns however often the file is read again; the status line names the cause;
 * a mapping the user stated is offered again for the same file and for the same table.
 */
class OfficialMappingStepTest {
    static final FiscalYear R8 = new FiscalYear(2026);

    @TempDir
    Path dir;
    TestWorkbook wb;

    @BeforeEach
    void setUp() {
        wb = TestWorkbook.create(dir.resolve("clinic.tenken"), LocalDate.of(2026, 6, 1));
    }

    @AfterEach
    void close() {
        wb.close();
    }

    private OfficialImportViewModel vm(UiExecutor executor) {
        OfficialImportViewModel vm = new OfficialImportViewModel(wb.context().official(),
                wb.context().officialMappings(), executor, name -> { });
        vm.setCurrentYear(R8);
        return vm;
    }

    @Test
    void aChosenSheetStaysWithItsFormYearAndColumnsWhenTheFileIsReadAgain() throws Exception {
        QueuedUiExecutor worker = new QueuedUiExecutor();
        OfficialImportViewModel vm = vm(worker);
        vm.choose(List.of(MappingWorkbooks.exampleFirst(dir.resolve("001716187.xlsx"))));
        worker.runAll();
        assertEquals(MappingWorkbooks.FORM, vm.sheetProperty().get(), "the form's own sheet, not the example first");
        assertEquals("シート「記入例」は記入例のため読まず、シート「医療機関・薬局確認用」の表を読みました。"
                + "違っていれば「シート」で選び直してください。", vm.statusProperty().get());
        assertFalse(vm.changedProperty().get());

        // the user looks at the example on purpose: it stays shown, is never taken as the form, and says so
        vm.showSheet(MappingWorkbooks.EXAMPLE);
        worker.runAll();
        assertEquals(MappingWorkbooks.EXAMPLE, vm.sheetProperty().get());
        assertTrue(vm.statusProperty().get().startsWith("シート「記入例」は記入例です。"), vm.statusProperty().get());
        assertTrue(vm.statusProperty().get().contains("「医療機関・薬局確認用」"), "names the sheet to choose");

        vm.showSheet(MappingWorkbooks.FORM);
        vm.showSheet(MappingWorkbooks.FORM); // the sheet list echoing the choice while it is read
        worker.runAll();
        assertEquals(MappingWorkbooks.FORM, vm.sheetProperty().get());
        assertTrue(vm.statedProperty().get(), "the chosen sheet is read, not the recognised one");
        vm.formProperty().set(FormChoice.FACILITY);
        vm.yearProperty().set(R8);
        vm.mapping().columnOf("TARGET_1").set(null);
        worker.runAll();

        vm.preview(); // read again, and again with a late result of an earlier read still to come
        vm.preview();
        worker.runAll();

        assertEquals(MappingWorkbooks.FORM, vm.sheetProperty().get());
        assertEquals(FormChoice.FACILITY, vm.formProperty().get());
        assertEquals(R8, vm.yearProperty().get());
        assertNull(vm.mapping().columnOf("TARGET_1").get());
        assertEquals(1, vm.mapping().columnOf("ITEM").get());
        assertEquals(TakeInState.READY, vm.stateProperty().get(), vm.errorProperty().get());
        String summary = String.join("\n", vm.summary());
        assertTrue(summary.contains("シート「医療機関・薬局確認用」"), summary);
        assertFalse(summary.contains("シート「記入例」"), summary);
        assertFalse(summary.contains("R8-official"), "the edition is named by its title: " + summary);
        assertTrue(summary.contains("令和8年度版"), summary);
        assertEquals("指定した列の対応で読み取っています。", vm.statusProperty().get());
        assertTrue(vm.changedProperty().get(), "closing now asks first");
    }

    @Test
    void aStatedMappingIsOfferedAgainForTheSameFileAndForAFileWithTheSameTable() throws Exception {
        Path first = MappingWorkbooks.unlabelled(dir.resolve("checklist.xlsx"), false);
        OfficialImportViewModel vm = vm(new ImmediateUiExecutor());
        vm.choose(List.of(first));
        assertEquals(TakeInState.FAILED, vm.stateProperty().get());
        vm.showSheet("チェックリスト");
        assertTrue(vm.statusProperty().get().contains("「チェック項目」「1回目 はい・いいえ」の列を選んで"),
                vm.statusProperty().get());
        vm.formProperty().set(FormChoice.FACILITY);
        vm.mapping().headerRowProperty().set(3);
        vm.mapping().columnOf("NUMBER").set(0);
        vm.mapping().columnOf("ITEM").set(1);
        vm.mapping().columnOf("ANSWER_1").set(2);
        vm.mapping().columnOf("CHECKED_1").set(3);
        assertEquals(TakeInState.READY, vm.stateProperty().get(), vm.errorProperty().get());
        vm.confirm();
        assertEquals(TakeInState.ADDED, vm.stateProperty().get(), vm.errorProperty().get());
        assertTrue(Files.isRegularFile(dir.resolve("catalog/mappings/official-mappings.json")));
        assertEquals("令和8年度版", wb.context().withCatalogReloaded().checklist().open(R8,
                FormKind.FACILITY, null).edition().edition().name(),
                "the catalog, read again beside the kept mapping, holds the edition added");

        OfficialImportViewModel again = vm(new ImmediateUiExecutor());
        again.choose(List.of(first));
        assertEquals(TakeInState.READY, again.stateProperty().get(), again.errorProperty().get());
        assertTrue(again.statusProperty().get().startsWith("前回と同じ対応づけを使いました"),
                again.statusProperty().get());
        assertEquals("チェックリスト", again.sheetProperty().get());
        assertEquals(3, again.mapping().headerRowProperty().get());
        assertEquals(2, again.mapping().columnOf("ANSWER_1").get());
        assertEquals(FormChoice.FACILITY, again.formProperty().get());
        assertTrue(again.statedProperty().get());
        assertFalse(again.changedProperty().get(), "nothing to discard: the user changed nothing");

        Path corrected = MappingWorkbooks.unlabelled(dir.resolve("checklist-corrected.xlsx"), true);
        OfficialImportViewModel next = vm(new ImmediateUiExecutor());
        next.choose(List.of(corrected));
        assertEquals(TakeInState.READY, next.stateProperty().get(), next.errorProperty().get());
        assertTrue(next.statusProperty().get().contains("同じ見出しの表を前に取り込んだとき"),
                next.statusProperty().get());
        assertTrue(String.join("\n", next.summary()).contains(MappingWorkbooks.PATCH), "the corrected file is read");
    }

    @Test
    void theStatusLineNamesTheCauseAndWhatToChoose() throws Exception {
        OfficialImportViewModel vm = vm(new ImmediateUiExecutor());

        vm.choose(List.of(OfficialVariants.noYearAnywhere(dir.resolve("noyear.xlsx"))));
        assertEquals("ファイルに「令和○年度」の表記がなく、年度が分かりません。上の「年度」で年度を選んでください。",
                vm.statusProperty().get());

        Path text = Files.writeString(dir.resolve("notes.xlsx"), "not a workbook");
        vm.choose(List.of(text));
        assertTrue(vm.statusProperty().get().startsWith("このファイルは取り込めません"), vm.statusProperty().get());
        assertTrue(vm.errorProperty().get().contains("notes.xlsx"), vm.errorProperty().get());

        vm.choose(List.of(OfficialVariants.coverSheetFirst(dir.resolve("cover.xlsx"))));
        assertEquals("医療機関・薬局確認用", vm.sheetProperty().get(), "the table's sheet is shown first");
        vm.showSheet("表紙");
        assertEquals(TakeInState.FAILED, vm.stateProperty().get());
        assertEquals("シート「表紙」にはチェックリストの表が見つかりません。「シート」で「医療機関・薬局確認用」を選んでください。",
                vm.statusProperty().get());

        vm.choose(List.of(MappingWorkbooks.exampleFirst(dir.resolve("example.xlsx"))));
        vm.showSheet(MappingWorkbooks.EXAMPLE);
        vm.mapping().columnOf("ITEM").set(null);
        assertEquals(TakeInState.FAILED, vm.stateProperty().get());
        assertTrue(vm.statusProperty().get().startsWith("シート「記入例」は記入例です。"), vm.statusProperty().get());
    }

    @Test
    void aFileNotShownIsStillReadThroughItsRememberedMappingAndRecognitionCanBeChosenAgain() throws Exception {
        Path facility = OfficialSamples.facilityStandard(dir.resolve("001716187.xlsx"));
        Path vendor = MappingWorkbooks.unlabelled(dir.resolve("vendor.xlsx"), false);
        OfficialImportViewModel vm = vm(new ImmediateUiExecutor());
        vm.choose(List.of(facility, vendor));
        vm.showFile(vendor);
        vm.showSheet("チェックリスト");
        vm.formProperty().set(FormChoice.VENDOR);
        vm.mapping().headerRowProperty().set(3);
        vm.mapping().columnOf("ITEM").set(1);
        vm.mapping().columnOf("ANSWER_1").set(2);
        assertEquals(TakeInState.READY, vm.stateProperty().get(), vm.errorProperty().get());
        vm.confirm();
        assertEquals(TakeInState.ADDED, vm.stateProperty().get(), vm.errorProperty().get());

        OfficialImportViewModel again = vm(new ImmediateUiExecutor());
        again.choose(List.of(facility, vendor));
        assertEquals(facility, again.shownFileProperty().get());
        assertEquals(TakeInState.READY, again.stateProperty().get(), again.errorProperty().get());
        String summary = String.join("\n", again.summary());
        assertTrue(summary.contains("シート「チェックリスト」"), "the vendor's file is read as remembered: " + summary);

        again.showFile(vendor);
        assertTrue(again.statusProperty().get().startsWith("前回と同じ対応づけを使いました"));
        again.statedProperty().set(false); // back to recognition: the memory is not forced on the user again
        assertFalse(again.statedProperty().get());
        assertEquals(TakeInState.FAILED, again.stateProperty().get(), "the vendor's file is not recognised alone");
    }
}
