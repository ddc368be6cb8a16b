package jp.tenken.ui.checklist;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;
import javafx.beans.InvalidationListener;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.value.ObservableBooleanValue;
import javafx.css.PseudoClass;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import jp.tenken.domain.FiscalYear;
import jp.tenken.domain.edition.Scope;
import jp.tenken.domain.year.AnswerRules;
import jp.tenken.domain.year.AnswerValue;
import jp.tenken.domain.year.Round;
import jp.tenken.i18n.Messages;
import jp.tenken.ui.common.LazyTextField;
import jp.tenken.ui.common.NodeNames;
import jp.tenken.ui.common.WarekiDateField;

/**
 * One answer row: (for the item's first row) its number, verbatim text and badges, then the scope, the 1回目
 * (はい/いいえ, 確認日, 目標日), the 2回目 (はい/いいえ, 確認日) and a note. Holds no logic: every edit goes to the
 * view model.
 */
final class RowView extends VBox {
    private final RowViewModel row;
    private final ToggleButton yes1;
    private final ToggleButton no1;
    private final ToggleButton yes2;
    private final WarekiDateField checked1 = new WarekiDateField();
    private final WarekiDateField checked2 = new WarekiDateField();
    private final WarekiDateField target = new WarekiDateField();
    /** 備考: drawn as its face until first used, as the dates are (a text field's skin is dear to make and style). */
    private final LazyTextField note = new LazyTextField("row-note");
    private final FlowPane round2Box;
    private StringBinding problemText;
    /** The conditions of the lines made when first needed: held here, or a binding would be collected unseen. */
    private final List<ObservableBooleanValue> watched = new ArrayList<>();

    RowView(RowViewModel row, ChecklistViewModel vm, FiscalYear year) {
        this.row = row;
        getStyleClass().add("answer-row");
        NodeNames.set(this, "row-" + row.id());
        setSpacing(4);
        setPadding(new Insets(6, 10, 6, 10));
        if (row.firstOfItem()) {
            getChildren().add(ItemHeader.of(row));
        }
        yes1 = answerToggle(Messages.get("checklist.answer.yes"), "yes", "yes1-");
        no1 = answerToggle(Messages.get("checklist.answer.no"), "no", "no1-");
        yes2 = answerToggle(Messages.get("checklist.answer.yes"), "yes", "yes2-");
        ToggleButton no2 = answerToggle(Messages.get("checklist.answer.no"), "no", "no2-");
        RowControls.group(yes1, no1);
        RowControls.group(yes2, no2);
        setUpFields(vm.today(), year);
        AnswersViewModel answers = vm.answers();
        bindAnswers(answers, no2);
        round2Box = RowControls.roundBox(Messages.get("checklist.round.second"), yes2, no2, checked2);
        boolean perDevice = Scope.devices().contains(row.scope());
        addLines(perDevice);
        Label previous = previousYear(perDevice);
        getChildren().add(previous);
        // the lines for a missing 目標日, a save error and an unreadable date are made when first needed, in this
        // order under last year's answers: a form opens with none of them (fewer nodes to style and lay out)
        Node[] under = new Node[3];
        whenFirst(row.targetMissingProperty(), this::required, under, 0, previous);
        whenFirst(row.errorProperty().isNotEmpty(), this::error, under, 1, previous);
        whenFirst(problemText().isNotEmpty(), this::dateProblem, under, 2, previous);
        markRefusedDates();

        disableProperty().bind(row.disabledProperty());
        styleWhen(row.flaggedProperty(), "flagged");
        styleWhen(row.overdueProperty(), "overdue");
        styleWhen(row.pendingProperty(), "pending");
        styleWhen(row.disabledProperty(), "gated");
        focusWithinProperty().addListener((o, was, is) -> {
            if (is) {
                vm.selectedRowProperty().set(row);
            }
        });
        // a click anywhere on the row (its text too, which takes no focus) selects it, so keys act on it
        addEventHandler(MouseEvent.MOUSE_PRESSED, e -> {
            vm.selectedRowProperty().set(row);
            if (!isFocusWithin()) {
                focusFirst();
                e.consume(); // or the scroll pane around the rows would take the focus back
            }
        });
        vm.selectedRowProperty().addListener((o, a, b) -> pseudoSelected(b == row));
        pseudoSelected(vm.selectedRowProperty().get() == row);
    }

