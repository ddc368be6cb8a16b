package jp.tenken.xlsx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import jp.tenken.testing.ChildJvm;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The guarded opener in a fresh JVM with a 256 MB heap: the 200,000-row sheet, the zip bomb and the other hostile
 * files are refused there too, from the counts, without running out of memory. The elapsed time and peak heap of
 * each attempt are printed for the record (a timing belongs in a benchmark, not in an assertion).
 */
class HostileChildJvmTest {

    @TempDir
    Path dir;

    @Test
    void everyHostileFileIsRefusedInA256MbHeap() throws Exception {
        Map<String, Path> hostile = HostileWorkbooks.all(dir);
        List<String> args = new ArrayList<>();
        hostile.values().forEach(p -> args.add(p.toString()));
        List<String> lines = new ArrayList<>();
        try (ChildJvm child = ChildJvm.start(HostileChild.class.getName(), List.of("-Xmx256m"),
                args.toArray(String[]::new))) {
            int exit = child.waitFor(Duration.ofMinutes(5));
            for (String line : child.output().split("\n")) {
                lines.add(line);
                System.out.println("[-Xmx256m] " + line);
            }
            assertEquals(0, exit, String.join("\n", lines));
        }
        hostile.forEach((name, file) -> {
            String kind = HostileWorkbooks.expected(name).name();
            long refused = lines.stream().filter(l -> l.startsWith("REFUSED\t")
                    && l.contains("\t" + file.getFileName() + "\t" + kind + "\t")).count();
            assertEquals(4, refused, name + " refused as " + kind + " by each reader:\n" + String.join("\n", lines));
        });
    }
}
