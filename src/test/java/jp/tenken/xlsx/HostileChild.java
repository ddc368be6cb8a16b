package jp.tenken.xlsx;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Path;
import java.util.List;
import jp.tenken.xlsx.read.FormFileException;
import jp.tenken.xlsx.read.FormFileReader;

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
        }
        System.out.flush();
        System.exit(allRefused ? 0 : 1);
    }

    interface Attempt {
        void run() throws Exception;
    }

    private static boolean attempt(String reader, Path file, Attempt attempt) {
        System.gc();
        List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == MemoryType.HEAP).toList();
        heap.forEach(MemoryPoolMXBean::resetPeakUsage);
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
        } catch (Throwable e) {
            outcome = "FAILED";
            kind = e.getClass().getSimpleName();
        }
        long ms = (System.nanoTime() - start) / 1_000_000;
        long peak = heap.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum() / 1024 / 1024;
        System.out.println(String.join("\t", outcome, reader, file.getFileName().toString(), kind, ms + " ms",
                peak + " MB"));
        return outcome.equals("REFUSED");
    }
}
