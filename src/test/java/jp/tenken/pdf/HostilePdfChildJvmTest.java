package jp.tenken.pdf;

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
 * The guarded PDF opener in a fresh JVM with a 256 MB heap: every hostile PDF is refused with its Japanese reason,
 * by the opener and by the take-in service, and nothing is kept. The elapsed time and peak heap of each attempt are
 * printed for the record (a timing belongs in a benchmark, not in an assertion).
 */
class HostilePdfChildJvmTest {
    @TempDir
    Path dir;

    @Test
    void everyHostilePdfIsRefusedInA256MbHeap() throws Exception {
        Map<String, Path> hostile = HostilePdfs.all(dir);
        List<String> lines = new ArrayList<>();
        try (ChildJvm child = ChildJvm.start(HostilePdfChild.class.getName(), List.of("-Xmx256m",
                "-Djava.io.tmpdir=" + dir), hostile.values().stream().map(Path::toString).toArray(String[]::new))) {
            int exit = child.waitFor(Duration.ofMinutes(3));
            for (String line : child.output().split("\n")) {
                lines.add(line);
                System.out.println("[-Xmx256m] " + line);
            }
            assertEquals(0, exit, String.join("\n", lines));
        }
        hostile.forEach((name, file) -> {
            List<String> mine = lines.stream().filter(l -> l.contains("\t" + file.getFileName() + "\t")).toList();
            assertEquals(2, mine.size(), name + ":\n" + String.join("\n", lines));
            for (String l : mine) {
                String[] f = l.split("\t");
                assertEquals("REFUSED", f[0], l);
                if (f[1].equals("GuidelinePdf")) {
                    assertTrue(HostilePdfs.expected(name).stream().anyMatch(k -> k.name().equals(f[3])),
                            name + " refused as " + HostilePdfs.expected(name) + ": " + l);
                }
                assertTrue(f[6].contains("「" + file.getFileName() + "」"), "names the file in Japanese: " + l);
                assertTrue(f[6].contains("何も保存していません"), "says nothing was kept: " + l);
            }
        });
    }
}
