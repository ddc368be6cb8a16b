package jp.tenken.storage;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

/**
 * The one connection to a workbook file. Opening checks, before SQLite may write anything, that the file is a
 * Tenken workbook of a version this app understands and is not open elsewhere, then holds the file's lock until the
 * close and brings the schema up to date (after copying the file aside). Every method is synchronized: one writer,
 * as SQLite wants.
 */
public final class Database implements AutoCloseable {

    /** 'TKN1' in the SQLite header, so any other database is refused. */
    public static final int APPLICATION_ID = 0x544B4E31;
    public static final String EXTENSION = ".tenken";
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    private final Path file;
    private final Connection connection;
    private final WorkbookLock lock;
    private final boolean onSharedFolder;

    private Database(Path file, Connection connection, WorkbookLock lock, boolean onSharedFolder) {
        this.file = file;
        this.connection = connection;
        this.lock = lock;
        this.onSharedFolder = onSharedFolder;
    }

    /** Creates a new, empty workbook; refuses to overwrite anything. */
    public static Database create(Path file) {
        return create(file, SharedFolder.SYSTEM);
    }

    static Database create(Path file, SharedFolder.Detector network) {
        WorkbookFileCheck.requireCreatable(file);
        return openLocked(file, true, network);
    }

    /** Opens an existing workbook, refusing foreign, damaged, newer or already open files without changing them. */
    public static Database open(Path file) {
        return open(file, SharedFolder.SYSTEM);
    }

    static Database open(Path file, SharedFolder.Detector network) {
        WorkbookFileCheck.requireExistingFile(file);
        return openLocked(file, false, network);
    }

    private static Database openLocked(Path file, boolean creating, SharedFolder.Detector network) {
        WorkbookLock lock = WorkbookLock.claim(file);
        Connection c = null;
        try {
            if (!creating) {
                WorkbookFileCheck.requireOpenable(file);
            }
            lock.lockBesideFile(file);
            boolean shared = network.isNetwork(file);
            WorkbookConnector.Connected connected = WorkbookConnector.connect(file, creating, shared);
            c = connected.connection();
            if (creating) {
                lock.claimCreated(file);
            }
            Database db = new Database(file, c, lock, shared);
            Migrations.migrate(c, connected.version(), () -> db.backup("before-v" + Migrations.latest()));
            return db;
        } catch (StorageException e) {
            closeQuietly(c, lock);
            throw e;
        } catch (SQLException e) {
            closeQuietly(c, lock);
            StorageException.Kind k = StorageException.kindOf(e);
            throw new StorageException(k == StorageException.Kind.IO && !creating ? StorageException.Kind.CORRUPT : k,
                    file, e);
        } catch (RuntimeException e) {
            closeQuietly(c, lock);
            throw e;
        }
    }

    private static void closeQuietly(Connection c, WorkbookLock lock) {
        try {
            if (c != null) {
                c.close();
            }
        } catch (SQLException ignored) {
            // nothing more to do: the open failed already
        } finally {
            lock.close();
        }
    }

    static Path lockFileOf(Path file) {
        return WorkbookLock.lockFileOf(file);
    }

    /** Whether the workbook lies on a network location and so uses the rollback journal instead of WAL. */
    public boolean onSharedFolder() {
        return onSharedFolder;
    }

    /** The folder where copies of this workbook are kept. */
    public Path backupFolder() {
        return file.toAbsolutePath().getParent().resolve("backups");
    }

