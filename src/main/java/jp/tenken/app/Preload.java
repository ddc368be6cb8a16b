package jp.tenken.app;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import jp.tenken.catalog.Catalog;
import jp.tenken.domain.Wareki;
import jp.tenken.domain.guideline.Guideline;
import jp.tenken.domain.guideline.GuidelineComments;
import jp.tenken.storage.TenkenFile;

/**
 * Reads the catalogs and opens the workbook on background threads while JavaFX starts its toolkit, so a launch
 * waits for the slower of the two instead of both in turn. Started by the {@link Launcher}; the application's
 * {@code init} takes the results as an {@link AppContext}.
 */
final class Preload {
    private static volatile Preload started;

    final AppPaths paths;
    final CompletableFuture<Catalog> catalog;
    final CompletableFuture<Guideline> guideline;
    final CompletableFuture<GuidelineComments> comments;
    final CompletableFuture<TenkenFile> workbook;
    /**
     * Opened once the window shows its rows, when something asks for the guideline or its comments first, or at the
     * latest {@link #GUIDELINE_AT_THE_LATEST} after the preload began: the guideline's clauses (about 0.1 s of a
     * processor to read) and its public comments (about 0.15 s more) are not on the first screen, and on two cores
     * reading them during the start made the window later. The guidance pane, filled right after the first rows
     * show, is the first to ask for them.
     */
    private final CompletableFuture<Void> guidelineWanted = new CompletableFuture<>();
    private static final Duration GUIDELINE_AT_THE_LATEST = Duration.ofSeconds(3);

    private Preload(List<String> args) {
        paths = AppPaths.fromSystem();
        ExecutorService pool = Executors.newFixedThreadPool(2, r -> {
            Thread t = new Thread(r, "tenken-preload");
            t.setDaemon(true);
            return t;
        });
        workbook = CompletableFuture.supplyAsync(() -> Startup.openWorkbook(paths, args), pool);
        catalog = CompletableFuture.supplyAsync(() -> AppContext.readCatalog(paths.catalogFolder()), pool);
        guideline = guidelineWanted.thenApplyAsync(wanted -> AppContext.readGuideline(), pool);
        comments = guideline.thenApplyAsync(AppContext::readComments, pool);
        // the era names of 和暦 dates (the JDK's locale data, about 13 ms when first asked): every row of the first
        // screen shows its dates, so they are looked up here rather than on the JavaFX thread as the rows are built
        pool.execute(() -> Wareki.format(LocalDate.of(2025, 5, 1)));
        CompletableFuture.delayedExecutor(GUIDELINE_AT_THE_LATEST.toMillis(), TimeUnit.MILLISECONDS)
                .execute(this::rowsShown);
        CompletableFuture.allOf(workbook, catalog, comments).whenComplete((v, e) -> pool.shutdown());
    }

    static synchronized Preload start(List<String> args) {
        if (started == null) {
            started = new Preload(args);
        }
        return started;
    }

    /** Hands the started preload to the application (once); a later start of the app in this JVM loads anew. */
    static synchronized Preload claim(List<String> args) {
        Preload p = start(args);
        started = null;
        return p;
    }

    /**
     * The context built from the preloaded parts, on the app clock; a failure is thrown as it was (a
     * StorageException says what to do in Japanese), closing a workbook already opened.
     */
    AppContext context(Consumer<String> phase) {
        TenkenFile wb = take(workbook);
        phase.accept("workbook");
        try {
            Catalog c = take(catalog);
            phase.accept("catalog");
            // the guideline and its comments are read once the rows show; what needs them first has them read then
            return new AppContext(wb, c, () -> {
                rowsShown(); // asked for before the rows showed: read now
                return take(guideline);
            }, () -> {
                rowsShown(); // asked for before the rows showed: read now
                return take(comments);
            }, AppContext.clock(), paths.catalogFolder());
        } catch (RuntimeException e) {
            wb.close();
            throw e;
        }
    }

    /** The window shows its first rows: what the first screen does not need is read now. */
    void rowsShown() {
        guidelineWanted.complete(null);
    }

    /** The result, or the failure as it was thrown (a StorageException says what to do in Japanese). */
    static <T> T take(CompletableFuture<T> f) {
        try {
            return f.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException re) {
                throw re;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw e;
        }
    }
}
