package jp.tenken.storage;

import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

/**
 * The one connection to a workbook file. Opening checks, before SQLite may write anything, that the file is a
 * Tenken workbook of a version this app understands and is not open elsewhere; then it turns on WAL,
 * {@code synchronous=FULL} and foreign keys and brings the schema up to date (after copying the file aside).
 * Every method is synchronized: one writer, as SQLite wants.
 */
public final class Database implements AutoCloseable {

    /** 'TKN1' in the SQLite header, so any other database is refused. */
    public static final int APPLICATION_ID = 0x544B4E31;
    public static final String EXTENSION = ".tenken";
    private static final byte[] SQLITE_MAGIC = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    private final Path file;
    private final Connection connection;
    private final FileChannel lockChannel;
    private final FileLock lock;
    private final Path lockFile;

    private Database(Path file, Connection connection, FileChannel lockChannel, FileLock lock, Path lockFile) {
        this.file = file;
        this.connection = connection;
        this.lockChannel = lockChannel;
        this.lock = lock;
        this.lockFile = lockFile;
    }

    /** Creates a new, empty workbook; refuses to overwrite anything. */
    public static Database create(Path file) {
        if (Files.exists(file)) {
            throw new StorageException(StorageException.Kind.IO, file,
                    new IOException("file already exists: " + file));
        }
        try {
            Path parent = file.toAbsolutePath().getParent();
            Files.createDirectories(parent);
        } catch (IOException e) {
            throw new StorageException(kindOf(e), file, e);
        }
        return openChecked(file, true);
    }

    /** Opens an existing workbook, refusing foreign, damaged, newer or already open files without changing them. */
    public static Database open(Path file) {
        if (!Files.exists(file)) {
            throw new StorageException(StorageException.Kind.NOT_FOUND, file, null);
        }
        if (Files.isDirectory(file)) {
            throw new StorageException(StorageException.Kind.IS_DIRECTORY, file, null);
        }
        checkHeader(file);
        if (markedReadOnly(file) || !Files.isWritable(file) || !Files.isWritable(file.toAbsolutePath().getParent())) {
            throw new StorageException(StorageException.Kind.READ_ONLY, file, null);
        }
        return openChecked(file, false);
    }

    /**
     * Whether the user marked the file read-only (Windows' read-only attribute, or no owner write permission):
     * respected even where the process could write anyway (an administrator, root).
     */
    static boolean markedReadOnly(Path file) {
        try {
            if (Files.getFileStore(file).supportsFileAttributeView("posix")) {
                return !Files.getPosixFilePermissions(file).contains(java.nio.file.attribute.PosixFilePermission.OWNER_WRITE);
            }
            var dos = Files.readAttributes(file, java.nio.file.attribute.DosFileAttributes.class);
            return dos.isReadOnly();
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
            throw new StorageException(kindOf(e), file, e);
        }
    }

