package jp.tenken.ui.vendors;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import jp.tenken.domain.FiscalYear;
import jp.tenken.i18n.Messages;
import jp.tenken.service.VendorService;
import jp.tenken.ui.common.UiExecutor;

/**
 * State and command of 「年度を確定」 for one fiscal year: after the 立入検査 the year is finalised so that its answers
 * are read-only (the workbook file refuses changes) until it is reopened; both steps are in the change log. Any
 * screen showing a year can hold one: the checklist screen would load it with the year and disable its answer
 * editors while {@link #yearFinalProperty()} is true.
 */
public final class YearFinalViewModel {
    private final BooleanProperty yearFinal = new SimpleBooleanProperty(false);
    private final StringProperty buttonText = new SimpleStringProperty(Messages.get("vendors.year.finalise"));
    private final StringProperty stateText = new SimpleStringProperty("");
    private final StringProperty status = new SimpleStringProperty("");
    private final VendorService service;
    private final UiExecutor executor;
    private FiscalYear year;
    private Runnable onChanged = () -> { };

    public YearFinalViewModel(VendorService service, UiExecutor executor) {
        this.service = service;
        this.executor = executor;
    }

    /** Whether the year is finalised: its answers are then read-only. */
    public ReadOnlyBooleanProperty yearFinalProperty() {
        return yearFinal;
    }

    /** 「年度を確定」, or 「確定を解除」 when the year is final. */
    public ReadOnlyStringProperty buttonTextProperty() {
        return buttonText;
    }

    /** 「（確定済み）」 while the year is final, else empty. */
    public ReadOnlyStringProperty stateTextProperty() {
        return stateText;
    }

    /** What the last command did, or why it failed. */
    public ReadOnlyStringProperty statusProperty() {
        return status;
    }

    /** Called after the year was finalised or reopened. */
    public void setOnChanged(Runnable r) {
        this.onChanged = r == null ? () -> { } : r;
    }

    /** Reads whether {@code y} is finalised. */
    public void load(FiscalYear y) {
        this.year = y;
        executor.submit(() -> service.isFinal(y), this::show, e -> status.set(Messages.forUser(e)));
    }

    /**
     * What the clerk is asked before 「年度を確定」 (what it locks, and how to undo it); null when the year is final (reopening
     * needs no question) or none is shown.
     */
    public String confirmation() {
        return year == null || yearFinal.get() ? null : Messages.get("vendors.year.confirm", year.label());
    }

    /** Finalises the year, or reopens it when it is final. */
    public void toggle() {
        FiscalYear y = year;
        if (y == null) {
            return;
        }
        boolean finalise = !yearFinal.get();
        executor.submit(() -> {
            if (finalise) {
                service.finalise(y);
            } else {
                service.reopen(y);
            }
            return service.isFinal(y);
        }, now -> {
            show(now);
            status.set(Messages.get(now ? "vendors.year.finalised" : "vendors.year.reopened", y.label()));
            onChanged.run();
        }, e -> status.set(Messages.forUser(e)));
    }

    private void show(boolean isFinal) {
        yearFinal.set(isFinal);
        buttonText.set(Messages.get(isFinal ? "vendors.year.reopen" : "vendors.year.finalise"));
        stateText.set(isFinal ? Messages.get("vendors.year.final") : "");
    }
}
