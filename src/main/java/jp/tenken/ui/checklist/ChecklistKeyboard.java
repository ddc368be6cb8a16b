package jp.tenken.ui.checklist;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ComboBoxBase;
import javafx.scene.control.DatePicker;
import javafx.scene.control.ListView;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import jp.tenken.domain.year.AnswerValue;
import jp.tenken.domain.year.Round;
import jp.tenken.i18n.Messages;
import jp.tenken.ui.common.WarekiDateField;

/**
 * The checklist's keyboard: Y/N answer the focused round and move on, T dates it today, U jumps to the next
 * unanswered row, ↑/↓ move between rows (in the year list: between years), Ctrl+F searches, Ctrl+Z undoes from
 * anywhere (a note keeps its own typing undo) and Esc leaves a row's field. Typing in a field keeps its keys.
 */
final class ChecklistKeyboard {
    private static final KeyCombination FIND = new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination UNDO = new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN);

    private final ChecklistViewModel vm;
    private final RowListView rows;
    private final Runnable focusSearch;
    private final Parent screen;
    private boolean swallowTyped;
    /** The row whose 目標日 was just entered with Enter, until its save has come back and the focus moved on. */
    private RowViewModel leaving;
    /** Row keys (Y, N, T, P, U) typed in that 目標日 meanwhile: meant for the rows after it, not for the date. */
    private final List<KeyCode> typedAhead = new ArrayList<>();

    private ChecklistKeyboard(ChecklistViewModel vm, RowListView rows, Runnable focusSearch, Parent screen) {
        this.vm = vm;
        this.rows = rows;
        this.focusSearch = focusSearch;
        this.screen = screen;
    }

    /** Handles the keys pressed anywhere in {@code screen}. */
    static void install(Parent screen, ChecklistViewModel vm, RowListView rows, Runnable focusSearch) {
        ChecklistKeyboard keys = new ChecklistKeyboard(vm, rows, focusSearch, screen);
        screen.addEventFilter(KeyEvent.KEY_PRESSED, keys::onKey);
        // The character of a shortcut (Y, N, T, U) must not land in the field the shortcut moved the focus to.
        screen.addEventFilter(KeyEvent.KEY_TYPED, e -> {
            if (keys.swallowTyped) {
                keys.swallowTyped = false;
                e.consume();
            }
        });
    }

    private void onKey(KeyEvent e) {
        Node focus = screen.getScene() == null ? null : screen.getScene().getFocusOwner();
        if (FIND.match(e)) {
            focusSearch.run();
            e.consume();
            return;
        }
        // a date field takes typed text too (its editor is not the focus owner: the picker is)
        boolean typing = focus instanceof TextInputControl || focus instanceof DatePicker;
        RowView current = RowListView.rowViewOf(focus);
        if (UNDO.match(e) && (!typing || !ownUndo(focus))) {
            leaveField(focus, current);
            vm.answers().undo();
            e.consume();
            return;
        }
        if (e.getCode() == KeyCode.ESCAPE && typing && current != null) {
            leaveField(focus, current);
            e.consume();
            return;
        }
        if (typing) {
            onTyping(e, focus);
            return;
        }
        if (e.isShortcutDown() || e.isAltDown() || usesArrows(focus, e.getCode())) {
            return;
        }
        RowViewModel row = current != null ? current.row() : vm.selectedRowProperty().get();
        swallowTyped = switch (e.getCode()) {
            case Y, N, T, U, P -> true;
            default -> false;
        };
        if (row != null && answers(e.getCode()) && !rows.inView(row)) {
            // the row the key would change is scrolled away: bring it back instead, so a key never changes a row
            // the clerk cannot see; the next key acts on it
            rows.reveal(row);
            e.consume();
            return;
        }
        Round round = current != null && current.inSecondRound(focus) ? Round.SECOND : Round.FIRST;
        if (onRowKey(e.getCode(), row, round, current)) {
            e.consume();
        }
    }

    /** The keys that change a row's answers. */
    private static boolean answers(KeyCode code) {
        return code == KeyCode.Y || code == KeyCode.N || code == KeyCode.T || code == KeyCode.P;
    }

    /** A text field with typing of its own to undo keeps Ctrl+Z; a date field and an untouched field do not. */
    private static boolean ownUndo(Node focus) {
        return focus instanceof TextInputControl t && !(focus.getParent() instanceof DatePicker)
                && !(focus instanceof DatePicker) && t.isUndoable();
    }

    /** The year list and choosers move with ↑/↓ themselves (the years, the font size). */
    private static boolean usesArrows(Node focus, KeyCode code) {
        boolean arrow = code == KeyCode.UP || code == KeyCode.DOWN;
        return arrow && (focus instanceof ListView || focus instanceof ComboBoxBase);
    }

    /** Esc (or Ctrl+Z) in a row's field: typed text is dropped and the focus goes back to the row's answers. */
    private static void leaveField(Node focus, RowView row) {
        if (row == null) {
            return;
        }
        for (Node p = focus; p != null && p != row; p = p.getParent()) {
            if (p instanceof WarekiDateField f) { // the focus is in its picker or the picker's text box
                f.cancelTyped();
                break;
            }
        }
        if (row.inSecondRound(focus)) {
            row.focusSecond();
        } else {
            row.focusFirst();
        }
    }

    private void onTyping(KeyEvent e, Node focus) {
        RowView rv = RowListView.rowViewOf(focus);
        if (rv != null && rv.row() == leaving && rv.isTargetEditor(focus) && rowKey(e.getCode())
                && !e.isShortcutDown() && !e.isAltDown()) {
            // typed ahead of the move the Enter asked for: kept for the rows after it (no date holds these letters)
            typedAhead.add(e.getCode());
            swallowTyped = true;
            e.consume();
            return;
        }
        if (e.getCode() == KeyCode.ENTER && rv != null && rv.isTargetEditor(focus)) {
            // the typed 目標日 was committed by the field; once it is saved, move on to the next row. A 目標日 the
            // rules refused leaves いいえ without one: stay on it (the row says why) until one is given
            RowViewModel typedIn = rv.row();
            leaving = typedIn;
            typedAhead.clear();
            vm.executor().later(() -> afterSave(typedIn, () -> {
                if (leaving != typedIn) {
                    return; // Enter again in the same 目標日: the later one moves on
                }
                leaving = null;
                List<KeyCode> ahead = List.copyOf(typedAhead);
                typedAhead.clear();
                if (!typedIn.targetMissingProperty().get() && typedIn.errorProperty().get().isEmpty()) {
                    rows.moveBy(typedIn, 1);
                    replay(ahead);
                }
            }));
        }
    }

    /** The keys that act on a row and are no part of a typed date. */
    private static boolean rowKey(KeyCode code) {
        return code == KeyCode.Y || code == KeyCode.N || code == KeyCode.T || code == KeyCode.P
                || code == KeyCode.U;
    }

    /**
     * The row keys typed ahead, in order, each on the row the focus is on by then; they stop where one has put the
     * focus into a field (N's 目標日), as they would have typed into it.
     */
    private void replay(List<KeyCode> ahead) {
        for (KeyCode code : ahead) {
            Node focus = screen.getScene() == null ? null : screen.getScene().getFocusOwner();
            RowViewModel row = vm.selectedRowProperty().get();
            if (row == null || focus instanceof TextInputControl || focus instanceof DatePicker) {
                return;
            }
            onRowKey(code, row, Round.FIRST, rows.viewOf(row));
        }
    }

    /** Acts on a key for the row in focus; true when the key was used. */
    private boolean onRowKey(KeyCode code, RowViewModel row, Round round, RowView current) {
        switch (code) {
            case Y -> {
                if (row != null) {
                    vm.answers().answer(row, round, AnswerValue.YES);
                    if (round == Round.FIRST) {
                        rows.moveBy(row, 1);
                    }
                }
                return true;
            }
            case N -> {
                if (row != null) {
                    answerNo(row, round);
                }
                return true;
            }
            case T -> {
                if (row != null) {
                    vm.answers().checkedToday(row, round);
                }
                return true;
            }
            case P -> {
                // 前年度と同じ: last year's answer, checked today; on to the next row like Y
                if (row != null && vm.answers().sameAsLastYear(row)) {
                    if (row.valueProperty(Round.FIRST).get() == AnswerValue.NO && !row.item().gate()) {
                        // last year's いいえ needs this year's 目標日: the focus waits in it, as after N
                        RowView rv = rows.viewOf(row);
                        if (rv != null) {
                            rv.focusTarget();
                        }
                    } else {
                        rows.moveBy(row, 1);
                    }
                }
                return true;
            }
            case U -> {
                vm.rowFilter().nextUnanswered(current == null ? null : row).ifPresentOrElse(rows::reveal,
                        () -> vm.showStatus(Messages.get("checklist.keys.noneUnanswered")));
                return true;
            }
            case DOWN, UP -> {
                if (row != null) {
                    rows.moveBy(row, code == KeyCode.DOWN ? 1 : -1);
                }
                return row != null;
            }
            default -> {
                // other keys keep their usual meaning (Tab, Space, Enter on buttons)
                return false;
            }
        }
    }

    /** Runs {@code then} once the row's save (if one is on its way) has come back, accepted or refused. */
    private static void afterSave(RowViewModel row, Runnable then) {
        if (!row.pendingProperty().get()) {
            then.run();
            return;
        }
        row.pendingProperty().addListener(new ChangeListener<>() {
            @Override
            public void changed(ObservableValue<? extends Boolean> o, Boolean was, Boolean now) {
                if (!now) {
                    row.pendingProperty().removeListener(this);
                    then.run();
                }
            }
        });
    }

    /** いいえ: the focus goes to the 目標日 (an item that needs one) or on to the next row. */
    private void answerNo(RowViewModel row, Round round) {
        vm.answers().answer(row, round, AnswerValue.NO);
        RowView rv = rows.viewOf(row);
        if (rv != null && round == Round.FIRST && !row.item().gate()) {
            rv.focusTarget();
        } else if (round == Round.FIRST) {
            rows.moveBy(row, 1);
        }
    }
}
