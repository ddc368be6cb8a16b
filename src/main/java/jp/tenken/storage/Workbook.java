package jp.tenken.storage;

import java.nio.file.Path;

/** An open workbook file and its repositories; closing it releases the file for other programs. */
public final class Workbook implements AutoCloseable {
    private final Database db;
    private final FacilityRepository facility;
    private final VendorRepository vendors;
    private final AssessmentRepository assessments;
    private final AnswerRepository answers;
    private final SettingRepository settings;
    private final DeepCheckRepository deepChecks;
    private final ChangeLog changeLog;

    private Workbook(Database db) {
        this.db = db;
        this.facility = new FacilityRepository(db);
        this.vendors = new VendorRepository(db);
        this.assessments = new AssessmentRepository(db);
        this.answers = new AnswerRepository(db);
        this.settings = new SettingRepository(db);
        this.deepChecks = new DeepCheckRepository(db);
        this.changeLog = new ChangeLog(db);
    }

    public static Workbook create(Path file) {
        return new Workbook(Database.create(file));
    }

    public static Workbook open(Path file) {
        return new Workbook(Database.open(file));
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

    public ChangeLog changeLog() {
        return changeLog;
    }

    @Override
    public void close() {
        db.close();
    }

    /** Closes the workbook after keeping a copy of it; the newest {@code keep} copies made on close are kept. */
    public void closeWithBackup(int keep) {
        try {
            if (keep > 0) {
                db.backup("close");
                new Backups(db.file()).prune(keep);
            }
        } finally {
            db.close();
        }
    }

    public Backups backups() {
        return new Backups(db.file());
    }
}
