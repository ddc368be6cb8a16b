package jp.tenken.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import jp.tenken.domain.guideline.GuidelineVolume;
import jp.tenken.domain.guideline.GuidelineVolume.Doubt;
import org.junit.jupiter.api.Test;

/** The structure reader on page texts as PDFBox gives them, for layouts the generated PDFs do not cover. */
class VolumeParserTest {

    private static List<String> pages(String title, String... body) {
        List<String> out = new ArrayList<>();
        out.add(title);
        int n = 1;
        for (String b : body) {
            out.add("医療情報システムの安全管理に関するガイドライン 第７．０版 経営管理編\n" + b + "\n" + n++);
        }
        return out;
    }

    @Test
    void chaptersAsDaiNShoSectionsAndGroupsOfTheManagementVolume() {
        GuidelineVolume v = VolumeParser.parse("keiei.pdf", pages(
                "医療情報システムの\n安全管理に関するガイドライン\n第７．０版\n経営管理編\n令和8年6月",
                "第１章 安全管理に関する責任・責務\n１．１ 安全管理に関する法令の遵守\n【遵守事項】\n"
                        + "①医療情報システムの安全管理に関係する法令等を遵守\nすること。\n【考え方】\n①これは考え方である。",
                "１．２．１ 通常時における責任\n【遵守事項】\n＜管理責任＞\n①医療情報システムの安全管理に関して、原則として"
                        + "文書化し、管理する体\n制を整えること。\n③安全管理の状況を確認すること。\n＜説明責任＞\n①説明すること。",
                "第２章 リスク評価を踏まえた管理\n本章は考え方のみである。"));
        assertEquals("経営管理編", v.part());
        assertEquals("7.0", v.version());
        assertEquals(List.of("1", "2"), v.chapters().stream().map(GuidelineVolume.Chapter::number).toList());
        assertEquals("安全管理に関する責任・責務", v.chapters().get(0).title());
        List<GuidelineVolume.ReadClause> c = v.chapters().get(0).clauses();
        assertEquals(new GuidelineVolume.ReadClause("1", "1.1", null, 1,
                "医療情報システムの安全管理に関係する法令等を遵守すること。"), c.get(0));
        assertEquals(new GuidelineVolume.ReadClause("1", "1.2.1", "管理責任", 1,
                "医療情報システムの安全管理に関して、原則として文書化し、管理する体制を整えること。"), c.get(1));
        assertEquals("説明責任", c.get(3).group());
        assertEquals(List.of(
                new Doubt(Doubt.Kind.CLAUSE_NUMBER_SKIPS, "1", "② → ③"),
                new Doubt(Doubt.Kind.CHAPTER_WITHOUT_CLAUSES, "2", "")), v.doubts());
    }

    @Test
    void anUnfinishedClauseAndLeadersAndPageNumbersInTheirManyForms() {
        GuidelineVolume v = VolumeParser.parse("x.pdf", pages(
                "医療情報システムの安全管理に関するガイドライン 第7.0版 保守委託機関編",
                "目次\n1. 保守委託機関の責任 ……………… 3\n9. 認証 ……………… 12",
                "- 2 -\n1. 保守委託機関の責任\n【遵守事項】\n① 事業者と契約を結び\n",
                "9. 認証\n【遵守事項】\n④ クライアントのアプリケーションへのログインに二要素認証を用いること。\n2/4"));
        assertEquals(List.of("1", "9"), v.chapters().stream().map(GuidelineVolume.Chapter::number).toList());
        assertEquals("事業者と契約を結び", v.chapters().get(0).clauses().get(0).text());
        assertEquals(List.of(Doubt.Kind.CLAUSE_UNFINISHED, Doubt.Kind.CHAPTER_NUMBER_SKIPS,
                Doubt.Kind.CLAUSE_NUMBER_SKIPS), v.doubts().stream().map(Doubt::kind).toList());
    }

    @Test
    void aDocumentWithoutTheGuidelinesTitleIsRefused() {
        RefusedPdfException e = assertThrows(RefusedPdfException.class, () -> VolumeParser.parse("memo.pdf",
                List.of("議事録\n第7.0版について", "1. 議題")));
        assertEquals(RefusedPdfException.Kind.NOT_GUIDELINE, e.kind());
    }
}
