package jp.tenken.ui.checklist;

import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import jp.tenken.domain.FiscalYear;
import jp.tenken.domain.edition.FormKind;
import jp.tenken.domain.year.EditionMove;
import jp.tenken.i18n.Messages;
import jp.tenken.service.EditionMoveService.YearEdition;
import jp.tenken.service.EditionMoveService;
import jp.tenken.ui.common.UiExecutor;

/**
 * The banner over a year's form that says which edition the year is answered on, in plain words: the year's own
 * edition not taken in yet (which files the ministry publishes, the take-in, or answering on last year's items as a
 * choice), a newer edition taken in after the year was answered (「令和8年度版に移す」, previewed, backed up, undoable),
 * or nothing when the year is on its own edition. The parent reloads the year after each change.
 */
public final class YearEditionViewModel {
    private final StringProperty text = new SimpleStringProperty("");
    private final StringProperty olderNote = new SimpleStringProperty("");
    private final StringProperty moveLabel = new SimpleStringProperty("");
    private final StringProperty olderLabel = new SimpleStringProperty("");
    private final BooleanProperty canTakeIn = new SimpleBooleanProperty(false);
    private final BooleanProperty canChooseOlder = new SimpleBooleanProperty(false);
    private final BooleanProperty canMove = new SimpleBooleanProperty(false);
    private final BooleanProperty canUndo = new SimpleBooleanProperty(false);
    /** The year is finalised (年度を確定 after the 立入検査): its answers are shown, not changed. */
    private final BooleanProperty finalised = new SimpleBooleanProperty(false);

    private final UiExecutor executor;
    private final Consumer<FiscalYear> reload;
    private final Consumer<String> status;
    private final Consumer<Throwable> failed;
    private EditionMoveService service;
    private Runnable takeIn = () -> { };
    private YearEdition state;
    private FiscalYear justMoved;
    private String pendingStatus;

    YearEditionViewModel(UiExecutor executor, Consumer<FiscalYear> reload, Consumer<String> status,
                         Consumer<Throwable> failed) {
        this.executor = executor;
        this.reload = reload;
        this.status = status;
        this.failed = failed;
    }

    /** The banner's sentence (empty: no banner). */
    public ReadOnlyStringProperty textProperty() {
        return text;
    }

    /** 「令和8年度の点検を令和7年度版の項目で行っています」 for the readiness line (empty on the year's own edition). */
    public ReadOnlyStringProperty olderNoteProperty() {
        return olderNote;
    }

    /** 「令和8年度版に移す…」 */
    public ReadOnlyStringProperty moveLabelProperty() {
        return moveLabel;
    }

    /** 「令和7年度版の項目で回答する」 */
    public ReadOnlyStringProperty olderLabelProperty() {
        return olderLabel;
    }

    public ReadOnlyBooleanProperty canTakeInProperty() {
        return canTakeIn;
    }

    public ReadOnlyBooleanProperty canChooseOlderProperty() {
        return canChooseOlder;
    }

    public ReadOnlyBooleanProperty canMoveProperty() {
        return canMove;
    }

    public ReadOnlyBooleanProperty canUndoProperty() {
        return canUndo;
    }

    public ReadOnlyBooleanProperty finalisedProperty() {
        return finalised;
    }

    /** Set by the composition root: the service, and how the take-in of the ministry's Excel opens. */
    void set(EditionMoveService service, Runnable takeIn) {
        this.service = service;
        this.takeIn = takeIn;
    }

    /** The state of a year, read on the worker (null when no service is set). */
    YearEdition read(FiscalYear year) {
        return service == null ? null : service.state(year);
    }

    /**
     * The open year's answered rows as the screen counts them: a first answer on last year's items makes the banner
     * say the year is checked on them (the choice is made), without reading the year again.
     */
    void answered(int rows) {
        if (state != null && state.answered() != rows && (state.answered() == 0 || rows == 0)) {
            show(new YearEdition(state.year(), state.on(), state.exact(), state.newer(), rows,
                    state.olderFormChosen(), state.finalised(), state.undoable()));
        }
    }

