package jp.tenken.app;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import jp.tenken.catalog.Catalog;
import jp.tenken.catalog.CatalogException;
import jp.tenken.catalog.CatalogReader;
import jp.tenken.catalog.GuidelineReader;
import jp.tenken.catalog.CommentReadingsReader;
import jp.tenken.catalog.PublicCommentReader;
import jp.tenken.catalog.PublishedFileReader;
import jp.tenken.catalog.TakenGuidelineFile;
import jp.tenken.domain.guideline.Guideline;
import jp.tenken.domain.guideline.GuidelineComments;
import jp.tenken.domain.guideline.PublicComment;
import jp.tenken.domain.guideline.TakenGuideline;
import jp.tenken.service.BackupService;
import jp.tenken.service.ChecklistService;
import jp.tenken.service.ComparisonService;
import jp.tenken.service.EditionMoveService;
import jp.tenken.service.ExportService;
import jp.tenken.service.GuidelineService;
import jp.tenken.service.GuidelineTakeInService;
import jp.tenken.service.ImportService;
import jp.tenken.service.MaintenanceService;
import jp.tenken.service.MdsSdsService;
import jp.tenken.service.OfficialEditionService;
import jp.tenken.service.OfficialMappingService;
import jp.tenken.service.RegisterService;
import jp.tenken.service.StoredForms;
import jp.tenken.service.VendorService;
import jp.tenken.storage.AnswerRepository;
import jp.tenken.storage.AssessmentRepository;
import jp.tenken.storage.ContactRepository;
import jp.tenken.storage.Database;
import jp.tenken.storage.DeepCheckRepository;
import jp.tenken.storage.DeviceRepository;
import jp.tenken.storage.DeviceUpkeepRepository;
import jp.tenken.storage.EditionMoveRepository;
import jp.tenken.storage.FacilityRepository;
import jp.tenken.storage.FinalYearRepository;
import jp.tenken.storage.MdsSdsRepository;
import jp.tenken.storage.RegisterReviewRepository;
import jp.tenken.storage.SettingRepository;
import jp.tenken.storage.TenkenFile;
import jp.tenken.storage.VendorFormRepository;
import jp.tenken.storage.VendorRepository;

/**
 * The one composition root: an open .tenken file and the repositories built on it, the catalogs read for it (editions, guideline, public comments), the
 * clock "today" comes from, and every service built once on them, each given exactly the repositories it uses. The window and every command-line command run
 * on one; a restore or a grown catalog gives a new one.
 */
public final class AppContext implements AutoCloseable {
    private final TenkenFile file;
    private final Catalog catalog;
    private final Supplier<Guideline> guideline;
    private final Supplier<GuidelineComments> comments;
    private final Clock clock;
    private final Path catalogFolder;
    private final ChecklistService checklist;
    private final VendorService vendors;
    private final ComparisonService comparisons;
    private final GuidelineService guidelineService;
    private final ExportService export;
    private final ImportService imports;
    private final BackupService backups;
    private final OfficialEditionService official;
    private final OfficialMappingService officialMappings;
    private final RegisterService registers;
    private final MaintenanceService maintenance;
    private final MdsSdsService mdsSds;
    private final EditionMoveService editionMoves;

    /**
     * Builds every service on parts already read (the start-up preload reads them while JavaFX starts); editions
     * taken in from the ministry's workbooks are added to {@code catalogFolder}.
     */
    public AppContext(TenkenFile file, Catalog catalog, Guideline guideline, GuidelineComments comments,
                      Clock clock, Path catalogFolder) {
        this(file, catalog, () -> guideline, () -> comments, clock, catalogFolder);
    }

