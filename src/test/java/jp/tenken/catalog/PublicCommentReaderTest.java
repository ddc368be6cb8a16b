package jp.tenken.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import jp.tenken.domain.guideline.AnswerKind;
import jp.tenken.domain.guideline.CommentLocation;
import jp.tenken.domain.guideline.CommentPart;
import jp.tenken.domain.guideline.CommentTarget;
import jp.tenken.domain.guideline.Guideline;
import jp.tenken.domain.guideline.GuidelineComments;
import jp.tenken.domain.guideline.PublicComment;
import jp.tenken.domain.guideline.UnattachedComment;
import org.junit.jupiter.api.Test;

class PublicCommentReaderTest {

    private static final List<PublicComment> COMMENTS = new PublicCommentReader().bundled();
    private static final Guideline GUIDELINE = new GuidelineReader().bundled();

    private static PublicComment row(int number) {
        return COMMENTS.get(number - 1);
    }

    @Test
    void theBundledTableIsAByteForByteCopyOfTheMinistrysFile() throws Exception {
        // SHA-256 of MHLW's table as published (the project's seed file), so any edit to the copy shows
        try (InputStream in = getClass().getClassLoader().getResourceAsStream(PublicCommentReader.BUNDLED)) {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(in.readAllBytes());
            assertEquals("e52c521788d9e7672d9dfa092ef1b443815eaeec14ff20aa34458293968f9c44", HexFormat.of().formatHex(digest));
        }
    }

    @Test
    void everyOneOf255RowsIsParsedInOrderWithCommentAndAnswer() {
        assertEquals(255, COMMENTS.size());
        assertEquals(IntStream.rangeClosed(1, 255).boxed().toList(), COMMENTS.stream().map(PublicComment::number).toList());
        for (PublicComment c : COMMENTS) {
            assertFalse(c.comment().isBlank(), "comment of " + c.number());
            assertFalse(c.answer().isBlank(), "answer of " + c.number());
            assertFalse(c.category().isBlank(), "category of " + c.number());
            assertFalse(c.comment().matches("(?s).*</?(p|ul|li|br|span)\\b.*"), "markup left in " + c.number());
        }
    }

    @Test
    void partsAreNormalisedAndSpecialTargetsKept() {
        assertEquals(CommentPart.CONTROL, row(4).part());
        assertEquals("システム運用編 (Control)", row(4).partLabel());
        assertEquals(CommentPart.OVERVIEW, row(5).part());
        assertEquals(CommentPart.GOVERNANCE, row(8).part());
        assertEquals(CommentPart.MANAGEMENT, row(21).part());
        assertEquals(CommentPart.ALL, row(1).part());
        assertEquals(CommentPart.REFERENCE_MATERIALS, row(13).part());
        assertEquals(CommentPart.UNSPECIFIED, row(19).part());
        assertEquals(CommentPart.UNSPECIFIED, row(118).part(), "「-」");
        Map<CommentPart, Long> byPart = COMMENTS.stream()
                .collect(Collectors.groupingBy(PublicComment::part, () -> new EnumMap<>(CommentPart.class), Collectors.counting()));
        assertEquals(Map.of(CommentPart.OVERVIEW, 22L, CommentPart.GOVERNANCE, 29L, CommentPart.MANAGEMENT, 42L,
                CommentPart.CONTROL, 95L, CommentPart.ALL, 29L, CommentPart.REFERENCE_MATERIALS, 23L,
                CommentPart.UNSPECIFIED, 15L), byPart);
    }

