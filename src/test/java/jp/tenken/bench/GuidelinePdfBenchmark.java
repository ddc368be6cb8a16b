package jp.tenken.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import jp.tenken.domain.guideline.GuidelineVolume;
import jp.tenken.pdf.GuidelinePdf;
import jp.tenken.pdf.GuidelinePdfs;

/**
 * Prints how long reading a 60-page guideline volume takes (the target is at most 3 s): a volume generated with
 * PDFBox and an embedded Japanese font (title page, contents, running header and page numbers, 15 chapters of three
 * wrapped 遵守事項 with 【考え方】 prose), read through the guarded opener and the structure reader, median of 9 warm
 * runs. Run: {@code mvn -q test-compile exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=jp.tenken.bench.GuidelinePdfBenchmark}
 */
public final class GuidelinePdfBenchmark {
    private static final int WARM_UP = 3;
    private static final int RUNS = 9;

    private GuidelinePdfBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Files.createTempDirectory("tenken-guideline-bench");
        Path file = GuidelinePdfs.longVolume(dir.resolve("volume-60.pdf"), 60);
        long first = System.nanoTime();
        GuidelineVolume v = GuidelinePdf.readVolume(file);
        double cold = (System.nanoTime() - first) / 1e6;
        System.out.printf("guideline volume: %d pages, %d chapters, %d clauses, %d doubts, %d bytes%n", v.pages(),
                v.chapters().size(), v.clauses().size(), v.doubts().size(), Files.size(file));
        for (int i = 0; i < WARM_UP; i++) {
            GuidelinePdf.readVolume(file);
        }
        List<Double> ms = new ArrayList<>();
        for (int i = 0; i < RUNS; i++) {
            long t = System.nanoTime();
            GuidelinePdf.readVolume(file);
            ms.add((System.nanoTime() - t) / 1e6);
        }
        Collections.sort(ms);
        System.out.printf("read (opener + text + structure): median %.0f ms (min %.0f, max %.0f, %d runs after %d"
                + " warm-up)%n", ms.get(ms.size() / 2), ms.get(0), ms.get(ms.size() - 1), ms.size(), WARM_UP);
        System.out.printf("first read in this JVM (classes loading, fonts parsed): %.0f ms%n", cold);
    }
}
