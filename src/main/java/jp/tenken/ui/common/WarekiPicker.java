package jp.tenken.ui.common;

import java.time.LocalDate;
import java.util.function.Predicate;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.DateCell;
import javafx.scene.control.DatePicker;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.util.StringConverter;
import jp.tenken.domain.Wareki;
import jp.tenken.i18n.Messages;

/**
 * The date picker inside a {@link WarekiDateField}, made when the field is first used: shows dates as the forms write
 * them (令和7年5月16日) and accepts what people type (令和7年5月16日, R7.5.16, 2025/5/16). Days outside
 * {@code allowed} are greyed out in the calendar.
 */
final class WarekiPicker extends DatePicker {

    private static final String INVALID = "invalid";
    private static final String REFUSED = "refused";

    private Predicate<LocalDate> allowed = d -> true;
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", "");
    /** Text that could not be read as a date: kept on screen even when the picker redraws its value. */
    private String refusedText;

    WarekiPicker() {
        setConverter(new StringConverter<>() {
            @Override
            public String toString(LocalDate d) {
                return Wareki.format(d);
            }

            @Override
            public LocalDate fromString(String s) {
                // unreadable text keeps the value as it was; commitTyped marks the field
                return Wareki.parse(s).orElse(getValue());
            }
        });
        setPromptText(Messages.get("checklist.date.prompt"));
        setShowWeekNumbers(false);
        setDayCellFactory(p -> new DateCell() {
            @Override
            public void updateItem(LocalDate item, boolean empty) {
                super.updateItem(item, empty);
                setDisable(empty || item == null || !allowed.test(item));
            }
        });
        // Commit typed text on Enter and on leaving the field, so keyboard users never lose a typed date.
        // (a filter on the picker itself, added before its skin's, so it sees the text before the skin redraws it)
        addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ENTER) {
                commitTyped();
            }
        });
        getEditor().focusedProperty().addListener((o, was, is) -> {
            if (!is) {
                commitTyped();
            }
        });
        valueProperty().addListener((o, a, b) -> {
            if (refusedText != null) {
                showProblem(""); // a date was chosen or set: the unreadable text is gone
            }
        });
        // the picker writes its value back into the editor when the focus leaves; unreadable text must stay
        getEditor().textProperty().addListener((o, a, b) -> {
            if (refusedText != null && !refusedText.equals(b) && Wareki.format(getValue()).equals(b)) {
                getEditor().setText(refusedText);
            }
        });
    }

    private void showProblem(String text) {
        if (text.isEmpty()) {
            refusedText = null;
        }
        problem.set(text);
        getStyleClass().remove(INVALID);
        if (!text.isEmpty()) {
            getStyleClass().add(INVALID);
        }
    }

    void setAllowed(Predicate<LocalDate> allowed) {
        this.allowed = allowed;
    }

    /** Why the typed text was not taken (a date that cannot be read), or empty. */
    ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    /** Marks the field as holding a date the rules refused ({@code reason} empty clears the mark). */
    void markRefused(String reason) {
        getStyleClass().remove(REFUSED);
        if (reason != null && !reason.isEmpty()) {
            getStyleClass().add(REFUSED);
        }
    }

    /** Esc: the typed text is dropped and the field shows its value again. */
    void cancelTyped() {
        showProblem("");
        getEditor().setText(Wareki.format(getValue()));
    }

    /**
     * Parses the editor text into the value. Text that is not a date stays in the field, marked, with a message, so
     * the person sees what they typed and can correct it.
     */
    void commitTyped() {
        String text = getEditor().getText();
        if (text == null || text.isBlank()) {
            showProblem("");
            if (getValue() != null) {
                setValue(null);
            }
            return;
        }
        LocalDate d = Wareki.parse(text).orElse(null);
        if (d == null) {
            refusedText = text;
            showProblem(Messages.get("date.unreadable", text.strip()));
            return;
        }
        showProblem("");
        if (!d.equals(getValue())) {
            setValue(d);
        } else {
            getEditor().setText(Wareki.format(d));
        }
    }
}
