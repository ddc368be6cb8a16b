package jp.tenken.ui.checklist;

import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Objects;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import jp.tenken.domain.Wareki;
import jp.tenken.domain.year.Answer;
import jp.tenken.domain.year.AnswerValue;
import jp.tenken.domain.year.Round;
import jp.tenken.i18n.Messages;
import jp.tenken.service.AnswerRejectedException;
import jp.tenken.service.ChecklistService;
import jp.tenken.service.OpenForm;
import jp.tenken.ui.common.UiExecutor;

/**
 * The answer commands of the checklist: はい/いいえ, dates, note, each saved at once off the FX thread. A failed
 * save keeps the value on screen, marked 未保存, until a retry succeeds; Ctrl+Z undoes the last answer change.
 */
public final class AnswersViewModel {

    /** What the answer commands ask of the screen they belong to, and nothing more. */
    interface Screen {
        /** The form on screen, or null while none is open. */
        OpenForm open();

        List<RowViewModel> rows();

        ObjectProperty<RowViewModel> selectedRowProperty();

        void showStatus(String text);

        /** The open year is finalised (年度を確定): its answers are not changed until it is opened again. */
        default boolean yearFinal() {
            return false;
        }

        /** The readiness line, year list and filter follow the answers just changed. */
        void refreshReadiness();
    }

    private final BooleanProperty saveFailed = new SimpleBooleanProperty(false);
    private final ObjectProperty<PlanQuestion> planQuestion = new SimpleObjectProperty<>();

    /**
     * A 目標日 after the year (or the item's deadline) that was refused but may be kept as a plan for a later year
     * once the clerk confirms it: the row, the answer as typed, and what to ask.
     */
    public record PlanQuestion(RowViewModel row, Round round, Answer answer, String message) {
    }
    private final ChecklistService service;
    private final UiExecutor executor;
    private final Screen screen;
    private final Deque<Answer> undo = new ArrayDeque<>();

    AnswersViewModel(ChecklistService service, UiExecutor executor, Screen screen) {
        this.service = service;
        this.executor = executor;
        this.screen = screen;
    }

    /** A refused 目標日 the clerk may confirm as a plan for a later year (the view asks); null when none. */
    public ReadOnlyObjectProperty<PlanQuestion> planQuestionProperty() {
        return planQuestion;
    }

    /** Keeps the 目標日 asked about as a plan for a later year: saved as typed, and said so on the status line. */
    public void recordPlan() {
        PlanQuestion q = planQuestion.get();
        planQuestion.set(null);
        if (q == null || screen.open() == null) {
            return;
        }
        q.row().show(q.answer());
        undo.push(q.row().saved(q.round()));
        save(q.row(), q.round(), q.answer(), true);
    }

    /** Leaves the refused 目標日 on screen, marked, to be corrected. */
    public void dropPlan() {
        planQuestion.set(null);
    }

    /** True while a save failed and a row is still 未保存 (the status bar offers a retry). */
    public ReadOnlyBooleanProperty saveFailedProperty() {
        return saveFailed;
    }

    /**
     * はい or いいえ for a round; the 確認日 is set to today when the row had none, unless the year has ended (a past
     * year typed in from paper: its date is the one on the paper, and the readiness line asks for it).
     */
    public void answer(RowViewModel row, Round round, AnswerValue value) {
        if (!editable(row)) {
            return;
        }
        Answer before = row.current(round);
        row.setValue(round, value);
        boolean ended = screen.open().assessment().year().lastDay().isBefore(service.today());
        if (value != AnswerValue.UNANSWERED && row.checkedOnProperty(round).get() == null && !ended) {
            row.setCheckedOn(round, service.today());
        }
        if (value == AnswerValue.UNANSWERED) {
            row.setCheckedOn(round, null);
        }
        if (value != AnswerValue.NO && round == Round.FIRST) {
            row.setTarget(null);
        }
        commit(row, round, before);
    }

    public void setCheckedOn(RowViewModel row, Round round, LocalDate date) {
        if (!editable(row) || Objects.equals(row.checkedOnProperty(round).get(), date)) {
            return;
        }
        Answer before = row.current(round);
        row.setCheckedOn(round, date);
        commit(row, round, before);
    }

    /** The 「今日」 key: the round's 確認日 becomes today. */
    public void checkedToday(RowViewModel row, Round round) {
        setCheckedOn(row, round, service.today());
    }

    public void setTarget(RowViewModel row, LocalDate date) {
        if (!editable(row) || Objects.equals(row.targetProperty().get(), date)) {
            return;
        }
        Answer before = row.current(Round.FIRST);
        row.setTarget(date);
        commit(row, Round.FIRST, before);
    }

    public void setNote(RowViewModel row, String text) {
        String t = text == null ? "" : text;
        if (!editable(row) || row.saved(Round.FIRST).note().equals(t) && !row.pendingProperty().get()) {
            return;
        }
        Answer before = row.saved(Round.FIRST);
        row.setNote(t);
        commit(row, Round.FIRST, before);
    }

