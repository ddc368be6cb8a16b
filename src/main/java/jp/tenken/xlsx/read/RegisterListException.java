package jp.tenken.xlsx.read;

import jp.tenken.i18n.Messages;
import jp.tenken.i18n.UserMessageException;

/** A device list (CSV) that is refused: a Japanese message naming the file and saying what to do. */
public final class RegisterListException extends UserMessageException {

    /** Why; each has the message {@code registers.list.refused.<name>}. */
    public enum Kind {
        NOT_FOUND, TOO_LARGE, NOT_SUPPORTED, NOT_TEXT, MALFORMED, EMPTY, TOO_MANY_ROWS
    }

    private final Kind kind;

    public RegisterListException(Kind kind, String fileName, Throwable cause) {
        super(Messages.get("registers.list.refused." + kind.name(), fileName), cause);
        this.kind = kind;
    }

    public Kind kind() {
        return kind;
    }
}
