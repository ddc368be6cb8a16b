package jp.tenken.ui.official;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import jp.tenken.app.AppContext;
import jp.tenken.domain.FiscalYear;
import jp.tenken.domain.edition.FormKind;
import jp.tenken.service.OpenForm;
import jp.tenken.testing.TestWorkbook;
import jp.tenken.ui.checklist.ChecklistViewModel;
import jp.tenken.ui.clauses.ClauseViewModel;
import jp.tenken.ui.common.ImmediateUiExecutor;
import jp.tenken.xlsx.read.OfficialSamples;
import jp.tenken.xlsx.read.OfficialVariants;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The take-in of the ministry's Excel, driven through its view model on real synthetic workbooks with an
 * immediate executor: what the user sees before confirming, that nothing is written before, and that the app's
 * context read again answers the new year on the added edition.
 */
class OfficialImportViewModelTest {
    static final FiscalYear R8 = new FiscalYear(2026);

    @TempDir
    Path dir;
    TestWorkbook wb;
    List<String> added = new ArrayList<>();
    OfficialImportViewModel vm;

    @BeforeEach
    void setUp() {
        wb = TestWorkbook.create(dir.resolve("clinic.tenken"), LocalDate.of(2026, 6, 1));
        vm = new OfficialImportViewModel(wb.context().official(), wb.context().officialMappings(),
                new ImmediateUiExecutor(), added::add);
    }

    @AfterEach
    void close() {
        wb.close();
    }

    private Path catalogFolder() {
        return dir.resolve("catalog");
    }

    @Test
    void theChosenFilesAreSummarisedAndNothingIsAddedBeforeTheConfirmation() throws Exception {
        Path facility = OfficialSamples.facilityStandard(dir.resolve("001716187.xlsx"));
        Path vendor = OfficialSamples.vendorOnly(dir.resolve("001716188.xlsx"));
        assertEquals(TakeInState.CHOOSING, vm.stateProperty().get());

        vm.choose(List.of(facility, vendor));

        assertEquals(TakeInState.READY, vm.stateProperty().get());
        assertEquals(List.of(facility, vendor), vm.files());
        String summary = String.join("\n", vm.summary());
        assertTrue(summary.contains("001716187.xlsx"), summary);
        assertTrue(summary.contains(OfficialSamples.NEW_ITEM + "（新しい項目: r8.2-14）"), summary);
        assertFalse(vm.editionNameProperty().get().isEmpty());
        assertEquals("", vm.errorProperty().get());
        assertFalse(Files.exists(catalogFolder()), "a preview writes nothing");
        assertEquals(List.of(), added);

        vm.cancel();
        assertEquals(TakeInState.CHOOSING, vm.stateProperty().get());
        vm.confirm();
        assertFalse(Files.exists(catalogFolder()), "a cancelled take-in adds nothing");
        assertEquals(List.of(), added);
    }

    @Test
    void confirmingAddsTheEditionAndTheContextReadAgainAnswersTheYearOnIt() throws Exception {
        vm.choose(List.of(OfficialSamples.facilityStandard(dir.resolve("001716187.xlsx")),
                OfficialSamples.vendorOnly(dir.resolve("001716188.xlsx"))));
        String name = vm.editionNameProperty().get();

        vm.confirm();

        assertEquals(TakeInState.ADDED, vm.stateProperty().get());
        assertEquals(List.of(name), added, "the app is told which edition to announce");
        assertTrue(Files.isRegularFile(catalogFolder().resolve("R8-official.json")));
        OpenForm before = wb.checklist().open(R8.previous(), FormKind.FACILITY, null);
        assertEquals("R7", before.edition().edition().id(), "the open context still has the old catalog");
        AppContext reloaded = wb.context().withCatalogReloaded();
        OpenForm r8 = reloaded.checklist().open(R8, FormKind.FACILITY, null);
        assertEquals("R8-official", r8.edition().edition().id());
        assertTrue(r8.edition().exact());

        // 令和8年度版 is based on guideline 第7.0版, whose clauses Tenken does not hold: it says so plainly
        assertFalse(reloaded.guideline().holdsGuidelineFor(R8));
        assertTrue(reloaded.guideline().holdsGuidelineFor(R8.previous()), "令和7年度版 is on 第6.0版");
        String notice = reloaded.guideline().guidelineNotice(R8).orElseThrow();
        assertTrue(notice.contains("第7.0版の条文は収録していません"), notice);
        var table = reloaded.guideline().clauseTable(R8);
        assertEquals("医療情報システムの安全管理に関するガイドライン 第7.0版", table.guidelineTitle());
        assertEquals(1, table.rows().size(), "no 第6.0版 clause is shown as current");
        assertEquals(notice, table.rows().get(0).text());

        // the guidance pane and the clause window say so too, and 令和7年度 does not
        ChecklistViewModel checklist = new ChecklistViewModel(reloaded.checklist(), reloaded.vendors(),
                reloaded.export(), new ImmediateUiExecutor());
        checklist.setGuidelineNotice(reloaded.guideline()::guidelineNotice);
        checklist.load();
        checklist.selectYear(R8);
        assertEquals(notice, checklist.guidance().guidelineNoticeProperty().get());
        checklist.selectYear(R8.previous());
        assertEquals("", checklist.guidance().guidelineNoticeProperty().get());
        ClauseViewModel clauses = new ClauseViewModel(reloaded.guideline(), reloaded.export(),
                new ImmediateUiExecutor());
        clauses.load(R8);
        assertEquals(notice, clauses.guidelineNoticeProperty().get());
        clauses.load(R8.previous());
        assertEquals("", clauses.guidelineNoticeProperty().get());
    }

