package jp.tenken.storage;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;
import org.sqlite.JDBC;
import org.sqlite.SQLiteException;

/**
 * Opens the JDBC connection to a workbook and holds the operating system's lock on the database file itself for as
 * long as it is open ({@code locking_mode=EXCLUSIVE}, taken at once by an empty exclusive transaction): a second
 * program that reaches the same file under any name — another path, a hard or symbolic link, another PC on a share
 * — is refused before it reads or writes anything. Then it checks that the file is ours, of a version we understand
 * and sound, and sets the journal (WAL, or the rollback journal on a shared folder), {@code synchronous=FULL} and
 * foreign keys.
 */
final class WorkbookConnector {

    /** How long to wait for a lock another program holds before saying the workbook is open elsewhere. */
    private static final int LOCK_WAIT_MS = 1000;
    /** How long a statement waits for a lock afterwards (nobody else can hold one; kept as a safety net). */
    private static final int BUSY_TIMEOUT_MS = 5000;

    /** An open, checked connection and the schema version the file had. */
    record Connected(Connection connection, int version, String journalMode) {
    }

    private WorkbookConnector() {
    }

    static Connected connect(Path file, boolean creating, boolean onSharedFolder) throws SQLException {
        Properties props = new Properties();
        // Take the write lock when a transaction begins, so a save never fails half-way on a busy file.
        props.setProperty("transaction_mode", "IMMEDIATE");
        props.setProperty("locking_mode", "EXCLUSIVE");
        Connection c = open(file, props);
        try {
            takeExclusiveLock(c, file);
            int version = verify(c, file, creating);
            String journal = configure(c, creating, onSharedFolder);
            return new Connected(c, version, journal);
        } catch (SQLException | RuntimeException e) {
            closeQuietly(c);
            throw e;
        }
    }

    /**
     * A connection from sqlite-jdbc's driver itself. {@code DriverManager} would first look for every JDBC driver on
     * the class path (a ServiceLoader lookup through each of the app's jars: 56 ms of the workbook's opening in a
     * wall-clock profile of the start).
     */
    static Connection open(Path file, Properties props) throws SQLException {
        return JDBC.createConnection(JDBC.PREFIX + file.toAbsolutePath(), props);
    }

    /**
     * Starts and commits an empty exclusive transaction: in exclusive locking mode SQLite then keeps the file's
     * lock (and, in WAL mode, keeps the WAL index in private memory instead of a -shm file) until the close.
     */
    private static void takeExclusiveLock(Connection c, Path file) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("PRAGMA busy_timeout = " + LOCK_WAIT_MS);
            try {
                s.execute("BEGIN EXCLUSIVE");
            } catch (SQLiteException e) {
                if (StorageException.kindOf(e) == StorageException.Kind.LOCKED) {
                    throw new StorageException(StorageException.Kind.ALREADY_OPEN, file, e);
                }
                throw e;
            }
            s.execute("COMMIT");
            s.execute("PRAGMA busy_timeout = " + BUSY_TIMEOUT_MS);
        }
    }

    private static int verify(Connection c, Path file, boolean creating) throws SQLException {
        int appId = Database.intPragma(c, "application_id");
        int version = Database.intPragma(c, "user_version");
        if (creating) {
            return version;
        }
        if (appId != Database.APPLICATION_ID) {
            throw new StorageException(StorageException.Kind.OTHER_DATABASE, file, null);
        }
        if (version > Migrations.latest()) {
            throw new StorageException(StorageException.Kind.NEWER_VERSION, file, null);
        }
        if (version < 1) {
            throw new StorageException(StorageException.Kind.CORRUPT, file, null);
        }
        String check = Database.stringPragma(c, "quick_check");
        if (!"ok".equals(check)) {
            throw new StorageException(StorageException.Kind.CORRUPT, file, new SQLException("quick_check: " + check));
        }
        return version;
    }

    /** Sets the journal and the safety pragmas; returns the journal mode in force. */
    private static String configure(Connection c, boolean creating, boolean onSharedFolder) throws SQLException {
        String journal = onSharedFolder ? "DELETE" : "WAL";
        try (Statement s = c.createStatement()) {
            s.execute("PRAGMA journal_mode = " + journal);
            s.execute("PRAGMA synchronous = FULL");
            s.execute("PRAGMA foreign_keys = ON");
            if (creating) {
                s.execute("PRAGMA application_id = " + Database.APPLICATION_ID);
            }
        }
        return Database.stringPragma(c, "journal_mode");
    }

    private static void closeQuietly(Connection c) {
        try {
            c.close();
        } catch (SQLException ignored) {
            // nothing more to do: the open failed already
        }
    }
}
