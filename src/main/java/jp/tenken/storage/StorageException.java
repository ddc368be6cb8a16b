package jp.tenken.storage;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.SQLException;
import jp.tenken.domain.FileFailure;
import jp.tenken.i18n.Messages;
import org.sqlite.SQLiteException;

/**
 * A workbook file could not be opened or written. The message says, in the user's language, what happened and
 * what to do; {@link #kind()} lets callers react (e.g. keep an unsaved value on screen).
 */
public class StorageException extends jp.tenken.i18n.UserMessageException {

    /** What went wrong, each with its message key {@code storage.error.<name>}. */
    public enum Kind {
        NOT_FOUND, NOT_A_WORKBOOK, EMPTY_FILE, OTHER_DATABASE, CORRUPT, NEWER_VERSION, ALREADY_OPEN, READ_ONLY,
        DISK_FULL, IO, LOCKED, IS_DIRECTORY, BACKUP_FAILED, RULE, YEAR_FINAL
    }

    /** What the file's trigger says when a finalised year's answers would change (V006). */
    static final String FINAL_YEAR_REFUSAL = "fiscal year is final";

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

    /** What a failed SQLite call means for the person: a full disk, a read-only place, a lock, damage, or I/O. */
    static Kind kindOf(SQLException e) {
        if (String.valueOf(e.getMessage()).contains(FINAL_YEAR_REFUSAL)) {
            return Kind.YEAR_FINAL;
        }
        if (e instanceof SQLiteException se) {
            String name = se.getResultCode().name();
            if (name.startsWith("SQLITE_FULL")) {
                return Kind.DISK_FULL;
            }
            if (name.startsWith("SQLITE_READONLY")) {
                return Kind.READ_ONLY;
            }
            if (name.startsWith("SQLITE_BUSY") || name.startsWith("SQLITE_LOCKED")) {
                return Kind.LOCKED;
            }
            if (name.startsWith("SQLITE_CORRUPT") || name.startsWith("SQLITE_NOTADB")) {
                return Kind.CORRUPT;
            }
            if (name.startsWith("SQLITE_CANTOPEN")) {
                return Kind.NOT_FOUND;
            }
        }
        String m = String.valueOf(e.getMessage());
        if (m.contains("SQLITE_FULL") || m.contains("disk is full")) {
            return Kind.DISK_FULL;
        }
        return Kind.IO;
    }

    /** What a failed file operation means for the person. */
    static Kind kindOf(IOException e) {
        return switch (FileFailure.of(e)) {
            case DENIED -> Kind.READ_ONLY;
            case NO_SPACE -> Kind.DISK_FULL;
            default -> Kind.IO;
        };
    }
}
