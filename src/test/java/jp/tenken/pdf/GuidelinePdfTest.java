package jp.tenken.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import jp.tenken.domain.guideline.GuidelineVolume;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A generated 企画管理編 of 第7.0版 read back as a clinic would take it in. */
class GuidelinePdfTest {
    @TempDir
    Path dir;

    @Test
    void readsTitleChaptersAndClausesAndNothingElse() {
        GuidelineVolume v = GuidelinePdf.readVolume(GuidelinePdfs.sample(dir.resolve("kikaku.pdf")));
        v.chapters().forEach(c -> {
            System.out.println(c.number() + "\t" + c.title());
            c.clauses().forEach(cl -> System.out.println("  " + cl.number() + "\t" + cl.text()));
        });
        v.doubts().forEach(System.out::println);
        assertEquals("企画管理編", v.part());
        assertEquals("7.0", v.version());
        assertEquals(List.of("1", "2", "3", "4"), v.chapters().stream().map(GuidelineVolume.Chapter::number).toList());
        assertEquals(List.of("管理体系", "リスク評価を踏まえた管理", "用語の解説", "情報セキュリティ教育"),
                v.chapters().stream().map(GuidelineVolume.Chapter::title).toList());
        List<GuidelinePdfs.Chapter> expected = GuidelinePdfs.sampleChapters();
        for (int i = 0; i < expected.size(); i++) {
            List<String> texts = expected.get(i).clauses().stream().map(t -> t.replace("\f", "")).toList();
            assertEquals(texts, v.chapters().get(i).clauses().stream().map(GuidelineVolume.ReadClause::text).toList(),
                    "chapter " + (i + 1));
        }
        assertEquals(7, v.clauses().size());
        assertEquals(List.of(new GuidelineVolume.Doubt(GuidelineVolume.Doubt.Kind.CHAPTER_WITHOUT_CLAUSES, "3", "")),
                v.doubts());
    }
}
