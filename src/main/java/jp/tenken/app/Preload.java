package jp.tenken.app;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import jp.tenken.catalog.Catalog;
import jp.tenken.catalog.CatalogReader;
import jp.tenken.catalog.GuidelineReader;
import jp.tenken.catalog.PublicCommentReader;
import jp.tenken.domain.Guideline;
import jp.tenken.domain.GuidelineComments;
import jp.tenken.storage.Workbook;

/**
 * Reads the catalogs and opens the workbook on background threads while JavaFX starts its toolkit, so a launch
 * waits for the slower of the two instead of both in turn. Started by the {@link Launcher}; the application's
 * {@code init} takes the results.
 */
final class Preload {
    private static volatile Preload started;

    final AppPaths paths;
    final CompletableFuture<Catalog> catalog;
    final CompletableFuture<Guideline> guideline;
    final CompletableFuture<GuidelineComments> comments;
    final CompletableFuture<Workbook> workbook;

    private Preload(List<String> args) {
        paths = AppPaths.fromSystem();
        ExecutorService pool = Executors.newFixedThreadPool(2, r -> {
            Thread t = new Thread(r, "tenken-preload");
            t.setDaemon(true);
            return t;
        });
        workbook = CompletableFuture.supplyAsync(() -> Startup.openWorkbook(paths, args), pool);
        catalog = CompletableFuture.supplyAsync(() -> new CatalogReader().read(List.of(paths.catalogFolder())), pool);
        guideline = CompletableFuture.supplyAsync(() -> new GuidelineReader().bundled(), pool);
        comments = guideline.thenApplyAsync(g -> GuidelineComments.attach(g, new PublicCommentReader().bundled()), pool);
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