    /** Copies the whole workbook, consistently, to a new file in the backup folder and returns it. */
    public synchronized Path backup(String reason) {
        String base = file.getFileName().toString();
        if (base.endsWith(EXTENSION)) {
            base = base.substring(0, base.length() - EXTENSION.length());
        }
        String stem = base + "-" + STAMP.format(LocalDateTime.now()) + "-" + reason;
        Path target = backupFolder().resolve(stem + EXTENSION);
        try {
            Files.createDirectories(target.getParent());
            int n = 1;
            while (Files.exists(target)) {
                target = target.resolveSibling(stem + "-" + (n++) + EXTENSION);
            }
            try (Statement s = connection.createStatement()) {
                s.execute("VACUUM INTO '" + target.toAbsolutePath().toString().replace("'", "''") + "'");
            }
            return target;
        } catch (IOException | SQLException e) {
            try {
                Files.deleteIfExists(target);
            } catch (IOException ignored) {
                // the failed copy is not the workbook; leaving it is harmless
            }
            throw new StorageException(StorageException.Kind.BACKUP_FAILED, file, e);
        }
    }

    /** Runs work in one IMMEDIATE transaction: all of it is saved, or none. */
    public synchronized <T> T inTransaction(SqlWork<T> work) {
        T result;
        try {
            connection.setAutoCommit(false);
            result = work.run(connection);
            connection.commit();
        } catch (SQLException e) {
            rollbackQuietly();
            throw new StorageException(StorageException.kindOf(e), file, e);
        } catch (RuntimeException e) {
            rollbackQuietly();
            throw e;
        } finally {
            try {
                // the driver keeps a transaction open while auto-commit is off; close it before the checkpoint
                connection.setAutoCommit(true);
            } catch (SQLException ignored) {
                // the connection is unusable; the next call reports it
            }
        }
        checkpoint();
        return result;
    }

    /**
     * Copies committed pages from the WAL into the workbook file after every save, so the .tenken file alone
     * holds every answer even if someone copies it without its -wal file after a crash. Our files are small and
     * saves are human-paced, so the extra write is cheap. (With the rollback journal this does nothing.)
     */
    private void checkpoint() {
        try (Statement s = connection.createStatement()) {
            s.execute("PRAGMA wal_checkpoint(PASSIVE)");
        } catch (SQLException ignored) {
            // the WAL keeps the data; the next checkpoint or the close will copy it
        }
    }

    /** Runs a read. */
    public synchronized <T> T read(SqlWork<T> work) {
        try {
            return work.run(connection);
        } catch (SQLException e) {
            throw new StorageException(StorageException.kindOf(e), file, e);
        }
    }

    private void rollbackQuietly() {
        try {
            connection.rollback();
        } catch (SQLException ignored) {
            // the transaction is gone with the failure
        }
    }

    public Path file() {
        return file;
    }

    public synchronized int schemaVersion() {
        return read(c -> intPragma(c, "user_version"));
    }

    /** {@code PRAGMA integrity_check}: "ok" for a sound file. */
    public synchronized String integrityCheck() {
        return read(c -> stringPragma(c, "integrity_check"));
    }

    /** {@code PRAGMA journal_mode}: "wal" on a local disk, "delete" on a shared folder. */
    public synchronized String journalMode() {
        return read(c -> stringPragma(c, "journal_mode"));
    }

    /** A digest of everything the workbook holds (see {@link ContentFingerprint}). */
    public synchronized String fingerprint() {
        return read(ContentFingerprint::of);
    }

    @Override
    public synchronized void close() {
        try {
            if (!connection.isClosed()) {
                try (Statement s = connection.createStatement()) {
                    s.execute("PRAGMA wal_checkpoint(TRUNCATE)");
                } catch (SQLException ignored) {
                    // the WAL stays and is replayed on the next open
                }
                connection.close();
            }
        } catch (SQLException e) {
            throw new StorageException(StorageException.kindOf(e), file, e);
        } finally {
            lock.close();
        }
    }

    static int intPragma(Connection c, String name) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("PRAGMA " + name)) {
            return rs.next() ? rs.getInt(1) : 0;
        }
    }

    static String stringPragma(Connection c, String name) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("PRAGMA " + name)) {
            return rs.next() ? rs.getString(1) : "";
        }
    }

    /** A unit of JDBC work. */
    @FunctionalInterface
    public interface SqlWork<T> {
        T run(Connection c) throws SQLException;
    }
}