    @Test
    void sectionNumbersWithStraySpacesAreRebuilt() {
        // 「1 3. 2 不正な通信の検知や遮断、監視」
        assertEquals(List.of(new CommentLocation("13.2", "不正な通信の検知や遮断、監視")), row(49).locations());
        // 「1 3. ネットワークに関する安全管理措置」
        assertEquals("13", row(48).section());
        assertEquals("ネットワークに関する安全管理措置", row(48).sectionTitle());
        // 「3. 2. 2 医療機関等の特性に応じたガイドライン参照箇所」
        assertEquals("3.2.2", row(5).section());
        assertEquals("医療機関等の特性に応じたガイドライン参照箇所", row(5).sectionTitle());
        // 「12. 3. 1 記録媒体等の…」, 「5.システム設計の見直し…」, 「3.3第5.2版との関係」
        assertEquals("12.3.1", row(234).section());
        assertEquals("5", row(23).section());
        assertEquals("3.3", row(20).section());
        assertEquals("第5.2版との関係", row(20).sectionTitle());
        // 「4. 4 医療情報シ ステムに関する統 制」, 「2. リスク評価を 踏まえた管理」: spaces inside words go
        assertEquals("医療情報システムに関する統制", row(252).sectionTitle());
        assertEquals("リスク評価を踏まえた管理", row(242).sectionTitle());
        // Two places in one cell
        assertEquals(List.of("11.1", "11.2"), row(90).locations().stream().map(CommentLocation::section).toList());
        assertEquals(List.of("8", "15"), row(128).locations().stream().map(CommentLocation::section).toList());
        assertEquals(List.of("13", "13.3.1"), row(79).locations().stream().map(CommentLocation::section).toList());
        // 「【別添】1. 「見読性」確保のための対策」
        assertEquals(List.of(new CommentLocation("別添.1", "「見読性」確保のための対策")), row(237).locations());
        // A heading without a number keeps its Japanese angle brackets: they are text, not markup
        assertEquals(List.of(new CommentLocation(null, "【はじめに】<医療機関等の特性に応じたガイドライン参照箇所>")),
                row(17).locations());
        assertEquals(List.of(), row(1).locations());
    }

    @Test
    void pagesAreKeptAndTheFourShortRowsHaveNone() {
        assertEquals("P41", row(37).page());
        assertNull(row(1).page(), "「—」");
        for (int n = 118; n <= 121; n++) {
            assertNull(row(n).page(), "row " + n + " has no 頁 cell");
        }
        assertTrue(row(121).comment().startsWith("医療情報システムの安全性を一定以上に維持するためには"));
        assertEquals("昨今医療機関を対象としたランサムウェア等のサイバー攻撃事案が発生し、その脅威が高まっていることから、"
                .substring(0, 20), row(121).answer().substring(0, 20));
    }

    @Test
    void markupIsRemovedWithoutLosingTheTextBetweenTags() {
        String c = row(37).comment();
        assertTrue(c.startsWith("「⑤ 利用者認証にパスワードを用いる場合には、"), c);
        assertTrue(c.contains("類推されやすいパスワードを使用させないよう、設定可能なパスワードに制限を設けること。"));
        assertTrue(c.contains("の、⑥の2点は、現在稼働している電子カルテシステムでは未対応"));
        assertTrue(c.endsWith("「⑥ パスワードを利用者認証に使用する場合、次に掲げる対策を実施すること。」"), c);
        assertFalse(c.contains("<") || c.contains("style="), c);
        assertTrue(row(138).comment().contains("・ 1 3. 【遵守事項】④: 「採用する認証手段は」以降"));
        assertEquals("a\nb c\nd", PublicCommentReader.plainText("<p>a</p> <p>b <span class=\"x\">c</span><br>d</p>"));
        assertEquals("【はじめに】<医療機関等の特性に応じたガイドライン参照箇所>",
                PublicCommentReader.plainText("【はじめに】<医療機関等の特性に応じたガイドライン参照箇所>"));
    }

    @Test
    void answerKindsFollowTheWordingRules() {
        Map<AnswerKind, Long> counts = COMMENTS.stream().collect(Collectors.groupingBy(PublicComment::answerKind,
                () -> new EnumMap<>(AnswerKind.class), Collectors.counting()));
        System.out.println("answer kinds: " + counts.entrySet().stream()
                .map(e -> e.getKey().label() + " " + e.getValue()).collect(Collectors.joining(", ")));
        // The reference (guideline-6.0.md §4) counts 修正した 38, 原案通り 7, 今後の検討 14 + 参考 158, 説明 38.
        assertEquals(Map.of(AnswerKind.MODIFIED, 38L, AnswerKind.AS_DRAFTED, 7L, AnswerKind.FUTURE_OR_REFERENCE, 172L,
                AnswerKind.EXPLANATION, 38L), counts);
        assertEquals(AnswerKind.FUTURE_OR_REFERENCE, row(3).answerKind());
        assertEquals(AnswerKind.EXPLANATION, row(1).answerKind());
        assertEquals(AnswerKind.MODIFIED, AnswerKind.of("ご指摘を踏まえ修正いたします。①、③、④については、今後の検討にあたっての参考とさせていただきます。"));
        assertEquals(AnswerKind.MODIFIED, AnswerKind.of("御指摘を踏まえ目次を作成しました。"));
        assertEquals(AnswerKind.AS_DRAFTED, AnswerKind.of("…ため、原案のとおりとさせていただきます。"));
        assertEquals(AnswerKind.FUTURE_OR_REFERENCE, AnswerKind.of("今後の検討事項とさせていただきます。"));
        assertEquals(AnswerKind.EXPLANATION, AnswerKind.of("用語集に定義を示しています。"));
    }

