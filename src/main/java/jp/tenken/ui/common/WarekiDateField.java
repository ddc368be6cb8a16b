package jp.tenken.ui.common;

import java.time.LocalDate;
import java.util.function.Predicate;
import javafx.scene.control.DateCell;
import javafx.scene.control.DatePicker;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.util.StringConverter;
import jp.tenken.domain.Wareki;
import jp.tenken.i18n.Messages;

/**
 * A date picker that shows dates as the forms write them (令和7年5月16日) and accepts what people type
 * (令和7年5月16日, R7.5.16, 2025/5/16). Days outside {@code allowed} are greyed out in the calendar.
 */
public final class WarekiDateField extends DatePicker {

    private Predicate<LocalDate> allowed = d -> true;

    public WarekiDateField() {
        setConverter(new StringConverter<>() {
            @Override
            public String toString(LocalDate d) {
                return Wareki.format(d);
            }

            @Override
            public LocalDate fromString(String s) {
                return Wareki.parse(s).orElse(null);
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
        getEditor().addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ENTER) {
                commitTyped();
            }
        });
        getEditor().focusedProperty().addListener((o, was, is) -> {
            if (!is) {
                commitTyped();
            }
        });
    }

    public void setAllowed(Predicate<LocalDate> allowed) {
        this.allowed = allowed;
    }

    /** Parses the editor text into the value; text that is not a date is put back to the current value. */
    public void commitTyped() {
        String text = getEditor().getText();
        if (text == null || text.isBlank()) {
            if (getValue() != null) {
                setValue(null);
            }
            return;
        }
        LocalDate d = Wareki.parse(text).orElse(null);
        if (d == null) {
            getEditor().setText(Wareki.format(getValue()));
        } else if (!d.equals(getValue())) {
            setValue(d);
        } else {
            getEditor().setText(Wareki.format(d));
        }
    }
}
