package jp.tenken.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import jp.tenken.domain.edition.Edition;
import jp.tenken.domain.edition.GuidelineRef;
import jp.tenken.domain.edition.Item;
import jp.tenken.domain.guideline.ChapterApplicability;
import jp.tenken.domain.guideline.Clause;
import jp.tenken.domain.guideline.ClauseStatus;
import jp.tenken.domain.guideline.Guideline;
import jp.tenken.domain.guideline.GuidelineChapter;
import jp.tenken.domain.guideline.GuidelinePlace;
import jp.tenken.domain.guideline.ReferencePattern;
import org.junit.jupiter.api.Test;

class GuidelineReaderTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final Guideline guideline = new GuidelineReader().bundled();

    @Test
    void theBundledGuidelineHasTheThreePartsWithTheirChapterCounts() {
        assertEquals(List.of("経営管理編", "企画管理編", "システム運用編"),
                guideline.parts().stream().map(p -> p.name()).toList());
        assertEquals(List.of(5, 16, 18), guideline.parts().stream().map(p -> p.chapters().size()).toList());
        assertEquals(List.of("別添"), guideline.part("システム運用編").orElseThrow().appendices().stream()
                .map(GuidelineChapter::number).toList());
        assertEquals(4, guideline.patterns().size());
    }

    @Test
    void clausesNotReadOnAFinalPageAreExposedAsUnverified() {
        Clause read = guideline.clause("シ2-①").orElseThrow();
        assertTrue(read.textVerified());
        Clause cut = guideline.clause("シ13-⑪").orElseThrow();
        assertEquals(ClauseStatus.PARTIAL, cut.status());
        assertFalse(cut.textVerified());
        Clause unread = guideline.clause("シ14-⑤").orElseThrow();
        assertNull(unread.text());
        assertFalse(unread.textVerified());
        assertFalse(guideline.clause("経1.2.1-管理②").orElseThrow().textVerified(), "draft text");
        assertTrue(guideline.unverifiedClauses().stream().noneMatch(Clause::textVerified));
        assertTrue(guideline.unverifiedClauses().stream().allMatch(c -> c.note() != null || c.page() != null));
        assertEquals(guideline.clauses().stream().filter(c -> c.status() != ClauseStatus.VERIFIED).count(),
                guideline.unverifiedClauses().size());
    }

    @Test
    void everyReferenceOfEveryBundledEditionResolves() {
        var catalog = new CatalogReader().bundled();
        assertEquals(List.of(), CatalogReader.unresolvedReferences(catalog, guideline));
        new CatalogReader().read(List.of(), guideline);
        int refs = 0;
        for (Edition e : catalog.editions()) {
            for (Item i : e.forms().get(0).items()) {
                refs += i.references().size();
            }
        }
        assertTrue(refs > 40, "references checked: " + refs);
    }

    @Test
    void aReferenceResolvesToItsClauseOrToItsSectionOrChapter() {
        GuidelinePlace clause = guideline.resolve(new GuidelineRef("システム運用編", "13", 11, null, true)).orElseThrow();
        assertEquals(List.of("シ13-⑪"), clause.clauses().stream().map(Clause::ref).toList());
        assertEquals("13", clause.chapter().number());

        GuidelinePlace grouped = guideline.resolve(new GuidelineRef("経営管理編", "1.2.1", 2, "管理責任", true)).orElseThrow();
        assertEquals(List.of("経1.2.1-管理②"), grouped.clauses().stream().map(Clause::ref).toList());
        assertEquals("1.2.1", grouped.section().number());

        GuidelinePlace section = guideline.resolve(new GuidelineRef("経営管理編", "3.4.1", null, null, true)).orElseThrow();
        assertEquals(List.of("経3.4.1-①", "経3.4.1-②", "経3.4.1-③"),
                section.clauses().stream().map(Clause::ref).toList());

        GuidelinePlace chapter = guideline.resolve(new GuidelineRef("システム運用編", "17", null, null, true)).orElseThrow();
        assertNull(chapter.section());
        assertEquals(4, chapter.clauses().size());

        GuidelinePlace plainSection = guideline.resolve(new GuidelineRef("企画管理編", "13.2", null, null, true)).orElseThrow();
        assertEquals("電子カルテにおける記録の確定", plainSection.section().title());

        assertTrue(guideline.resolve(new GuidelineRef("システム運用編", "13", 30, null, true)).isEmpty());
        assertTrue(guideline.resolve(new GuidelineRef("システム運用編", "19", null, null, true)).isEmpty());
        assertTrue(guideline.resolve(new GuidelineRef("企画管理編", "13.9", null, null, true)).isEmpty());
        assertTrue(guideline.resolve(new GuidelineRef("経営管理編", "1.2.1", 2, "説明責任", true)).isPresent());
        assertTrue(guideline.resolve(new GuidelineRef("経営管理編", "1.2.1", 3, "管理責任", true)).isEmpty());
    }

    @Test
    void theCountsArePinnedAndEveryChecklistReferenceLandsOnClauses() {
        Map<ClauseStatus, Long> byStatus = new EnumMap<>(ClauseStatus.class);
        guideline.clauses().forEach(c -> byStatus.merge(c.status(), 1L, Long::sum));
        System.out.println("guideline 6.0 clauses by status: " + byStatus + ", " + guideline.clauses().size() + " in all");
        assertEquals(Map.of(ClauseStatus.VERIFIED, 57L, ClauseStatus.PARTIAL, 16L, ClauseStatus.DRAFT, 59L,
                ClauseStatus.UNKNOWN, 72L), byStatus);
        // the gaps the audit found are filled: 企3 ⑥–⑨, 企8 ①–⑧, シ7 ①–⑭, 経3.1.2 ①–④ …
        for (String ref : List.of("企3-⑨", "企7-⑦", "企8-⑧", "企10-④", "企12-③", "シ4-②", "シ5-④", "シ7-⑭",
                "シ8-⑥", "シ10-⑥", "経3.1.2-④", "経3.2.1-②", "経3.3.1-①")) {
            assertTrue(guideline.clause(ref).isPresent(), ref);
        }
        assertTrue(guideline.clause("シ5-④").orElseThrow().textVerified(), "quoted from the final by 総務省 10202/16");
        assertEquals("ネットワークに関する安全管理措置",
                guideline.part("システム運用編").orElseThrow().chapter("13").orElseThrow().title());
        assertEquals("医療情報システム・サービス事業者との協働",
                guideline.part("経営管理編").orElseThrow().chapter("5").orElseThrow().title());
        assertEquals("運用に対する点検・監査", guideline.part("企画管理編").orElseThrow().chapter("10").orElseThrow().title());
        assertEquals("責任分界（案の章題）", guideline.part("企画管理編").orElseThrow().chapter("2").orElseThrow().title(),
                "企画管理編 2 no longer carries 経営管理編 2's title");
        assertEquals(5, guideline.part("企画管理編").orElseThrow().chapter("2").orElseThrow().clauses().size());

        Set<String> references = new TreeSet<>();
        Set<String> onClauses = new TreeSet<>();
        for (Edition e : new CatalogReader().bundled().editions()) {
            for (Item i : e.forms().get(0).items()) {
                for (GuidelineRef r : i.references()) {
                    String key = e.id() + " " + i.key() + " " + r.printed();
                    references.add(key);
                    if (guideline.resolve(r).map(p -> !p.clauses().isEmpty()).orElse(false)) {
                        onClauses.add(key);
                    }
                }
            }
        }
        System.out.println("checklist references resolving to 遵守事項: " + onClauses.size() + " of " + references.size());
        assertEquals(66, references.size());
        assertEquals(references, onClauses);
    }

    @Test
    void aPlaceholderSectionOrAStatusWithoutItsSourcePageFails() {
        assertProblem("9.1: 題名も遵守事項もない仮置きの節です", root -> ((ArrayNode) chapter(root, 1, "9").get("sections"))
                .addObject().put("number", "9.1").putNull("title").putNull("page").put("note", "cited by a manual"));
        assertProblem("シ13-①: draft の出典 page がありません", root ->
                ((ObjectNode) chapter(root, 2, "13").get("clauses").get(0)).putNull("page"));
        assertProblem("1.4: 題名も遵守事項もない仮置きの節です", root -> ((ArrayNode) chapter(root, 0, "1")
                .get("sections")).addObject().put("number", "1.4").putNull("title").putNull("page").put("note", "x"));
    }

    @Test
    void anUnresolvableChecklistReferenceFailsTheCatalogLoad() throws IOException {
        Guideline without13 = read(root -> {
            ArrayNode clauses = (ArrayNode) chapter(root, 2, "13").get("clauses");
            while (clauses.size() > 10) {
                clauses.remove(clauses.size() - 1);
            }
        });
        CatalogException ex = assertThrows(CatalogException.class, () -> new CatalogReader().read(List.of(), without13));
        assertTrue(ex.problems().stream().anyMatch(p -> p.contains("参照先がありません: システム運用編 13⑪")),
                ex.getMessage());
    }

    @Test
    void patternFilteringFollowsTheChapterTags() {
        List<ChapterApplicability> iv = guideline.applicability(ReferencePattern.IV);
        ChapterApplicability network = find(iv, "システム運用編", "13");
        assertFalse(network.applies());
        assertEquals("このパターンでは参照不要（システム運用編13はⅠ、Ⅲのみ）", network.reason());
        assertFalse(find(iv, "システム運用編", "17").applies());
        assertTrue(find(iv, "システム運用編", "14").applies());
        assertNull(find(iv, "システム運用編", "14").reason());
        ChapterApplicability physical = find(iv, "システム運用編", "12");
        assertEquals(ChapterApplicability.Reach.SOME_CLAUSES, physical.reach());
        assertEquals(List.of("シ12-⑤", "シ12-⑥"), physical.clauses().stream().map(Clause::ref).toList());
        assertEquals("このパターンでは遵守事項⑤⑥のみ参照（システム運用編12はⅠ、Ⅲのみ）", physical.reason());

        assertEquals(39, guideline.chaptersFor(ReferencePattern.I).size(), "Ⅰ reads every chapter");
        assertTrue(guideline.applicability(ReferencePattern.I).stream()
                .allMatch(a -> a.reach() == ChapterApplicability.Reach.WHOLE));
        List<String> skippedByIv = iv.stream().filter(a -> !a.applies())
                .map(a -> a.chapter().part() + a.chapter().number()).toList();
        assertEquals(List.of("システム運用編5", "システム運用編9", "システム運用編10", "システム運用編13",
                "システム運用編15", "システム運用編17"), skippedByIv);
        assertEquals(guideline.applicability(ReferencePattern.II).stream().map(ChapterApplicability::reach).toList(),
                iv.stream().map(ChapterApplicability::reach).toList(), "Ⅱ and Ⅳ read the same chapters");
    }

    // Broken copies of the bundled file: each must fail, naming the problem.

    @Test
    void aDuplicateRefFails() {
        assertProblem("ref が重複しています", root -> {
            ObjectNode second = (ObjectNode) chapter(root, 2, "2").get("clauses").get(1);
            second.put("ref", "シ2-①");
        });
    }

    @Test
    void aGapInClauseNumberingFails() {
        assertProblem("遵守事項番号が連続していません: ③ の位置に ④", root -> {
            ArrayNode clauses = (ArrayNode) chapter(root, 2, "2").get("clauses");
            clauses.remove(2);
            ((ObjectNode) clauses.get(2)).put("ref", "シ2-④");
        });
    }

    @Test
    void aGapMarkedWithItsReasonIsAcceptedAndOnlyThere() throws IOException {
        Guideline g = read(root -> {
            ArrayNode clauses = (ArrayNode) chapter(root, 2, "2").get("clauses");
            clauses.remove(2);
            ObjectNode next = (ObjectNode) clauses.get(2);
            next.put("ref", "シ2-④");
            next.put("skipReason", "③ is not in any copy read");
        });
        assertTrue(g.clause("シ2-④").isPresent());
        assertFalse(g.clause("シ2-③").isPresent());
        assertProblem("skipReason は番号が飛ぶ遵守事項にだけ書きます", root ->
                ((ObjectNode) chapter(root, 2, "2").get("clauses").get(1)).put("skipReason", "no gap here"));
    }

    @Test
    void aChapterWithoutATitleFailsUnlessMarkedNotHeld() {
        assertProblem("システム運用編 第2章: 章題がありません", root -> {
            ObjectNode c = chapter(root, 2, "2");
            c.putNull("title");
            c.putNull("draftTitle");
            c.remove("titleStatus");
            c.put("note", "a reason is not enough without the marker");
        });
        assertProblem("titleStatus は not-held だけです", root -> chapter(root, 2, "2").put("titleStatus", "lost"));
        assertProblem("章題があるのに titleStatus が not-held です",
                root -> chapter(root, 2, "2").put("titleStatus", "not-held"));
    }

    @Test
    void aChapterMarkedNotHeldIsReadWithoutATitle() throws IOException {
        Guideline g = read(root -> {
            ObjectNode c = chapter(root, 2, "2");
            c.putNull("title");
            c.putNull("draftTitle");
            c.put("titleStatus", "not-held");
            c.put("note", "no reachable copy gives it");
        });
        assertNull(g.part("システム運用編").orElseThrow().chapters().get(1).title());
    }

    @Test
    void aGapInAGroupOfTheGovernancePartFails() {
        assertProblem("経1.2.2-善後策③: 遵守事項番号が連続していません: ② の位置に ③", root -> {
            ArrayNode clauses = (ArrayNode) chapter(root, 0, "1").get("clauses");
            for (int i = 0; i < clauses.size(); i++) {
                if (clauses.get(i).get("ref").asText().equals("経1.2.2-善後策②")) {
                    clauses.remove(i);
                    return;
                }
            }
        });
    }

    @Test
    void aBadPatternFails() {
        assertProblem("参照パターンはⅠ〜Ⅳのみです: Ⅴ", root -> ((ArrayNode) chapter(root, 2, "14").get("patterns")).add("Ⅴ"));
    }

    @Test
    void aMissingChapterFails() {
        Consumer<ObjectNode> drop = root -> ((ArrayNode) root.get("parts").get(1).get("chapters")).remove(9);
        assertProblem("企画管理編: 章番号が連続していません: 10 の位置に 11", drop);
        assertProblem("企画管理編: 章の数が 15 です (16 のはず)", drop);
    }

    @Test
    void aMissingPartFails() {
        assertProblem("システム運用編 がありません", root -> ((ArrayNode) root.get("parts")).remove(2));
    }

    @Test
    void aMalformedRefFails() {
        assertProblem("ref の形式が不正です (シ2-② の形のはず)",
                root -> ((ObjectNode) chapter(root, 2, "2").get("clauses").get(1)).put("ref", "シ2-2"));
    }

    @Test
    void aClauseWithoutTextMustBeUnknownAndAnUnverifiedOneNeedsANoteOrPage() {
        assertProblem("本文がない (text=null) のに status が draft です", root ->
                ((ObjectNode) chapter(root, 2, "13").get("clauses").get(0)).putNull("text"));
        assertProblem("draft の遵守事項には note か page が必要です", root -> {
            ObjectNode c = (ObjectNode) chapter(root, 2, "13").get("clauses").get(0);
            c.putNull("note");
            c.putNull("page");
        });
    }

    private static ChapterApplicability find(List<ChapterApplicability> list, String part, String chapter) {
        return list.stream().filter(a -> a.chapter().part().equals(part) && a.chapter().number().equals(chapter))
                .findFirst().orElseThrow();
    }

    private static ObjectNode chapter(ObjectNode root, int part, String number) {
        for (var c : root.get("parts").get(part).get("chapters")) {
            if (c.get("number").asText().equals(number)) {
                return (ObjectNode) c;
            }
        }
        throw new AssertionError("no chapter " + number);
    }

    private static void assertProblem(String expected, Consumer<ObjectNode> breakIt) {
        CatalogException ex = assertThrows(CatalogException.class, () -> read(breakIt));
        assertTrue(ex.problems().stream().anyMatch(p -> p.contains(expected)),
                "expected a problem containing 「" + expected + "」 but got:\n" + ex.getMessage());
    }

    private static Guideline read(Consumer<ObjectNode> change) throws IOException {
        ObjectNode root;
        try (InputStream in = GuidelineReaderTest.class.getClassLoader().getResourceAsStream(GuidelineReader.BUNDLED)) {
            root = (ObjectNode) JSON.readTree(in);
        }
        change.accept(root);
        return new GuidelineReader().read(new ByteArrayInputStream(JSON.writeValueAsBytes(root)), "broken.json");
    }
}