    private void setUpFields(LocalDate today, FiscalYear year) {
        NodeNames.set(checked1, "checked1-" + row.id());
        NodeNames.set(checked2, "checked2-" + row.id());
        NodeNames.set(target, "target-" + row.id());
        NodeNames.set(note, "note-" + row.id());
        for (WarekiDateField f : new WarekiDateField[] {checked1, checked2, target}) {
            f.getStyleClass().add("row-date"); // its width follows the font size (app.css)
        }
        checked1.setAllowed(d -> !d.isAfter(today));
        checked2.setAllowed(d -> !d.isAfter(today));
        FiscalYear deadline = row.item().targetUntil();
        target.setAllowed(d -> AnswerRules.targetAllowed(d, year, deadline));
        FiscalYear limit = AnswerRules.targetLimit(year, deadline);
        // an item with a deadline of its own says so where the date is typed
        target.setPromptText(limit.equals(year) ? Messages.get("checklist.column.target")
                : Messages.get("checklist.target.until", limit.label()));
        if (!limit.equals(year)) {
            target.getStyleClass().add("row-date-wide"); // room for the whole 「目標日（令和9年度末まで）」
        }
        checked1.setPromptText(Messages.get("checklist.column.checkedOn"));
        checked2.setPromptText(Messages.get("checklist.column.checkedOn"));
        note.setPromptText(Messages.get("checklist.column.note"));
        HBox.setHgrow(note, Priority.ALWAYS);
    }

    /** View model → controls, and controls → view model as commands. */
    private void bindAnswers(AnswersViewModel answers, ToggleButton no2) {
        Runnable first = RowControls.bindValue(row, Round.FIRST, yes1, no1);
        Runnable second = RowControls.bindValue(row, Round.SECOND, yes2, no2);
        RowControls.syncDate(row.checkedOnProperty(Round.FIRST), checked1, d -> answers.setCheckedOn(row, Round.FIRST, d));
        RowControls.syncDate(row.checkedOnProperty(Round.SECOND), checked2, d -> answers.setCheckedOn(row, Round.SECOND, d));
        RowControls.syncDate(row.targetProperty(), target, d -> answers.setTarget(row, d));
        note.setText(row.noteProperty().get());
        row.noteProperty().addListener((o, a, b) -> {
            if (!note.isEditing()) {
                note.setText(b);
            }
        });
        target.disableProperty().bind(row.valueProperty(Round.FIRST).isNotEqualTo(AnswerValue.NO));
        onToggle(answers, yes1, Round.FIRST, AnswerValue.YES, first);
        onToggle(answers, no1, Round.FIRST, AnswerValue.NO, first);
        onToggle(answers, yes2, Round.SECOND, AnswerValue.YES, second);
        onToggle(answers, no2, Round.SECOND, AnswerValue.NO, second);
        note.setOnCommit(text -> {
            answers.setNote(row, text);
            String kept = row.noteProperty().get();
            if (!Objects.equals(note.getText(), kept)) {
                note.setText(kept); // not taken (a finalised year)
            }
        });
    }

    /** A click is a command; the buttons then show the model, which a finalised year leaves as it was. */
    private void onToggle(AnswersViewModel answers, ToggleButton b, Round round, AnswerValue value, Runnable sync) {
        b.setOnAction(e -> {
            answers.answer(row, round, b.isSelected() ? value : AnswerValue.UNANSWERED);
            sync.run();
        });
    }

