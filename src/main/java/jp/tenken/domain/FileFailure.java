package jp.tenken.domain;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;

/**
 * What a failed file operation means for the person, read once from the exception (its type, and for what the
 * JDK reports only as text, the operating system's message): the one place that reads those messages.
 */
public enum FileFailure {
    /** The disk (or the user's quota) is full. */
    NO_SPACE,
    /** Writing is refused: no permission, a read-only file system, or the file open in another program. */
    DENIED,
    /** The folder or file is not there. */
    MISSING,
    /** Another failure the file system reported about a path. */
    OTHER_FILE_SYSTEM,
    /** Anything else. */
    OTHER;

    /** The meaning of {@code e}. */
    public static FileFailure of(IOException e) {
        String m = String.valueOf(e.getMessage());
        if (m.contains("No space left") || m.contains("not enough space") || m.contains("Disk quota")) {
            return NO_SPACE;
        }
        if (e instanceof AccessDeniedException || m.contains("being used by another process")
                || m.contains("Read-only file system") || m.contains("Permission denied")) {
            return DENIED;
        }
        if (e instanceof NoSuchFileException) {
            return MISSING;
        }
        if (e instanceof FileSystemException) {
            return OTHER_FILE_SYSTEM;
        }
        return OTHER;
    }
}