    /**
     * 「前年度と同じ」: the row's 1回目 takes last year's answer, checked today (saved and logged like any answer).
     * False when last year has no answer to this row.
     */
    public boolean sameAsLastYear(RowViewModel row) {
        AnswerValue previous = row == null ? AnswerValue.UNANSWERED : row.previousFirst();
        if (screen.yearFinal() && !editable(row)) {
            return false;
        }
        if (previous == AnswerValue.UNANSWERED || !editable(row)) {
            screen.showStatus(Messages.get("checklist.same.none"));
            return false;
        }
        Answer before = row.current(Round.FIRST);
        row.setValue(Round.FIRST, previous);
        row.setCheckedOn(Round.FIRST, service.today()); // confirmed today: one change, one undo
        if (previous != AnswerValue.NO) {
            row.setTarget(null);
        }
        commit(row, Round.FIRST, before);
        screen.showStatus(Messages.get("checklist.same.done", row.item().gate() ? "" : row.item().number()));
        return true;
    }

    /** The rows still unanswered this year whose last year's 1回目 was はい: what 「前年度と同じ」 for all would set. */
    public List<RowViewModel> unansweredYesLastYear() {
        return screen.rows().stream().filter(r -> !r.isAnswered() && !r.disabledProperty().get()
                && r.previousFirst() == AnswerValue.YES).toList();
    }

    /** Confirms each of {@code rows} as 「前年度と同じ」 (after the list was shown and accepted). */
    public void sameAsLastYear(List<RowViewModel> rows) {
        if (screen.yearFinal() && !editable(null)) {
            return;
        }
        for (RowViewModel r : rows) {
            sameAsLastYear(r);
        }
        screen.showStatus(Messages.get("checklist.same.all.done", rows.size()));
    }

    /** Saves again every row still marked 未保存 (after a disk-full or a missing drive). */
    public void retryPending() {
        for (RowViewModel r : screen.rows()) {
            if (r.pendingProperty().get()) {
                for (Round round : Round.values()) {
                    if (!r.current(round).sameContent(r.saved(round))) {
                        save(r, round, r.current(round));
                    }
                }
            }
        }
    }

    /** Ctrl+Z: the last answer change is put back (and saved). */
    public boolean undo() {
        if (undo.isEmpty() || screen.open() == null) {
            screen.showStatus(Messages.get("checklist.nothingToUndo"));
            return false;
        }
        Answer previous = undo.pop();
        RowViewModel row = screen.rows().stream().filter(r -> r.key().equals(previous.row())).findFirst().orElse(null);
        if (row == null) {
            return false;
        }
        row.show(previous);
        screen.selectedRowProperty().set(row);
        save(row, previous.round(), row.current(previous.round()));
        screen.showStatus(Messages.get("checklist.undone"));
        return true;
    }

    /** A new form is open: nothing to undo, nothing failed. */
    void reset() {
        undo.clear();
    }

    void clearFailure() {
        saveFailed.set(false);
    }

    private boolean editable(RowViewModel row) {
        if (screen.open() != null && screen.yearFinal()) {
            // said before anything is tried: a finalised year stays as the 立入検査 saw it
            screen.showStatus(Messages.get("checklist.year.final", screen.open().assessment().year().label()));
            return false;
        }
        return screen.open() != null && row != null && !row.disabledProperty().get();
    }

    private void commit(RowViewModel row, Round round, Answer before) {
        Answer now = row.current(round);
        if (now.sameContent(row.saved(round)) && !row.pendingProperty().get()) {
            screen.refreshReadiness();
            return;
        }
        undo.push(before);
        save(row, round, now);
    }

    private void save(RowViewModel row, Round round, Answer answer) {
        save(row, round, answer, false);
    }

    private void save(RowViewModel row, Round round, Answer answer, boolean plan) {
        row.setPending(true);
        screen.showStatus(Messages.get("checklist.saving"));
        screen.refreshReadiness();
        var assessment = screen.open().assessment();
        executor.submit(() -> service.saveAnswer(assessment, answer, plan), saved -> {
            row.markSaved(saved);
            if (row.current(round).sameContent(saved)) {
                row.setPending(false);
                row.setError("");
            }
            if (screen.rows().stream().noneMatch(r -> r.pendingProperty().get())) {
                saveFailed.set(false);
                screen.showStatus(Messages.get("checklist.saved"));
            }
            if (plan && answer.targetDate() != null) {
                screen.showStatus(Messages.get("checklist.plan.recorded", Wareki.format(answer.targetDate())));
            }
            screen.refreshReadiness();
        }, e -> {
            failed(row, round, e);
            screen.refreshReadiness();
        });
    }

    private void failed(RowViewModel row, Round round, Throwable e) {
        if (e instanceof AnswerRejectedException rejected) {
            // A refused date stays on screen, marked, with the reason, so it can be corrected; a refused はい/いいえ
            // is put back. The workbook keeps what was saved before either way.
            if (row.current(round).value() != row.saved(round).value()) {
                row.show(row.saved(round));
            }
            row.setError(rejected.getMessage()); // before the save ends: who waits for it sees the refusal
            row.setPending(false);
            if (!undo.isEmpty()) {
                undo.pop();
            }
            Answer typed = row.current(round);
            if (rejected.planPossible() && typed.targetDate() != null) {
                planQuestion.set(new PlanQuestion(row, round, typed, Messages.get("checklist.plan.ask",
                        Wareki.format(typed.targetDate()), screen.open().assessment().year().label(),
                        rejected.getMessage())));
            }
            screen.showStatus(Messages.get("checklist.rejected", rejected.getMessage()));
        } else {
            row.setError(Messages.forUser(e));
            saveFailed.set(true);
            screen.showStatus(Messages.get("checklist.saveFailed", Messages.forUser(e)));
        }
    }
}
