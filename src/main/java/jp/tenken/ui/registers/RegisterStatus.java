package jp.tenken.ui.registers;

import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import jp.tenken.i18n.Messages;

/** The status line the register tabs share, and the call that tells other screens something was saved. */
public final class RegisterStatus {
    private final StringProperty text = new SimpleStringProperty("");
    private Runnable onChanged = () -> { };

    public ReadOnlyStringProperty textProperty() {
        return text;
    }

    void say(String message) {
        text.set(message);
    }

    void failed(Throwable e) {
        text.set(Messages.forUser(e));
    }

    void changed() {
        onChanged.run();
    }

    void setOnChanged(Runnable r) {
        onChanged = r == null ? () -> { } : r;
    }
}