    /**
     * Line 1: scope and the 1回目; line 2: the 2回目; line 3: 備考. The rounds wrap rather than clip when a large font
     * makes them wider than the row.
     */
    private void addLines(boolean perDevice) {
        Pane round1Box = RowControls.roundBox(Messages.get("checklist.round.first"), yes1, no1, checked1, target);
        HBox line1 = new HBox(8, round1Box);
        HBox line2 = new HBox(8, round2Box);
        Label noteLabel = RowControls.roundLabel(Messages.get("checklist.column.note"));
        noteLabel.setLabelFor(note);
        HBox line3 = new HBox(4, noteLabel, note);
        // 「保存中…」 (with the save error as its tooltip) is made the first time the row has something pending
        whenFirstPending(line3);
        HBox.setHgrow(round1Box, Priority.ALWAYS);
        HBox.setHgrow(round2Box, Priority.ALWAYS);
        for (HBox line : List.of(line1, line2, line3)) {
            line.setAlignment(Pos.CENTER_LEFT);
            if (perDevice) {
                Label scope = new Label(line == line1 ? row.scope().label() : "");
                scope.getStyleClass().add("scope-label");
                line.getChildren().add(0, scope);
            }
        }
        getChildren().addAll(line1, line2, line3);
    }

    private void whenFirstPending(HBox line) {
        Runnable make = () -> {
            Label state = new Label();
            state.getStyleClass().add("row-state");
            state.textProperty().bind(Bindings.when(row.pendingProperty())
                    .then(Messages.get("checklist.pending")).otherwise(""));
            state.visibleProperty().bind(row.pendingProperty());
            state.managedProperty().bind(state.visibleProperty());
            errorTipWhenNeeded(state);
            line.getChildren().add(state);
        };
        if (pendingOrFailed()) {
            make.run();
            return;
        }
        InvalidationListener[] first = new InvalidationListener[1];
        first[0] = o -> {
            if (pendingOrFailed()) {
                row.pendingProperty().removeListener(first[0]);
                row.errorProperty().removeListener(first[0]);
                make.run();
            }
        };
        row.pendingProperty().addListener(first[0]);
        row.errorProperty().addListener(first[0]);
    }

    private boolean pendingOrFailed() {
        String error = row.errorProperty().get();
        return row.pendingProperty().get() || error != null && !error.isEmpty();
    }

    /** The state label's tooltip gives the save error; it is made when there first is one. */
    private void errorTipWhenNeeded(Label state) {
        Runnable install = () -> {
            String error = row.errorProperty().get();
            if (state.getTooltip() == null && error != null && !error.isEmpty()) {
                Tooltip errorTip = new Tooltip();
                errorTip.textProperty().bind(row.errorProperty());
                state.setTooltip(errorTip);
            }
        };
        row.errorProperty().addListener((o, a, b) -> install.run());
        install.run();
    }

    private Label previousYear(boolean perDevice) {
        Label previous = new Label();
        NodeNames.set(previous, "previous-" + row.id());
        previous.getStyleClass().add("previous-year-hint");
        previous.textProperty().bind(row.previousYearHintProperty());
        previous.visibleProperty().bind(row.previousYearHintProperty().isNotEmpty());
        previous.managedProperty().bind(previous.visibleProperty());
        previous.setWrapText(true);
        if (perDevice) {
            previous.getStyleClass().add("under-scope");
        }
        return previous;
    }

    /**
     * Makes {@code slots[slot]} with {@code make} the first time {@code shown} is true and puts it after
     * {@code anchor} and the slots before it that exist; from then on it shows and hides itself.
     */
    private void whenFirst(ObservableBooleanValue shown, Supplier<Node> make, Node[] slots, int slot, Node anchor) {
        watched.add(shown);
        Runnable place = () -> {
            if (slots[slot] != null || !shown.get()) {
                return;
            }
            slots[slot] = make.get();
            int at = getChildren().indexOf(anchor) + 1;
            for (int i = 0; i < slot; i++) {
                if (slots[i] != null) {
                    at++;
                }
            }
            getChildren().add(at, slots[slot]);
        };
        shown.addListener(new InvalidationListener() {
            @Override
            public void invalidated(Observable o) {
                place.run();
                if (slots[slot] != null) {
                    shown.removeListener(this);
                }
            }
        });
        place.run();
    }