    /**
     * With the guideline and its public comments given when first needed: at start-up they are still being read
     * while the checklist shows (the screens that use them wait for them then).
     */
    AppContext(TenkenFile file, Catalog catalog, Supplier<Guideline> guideline,
               Supplier<GuidelineComments> comments, Clock clock, Path catalogFolder) {
        this.file = file;
        this.catalog = catalog;
        this.guideline = guideline;
        this.comments = comments;
        this.clock = clock;
        this.catalogFolder = catalogFolder;
        Database db = file.database();
        FacilityRepository facility = new FacilityRepository(db);
        VendorRepository vendorList = new VendorRepository(db);
        VendorFormRepository vendorForms = new VendorFormRepository(db);
        AssessmentRepository assessments = new AssessmentRepository(db);
        AnswerRepository answers = new AnswerRepository(db);
        SettingRepository settings = new SettingRepository(db);
        DeepCheckRepository deepChecks = new DeepCheckRepository(db);
        FinalYearRepository finalYears = new FinalYearRepository(db);
        EditionMoveRepository moves = new EditionMoveRepository(db);
        StoredForms forms = new StoredForms(assessments, answers, facility, moves, finalYears, catalog, clock);
        checklist = new ChecklistService(forms, facility, assessments, answers, file.onSharedFolder(), catalog,
                clock);
        vendors = new VendorService(forms, vendorList, vendorForms, finalYears, clock);
        DeviceRepository devices = new DeviceRepository(db);
        DeviceUpkeepRepository upkeep = new DeviceUpkeepRepository(db);
        comparisons = new ComparisonService(forms, assessments, vendorList, devices, upkeep, clock);
        guidelineService = new GuidelineService(forms, settings, deepChecks, catalog, clock, guideline, comments,
                takenGuidelines(catalogFolder.resolveSibling("guidelines")));
        registers = new RegisterService(devices, upkeep, new ContactRepository(db),
                new RegisterReviewRepository(db), vendorList, facility, finalYears, clock);
        maintenance = new MaintenanceService(devices, upkeep, vendorList, clock);
        mdsSds = new MdsSdsService(new MdsSdsRepository(db), vendorList, clock);
        export = new ExportService(forms, vendorList, catalog, clock, comparisons, vendors, guidelineService,
                registers, maintenance, mdsSds);
        imports = new ImportService(forms, assessments, answers, vendorList, vendorForms, finalYears, catalog, clock);
        backups = new BackupService(file.file());
        official = new OfficialEditionService(catalog, catalogFolder);
        editionMoves = new EditionMoveService(file, forms, assessments, moves, finalYears, settings, catalog,
                clock);
        officialMappings = new OfficialMappingService(catalogFolder);
    }

    /** Opens an existing workbook file with the catalogs of {@code paths} and the app clock. */
    public static AppContext open(Path workbookFile, AppPaths paths) {
        return read(TenkenFile.open(workbookFile), paths);
    }

    /** Opens the workbook named on the command line, else the default one (created on first start). */
    static AppContext open(AppPaths paths, List<String> args) {
        return read(Startup.openWorkbook(paths, args), paths);
    }

    private static AppContext read(TenkenFile file, AppPaths paths) {
        try {
            // read when first asked for: an export of a form without the clause table needs neither, and no export
            // needs the public comments
            Supplier<Guideline> guideline = once(AppContext::readGuideline);
            Supplier<GuidelineComments> comments = once(() -> readComments(guideline.get()));
            return new AppContext(file, readCatalog(paths.catalogFolder()), guideline, comments, clock(),
                    paths.catalogFolder());
        } catch (RuntimeException e) {
            file.close();
            throw e;
        }
    }

    /**
     * The take-in of the ministry's workbooks alone, for the command line: it needs the catalogs, not a workbook
     * (an edition is added to the app-data catalog folder, for every workbook).
     */
    static OfficialEditionService officialEditions(AppPaths paths) {
        return new OfficialEditionService(readCatalog(paths.catalogFolder()), paths.catalogFolder());
    }

    /**
     * The take-in of the guideline's PDFs alone, for the command line: it needs the published files' register and
     * the bundled guideline, not a workbook (a version is kept in the app-data guidelines folder, for every workbook).
     */
    static GuidelineTakeInService guidelineTakeIn(AppPaths paths) {
        return new GuidelineTakeInService(new PublishedFileReader().bundled(), AppContext::readGuideline,
                paths.guidelineFolder(), clock());
    }

