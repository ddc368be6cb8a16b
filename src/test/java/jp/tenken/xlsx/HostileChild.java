package jp.tenken.xlsx;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import jp.tenken.xlsx.read.FormFileException;
import jp.tenken.catalog.CatalogReader;
import jp.tenken.i18n.UserMessageException;
import jp.tenken.service.OfficialEditionService;
import jp.tenken.xlsx.read.FormFileReader;
import jp.tenken.testing.PeakHeap;

/**
 * Run in a child JVM with a small heap: opens each file given through the guarded opener (both presets) and the
 * reader of returned forms, and prints one line per attempt — {@code REFUSED|OPENED|FAILED}, the reader, the
 * file, the kind, the elapsed ms and the peak heap in MB. Exits 0 when every attempt was refused.
 */
public final class HostileChild {
    private HostileChild() {
    }

    public static void main(String[] args) {
        boolean allRefused = true;
        for (String arg : args) {
            Path file = Path.of(arg);
            allRefused &= attempt("RETURNED_FORM", file,
                    () -> UntrustedWorkbook.open(file, UntrustedWorkbook.Limits.RETURNED_FORM).close());
            allRefused &= attempt("OFFICIAL_CHECKLIST", file,
                    () -> UntrustedWorkbook.open(file, UntrustedWorkbook.Limits.OFFICIAL_CHECKLIST).close());
            allRefused &= attempt("FormFileReader", file, () -> new FormFileReader().read(file, List.of()));
            // the take-in of the ministry's Excel, as the window and `tenken import-official` use it
            allRefused &= attempt("OfficialEditionService", file, () -> new OfficialEditionService(
                    new CatalogReader().bundled(), Files.createTempDirectory("hostile-catalog")).preview(List.of(file),
                    null));
        }
        System.out.flush();
        System.exit(allRefused ? 0 : 1);
    }

    private static RefusedWorkbookException refusal(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof RefusedWorkbookException r) {
                return r;
            }
        }
        return null;
    }

    interface Attempt {
        void run() throws Exception;
    }

    private static boolean attempt(String reader, Path file, Attempt attempt) {
        PeakHeap heap = PeakHeap.start();
        long start = System.nanoTime();
        String outcome;
        String kind;
        try {
            attempt.run();
            outcome = "OPENED";
            kind = "-";
        } catch (RefusedWorkbookException e) {
            outcome = "REFUSED";
            kind = e.kind().name();
        } catch (FormFileException e) {
            outcome = "REFUSED";
            kind = e.problems().get(0).kind().name();
        } catch (UserMessageException e) {
            RefusedWorkbookException refused = refusal(e);
            outcome = refused == null ? "FAILED" : "REFUSED";
            kind = refused == null ? e.getMessage() : refused.kind().name();
        } catch (Throwable e) {
            outcome = "FAILED";
            kind = e.getClass().getSimpleName();
        }
        long ms = (System.nanoTime() - start) / 1_000_000;
        long peak = heap.megabytes();
        System.out.println(String.join("\t", outcome, reader, file.getFileName().toString(), kind, ms + " ms",
                peak + " MB"));
        return outcome.equals("REFUSED");
    }
}
