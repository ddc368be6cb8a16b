package jp.tenken.pdf;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import jp.tenken.catalog.GuidelineReader;
import jp.tenken.catalog.PublishedFileReader;
import jp.tenken.service.GuidelineTakeInService;
import jp.tenken.testing.PeakHeap;

/**
 * Run in a child JVM with a small heap: reads each file given through the guarded opener and through the take-in
 * service (as the window and {@code tenken import-guideline} use it), and prints one line per attempt —
 * {@code REFUSED|READ|FAILED}, the reader, the file, the kind, the elapsed ms, the peak heap in MB and the message.
 */
public final class HostilePdfChild {
    private HostilePdfChild() {
    }

    public static void main(String[] args) throws Exception {
        Path kept = Files.createTempDirectory("hostile-guidelines");
        GuidelineTakeInService takeIn = new GuidelineTakeInService(new PublishedFileReader().bundled(),
                () -> new GuidelineReader().bundled(), kept, java.time.Clock.systemDefaultZone());
        boolean allRefused = true;
        for (String arg : args) {
            Path file = Path.of(arg);
            allRefused &= attempt("GuidelinePdf", file, () -> {
                GuidelinePdf.readVolume(file);
                return null;
            });
            allRefused &= attempt("GuidelineTakeInService", file, () -> {
                var p = takeIn.preview(List.of(file), null);
                return p.problems().isEmpty() ? null : String.join(" ", p.problems());
            });
        }
        try (var left = Files.list(kept)) {
            if (left.findAny().isPresent()) {
                System.out.println("KEPT\tsomething was written to the guidelines folder");
                allRefused = false;
            }
        }
        System.out.flush();
        System.exit(allRefused ? 0 : 1);
    }

    interface Attempt {
        /** Null when read; the refusal's message when the service refused without an exception. */
        String run() throws Exception;
    }

    private static boolean attempt(String reader, Path file, Attempt attempt) {
        PeakHeap heap = PeakHeap.start();
        long start = System.nanoTime();
        String outcome;
        String kind;
        String message;
        try {
            message = attempt.run();
            outcome = message == null ? "READ" : "REFUSED";
            kind = "-";
            message = message == null ? "" : message;
        } catch (RefusedPdfException e) {
            outcome = "REFUSED";
            kind = e.kind().name();
            message = e.getMessage();
        } catch (Throwable e) {
            outcome = "FAILED";
            kind = e.getClass().getSimpleName();
            message = String.valueOf(e.getMessage());
        }
        long ms = (System.nanoTime() - start) / 1_000_000;
        long peak = heap.megabytes();
        System.out.println(String.join("\t", outcome, reader, file.getFileName().toString(), kind, ms + " ms",
                peak + " MB", message.replace('\n', ' ')));
        return outcome.equals("REFUSED");
    }
}
