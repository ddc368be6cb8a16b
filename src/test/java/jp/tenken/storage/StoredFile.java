package jp.tenken.storage;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import jp.tenken.domain.FiscalYear;
import jp.tenken.domain.edition.FormKind;
import jp.tenken.domain.vendor.VendorForm;
import jp.tenken.domain.year.Answer;
import jp.tenken.domain.year.Assessment;

/**
 * A .tenken file opened for a test that reads and writes storage directly, with every repository built on it as the
 * composition root builds them (the file object itself hands out none).
 */
public final class StoredFile implements AutoCloseable {
    private final TenkenFile file;
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

    /** The repositories on an open {@code file} (which the caller keeps and closes). */
    public StoredFile(TenkenFile file) {
        this.file = file;
        Database db = file.database();
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

    public static StoredFile create(Path file) {
        return new StoredFile(TenkenFile.create(file));
    }

    public static StoredFile open(Path file) {
        return new StoredFile(TenkenFile.open(file));
    }

    static StoredFile open(Path file, SharedFolder.Detector network) {
        return new StoredFile(TenkenFile.open(file, network));
    }

    public TenkenFile tenkenFile() {
        return file;
    }

    public Database database() {
        return file.database();
    }

    public Path file() {
        return file.file();
    }

    public FacilityRepository facility() {
        return facility;
    }

    public VendorRepository vendors() {
        return vendors;
    }

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

    public FinalYearRepository finalYears() {
        return finalYears;
    }

    public EditionMoveRepository editionMoves() {
        return editionMoves;
    }

    public ChangeLog changeLog() {
        return changeLog;
    }

    public Assessment importForm(FiscalYear year, String editionId, FormKind kind, Long vendorId,
                                 List<Answer> answers, VendorForm vendorForm, String sourceFile, Instant now) {
        return assessments.importForm(year, editionId, kind, vendorId, answers, vendorForm, sourceFile, now);
    }

    public boolean onSharedFolder() {
        return file.onSharedFolder();
    }

    public Set<FiscalYear> fiscalYears() {
        return file.fiscalYears();
    }

    public Backups backups() {
        return file.backups();
    }

    public void closeWithBackup(int keep) {
        file.closeWithBackup(keep);
    }

    @Override
    public void close() {
        file.close();
    }
}
