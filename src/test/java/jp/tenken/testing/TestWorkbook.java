package jp.tenken.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import jp.tenken.app.AppContext;
import jp.tenken.catalog.Catalog;
import jp.tenken.catalog.CatalogReader;
import jp.tenken.catalog.GuidelineReader;
import jp.tenken.catalog.PublicCommentReader;
import jp.tenken.domain.guideline.Guideline;
import jp.tenken.domain.guideline.GuidelineComments;
import jp.tenken.domain.year.Facility;
import jp.tenken.domain.year.FacilityKind;
import jp.tenken.service.ChecklistService;
import jp.tenken.service.ComparisonService;
import jp.tenken.service.ExportService;
import jp.tenken.service.GuidelineService;
import jp.tenken.service.ImportService;
import jp.tenken.service.VendorService;
import jp.tenken.storage.StoredFile;
import jp.tenken.storage.TenkenFile;

/**
 * A real workbook file (usually in a JUnit temp folder) with a catalog, the bundled guideline and a clock fixed at
 * 9:00 Tokyo time on "today", and every service built on them by the app's own {@link AppContext}.
 */
public final class TestWorkbook implements AutoCloseable {
    public static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");

    private static Catalog bundled;
    private static Guideline guideline;
    private static GuidelineComments comments;

    private final StoredFile workbook;
    private final Catalog catalog;
    private final Clock clock;
    private final AppContext context;

    private TestWorkbook(TenkenFile file, Catalog catalog, Clock clock) {
        this.workbook = new StoredFile(file);
        this.catalog = catalog;
        this.clock = clock;
        this.context = new AppContext(file, catalog, guideline(), comments(), clock,
                workbook.file().resolveSibling("catalog"));
    }

    /**
     * For a test of the real app: points it at {@code home}'s {@code Documents} and {@code appdata} folders with
     * "today" fixed (system properties the app reads), creates {@code Documents}, and gives the path of the
     * workbook the app opens by default (not created).
     */
    public static Path appAt(Path home, LocalDate today) {
        Path docs = home.resolve("Documents");
        System.setProperty("tenken.documents", docs.toString());
        System.setProperty("tenken.appdata", home.resolve("appdata").toString());
        System.setProperty("tenken.today", today.toString());
        try {
            Files.createDirectories(docs);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return docs.resolve("点検簿.tenken");
    }

    /**
     * For a test of the real app: {@link #appAt} and, in it, the default workbook of a clinic, さくら内科クリニック,
     * with nothing answered yet.
     */
    public static void clinicAt(Path home, LocalDate today) {
        try (TestWorkbook wb = create(appAt(home, today), today)) {
            wb.checklist().saveFacility(new Facility("さくら内科クリニック", FacilityKind.CLINIC));
        }
    }

    /** Takes back what {@link #appAt} set, so that a later test's app reads its own folders and today's date. */
    public static void leaveApp() {
        System.clearProperty("tenken.documents");
        System.clearProperty("tenken.appdata");
        System.clearProperty("tenken.today");
    }

    /** A new workbook file on the bundled catalog, "today" being {@code today}. */
    public static TestWorkbook create(Path file, LocalDate today) {
        return create(file, bundledCatalog(), clockAt(today));
    }

    public static TestWorkbook create(Path file, Catalog catalog, Clock clock) {
        return new TestWorkbook(TenkenFile.create(file), catalog, clock);
    }

    /** An existing workbook file opened again on the bundled catalog. */
    public static TestWorkbook open(Path file, LocalDate today) {
        return open(file, bundledCatalog(), clockAt(today));
    }

    public static TestWorkbook open(Path file, Catalog catalog, Clock clock) {
        return new TestWorkbook(TenkenFile.open(file), catalog, clock);
    }

    /** 9:00 in Tokyo on {@code day}, standing still. */
    public static Clock clockAt(LocalDate day) {
        return Clock.fixed(day.atTime(9, 0).atZone(TOKYO).toInstant(), TOKYO);
    }

    /** The editions bundled with the app, read once per test run. */
    public static synchronized Catalog bundledCatalog() {
        if (bundled == null) {
            bundled = new CatalogReader().bundled();
        }
        return bundled;
    }

    /** The bundled guideline, read once per test run. */
    public static synchronized Guideline guideline() {
        if (guideline == null) {
            guideline = new GuidelineReader().bundled();
        }
        return guideline;
    }

    /** The bundled public comments attached to the guideline, read once per test run. */
    public static synchronized GuidelineComments comments() {
        if (comments == null) {
            var read = new PublicCommentReader().bundled();
            comments = GuidelineComments.attach(guideline(), read,
                    new jp.tenken.catalog.CommentReadingsReader().bundled(guideline(), read));
        }
        return comments;
    }

    public AppContext context() {
        return context;
    }

    /** The open file with its repositories, for a test that looks at what was stored. */
    public StoredFile workbook() {
        return workbook;
    }

    public Path file() {
        return workbook.file();
    }

    public Clock clock() {
        return clock;
    }

    public ChecklistService checklist() {
        return context.checklist();
    }

    public VendorService vendors() {
        return context.vendors();
    }

    public ImportService imports() {
        return context.imports();
    }

    public ComparisonService comparisons() {
        return context.comparisons();
    }

    public GuidelineService guidelineService() {
        return context.guideline();
    }

    /** The export the app uses: the pack ends with the 「ガイドライン対応表」. */
    public ExportService export() {
        return context.export();
    }

    @Override
    public void close() {
        context.close();
    }
}
