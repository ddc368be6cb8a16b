package jp.tenken.ui.checklist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import jp.tenken.domain.FiscalYear;
import jp.tenken.domain.edition.Scope;
import jp.tenken.domain.year.AnswerValue;
import jp.tenken.domain.year.ReadinessFlag;
import jp.tenken.domain.year.Round;
import jp.tenken.storage.StorageException;
import jp.tenken.ui.common.ImmediateUiExecutor;
import jp.tenken.ui.common.UiExecutor;
import org.junit.jupiter.api.Test;

/** Answers saved at once, refused with a reason, kept on screen when a save fails, and undone. */
class AnswersViewModelTest extends ChecklistFixture {

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
        assertEquals(LocalDate.of(2026, 4, 30), patch.targetProperty().get(),
                "a refused target stays on screen to be corrected");
        assertNull(patch.saved(Round.FIRST).targetDate(), "a target outside the fiscal year is refused");
        assertTrue(patch.errorProperty().get().contains("年度"), patch.errorProperty().get());
        // a date after the year may be kept as a plan, once asked; left alone, it stays refused
        var question = vm.answers().planQuestionProperty().get();
        assertNotNull(question, "the clerk is asked whether it is a plan for a later year");
        assertTrue(question.message().startsWith("目標日 令和8年4月30日 は令和7年度の外のため"), question.message());
        vm.answers().dropPlan();
        assertNull(patch.saved(Round.FIRST).targetDate());
        vm.answers().setTarget(patch, LocalDate.of(2026, 5, 31));
        vm.answers().recordPlan();
        assertEquals(LocalDate.of(2026, 5, 31), patch.saved(Round.FIRST).targetDate());
        assertEquals("目標日 令和8年5月31日 を年度外の計画として記録しました。", vm.statusProperty().get());
        // a date before the year is never a plan
        vm.answers().setTarget(patch, LocalDate.of(2025, 3, 1));
        assertNull(vm.answers().planQuestionProperty().get());
        vm.answers().setTarget(patch, LocalDate.of(2025, 12, 1));
        assertFalse(patch.targetMissingProperty().get());
        assertEquals("いいえ：1 件（最も早い目標日 令和7年12月1日）", vm.readiness().noCountTextProperty().get());
        // はい clears the target
        vm.answers().answer(patch, Round.FIRST, AnswerValue.YES);
        assertNull(patch.targetProperty().get());
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
    void aFailedSaveKeepsTheValueOnScreenUntilARetrySucceeds() throws Exception {
        loadWithFacility();
        FailingExecutor failing = new FailingExecutor();
        ChecklistViewModel vm2 = newViewModel(failing);
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
