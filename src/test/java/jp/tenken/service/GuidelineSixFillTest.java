package jp.tenken.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import jp.tenken.catalog.PublishedFileReader;
import jp.tenken.catalog.TakenGuidelineFile;
import jp.tenken.domain.guideline.Clause;
import jp.tenken.domain.guideline.Guideline;
import jp.tenken.domain.guideline.TakenGuideline;
import jp.tenken.i18n.Messages;
import jp.tenken.pdf.GuidelinePdfs;
import jp.tenken.testing.TestWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The 第6.0版 volumes taken in fill, in the bundled catalog, the clauses whose text it does not hold. */
class GuidelineSixFillTest {
    @TempDir
    Path dir;

    @Test
    void aSixPointZeroVolumeFillsTheClausesTheBundledCatalogLacks() {
        Messages.use(java.util.Locale.JAPANESE);
        Path pdf = GuidelinePdfs.volume(dir.resolve("kikaku-6.0.pdf"), "企画管理編", "6.0", "令和5年5月", List.of(
                new GuidelinePdfs.Chapter("1", "管理体系", List.of(
                        "医療情報システムの管理に関する法令等について理解し、必要な措置を講じること。"), 1),
                new GuidelinePdfs.Chapter("2", "委託における責任分界", List.of(
                        "外部保存を伴う委託では、委託先事業者との責任分界を契約で明らかにすること。"), 1)));
        GuidelineTakeInService takeIn = new GuidelineTakeInService(new PublishedFileReader().bundled(),
                TestWorkbook::guideline, dir.resolve("guidelines"), Clock.systemDefaultZone());
        GuidelineTakeInService.Preview p = takeIn.preview(List.of(pdf), "6.0");
        assertTrue(p.keepable(), String.join("\n", p.problems()));
        assertEquals(2, p.filled(), "企1-① (a draft) and 企2-① (not read) get the PDF's text");
        assertTrue(p.readings().get(0).source().verdict().contains("公表時の値を Tenken は持っていません"),
                p.readings().get(0).source().verdict());
        TakenGuideline kept = takeIn.keep(p);

        TakenGuideline read = new TakenGuidelineFile().read(dir.resolve("guidelines"), "6.0").orElseThrow();
        assertEquals(kept.clauseCount(), read.clauseCount());
        Guideline filled = read.fill(TestWorkbook.guideline(), GuidelineService::sourceNote).guideline();
        Clause c = filled.clause("企2-①").orElseThrow();
        assertTrue(c.textVerified());
        assertEquals("外部保存を伴う委託では、委託先事業者との責任分界を契約で明らかにすること。", c.text());
        assertTrue(c.note().startsWith("出典: kikaku-6.0.pdf"), c.note());
        assertEquals("委託における責任分界", filled.part("企画管理編").orElseThrow().chapter("2").orElseThrow().title());
        assertEquals(TestWorkbook.guideline().clause("シ1-①"), filled.clause("シ1-①"), "other 編 unchanged");
    }
}
