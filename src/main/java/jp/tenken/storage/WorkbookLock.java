package jp.tenken.storage;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The early, friendly guard against opening a workbook twice: the file itself claimed in this process (by its
 * identity, so a hard or symbolic link to an open file is caught before anything reads it) and a {@code <file>.lock}
 * beside it held with an operating-system lock. The real guard is SQLite's exclusive lock on the database file,
 * taken by {@link WorkbookConnector}; this one only answers sooner and keeps this process from reading a file it
 * already has open (closing any handle on a file drops every POSIX lock the process holds on it).
 */
final class WorkbookLock implements AutoCloseable {
    private static final Set<Object> OPEN_IN_THIS_PROCESS = ConcurrentHashMap.newKeySet();

    private final Path lockFile;
    private final List<Object> identities = new ArrayList<>();
    private FileChannel channel;
    private FileLock lock;

    private WorkbookLock(Path lockFile, Object identity) {
        this.lockFile = lockFile;
        identities.add(identity);
    }

    /** Claims a file just created under this lock by its identity too (it had none before it existed). */
    void claimCreated(Path file) {
        Object identity = identityOf(file);
        if (OPEN_IN_THIS_PROCESS.add(identity)) {
            identities.add(identity);
        }
    }

    /**
     * Claims the workbook in this process or throws {@code ALREADY_OPEN}; call before anything opens the file, then
     * {@link #lockBesideFile} once the file passed its checks.
     */
    static WorkbookLock claim(Path file) {
        Object identity = identityOf(file);
        if (!OPEN_IN_THIS_PROCESS.add(identity)) {
            throw new StorageException(StorageException.Kind.ALREADY_OPEN, file, null);
        }
        return new WorkbookLock(lockFileOf(file), identity);
    }

    static Path lockFileOf(Path file) {
        return file.resolveSibling(file.getFileName() + ".lock");
    }

    /** The file's identity: device and inode where the system has them, else its real path. */
    private static Object identityOf(Path file) {
        try {
            if (Files.exists(file)) {
                Object key = Files.readAttributes(file, BasicFileAttributes.class).fileKey();
                return key != null ? key : file.toRealPath().toString();
            }
            return file.toAbsolutePath().normalize().toString();
        } catch (IOException e) {
            return file.toAbsolutePath().normalize().toString();
        }
    }

    /** Takes the lock on {@code <file>.lock} or throws {@code ALREADY_OPEN} (another process holds it). */
    void lockBesideFile(Path file) {
        try {
            channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            try {
                lock = channel.tryLock();
            } catch (OverlappingFileLockException e) {
                lock = null;
            }
            if (lock == null) {
                channel.close();
                channel = null;
                throw new StorageException(StorageException.Kind.ALREADY_OPEN, file, null);
            }
        } catch (IOException e) {
            throw new StorageException(StorageException.kindOf(e), file, e);
        }
    }

    /** Releases the claim; the lock file is removed only by the one who held its lock. */
    @Override
    public void close() {
        identities.forEach(OPEN_IN_THIS_PROCESS::remove);
        identities.clear();
        try {
            if (lock != null) {
                lock.release();
                Files.deleteIfExists(lockFile);
            }
            if (channel != null && channel.isOpen()) {
                channel.close();
            }
        } catch (IOException ignored) {
            // a stale lock file is harmless: the OS lock died with the channel
        } finally {
            lock = null;
            channel = null;
        }
    }
}
