package jp.tenken.ui.checklist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import jp.tenken.catalog.Catalog;
import jp.tenken.catalog.CatalogReader;
import jp.tenken.domain.AnswerValue;
import jp.tenken.domain.FacilityKind;
import jp.tenken.domain.FiscalYear;
import jp.tenken.domain.ReadinessFlag;
import jp.tenken.domain.Round;
import jp.tenken.domain.Scope;
import jp.tenken.service.ChecklistService;
import jp.tenken.storage.StorageException;
import jp.tenken.storage.Workbook;
import jp.tenken.ui.common.ImmediateUiExecutor;
import jp.tenken.ui.common.UiExecutor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The checklist screen's rules, driven through its view model on a real workbook file, without a toolkit. */
class ChecklistViewModelTest {
    static final Catalog CATALOG = new CatalogReader().bundled();
    static final LocalDate TODAY = LocalDate.of(2025, 6, 10);

    @TempDir
    Path dir;
    Workbook wb;
    ChecklistService service;
    ChecklistViewModel vm;

    @BeforeEach
    void open() {
        wb = Workbook.create(dir.resolve("vm.tenken"));
        ZoneId z = ZoneId.of("Asia/Tokyo");
        service = new ChecklistService(wb, CATALOG, Clock.fixed(TODAY.atTime(9, 0).atZone(z).toInstant(), z));
        vm = new ChecklistViewModel(service, new jp.tenken.service.ExportService(service), new ImmediateUiExecutor());
    }

    @AfterEach
    void close() {
        wb.close();
    }

    private void loadWithFacility() {
        vm.load();
        assertTrue(vm.needsFacilityProperty().get(), "first run asks for the facility");
        vm.saveFacility("さくら内科クリニック", FacilityKind.CLINIC);
        assertFalse(vm.needsFacilityProperty().get());
    }

    private RowViewModel row(String key, Scope scope) {
        return vm.rows().stream().filter(r -> r.item().key().equals(key) && r.scope() == scope).findFirst().orElseThrow();
    }

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
    void anAnswerIsSavedAtOnceWithTodayAsTheDateChecked() {
        loadWithFacility();
        RowViewModel ledger = row("ops.device-ledger", Scope.ALL);
        vm.answers().answer(ledger, Round.FIRST, AnswerValue.YES);
        assertEquals(TODAY, ledger.checkedOnProperty(Round.FIRST).get());
        assertFalse(ledger.pendingProperty().get());
        assertEquals("保存しました", vm.statusProperty().get());
        var saved = service.open(new FiscalYear(2025), service.ownForm(), null).answers()
                .get(ledger.key(), Round.FIRST);
        assertEquals(AnswerValue.YES, saved.value());
        assertEquals(TODAY, saved.checkedOn());
        assertEquals("1回目：1 / 22 行 回答済み", vm.readiness().progressTextProperty().get());
    }

    @Test
    void aNoNeedsATargetInsideTheYearAndTheHeaderCountsIt() {
        loadWithFacility();
        RowViewModel patch = row("ops.security-patch", Scope.ALL);
        vm.answers().answer(patch, Round.FIRST, AnswerValue.NO);
        assertTrue(patch.targetMissingProperty().get(), "目標日 is asked for");
        assertTrue(vm.readiness().flags().stream().anyMatch(f -> f.kind() == ReadinessFlag.Kind.NO_TARGET_DATE));
        vm.answers().setTarget(patch, LocalDate.of(2026, 4, 30));
        assertNull(patch.targetProperty().get(), "a target outside the fiscal year is refused and put back");
        assertTrue(patch.errorProperty().get().contains("年度"), patch.errorProperty().get());
        vm.answers().setTarget(patch, LocalDate.of(2025, 12, 1));
        assertFalse(patch.targetMissingProperty().get());
        assertEquals("いいえ：1 件（最も早い目標日 令和7年12月1日）", vm.readiness().noCountTextProperty().get());
        // はい clears the target
        vm.answers().answer(patch, Round.FIRST, AnswerValue.YES);
        assertNull(patch.targetProperty().get());
    }

