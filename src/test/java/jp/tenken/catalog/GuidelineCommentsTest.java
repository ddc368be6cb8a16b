package jp.tenken.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import jp.tenken.domain.guideline.AttachmentLevel;
import jp.tenken.domain.guideline.Clause;
import jp.tenken.domain.guideline.CommentAttachment;
import jp.tenken.domain.guideline.CommentMentions;
import jp.tenken.domain.guideline.CommentTarget;
import jp.tenken.domain.guideline.Guideline;
import jp.tenken.domain.guideline.GuidelineChapter;
import jp.tenken.domain.guideline.GuidelineComments;
import jp.tenken.domain.guideline.NamedPlace;
import jp.tenken.domain.guideline.PublicComment;
import jp.tenken.domain.guideline.UnattachedComment;
import org.junit.jupiter.api.Test;

/** Public comments attach by what the comment and the answer name, and show on no clause they do not concern. */
class GuidelineCommentsTest {

    private static final List<PublicComment> COMMENTS = new PublicCommentReader().bundled();
    private static final Guideline GUIDELINE = new GuidelineReader().bundled();
    private static final GuidelineComments ATTACHED = GuidelineComments.attach(GUIDELINE, COMMENTS);

    @Test
    void theAttachmentFiguresByLevel() {
        Map<AttachmentLevel, Long> levels = new EnumMap<>(AttachmentLevel.class);
        ATTACHED.attached().forEach(a -> levels.merge(a.level(), 1L, Long::sum));
        Map<String, List<Integer>> reasons = new TreeMap<>(ATTACHED.unattached().stream().collect(Collectors.groupingBy(
                UnattachedComment::reason, Collectors.mapping(u -> u.comment().number(), Collectors.toList()))));
        System.out.println("public comments attached: to a clause " + levels.get(AttachmentLevel.CLAUSE)
                + ", to a section or chapter " + levels.get(AttachmentLevel.SECTION)
                + ", to a part " + levels.get(AttachmentLevel.PART)
                + ", to the whole guideline " + levels.get(AttachmentLevel.WHOLE_GUIDELINE)
                + ", to a supplement " + levels.get(AttachmentLevel.SUPPLEMENT)
                + "; unattached " + ATTACHED.unattached().size());
        reasons.forEach((reason, rows) -> System.out.println("  unattached " + rows.size() + " (" + reason + "): " + rows));
        assertEquals(Map.of(AttachmentLevel.CLAUSE, 71L, AttachmentLevel.SECTION, 93L, AttachmentLevel.PART, 18L,
                AttachmentLevel.WHOLE_GUIDELINE, 25L, AttachmentLevel.SUPPLEMENT, 23L), levels);
        assertEquals(255, ATTACHED.attached().size() + ATTACHED.unattached().size());
    }

    @Test
    void aCommentLandsOnTheClausesItsTextNames() {
        assertEquals(List.of("企15-⑨"), clausesOf(62, "企画管理編"));
        assertEquals(List.of("シ14-⑤"), clausesOf(120, "システム運用編"));
        assertTrue(clausesOf(171, "企画管理編").containsAll(List.of("企16-③", "企14-①")));
        // 「3章【遵守事項】⑧ … 10.2で解説している … 【遵守事項】④」: ④ is the row's own chapter 10
        assertEquals(List.of("企3-⑧", "企10-④"), clausesOf(226, "企画管理編"));
        // a bare 「【遵守事項】⑬」 after 「1 3. 【遵守事項】⑥」 belongs to chapter 13
        assertTrue(clausesOf(138, "システム運用編").contains("シ13-⑬"));
        assertEquals(List.of(new NamedPlace("経営管理編", "3.3.2", null), new NamedPlace("経営管理編", "2.2.2", null),
                new NamedPlace("企画管理編", "3.1.8", null)), CommentMentions.of(row(124)).places());
        assertEquals(List.of(), CommentMentions.of(row(1)).places(), "「第5.2版」 or 「P41」 name no place");
    }

    @Test
    void rowsWithoutAPartColumnAttachByTheirText() {
        for (int n : List.of(7, 19, 110, 116, 118, 124, 136, 137, 138, 176)) {
            assertTrue(attachment(n).targets().stream().anyMatch(t -> t instanceof CommentTarget.Place), "row " + n);
        }
        // row 7 speaks of 「企画管理編またはシステム運用編の【はじめに】」: the two parts as a whole
        assertEquals(List.of("企画管理編", "システム運用編"), attachment(7).targets().stream()
                .map(t -> ((CommentTarget.Place) t).place().printed()).toList());
        assertEquals(AttachmentLevel.CLAUSE, attachment(116).level(), "企画管理編「9. …」【遵守事項】①");
    }

    @Test
    void aCommentOnASectionWithoutClausesShowsThereAndOnNoClause() {
        GuidelineChapter ops8 = chapter("システム運用編", "8");
        for (int n : List.of(66, 103)) {
            assertTrue(ATTACHED.on(ops8).stream().anyMatch(c -> c.number() == n), "row " + n + " on シ8");
            CommentTarget.Place p = (CommentTarget.Place) attachment(n).targets().get(0);
            assertTrue(p.place().clauses().isEmpty(), "row " + n);
        }
        assertEquals("8.2", ((CommentTarget.Place) attachment(66).targets().get(0)).requested());
        // 41 (企9.2), 54 and 134 (シ13.2) name sections the data lacks: on the chapter, beside no clause
        for (Clause c : chapter("企画管理編", "9").clauses()) {
            assertFalse(ATTACHED.on(c).stream().anyMatch(x -> x.number() == 41), c.ref());
        }
        for (Clause c : chapter("システム運用編", "13").clauses()) {
            assertFalse(ATTACHED.on(c).stream().anyMatch(x -> x.number() == 54 || x.number() == 134), c.ref());
        }
        assertTrue(ATTACHED.on(chapter("システム運用編", "13")).stream().anyMatch(x -> x.number() == 54));
        assertEquals(List.of(35), ATTACHED.on(chapter("システム運用編", "7")).stream().map(PublicComment::number)
                .filter(n -> n == 35).toList(), "35 on シ7.4");
    }

    private static List<String> clausesOf(int number, String part) {
        return attachment(number).targets().stream()
                .filter(t -> t instanceof CommentTarget.Place p && p.place().part().name().equals(part))
                .flatMap(t -> ((CommentTarget.Place) t).place().clauses().stream()).map(Clause::ref).toList();
    }

    private static CommentAttachment attachment(int number) {
        return ATTACHED.attached().stream().filter(a -> a.comment().number() == number).findFirst().orElseThrow();
    }

    private static PublicComment row(int number) {
        return COMMENTS.get(number - 1);
    }

    private static GuidelineChapter chapter(String part, String number) {
        return GUIDELINE.part(part).orElseThrow().chapter(number).orElseThrow();
    }
}