    @Test
    void aWorkbookThatIsNotTheChecklistShowsWhyAndAddsNothing() throws Exception {
        vm.choose(List.of(OfficialSamples.notAChecklist(dir.resolve("staff.xlsx"))));

        assertEquals(TakeInState.FAILED, vm.stateProperty().get());
        assertTrue(vm.errorProperty().get().contains("「staff.xlsx」はチェックリストの表として読み取れませんでした"),
                vm.errorProperty().get());
        assertTrue(vm.summary().isEmpty());
        vm.confirm();
        assertFalse(Files.exists(catalogFolder()));
        assertEquals(List.of(), added);
    }

    @Test
    void readingAgainAfterAFailureClearsTheError() throws Exception {
        vm.choose(List.of(OfficialSamples.notAChecklist(dir.resolve("staff.xlsx"))));
        assertEquals(TakeInState.FAILED, vm.stateProperty().get());

        vm.choose(List.of(OfficialSamples.facilityStandard(dir.resolve("001716187.xlsx"))));

        assertEquals(TakeInState.READY, vm.stateProperty().get());
        assertEquals("", vm.errorProperty().get());
        assertFalse(vm.summary().isEmpty());
    }

    @Test
    void anUnrecognisedSheetIsTakenInThroughTheColumnsTheUserChooses() throws Exception {
        Path file = OfficialVariants.ambiguousHeaders(dir.resolve("ambiguous.xlsx"));
        vm.choose(List.of(file));
        assertEquals(TakeInState.FAILED, vm.stateProperty().get());
        assertTrue(vm.errorProperty().get().contains("読み取れませんでした"), vm.errorProperty().get());
        assertEquals(List.of("医療機関・薬局確認用"), vm.sheets(), "the sheet is shown to be mapped");
        assertEquals("令和8年度版（合成）", vm.mapping().rows().get(0).get(0));

        vm.formProperty().set(FormChoice.FACILITY);
        vm.mapping().headerRowProperty().set(3);
        assertEquals(4, vm.mapping().firstDataRowProperty().get(), "items start under the header");
        assertEquals("C列：欄3", vm.mapping().describe(2));
        vm.mapping().columnOf("NUMBER").set(0);
        vm.mapping().columnOf("ITEM").set(1);
        assertEquals(TakeInState.FAILED, vm.stateProperty().get(), "no answer column yet");
        vm.mapping().columnOf("ANSWER_1").set(2);
        vm.mapping().columnOf("CHECKED_1").set(3);
        assertEquals(TakeInState.READY, vm.stateProperty().get(), vm.errorProperty().get());
        assertTrue(vm.statedProperty().get());
        String summary = String.join("\n", vm.summary());
        assertTrue(summary.contains(OfficialSamples.SECURITY_OFFICER), summary);
        assertTrue(summary.contains("指定どおり"), "the summary says the columns were stated: " + summary);
        assertTrue(vm.canConfirmProperty().get());
        assertFalse(Files.exists(catalogFolder()), "nothing written before the confirmation");
        vm.confirm();
        assertEquals(TakeInState.ADDED, vm.stateProperty().get(), vm.errorProperty().get());
        assertTrue(Files.isRegularFile(catalogFolder().resolve("R8-official.json")));
    }

    @Test
    void aFileThatPrintsNoYearAsksForOneOnTheScreenAndUsesTheYearChosen() throws Exception {
        vm.setCurrentYear(R8);
        assertTrue(vm.yearChoices().contains(R8) && vm.yearChoices().contains(null), "as printed, or a year");
        vm.choose(List.of(OfficialVariants.noYearAnywhere(dir.resolve("noyear.xlsx"))));
        assertEquals(TakeInState.FAILED, vm.stateProperty().get());
        assertTrue(vm.errorProperty().get().endsWith("年度を選んでください。"), vm.errorProperty().get());
        vm.yearProperty().set(R8);
        assertEquals(TakeInState.READY, vm.stateProperty().get(), vm.errorProperty().get());
        assertTrue(vm.editionNameProperty().get().contains("令和8年度"), vm.editionNameProperty().get());
        assertFalse(vm.statedProperty().get(), "still read by recognition");
    }

    @Test
    void aPreviewWithProblemsNamesTheirRowsAndCannotBeAdded() throws Exception {
        vm.choose(List.of(OfficialVariants.withProblems(dir.resolve("problems.xlsx"))));
        assertEquals(TakeInState.READY, vm.stateProperty().get(), vm.errorProperty().get());
        assertFalse(vm.canConfirmProperty().get());
        assertTrue(vm.summary().get(0).contains("行"), vm.summary().get(0));
        vm.confirm();
        assertEquals(TakeInState.READY, vm.stateProperty().get());
        assertFalse(Files.exists(catalogFolder()), "a preview with problems adds nothing");
    }

    @Test
    void statingTheColumnsAndGoingBackToTheRecognitionReadsTheFileAsRecognisedAgain() throws Exception {
        Path facility = OfficialSamples.facilityStandard(dir.resolve("001716187.xlsx"));
        vm.choose(List.of(facility));
        assertEquals(TakeInState.READY, vm.stateProperty().get());
        String recognised = String.join("\n", vm.summary());
        Integer item = vm.mapping().columnOf("ITEM").get();
        assertTrue(item != null, "the recognised mapping is shown as the starting point");
        vm.mapping().columnOf("NOTE").set(null);
        vm.mapping().columnOf("ITEM").set(null);
        assertEquals(TakeInState.FAILED, vm.stateProperty().get(), "no item column stated");
        assertTrue(vm.statedProperty().get());
        vm.statedProperty().set(false);
        assertEquals(TakeInState.READY, vm.stateProperty().get(), vm.errorProperty().get());
        assertEquals(item, vm.mapping().columnOf("ITEM").get());
        assertEquals(recognised, String.join("\n", vm.summary()));
    }
}
