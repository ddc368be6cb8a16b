package jp.tenken.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import jp.tenken.app.AppContext;
import jp.tenken.catalog.PublishedFileReader;
import jp.tenken.domain.FiscalYear;
import jp.tenken.domain.guideline.Guideline;
import jp.tenken.i18n.Messages;
import jp.tenken.pdf.GuidelinePdfs;
import jp.tenken.testing.TestWorkbook;
import jp.tenken.xlsx.read.OfficialSamples;
import jp.tenken.xlsx.write.ClauseTableData;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A 令和8 year once the clinic took in the ministry's 令和8年度版 Excel and a 第7.0版 volume: the year holds its own
 * guideline, its ガイドライン対応表 prints the text read from the PDF with the file it came from, and an item the form
 * ties to no clause is carried from its 令和7 places by 編 and chapter title, marked 「推定」.
 */
public class GuidelineSevenTest {
    static final FiscalYear R8 = new FiscalYear(2026);

    @TempDir
    Path dir;
    TestWorkbook wb;

    @BeforeEach
    void setUp() {
        Messages.use(java.util.Locale.JAPANESE);
        wb = TestWorkbook.create(dir.resolve("clinic.tenken"), LocalDate.of(2026, 12, 6));
    }

    @AfterEach
    void close() {
        wb.close();
    }

    /** 企画管理編 of 第7.0版 with chapters renumbered: the titles of 第6.0版's chapters 13 and 9 as 2 and 3. */
    public static Path volume(Path file) {
        return GuidelinePdfs.volume(file, "企画管理編", "7.0", "令和8年6月", List.of(
                new GuidelinePdfs.Chapter("1", "管理体系", List.of("法令等を遵守できるよう、必要な措置を講じること。"), 1),
                new GuidelinePdfs.Chapter("2", "医療情報システムの利用者に関する認証等及び権限", List.of(
                        "利用者の職種・担当業務別の情報区分ごとのアクセス権限を定め、定期的に見直すこと。",
                        "複数のシステムで同じパスワードを使い回さないよう利用者に求めること。"), 1),
                new GuidelinePdfs.Chapter("3", "医療情報システムに用いる情報機器等の資産管理", List.of(
                        "情報機器等を台帳で管理し、常に最新の状態に保つこと。"), 1),
                new GuidelinePdfs.Chapter("4", "リスク評価を踏まえた管理目的と実施すべき対策の決定", List.of(), 1)));
    }

    @Test
    void aR8YearPrintsTheTakenInTextWithItsSourceAndEstimatedPlaces() throws Exception {
        AppContext context = wb.context();
        context.official().add(context.official().preview(List.of(
                OfficialSamples.facilityStandard(dir.resolve("001716187.xlsx"))), null));
        GuidelineTakeInService takeIn = new GuidelineTakeInService(new PublishedFileReader().bundled(),
                TestWorkbook::guideline, dir.resolve("guidelines"), TestWorkbook.clockAt(LocalDate.of(2026, 12, 6)));
        GuidelineTakeInService.Preview p = takeIn.preview(List.of(volume(dir.resolve("001716292.pdf"))), "7.0");
        assertTrue(p.keepable(), String.join("\n", p.problems()));
        takeIn.keep(p);

        AppContext reloaded = context.withCatalogReloaded();
        GuidelineService g = reloaded.guideline();
        assertTrue(g.holdsGuidelineFor(R8));
        assertTrue(g.guidelineNotice(R8).isEmpty());
        Guideline seven = g.guidelineFor(R8);
        assertEquals("7.0", seven.version());
        assertEquals("6.0", g.guidelineFor(R8.previous()).version());

        ClauseTableData table = g.clauseTable(R8);
        assertEquals("医療情報システムの安全管理に関するガイドライン 第7.0版", table.guidelineTitle());
        assertTrue(table.rows().stream().anyMatch(r -> r.text().equals(
                "利用者の職種・担当業務別の情報区分ごとのアクセス権限を定め、定期的に見直すこと。")), "the PDF's text");
        assertTrue(table.source().contains("001716292.pdf"), table.source());
        assertTrue(table.source().contains("公表した PDF と異なります"), table.source());
        assertTrue(table.source().contains(p.readings().get(0).source().sha256()), table.source());
        assertTrue(table.rows().stream().anyMatch(r -> r.items().contains("（推定）")),
                "an item carried from its 令和7 places is marked");
        assertFalse(table.rows().stream().anyMatch(r -> r.place().startsWith("シ")), "only the 編 taken in");
        // a chapter the PDF gave no 遵守事項 for says so, never 「本文は未収録です（…PDF を取り込むと…）」
        assertTrue(table.rows().stream().anyMatch(r -> r.text().startsWith(
                "この章の遵守事項は、取り込んだ PDF から読み取れませんでした")), "the chapter without clauses");
        assertFalse(table.rows().stream().anyMatch(r -> r.text().contains("本文は未収録です")));
    }

    @Test
    void theExcelsPrintedPlacesAreReadAsTheYearsOwnReferences() {
        jp.tenken.domain.edition.Item item = new jp.tenken.domain.edition.Item("k", "2", "2-⑥", "text", List.of(),
                false, List.of(), OfficialEditionBuilder.PRINTED_REFERENCE
                + "システム運用編 ８③④、保守委託機関編 9、経営管理編 1.2.1＜管理責任＞②", null, "", true, null, List.of());
        assertEquals(List.of("システム運用編 8③", "システム運用編 8④", "保守委託機関編 9", "経営管理編 1.2.1＜管理責任＞②"),
                GuidelineService.printedReferences(item).stream().map(r -> r.printed()).toList());
    }
}
