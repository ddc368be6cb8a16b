package jp.tenken.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import jp.tenken.domain.guideline.Clause;
import jp.tenken.domain.guideline.CommentReadings;
import jp.tenken.domain.guideline.CommentReadings.NumberingMatch;
import jp.tenken.domain.guideline.CommentTarget;
import jp.tenken.domain.guideline.Guideline;
import jp.tenken.domain.guideline.GuidelineComments;
import jp.tenken.domain.guideline.PublicComment;
import org.junit.jupiter.api.Test;

/**
 * Our reading of the comments whose automatic attachment was too broad (a whole block for one item) or too narrow
 * (② of 「②③④」), and which numbering each comment's clause numbers follow.
 */
class CommentReadingsTest {

    private static final List<PublicComment> COMMENTS = new PublicCommentReader().bundled();
    private static final Guideline GUIDELINE = new GuidelineReader().bundled();
    private static final CommentReadings READINGS = new CommentReadingsReader().bundled(GUIDELINE, COMMENTS);
    private static final GuidelineComments BY_NAMES = GuidelineComments.attach(GUIDELINE, COMMENTS);
    private static final GuidelineComments READ = GuidelineComments.attach(GUIDELINE, COMMENTS, READINGS);

    @Test
    void overBroadAttachmentsNarrowToTheItemTheCommentQuotes() {
        assertEquals(List.of("経2.1-①"), clauses(READ, 59));
        assertEquals(List.of("経1.2.2-説明①"), clauses(READ, 123));
        assertEquals(List.of("経1.2.1-説明①"), clauses(READ, 210));
        assertEquals(List.of("経1.2.1-説明②"), clauses(READ, 211));
        assertEquals(List.of("経1.2.2-善後策①", "経1.2.2-善後策②", "経1.2.2-善後策③"), clauses(READ, 89));
        // before the reading, 210 sat on the whole 1.2.1 block (説明 and 管理 alike)
        assertTrue(clauses(BY_NAMES, 210).size() > 1, clauses(BY_NAMES, 210).toString());
        Clause management = GUIDELINE.clause("経1.2.1-管理①").orElseThrow();
        assertFalse(READ.on(management).stream().anyMatch(c -> c.number() == 210), "no longer on 管理①");
    }

    @Test
    void aCommentNamingSeveralItemsLandsOnEachOfThem() {
        assertEquals(List.of("企10-②"), clauses(BY_NAMES, 81), "by names alone: ② only");
        assertEquals(List.of("企10-②", "企10-③", "企10-④"), clauses(READ, 81));
        for (String ref : List.of("企10-②", "企10-③", "企10-④")) {
            assertTrue(READ.on(GUIDELINE.clause(ref).orElseThrow()).stream().anyMatch(c -> c.number() == 81), ref);
        }
    }

    @Test
    void eachCommentSaysWhetherItsDraftNumbersAreTheFinalOnes() {
        assertEquals(Optional.of(NumberingMatch.SAME), READ.numbering(row(81)), "企10: checked against 9469/4");
        assertEquals(Optional.of(NumberingMatch.SAME), READ.numbering(row(123)));
        assertEquals(Optional.of(NumberingMatch.UNCHECKED), READ.numbering(row(62)), "企15 ⑨: not checked");
        assertEquals(Optional.empty(), READ.numbering(row(1)), "a comment on the whole guideline names no number");
        assertEquals(NumberingMatch.UNCHECKED, READINGS.numberingOf(GUIDELINE.clause("企2-①").orElseThrow()));
    }

    @Test
    void aReadingNamingAMissingCommentOrClauseOrNoReasonIsRefused() {
        String bad = """
                {"readings": [
                  {"comment": 999, "clauses": ["企10-②"], "draftNumbers": "②", "reason": "x"},
                  {"comment": 81, "clauses": ["企10-⑳"], "draftNumbers": "⑳", "reason": " "}
                ],
                 "numbering": [{"block": "企99", "match": "SAME", "evidence": "x"}]}
                """;
        CatalogException e = assertThrows(CatalogException.class, () -> new CommentReadingsReader().read(
                new ByteArrayInputStream(bad.getBytes(StandardCharsets.UTF_8)), "bad.json", GUIDELINE, COMMENTS));
        String all = String.join("\n", e.problems());
        assertTrue(all.contains("No.999: その番号の意見がありません"), all);
        assertTrue(all.contains("遵守事項 企10-⑳ がガイドラインデータにありません"), all);
        assertTrue(all.contains("No.81: reason (そう読む理由) がありません"), all);
        assertTrue(all.contains("企99: 遵守事項のまとまり"), all);
    }

    private static List<String> clauses(GuidelineComments comments, int number) {
        return comments.attached().stream().filter(a -> a.comment().number() == number).findFirst().orElseThrow()
                .targets().stream().filter(t -> t instanceof CommentTarget.Place p && !p.place().clauses().isEmpty())
                .flatMap(t -> ((CommentTarget.Place) t).place().clauses().stream()).map(Clause::ref).toList();
    }

    private static PublicComment row(int number) {
        return COMMENTS.get(number - 1);
    }
}
