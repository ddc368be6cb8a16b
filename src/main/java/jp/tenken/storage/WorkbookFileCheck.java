package jp.tenken.storage;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.DosFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Arrays;

/**
 * The checks made on a workbook file before SQLite may touch it: it exists and is a file, starts with SQLite's
 * header, is long enough to be a database, and is writable — so a foreign, empty or read-only file is refused with
 * its own message and left exactly as it was.
 */
final class WorkbookFileCheck {
    private static final byte[] SQLITE_MAGIC = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);

    private WorkbookFileCheck() {
    }

    /** A new workbook may be made here: nothing exists at the path, and its folder exists or can be made. */
    static void requireCreatable(Path file) {
        if (Files.exists(file)) {
            throw new StorageException(StorageException.Kind.IO, file,
                    new IOException("file already exists: " + file));
        }
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
        } catch (IOException e) {
            throw new StorageException(StorageException.kindOf(e), file, e);
        }
    }

    /** The path names an existing file, not a folder (checked without opening it). */
    static void requireExistingFile(Path file) {
        if (!Files.exists(file)) {
            throw new StorageException(StorageException.Kind.NOT_FOUND, file, null);
        }
        if (Files.isDirectory(file)) {
            throw new StorageException(StorageException.Kind.IS_DIRECTORY, file, null);
        }
    }

    /** The file looks like a SQLite database and may be written, with its folder. */
    static void requireOpenable(Path file) {
        checkHeader(file);
        if (markedReadOnly(file) || !Files.isWritable(file) || !Files.isWritable(file.toAbsolutePath().getParent())) {
            throw new StorageException(StorageException.Kind.READ_ONLY, file, null);
        }
    }

    /**
     * Whether the user marked the file read-only (Windows' read-only attribute, or no owner write permission):
     * respected even where the process could write anyway (an administrator, root).
     */
    static boolean markedReadOnly(Path file) {
        try {
            if (Files.getFileStore(file).supportsFileAttributeView("posix")) {
                return !Files.getPosixFilePermissions(file).contains(PosixFilePermission.OWNER_WRITE);
            }
            return Files.readAttributes(file, DosFileAttributes.class).isReadOnly();
        } catch (IOException | UnsupportedOperationException e) {
            return false;
        }
    }

    private static void checkHeader(Path file) {
        try {
            long size = Files.size(file);
            if (size == 0) {
                throw new StorageException(StorageException.Kind.EMPTY_FILE, file, null);
            }
            byte[] head = new byte[SQLITE_MAGIC.length];
            try (InputStream in = Files.newInputStream(file)) {
                int n = in.readNBytes(head, 0, head.length);
                if (n < head.length || !Arrays.equals(head, SQLITE_MAGIC)) {
                    throw new StorageException(StorageException.Kind.NOT_A_WORKBOOK, file, null);
                }
            }
            if (size < 512) {
                throw new StorageException(StorageException.Kind.CORRUPT, file, null);
            }
        } catch (IOException e) {
            throw new StorageException(StorageException.kindOf(e), file, e);
        }
    }
}
