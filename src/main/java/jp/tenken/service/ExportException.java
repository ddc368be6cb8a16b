package jp.tenken.service;

import java.nio.file.Path;
import jp.tenken.i18n.Messages;
import jp.tenken.i18n.UserMessageException;

/** An export could not be written where asked; nothing half-written is left behind. */
public class ExportException extends UserMessageException {

    /** Why, each with its message key {@code export.error.<name>}. */
    public enum Kind { CANNOT_WRITE, FOLDER_MISSING, DISK_FULL, FAILED }

    private final Kind kind;

    public ExportException(Kind kind, Path target, Throwable cause) {
        super(Messages.get("export.error." + kind.name(), target.getFileName(),
                target.toAbsolutePath().getParent()), cause);
        this.kind = kind;
    }

    public Kind kind() {
        return kind;
    }
}