    private Label required() {
        Label required = new Label(Messages.get("checklist.target.required"));
        required.getStyleClass().add("target-required");
        required.visibleProperty().bind(row.targetMissingProperty());
        required.managedProperty().bind(required.visibleProperty());
        return required;
    }

    private Label error() {
        Label error = new Label();
        error.getStyleClass().add("row-error");
        error.textProperty().bind(row.errorProperty());
        error.visibleProperty().bind(row.errorProperty().isNotEmpty());
        error.managedProperty().bind(error.visibleProperty());
        error.setWrapText(true);
        return error;
    }

    /** A date that cannot be read stays in its field; this line says why (and that Esc puts it back). */
    private Label dateProblem() {
        Label problem = new Label();
        problem.getStyleClass().add("row-error");
        problem.textProperty().bind(problemText());
        problem.visibleProperty().bind(problem.textProperty().isNotEmpty());
        problem.managedProperty().bind(problem.visibleProperty());
        problem.setWrapText(true);
        return problem;
    }

    /** A date the rules refused stays in its field, marked; the row's error line gives the reason. */
    private void markRefusedDates() {
        row.errorProperty().addListener((o, a, error) -> {
            boolean refused = error != null && !error.isEmpty();
            target.markRefused(refused && !Objects.equals(row.targetProperty().get(),
                    row.saved(Round.FIRST).targetDate()) ? error : "");
            checked1.markRefused(refused && !Objects.equals(row.checkedOnProperty(Round.FIRST).get(),
                    row.saved(Round.FIRST).checkedOn()) ? error : "");
            checked2.markRefused(refused && !Objects.equals(row.checkedOnProperty(Round.SECOND).get(),
                    row.saved(Round.SECOND).checkedOn()) ? error : "");
        });
    }

    private StringBinding problemText() {
        if (problemText == null) {
            problemText = Bindings.createStringBinding(() -> RowControls.firstNonEmpty(
                    checked1.problemProperty().get(), target.problemProperty().get(), checked2.problemProperty().get()),
                    checked1.problemProperty(), target.problemProperty(), checked2.problemProperty());
        }
        return problemText;
    }

    private ToggleButton answerToggle(String text, String style, String idPrefix) {
        ToggleButton b = new ToggleButton(text);
        NodeNames.set(b, idPrefix + row.id());
        b.getStyleClass().addAll("answer-toggle", "answer-" + style);
        b.setMinWidth(Region.USE_PREF_SIZE);
        return b;
    }

    private void styleWhen(ObservableBooleanValue p, String style) {
        Runnable r = () -> {
            getStyleClass().remove(style);
            if (p.get()) {
                getStyleClass().add(style);
            }
        };
        p.addListener((o, a, b) -> r.run());
        r.run();
    }

    private void pseudoSelected(boolean selected) {
        pseudoClassStateChanged(PseudoClass.getPseudoClass("selected"), selected);
    }

    RowViewModel row() {
        return row;
    }

    /** Whether {@code n} (the focus owner) sits in this row's 2回目 controls. */
    boolean inSecondRound(Node n) {
        for (Node p = n; p != null && p != this; p = p.getParent()) {
            if (p == round2Box) {
                return true;
            }
        }
        return false;
    }

    void focusFirst() {
        yes1.requestFocus();
    }

    void focusTarget() {
        target.getEditor().requestFocus();
    }

    void focusSecond() {
        yes2.requestFocus();
    }

    /** Whether {@code focus} is this row's 目標日 field (the picker or its editor). */
    boolean isTargetEditor(Node focus) {
        return target.owns(focus);
    }
}