    /** Shows a year's state (on the FX thread), after the form it speaks of. */
    void show(YearEdition s) {
        this.state = s;
        if (pendingStatus != null) {
            status.accept(pendingStatus); // what the move or undo did, once the year shows again
            pendingStatus = null;
        }
        canTakeIn.set(false);
        canChooseOlder.set(false);
        canMove.set(false);
        canUndo.set(false);
        olderNote.set("");
        text.set("");
        finalised.set(s != null && s.finalised());
        if (s == null) {
            return;
        }
        String own = s.year().label() + "版";
        String on = s.on().name();
        moveLabel.set(Messages.get("edition.move", s.newer().map(e -> e.name()).orElse(own)));
        olderLabel.set(Messages.get("edition.chooseOlder", on));
        s.on().olderFormNote(s.year()).ifPresent(olderNote::set);
        if (s.finalised()) {
            // first and alone: the answers are shown as the 立入検査 saw them, and how to change them is said
            text.set(Messages.get("edition.banner.final", s.year().label()));
        } else if (s.newer().isPresent()) {
            text.set(Messages.get("edition.banner.newer", s.newer().get().name(), s.year().label(), on, s.answered()));
            canMove.set(true);
        } else if (s.onOlderForm()) {
            boolean chosen = s.olderFormChosen() || s.answered() > 0;
            text.set(chosen ? Messages.get("edition.banner.older", s.year().label(), on, own)
                    : Messages.get("edition.banner.missing", own, on, files(s.year())));
            canTakeIn.set(!s.finalised());
            canChooseOlder.set(!chosen && !s.finalised());
        } else if (s.undoable() && s.year().equals(justMoved)) {
            text.set(Messages.get("edition.banner.moved", s.year().label(), on));
            canUndo.set(true);
        }
    }

    /** Where the year's own edition comes from, in the words a clerk can act on. */
    private static String files(FiscalYear year) {
        String key = "edition.banner.files." + year.startYear();
        return Messages.has(key) ? Messages.get(key) : Messages.get("edition.banner.files");
    }

    // --- commands

    /** Opens the take-in of the ministry's Excel. */
    public void takeIn() {
        takeIn.run();
    }

    /** Answers the year on the older edition's items for now (the banner then only says so). */
    public void chooseOlderForm() {
        YearEdition s = state;
        if (s == null || service == null) {
            return;
        }
        executor.submit(() -> {
            service.chooseOlderForm(s.year());
            return s.year();
        }, reload, failed);
    }

    /** Reads what a move would do and hands it to {@code show} (the view asks the clerk with it). */
    public void previewMove(Consumer<List<EditionMove>> show) {
        YearEdition s = state;
        if (s == null || service == null) {
            return;
        }
        executor.submit(() -> service.preview(s.year()), show, failed);
    }

    /** Moves the year to its newest edition (after the clerk saw the preview). */
    public void move() {
        YearEdition s = state;
        if (s == null || service == null) {
            return;
        }
        executor.submit(() -> service.move(s.year()), moved -> {
            justMoved = s.year();
            long carried = moved.plans().stream().mapToLong(EditionMove::carriedCount).sum();
            pendingStatus = Messages.get("edition.move.done", s.year().label(),
                    moved.plans().get(0).to().name(), carried, moved.backup().getFileName());
            reload.accept(s.year());
        }, failed);
    }

    /** Puts the year back on the edition and answers it had before the move. */
    public void undo() {
        YearEdition s = state;
        if (s == null || service == null) {
            return;
        }
        executor.submit(() -> service.undo(s.year()), n -> {
            justMoved = null;
            pendingStatus = Messages.get("edition.move.undone", s.year().label());
            reload.accept(s.year());
        }, failed);
    }

    /** The year the banner speaks of (null before a year is shown). */
    FiscalYear year() {
        return state == null ? null : state.year();
    }

    /** The preview as the confirmation shows it: a sentence, and one line per answer. */
    static String previewHeader(FiscalYear year, List<EditionMove> plans) {
        long carried = plans.stream().mapToLong(EditionMove::carriedCount).sum();
        long not = plans.stream().mapToLong(EditionMove::notCarried).sum();
        return Messages.get(not == 0 ? "edition.move.headerAll" : "edition.move.header", year.label(),
                plans.get(0).to().name(), carried, not);
    }

    static String previewLines(List<EditionMove> plans) {
        StringBuilder b = new StringBuilder();
        for (EditionMove p : plans) {
            b.append(p.kind() == FormKind.VENDOR ? Messages.get("edition.move.vendorForm") : p.kind().label())
                    .append('\n');
            for (EditionMove.Line l : p.lines()) {
                String from = l.fromNumber().isEmpty() ? "—" : l.fromNumber();
                String to = l.toNumber() == null || l.toNumber().isEmpty() ? "—" : l.toNumber();
                String what = String.join("　", java.util.stream.Stream.of(l.scope().label(), l.round().label(),
                        l.value().label(), shortText(l.text())).filter(x -> !x.isBlank()).toList());
                b.append(Messages.get(l.carried() ? "edition.move.line.carried" : "edition.move.line.notCarried",
                        from, to, what)).append('\n');
            }
        }
        return b.toString();
    }

    private static String shortText(String t) {
        return t.length() > 30 ? t.substring(0, 29) + "…" : t;
    }
}