    @Test
    void anOverdueTargetIsFlaggedAndHighlighted() {
        loadWithFacility();
        RowViewModel bcp = row("incident.bcp", Scope.NONE);
        vm.answers().answer(bcp, Round.FIRST, AnswerValue.NO);
        vm.answers().setCheckedOn(bcp, Round.FIRST, LocalDate.of(2025, 4, 2));
        vm.answers().setTarget(bcp, LocalDate.of(2025, 5, 31));
        assertTrue(bcp.overdueProperty().get());
        assertTrue(vm.readiness().overdueProperty().get());
        ReadinessFlag f = vm.readiness().flags().stream().filter(x -> x.kind() == ReadinessFlag.Kind.TARGET_OVERDUE).findFirst().orElseThrow();
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

    @Test
    void secondRoundRulesAndUndo() {
        loadWithFacility();
        RowViewModel log = row("ops.access-log", Scope.SERVER);
        vm.answers().answer(log, Round.SECOND, AnswerValue.YES);
        assertEquals(AnswerValue.UNANSWERED, log.valueProperty(Round.SECOND).get(), "no 2回目 before a 1回目");
        assertTrue(vm.statusProperty().get().contains("先に1回目"), vm.statusProperty().get());
        vm.answers().answer(log, Round.FIRST, AnswerValue.NO);
        vm.answers().setTarget(log, LocalDate.of(2025, 9, 1));
        vm.answers().answer(log, Round.SECOND, AnswerValue.YES);
        assertEquals(AnswerValue.YES, log.valueProperty(Round.SECOND).get());
        assertTrue(vm.answers().undo());
        assertEquals(AnswerValue.UNANSWERED, log.valueProperty(Round.SECOND).get());
        assertTrue(vm.answers().undo());
        assertNull(log.targetProperty().get());
        assertTrue(vm.answers().undo());
        assertEquals(AnswerValue.UNANSWERED, log.valueProperty(Round.FIRST).get());
        assertFalse(vm.answers().undo());
        var saved = service.open(new FiscalYear(2025), service.ownForm(), null).answers().get(log.key(), Round.FIRST);
        assertEquals(AnswerValue.UNANSWERED, saved.value(), "undo is saved too");
    }

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
        assertTrue(vm.rowFilter().visibleRows().stream().allMatch(r -> r.scope() == Scope.TERMINAL || r.item().text().contains("端末PC")));
    }

    @Test
    void aFailedSaveKeepsTheValueOnScreenUntilARetrySucceeds() throws Exception {
        loadWithFacility();
        FailingExecutor failing = new FailingExecutor();
        ChecklistViewModel vm2 = new ChecklistViewModel(service, new jp.tenken.service.ExportService(service), failing);
        vm2.load();
        RowViewModel ledger = vm2.rows().stream().filter(r -> r.item().key().equals("ops.device-ledger")).findFirst().orElseThrow();
        failing.fail = true;
        vm2.answers().answer(ledger, Round.FIRST, AnswerValue.YES);
        assertEquals(AnswerValue.YES, ledger.valueProperty(Round.FIRST).get(), "the value stays on screen");
        assertTrue(ledger.pendingProperty().get());
        assertTrue(vm2.answers().saveFailedProperty().get());
        assertTrue(vm2.statusProperty().get().contains("ディスクの空き容量"), vm2.statusProperty().get());
        failing.fail = false;
        vm2.answers().retryPending();
        assertFalse(ledger.pendingProperty().get());
        assertFalse(vm2.answers().saveFailedProperty().get());
        assertEquals(AnswerValue.YES, service.open(new FiscalYear(2025), service.ownForm(), null).answers()
                .get(ledger.key(), Round.FIRST).value());
        assertTrue(Files.exists(wb.file()));
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

    @Test
    void exportsThePackOffTheFxThreadAndSaysWhereItWent() throws Exception {
        loadWithFacility();
        vm.answers().answer(row("ops.device-ledger", Scope.ALL), Round.FIRST, AnswerValue.YES);
        assertEquals("さくら内科クリニック_立入検査用_令和7年度.xlsx", vm.exports().suggestedExportName(true));
        Path out = dir.resolve(vm.exports().suggestedExportName(true));
        vm.exports().export(true, out);
        assertTrue(Files.size(out) > 5000);
        assertEquals(1.0, vm.exports().exportProgressProperty().get());
        assertTrue(vm.statusProperty().get().contains("出力しました"), vm.statusProperty().get());
        vm.exports().export(false, dir.resolve("missing").resolve("x.xlsx"));
        assertTrue(vm.errorMessageProperty().get().contains("見つかりません"), vm.errorMessageProperty().get());
    }

    /** Runs work at once, failing saves with a disk-full error while {@code fail} is set. */
    static final class FailingExecutor implements UiExecutor {
        volatile boolean fail;
        private final ImmediateUiExecutor inner = new ImmediateUiExecutor();

        @Override
        public <T> void submit(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
            if (fail) {
                onFailure.accept(new StorageException(StorageException.Kind.DISK_FULL, Path.of("vm.tenken"), null));
                return;
            }
            inner.submit(work, onSuccess, onFailure);
        }

        @Override
        public void onUiThread(Runnable r) {
            r.run();
        }

        @Override
        public void later(Runnable r) {
            r.run();
        }
    }
}
