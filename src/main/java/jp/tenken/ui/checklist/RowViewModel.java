package jp.tenken.ui.checklist;

import java.time.LocalDate;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import jp.tenken.domain.edition.Item;
import jp.tenken.domain.edition.RowKey;
import jp.tenken.domain.edition.Scope;
import jp.tenken.domain.year.Answer;
import jp.tenken.domain.year.AnswerValue;
import jp.tenken.domain.year.Round;

/**
 * One answer row on screen: an item for one scope, with the 1回目 and 2回目 answers as editable properties, the
 * last saved answers, and whether a save is pending or failed.
 */
public final class RowViewModel {
    private final Item item;
    private final Scope scope;
    private final RowKey key;
    private final String sectionHeading;
    private final boolean firstOfItem;
    private final boolean firstOfSection;

    private final ObjectProperty<AnswerValue> value1 = new SimpleObjectProperty<>(AnswerValue.UNANSWERED);
    private final ObjectProperty<AnswerValue> value2 = new SimpleObjectProperty<>(AnswerValue.UNANSWERED);
    private final ObjectProperty<LocalDate> checked1 = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> checked2 = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> target = new SimpleObjectProperty<>();
    private final StringProperty note = new SimpleStringProperty("");
    private final BooleanProperty disabled = new SimpleBooleanProperty(false);
    private final BooleanProperty pending = new SimpleBooleanProperty(false);
    private final StringProperty error = new SimpleStringProperty("");
    private final BooleanProperty flagged = new SimpleBooleanProperty(false);
    private final BooleanProperty overdue = new SimpleBooleanProperty(false);
    private final BooleanProperty targetMissing = new SimpleBooleanProperty(false);
    private final BooleanProperty newItem = new SimpleBooleanProperty(false);
    private final StringProperty previousYearHint = new SimpleStringProperty("");
    private AnswerValue previousFirst = AnswerValue.UNANSWERED;

    private Answer saved1;
    private Answer saved2;

    RowViewModel(Item item, Scope scope, String sectionHeading, boolean firstOfItem, boolean firstOfSection) {
        this.item = item;
        this.scope = scope;
        this.key = new RowKey(item.key(), scope);
        this.sectionHeading = sectionHeading;
        this.firstOfItem = firstOfItem;
        this.firstOfSection = firstOfSection;
        this.saved1 = Answer.empty(key, Round.FIRST);
        this.saved2 = Answer.empty(key, Round.SECOND);
    }

    public Item item() {
        return item;
    }

    public Scope scope() {
        return scope;
    }

    public RowKey key() {
        return key;
    }

    public String sectionHeading() {
        return sectionHeading;
    }

    public boolean firstOfItem() {
        return firstOfItem;
    }

    public boolean firstOfSection() {
        return firstOfSection;
    }

    /** A short id for tests and the readiness links: {@code ops.device-ledger/ALL}. */
    public String id() {
        return item.key() + "/" + scope.name();
    }

    public ReadOnlyObjectProperty<AnswerValue> valueProperty(Round r) {
        return r == Round.FIRST ? value1 : value2;
    }

    public ReadOnlyObjectProperty<LocalDate> checkedOnProperty(Round r) {
        return r == Round.FIRST ? checked1 : checked2;
    }

    public ReadOnlyObjectProperty<LocalDate> targetProperty() {
        return target;
    }

    public ReadOnlyStringProperty noteProperty() {
        return note;
    }

    public ReadOnlyBooleanProperty disabledProperty() {
        return disabled;
    }

    public ReadOnlyBooleanProperty pendingProperty() {
        return pending;
    }

    public ReadOnlyStringProperty errorProperty() {
        return error;
    }

    public ReadOnlyBooleanProperty flaggedProperty() {
        return flagged;
    }

    public ReadOnlyBooleanProperty overdueProperty() {
        return overdue;
    }

    public ReadOnlyBooleanProperty targetMissingProperty() {
        return targetMissing;
    }

    /** Last year's answer and note for this row (「前年度：いいえ（目標日 …）」), empty when there is none. */
    public ReadOnlyStringProperty previousYearHintProperty() {
        return previousYearHint;
    }

    /** Whether the item is new in this year's edition (「新規項目」). */
    public ReadOnlyBooleanProperty newItemProperty() {
        return newItem;
    }

    /** The answer as shown on screen (saved or not). */
    public Answer current(Round r) {
        if (r == Round.FIRST) {
            return new Answer(key, r, value1.get(), checked1.get(), value1.get() == AnswerValue.NO ? target.get() : null,
                    note.get(), saved1.changedAt());
        }
        return new Answer(key, r, value2.get(), checked2.get(), null, "", saved2.changedAt());
    }

    public Answer saved(Round r) {
        return r == Round.FIRST ? saved1 : saved2;
    }

    // --- changed by the screen's view models only

    void setValue(Round r, AnswerValue v) {
        (r == Round.FIRST ? value1 : value2).set(v);
    }

    void setCheckedOn(Round r, LocalDate d) {
        (r == Round.FIRST ? checked1 : checked2).set(d);
    }

    void setTarget(LocalDate d) {
        target.set(d);
    }

    void setNote(String text) {
        note.set(text);
    }

    void setPending(boolean on) {
        pending.set(on);
    }

    void setError(String text) {
        error.set(text);
    }

    /** What the readiness check found on this row. */
    void markReadiness(boolean isDisabled, boolean isFlagged, boolean isOverdue, boolean isTargetMissing) {
        disabled.set(isDisabled);
        flagged.set(isFlagged);
        overdue.set(isOverdue);
        targetMissing.set(isTargetMissing);
    }

    /** 新規項目, and last year's answer as a hint (and its 1回目 value, for 「前年度と同じ」). */
    void showCarryover(boolean isNew, String hint, AnswerValue previousFirst) {
        newItem.set(isNew);
        previousYearHint.set(hint);
        this.previousFirst = previousFirst;
    }

    /** Last year's 1回目 answer to this row (UNANSWERED when none, or the item is new). */
    public AnswerValue previousFirst() {
        return previousFirst;
    }

    void markSaved(Answer a) {
        if (a.round() == Round.FIRST) {
            saved1 = a;
        } else {
            saved2 = a;
        }
    }

    /** Puts an answer on screen (after load, undo, or a rejected change). */
    void show(Answer a) {
        if (a.round() == Round.FIRST) {
            value1.set(a.value());
            checked1.set(a.checkedOn());
            target.set(a.targetDate());
            note.set(a.note());
        } else {
            value2.set(a.value());
            checked2.set(a.checkedOn());
        }
    }

    public boolean isAnswered() {
        return value1.get() != AnswerValue.UNANSWERED;
    }
}