    private static Database openChecked(Path file, boolean creating) {
        Path lockFile = lockFileOf(file);
        FileChannel channel = null;
        FileLock lock = null;
        Connection c = null;
        try {
            channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            try {
                lock = channel.tryLock();
            } catch (OverlappingFileLockException e) {
                lock = null;
            }
            if (lock == null) {
                channel.close();
                throw new StorageException(StorageException.Kind.ALREADY_OPEN, file, null);
            }
            java.util.Properties props = new java.util.Properties();
            // Take the write lock when a transaction begins, so a save never fails half-way on a busy file.
            props.setProperty("transaction_mode", "IMMEDIATE");
            c = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath(), props);
            try (Statement s = c.createStatement()) {
                s.execute("PRAGMA busy_timeout = 5000");
            }
            int appId = intPragma(c, "application_id");
            int version = intPragma(c, "user_version");
            if (!creating) {
                if (appId != APPLICATION_ID) {
                    throw new StorageException(StorageException.Kind.OTHER_DATABASE, file, null);
                }
                if (version > Migrations.latest()) {
                    throw new StorageException(StorageException.Kind.NEWER_VERSION, file, null);
                }
                if (version < 1) {
                    throw new StorageException(StorageException.Kind.CORRUPT, file, null);
                }
                String check = stringPragma(c, "quick_check");
                if (!"ok".equals(check)) {
                    throw new StorageException(StorageException.Kind.CORRUPT, file,
                            new SQLException("quick_check: " + check));
                }
            }
            try (Statement s = c.createStatement()) {
                s.execute("PRAGMA journal_mode = WAL");
                s.execute("PRAGMA synchronous = FULL");
                s.execute("PRAGMA foreign_keys = ON");
                if (creating) {
                    s.execute("PRAGMA application_id = " + APPLICATION_ID);
                }
            }
            Database db = new Database(file, c, channel, lock, lockFile);
            db.migrate(version);
            return db;
        } catch (StorageException e) {
            closeQuietly(c, channel, lock, lockFile, e.kind() != StorageException.Kind.ALREADY_OPEN);
            throw e;
        } catch (SQLException e) {
            closeQuietly(c, channel, lock, lockFile, true);
            StorageException.Kind k = kindOf(e);
            throw new StorageException(k == StorageException.Kind.IO && !creating ? StorageException.Kind.CORRUPT : k,
                    file, e);
        } catch (IOException e) {
            closeQuietly(c, channel, lock, lockFile, true);
            throw new StorageException(kindOf(e), file, e);
        }
    }

    private static void closeQuietly(Connection c, FileChannel channel, FileLock lock, Path lockFile, boolean owned) {
        try {
            if (c != null) {
                c.close();
            }
        } catch (SQLException ignored) {
            // nothing more to do: the open failed already
        }
        try {
            if (owned && lock != null) {
                lock.release();
                Files.deleteIfExists(lockFile);
            }
            if (channel != null && channel.isOpen()) {
                channel.close();
            }
        } catch (IOException ignored) {
            // a stale lock file is harmless: the OS lock died with the channel
        }
    }

    static Path lockFileOf(Path file) {
        return file.resolveSibling(file.getFileName() + ".lock");
    }

    private void migrate(int from) throws SQLException {
        if (from >= Migrations.latest()) {
            return;
        }
        if (from > 0) {
            backup("before-v" + Migrations.latest());
        }
        for (int v = from; v < Migrations.latest(); v++) {
            String sql = script(Migrations.SCRIPTS.get(v));
            connection.setAutoCommit(false);
            try (Statement s = connection.createStatement()) {
                for (String stmt : splitStatements(sql)) {
                    s.execute(stmt);
                }
                s.execute("PRAGMA user_version = " + (v + 1));
                connection.commit();
            } catch (SQLException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
        }
    }

    /** Splits a script on semicolons that end a line, keeping trigger bodies (BEGIN … END;) whole. */
    static java.util.List<String> splitStatements(String sql) {
        java.util.List<String> out = new java.util.ArrayList<>();
        StringBuilder cur = new StringBuilder();
        boolean inTrigger = false;
        for (String line : sql.split("\n")) {
            String t = line.strip();
            if (t.startsWith("--") || t.isEmpty()) {
                continue;
            }
            cur.append(line).append('\n');
            if (t.toUpperCase().startsWith("CREATE TRIGGER")) {
                inTrigger = true;
            }
            if (inTrigger) {
                if (t.toUpperCase().equals("END;")) {
                    out.add(cur.toString());
                    cur.setLength(0);
                    inTrigger = false;
                }
            } else if (t.endsWith(";")) {
                out.add(cur.toString());
                cur.setLength(0);
            }
        }
        if (!cur.toString().isBlank()) {
            out.add(cur.toString());
        }
        return out;
    }

    private static String script(String name) {
        try (InputStream in = Database.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("migration script missing: " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("migration script unreadable: " + name, e);
        }
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
        Path target = backupFolder().resolve(base + "-" + STAMP.format(LocalDateTime.now()) + "-" + reason + EXTENSION);
        try {
            Files.createDirectories(target.getParent());
            int n = 1;
            while (Files.exists(target)) {
                target = target.resolveSibling(base + "-" + STAMP.format(LocalDateTime.now()) + "-" + reason + "-"
                        + (n++) + EXTENSION);
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
            throw new StorageException(kindOf(e), file, e);
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
     * saves are human-paced, so the extra write is cheap.
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
            throw new StorageException(kindOf(e), file, e);
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
            throw new StorageException(kindOf(e), file, e);
        } finally {
            closeQuietly(null, lockChannel, lock, lockFile, true);
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

    static StorageException.Kind kindOf(SQLException e) {
        if (e instanceof SQLiteException se) {
            SQLiteErrorCode code = se.getResultCode();
            String name = code.name();
            if (name.startsWith("SQLITE_FULL")) {
                return StorageException.Kind.DISK_FULL;
            }
            if (name.startsWith("SQLITE_READONLY")) {
                return StorageException.Kind.READ_ONLY;
            }
            if (name.startsWith("SQLITE_BUSY") || name.startsWith("SQLITE_LOCKED")) {
                return StorageException.Kind.LOCKED;
            }
            if (name.startsWith("SQLITE_CORRUPT") || name.startsWith("SQLITE_NOTADB")) {
                return StorageException.Kind.CORRUPT;
            }
            if (name.startsWith("SQLITE_CANTOPEN")) {
                return StorageException.Kind.NOT_FOUND;
            }
        }
        String m = String.valueOf(e.getMessage());
        if (m.contains("SQLITE_FULL") || m.contains("disk is full")) {
            return StorageException.Kind.DISK_FULL;
        }
        return StorageException.Kind.IO;
    }

    static StorageException.Kind kindOf(IOException e) {
        if (e instanceof AccessDeniedException) {
            return StorageException.Kind.READ_ONLY;
        }
        String m = String.valueOf(e.getMessage());
        if (m.contains("No space left") || m.contains("not enough space")) {
            return StorageException.Kind.DISK_FULL;
        }
        return StorageException.Kind.IO;
    }

    /** A unit of JDBC work. */
    @FunctionalInterface
    public interface SqlWork<T> {
        T run(Connection c) throws SQLException;
    }
}
