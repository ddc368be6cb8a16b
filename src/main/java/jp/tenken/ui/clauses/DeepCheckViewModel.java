package jp.tenken.ui.clauses;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import jp.tenken.domain.FiscalYear;
import jp.tenken.domain.guideline.Clause;
import jp.tenken.domain.guideline.DeepCheck;
import jp.tenken.domain.guideline.DeepCheckValue;
import jp.tenken.i18n.Messages;
import jp.tenken.service.GuidelineService.YearView;
import jp.tenken.service.GuidelineService;
import jp.tenken.ui.common.UiExecutor;

/** The optional deep self-check of the selected 遵守事項: an answer and a note, saved at once off the FX thread. */
public final class DeepCheckViewModel {

    /** What the deep self-check asks of the clause screen it belongs to, and nothing more. */
    interface Screen {
        /** The year on screen, or null while none is read. */
        YearView yearView();

        /** The counts in the tree follow the answer just saved. */
        void refreshCounts();

        void showStatus(String text);

        void failed(Throwable e);
    }

    private final BooleanProperty checkable = new SimpleBooleanProperty(false);
    private final ObjectProperty<DeepCheckValue> value = new SimpleObjectProperty<>();
    private final StringProperty note = new SimpleStringProperty("");
    private final GuidelineService service;
    private final UiExecutor executor;
    private final Screen screen;
    private Clause clause;
    private boolean showing;

    DeepCheckViewModel(GuidelineService service, UiExecutor executor, Screen screen) {
        this.service = service;
        this.executor = executor;
        this.screen = screen;
    }

    /** True when a 遵守事項 is selected (and a year loaded), so the deep self-check can be answered. */
    public ReadOnlyBooleanProperty checkableProperty() {
        return checkable;
    }

    public ReadOnlyObjectProperty<DeepCheckValue> valueProperty() {
        return value;
    }

    public ReadOnlyStringProperty noteProperty() {
        return note;
    }

    /** Answers the selected 遵守事項's deep self-check (null clears it). */
    public void setValue(DeepCheckValue v) {
        if (showing) {
            return;
        }
        save(current().withValue(v));
    }

    public void setNote(String text) {
        String n = text == null ? "" : text;
        if (showing || n.equals(current().note())) {
            return;
        }
        save(current().withNote(n));
    }

    /** Shows the check of a clause (null: nothing to answer); the setters ignore what showing it sets. */
    void show(Clause c, YearView view) {
        showing = true;
        try {
            clause = view == null ? null : c;
            checkable.set(clause != null);
            DeepCheck d = clause == null ? null : view.deepCheck(clause);
            value.set(d == null ? null : d.value());
            note.set(d == null ? "" : d.note());
        } finally {
            showing = false;
        }
    }

    private DeepCheck current() {
        YearView view = screen.yearView();
        if (clause == null || view == null) {
            throw new IllegalStateException("no clause selected");
        }
        return view.deepCheck(clause);
    }

    private void save(DeepCheck check) {
        YearView at = screen.yearView();
        if (at == null) {
            return;
        }
        FiscalYear fy = at.year();
        at.deepChecks().put(check.clauseRef(), check);
        value.set(check.value());
        note.set(check.note());
        screen.refreshCounts();
        screen.showStatus(Messages.get("checklist.saving"));
        executor.submit(() -> service.saveDeepCheck(fy, check), saved -> {
            at.deepChecks().put(saved.clauseRef(), saved);
            screen.showStatus(Messages.get("checklist.saved"));
        }, screen::failed);
    }
}
