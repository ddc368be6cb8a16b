package jp.tenken.storage;

import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import jp.tenken.domain.Answer;
import jp.tenken.domain.Assessment;
import jp.tenken.domain.FiscalYear;
import jp.tenken.domain.FormKind;
import jp.tenken.domain.VendorForm;

/** An open workbook file and its repositories; closing it releases the file for other programs. */
public final class Workbook implements AutoCloseable {
    private final Database db;
    private final FacilityRepository facility;
    private final VendorRepository vendors;
    private final VendorFormRepository vendorForms;
    private final AssessmentRepository assessments;
    private final AnswerRepository answers;
    private final SettingRepository settings;
    private final DeepCheckRepository deepChecks;
    private final ChangeLog changeLog;
    private final FinalYearRepository finalYears;
    private final EditionMoveRepository editionMoves;

    private Workbook(Database db) {
        this.db = db;
        this.facility = new FacilityRepository(db);
        this.vendors = new VendorRepository(db);
        this.vendorForms = new VendorFormRepository(db);
        this.assessments = new AssessmentRepository(db);
        this.answers = new AnswerRepository(db);
        this.settings = new SettingRepository(db);
        this.deepChecks = new DeepCheckRepository(db);
        this.changeLog = new ChangeLog(db);
        this.finalYears = new FinalYearRepository(db);
        this.editionMoves = new EditionMoveRepository(db);
    }

    public static Workbook create(Path file) {
        return new Workbook(Database.create(file));
    }

    public static Workbook open(Path file) {
        return new Workbook(Database.open(file));
    }

    /** Opens with a given shared-folder detector (tests: a workbook treated as being on a share). */
    static Workbook open(Path file, SharedFolder.Detector network) {
        return new Workbook(Database.open(file, network));
    }

    public Database database() {
        return db;
    }

    public Path file() {
        return db.file();
    }

    public FacilityRepository facility() {
        return facility;
    }

    public VendorRepository vendors() {
        return vendors;
    }

    /** The sending and return of each vendor's 事業者確認用 per fiscal year. */
    public VendorFormRepository vendorForms() {
        return vendorForms;
    }

    public AssessmentRepository assessments() {
        return assessments;
    }

    public AnswerRepository answers() {
        return answers;
    }

    public SettingRepository settings() {
        return settings;
    }

    public DeepCheckRepository deepChecks() {
        return deepChecks;
    }

    /** The fiscal years finalised after the 立入検査, whose answers are read-only. */
    public FinalYearRepository finalYears() {
        return finalYears;
    }

    /** Moves of a year's form to a newer edition, and what each form held before. */
    public EditionMoveRepository editionMoves() {
        return editionMoves;
    }

    public ChangeLog changeLog() {
        return changeLog;
    }

    /**
     * Takes in a form read from a file: starts the year's assessment if needed, writes the answers (each with its
     * change-log entry) and, for a vendor's form, its new status — all in one transaction, or nothing.
     *
     * @return the assessment the answers went to
     */
    public Assessment importForm(FiscalYear year, String editionId, FormKind kind, Long vendorId,
                                 List<Answer> answers, VendorForm vendorForm, String sourceFile, Instant now) {
        return db.inTransaction(c -> {
            Assessment a = AssessmentRepository.findOrInsert(c, year, editionId, kind, vendorId, now);
            if (!a.editionId().equals(editionId)) {
                throw new IllegalStateException("assessment " + a.id() + " is on edition " + a.editionId());
            }
            AnswerRepository.writeAll(c, a.id(), answers, now);
            ChangeLog.append(c, now, "assessment:" + a.id(), "import", null,
                    sourceFile + " (" + answers.size() + " answers)");
            if (vendorForm != null) {
                VendorFormRepository.write(c, vendorForm, now);
            }
            return a;
        });
    }

    @Override
    public void close() {
        db.close();
    }

    /**
     * Closes the workbook, first keeping a copy of it if it changed since the newest copy (by content, see
     * {@link ContentFingerprint}); then the newest {@code keep} copies made on close are kept, plus the last copy
     * made in each fiscal year the workbook holds.
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

    /** Whether the workbook lies on a network location (a NAS or a Windows share): it then uses the rollback journal. */
    public boolean onSharedFolder() {
        return db.onSharedFolder();
    }

    /** The fiscal years this workbook has assessments for, oldest first. */
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
