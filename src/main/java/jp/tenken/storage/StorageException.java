package jp.tenken.storage;

import java.nio.file.Path;
import jp.tenken.i18n.Messages;

/**
 * A workbook file could not be opened or written. The message says, in the user's language, what happened and
 * what to do; {@link #kind()} lets callers react (e.g. keep an unsaved value on screen).
 */
public class StorageException extends jp.tenken.i18n.UserMessageException {

    /** What went wrong, each with its message key {@code storage.error.<name>}. */
    public enum Kind {
        NOT_FOUND, NOT_A_WORKBOOK, EMPTY_FILE, OTHER_DATABASE, CORRUPT, NEWER_VERSION, ALREADY_OPEN, READ_ONLY,
        DISK_FULL, IO, LOCKED, IS_DIRECTORY, BACKUP_FAILED, RULE
    }

    private final Kind kind;
    private final Path file;

    public StorageException(Kind kind, Path file, Throwable cause) {
        super(Messages.get("storage.error." + kind.name(), file == null ? "" : file.getFileName(),
                file == null ? "" : file.toAbsolutePath().getParent()), cause);
        this.kind = kind;
        this.file = file;
    }

    public Kind kind() {
        return kind;
    }

    public Path file() {
        return file;
    }
}