    @Test
    void commentsAreAttachedToTheGuidelineAndTheRestListedWithReasons() {
        GuidelineComments attached = GuidelineComments.attach(GUIDELINE, COMMENTS);
        assertEquals(230, attached.attached().size());
        assertEquals(25, attached.unattached().size());
        Map<String, List<Integer>> reasons = new TreeMap<>(attached.unattached().stream().collect(Collectors.groupingBy(
                UnattachedComment::reason, Collectors.mapping(u -> u.comment().number(), Collectors.toList()))));
        reasons.forEach((reason, rows) -> System.out.println("unattached " + rows.size() + " (" + reason + "): " + rows));
        assertEquals(18, reasons.get("概説編は遵守事項のない編で、ガイドラインカタログに含まれていません").size());
        assertEquals(7, reasons.get("編の指定がありません（「—」）").size());
        // rows 118 and 138 name no part in the 編 column but name システム運用編 7⑬, 13④ … in their text
        assertNull(reasons.get("編の指定がありません（「-」）"));

        assertEquals(29, attached.onWholeGuideline().size());
        assertEquals(23, attached.onReferenceMaterials().size());
        long qa = attached.attached().stream().flatMap(a -> a.targets().stream())
                .filter(t -> t instanceof CommentTarget.ReferenceMaterial r && r.name().equals("Q&A")).count();
        assertEquals(15, qa);

        // 13.2 is not in the guideline data: the comment goes to chapter 13, saying what it asked for, on no clause
        CommentTarget.Place network = (CommentTarget.Place) target(attached, 49);
        assertEquals("システム運用編 13", network.place().printed());
        assertEquals("13.2", network.requested());
        assertEquals(0, network.place().clauses().size());
        // a section the data has: 経営管理編 1.2.2 with its four 遵守事項
        CommentTarget.Place governance = (CommentTarget.Place) target(attached, 58);
        assertEquals("経営管理編 1.2.2", governance.place().printed());
        assertEquals(4, governance.place().clauses().size());
        assertEquals("システム運用編 別添.1", ((CommentTarget.Place) target(attached, 237)).place().printed());
        CommentTarget.Place intro = (CommentTarget.Place) target(attached, 39);
        assertNull(intro.place().chapter());
        assertEquals("【はじめに】", intro.requested());

        assertTrue(attached.on(GUIDELINE.clause("シ14-⑤").orElseThrow()).stream().anyMatch(c -> c.number() == 37));
        var ch13 = GUIDELINE.part("システム運用編").orElseThrow().chapter("13").orElseThrow();
        assertEquals(28, attached.on(ch13).size());
    }

    @Test
    void aBrokenTableFailsNamingTheRow() {
        String tsv = "title\n\nNo.\t分類\t編\t章\t頁\t御意見\t回答（考え方）\n"
                + "1\tx\tすべて\t—\t—\tcomment\tanswer\n"
                + "3\tx\t未知の編\t—\t—\tcomment\t\n";
        CatalogException ex = assertThrows(CatalogException.class, () -> new PublicCommentReader()
                .read(new ByteArrayInputStream(tsv.getBytes(StandardCharsets.UTF_8)), "t.tsv"));
        assertTrue(ex.problems().contains("t.tsv No. 3: 編が不明です: 未知の編"), ex.getMessage());
    }

    @Test
    void aQuotedCellMayHoldLineBreaks() {
        String tsv = "No.\t分類\t編\t章\t頁\t御意見\t回答（考え方）\n"
                + "1\tx\tシステム運用編 (Control)\t\"1 3. 2 不正な通信の\n検知\"\tP37\t\"line one\nline two\"\t\"<p>answer</p>\"\n";
        List<PublicComment> one = new PublicCommentReader()
                .read(new ByteArrayInputStream(tsv.getBytes(StandardCharsets.UTF_8)), "t.tsv");
        assertEquals(1, one.size());
        assertEquals("line one\nline two", one.get(0).comment());
        assertEquals("answer", one.get(0).answer());
        assertEquals("13.2", one.get(0).section());
    }

    private static CommentTarget target(GuidelineComments attached, int number) {
        return attached.attached().stream().filter(a -> a.comment().number() == number).findFirst().orElseThrow()
                .targets().get(0);
    }
}