    /**
     * The guideline versions taken in from the ministry's PDFs (the app-data guidelines folder beside the catalog
     * folder), read once when first needed. A kept file that no longer reads is told on standard error and left out:
     * the checklist still opens, and a new take-in replaces it.
     */
    static Supplier<Map<String, TakenGuideline>> takenGuidelines(Path folder) {
        return once(() -> {
            try {
                return new TakenGuidelineFile().readFolder(folder);
            } catch (CatalogException e) {
                System.err.println(String.join("\n", e.problems()));
                return Map.of();
            }
        });
    }

    /** {@code read} called once, when first asked for, by whichever thread asks first. */
    static <T> Supplier<T> once(Supplier<T> read) {
        return new Supplier<>() {
            private T value;

            @Override
            public synchronized T get() {
                if (value == null) {
                    value = read.get();
                }
                return value;
            }
        };
    }

    /** The bundled editions and those the user added in {@code catalogFolder}. */
    static Catalog readCatalog(Path catalogFolder) {
        return new CatalogReader().read(List.of(catalogFolder));
    }

    static Guideline readGuideline() {
        return new GuidelineReader().bundled();
    }

    static GuidelineComments readComments(Guideline guideline) {
        List<PublicComment> comments = new PublicCommentReader().bundled();
        return GuidelineComments.attach(guideline, comments,
                new CommentReadingsReader().bundled(guideline, comments));
    }

    /** The same workbook with the catalog read again (after an edition was added); the services are built anew. */
    public AppContext withCatalogReloaded() {
        return new AppContext(file, readCatalog(catalogFolder), guideline, comments, clock, catalogFolder);
    }

    /** The workbook file opened again (after it was closed and replaced by a restore), on the same catalogs. */
    public AppContext reopened() {
        return new AppContext(TenkenFile.open(file.file()), catalog, guideline, comments, clock, catalogFolder);
    }

    /** {@code -Dtenken.today=2025-06-10} fixes "today" (demonstrations, tests); otherwise the system clock. */
    public static Clock clock() {
        String fixed = System.getProperty("tenken.today");
        ZoneId zone = ZoneId.systemDefault();
        if (fixed != null && !fixed.isBlank()) {
            return Clock.fixed(LocalDate.parse(fixed).atTime(9, 0).atZone(zone).toInstant(), zone);
        }
        return Clock.system(zone);
    }

    public Path workbookFile() {
        return file.file();
    }

    /** SQLite's own check of the file: "ok" when it is sound. */
    public String integrityCheck() {
        return file.database().integrityCheck();
    }

    public ChecklistService checklist() {
        return checklist;
    }

    public VendorService vendors() {
        return vendors;
    }

    public ComparisonService comparisons() {
        return comparisons;
    }

    public GuidelineService guideline() {
        return guidelineService;
    }

    public ExportService export() {
        return export;
    }

    public ImportService imports() {
        return imports;
    }

    public BackupService backups() {
        return backups;
    }

    public OfficialEditionService official() {
        return official;
    }

    /** Which edition each year is answered on, and moving a year to a newer edition. */
    public EditionMoveService editionMoves() {
        return editionMoves;
    }

    /** The column mappings the user stated when taking in the ministry's Excel, offered again for the same table. */
    public OfficialMappingService officialMappings() {
        return officialMappings;
    }

    /** The 機器台帳 and 連絡体制図 of each fiscal year. */
    public RegisterService registers() {
        return registers;
    }

    /** What guideline 第7.0版 asks of the clinic (保守委託機関編, 二要素認証), from its registers. */
    public MaintenanceService maintenance() {
        return maintenance;
    }

    /** Each vendor's MDS/SDS per year, with the clinic's words on each いいえ. */
    public MdsSdsService mdsSds() {
        return mdsSds;
    }

    @Override
    public void close() {
        file.close();
    }

    /** Closes the workbook after keeping a copy of it; the newest {@code keep} copies made on close are kept. */
    public void closeWithBackup(int keep) {
        file.closeWithBackup(keep);
    }
}
