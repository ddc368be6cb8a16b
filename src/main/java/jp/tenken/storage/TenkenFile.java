package jp.tenken.storage;

import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Set;
import java.util.TreeSet;
import jp.tenken.domain.FiscalYear;

/**
 * The open .tenken file: opened (and locked) or created, backed up, closed; closing it releases the file for other
 * programs. It hands out no repository: the composition root builds them on {@link #database()}.
 */
public final class TenkenFile implements AutoCloseable {
    private final Database db;

    private TenkenFile(Database db) {
        this.db = db;
    }

    public static TenkenFile create(Path file) {
        return new TenkenFile(Database.create(file));
    }

    public static TenkenFile open(Path file) {
        return new TenkenFile(Database.open(file));
    }

    /** Opens with a given shared-folder detector (tests: a file treated as being on a share). */
    static TenkenFile open(Path file, SharedFolder.Detector network) {
        return new TenkenFile(Database.open(file, network));
    }

    /** The connection the repositories are built on; for the composition root, which builds them. */
    public Database database() {
        return db;
    }

    public Path file() {
        return db.file();
    }

    /** Copies the whole file, consistently, into the backup folder (named with {@code reason}) and returns the copy. */
    public Path backup(String reason) {
        return db.backup(reason);
    }

    @Override
    public void close() {
        db.close();
    }

    /**
     * Closes the file, first keeping a copy of it if it changed since the newest copy (by content, see
     * {@link ContentFingerprint}); then the newest {@code keep} copies made on close are kept, plus the last copy
     * made in each fiscal year the file holds.
     */
    public void closeWithBackup(int keep) {
        try {
            if (keep > 0) {
                Backups backups = backups();
                if (!backups.newestHolds(db.fingerprint())) {
                    db.backup("close");
                }
                backups.prune(keep, fiscalYears());
            }
        } finally {
            db.close();
        }
    }

    /** Whether the file lies on a network location (a NAS or a Windows share): it then uses the rollback journal. */
    public boolean onSharedFolder() {
        return db.onSharedFolder();
    }

    /** The fiscal years this file has assessments for, oldest first. */
    public Set<FiscalYear> fiscalYears() {
        return db.read(c -> {
            Set<FiscalYear> years = new TreeSet<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT DISTINCT fiscal_year FROM assessment");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    years.add(new FiscalYear(rs.getInt(1)));
                }
            }
            return years;
        });
    }

    public Backups backups() {
        return new Backups(db.file());
    }
}
