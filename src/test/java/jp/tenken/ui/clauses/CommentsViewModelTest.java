package jp.tenken.ui.clauses;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import jp.tenken.domain.guideline.AnswerKind;
import org.junit.jupiter.api.Test;

/** The public-comment panel: the ministry's answers on a place, and the search over them all. */
class CommentsViewModelTest extends ClauseFixture {

    @Test
    void theCommentPanelShowsTheMinistrysAnswersForSystemOperation13() {
        vm.load(FY);
        vm.select(chapter(OPS, "13"));
        assertEquals(28, vm.commentPanel().comments().size());
        assertEquals("パブリックコメントでの厚生労働省の回答（28件）", vm.commentPanel().commentsHeadingProperty().get());
        CommentEntry cloud = vm.commentPanel().comments().stream().filter(c -> c.number() == 87).findFirst()
                .orElseThrow();
        assertEquals(AnswerKind.EXPLANATION, cloud.kind());
        assertEquals("説明", cloud.kindLabel());
        assertEquals("No.87（P34）", cloud.heading());
        assertTrue(cloud.comment().contains("クラウド"));
        assertFalse(cloud.answer().isBlank());
        CommentEntry modified = vm.commentPanel().comments().stream().filter(c -> c.number() == 95).findFirst()
                .orElseThrow();
        assertEquals("修正した", modified.kindLabel());
        // a clause shows the comments that name it (「13. 【遵守事項】⑥」), not every comment on its chapter
        vm.select(vm.nodeOf("シ13-⑥").orElseThrow());
        assertEquals(List.of(24, 32, 108, 118, 129, 138), vm.commentPanel().comments().stream()
                .map(CommentEntry::number).sorted().toList());
    }

    @Test
    void theCommentPanelShowsTheMinistrysAnswersForSystemOperation14() {
        vm.load(FY);
        vm.select(chapter(OPS, "14"));
        assertEquals(List.of(24, 30, 31, 37, 50, 69, 74, 120, 138), vm.commentPanel().comments().stream()
                .map(CommentEntry::number).sorted().toList());
        assertEquals("パブリックコメントでの厚生労働省の回答（9件）", vm.commentPanel().commentsHeadingProperty().get());
        CommentEntry two = vm.commentPanel().comments().stream().filter(c -> c.number() == 30).findFirst()
                .orElseThrow();
        assertTrue(two.answer().contains("二要素認証"), two.answer());
        assertEquals("P41", two.page());
        assertEquals("修正した", vm.commentPanel().comments().stream().filter(c -> c.number() == 69).findFirst()
                .orElseThrow().kindLabel());
    }

    @Test
    void searchFindsCommentsAndAnswersAndOpensTheirPlace() {
        vm.load(FY);
        vm.commentPanel().searchProperty().set("VPN");
        assertFalse(vm.commentPanel().searchResults().isEmpty());
        assertTrue(vm.commentPanel().searchResults().stream()
                .allMatch(r -> (r.comment() + r.answer()).toUpperCase().contains("VPN")));
        assertTrue(vm.commentPanel().searchResults().stream().anyMatch(r -> r.number() == 68), "SSL-VPN on 13.1.2");
        assertEquals(vm.commentPanel().searchResults().size() + "件", vm.commentPanel().searchSummaryProperty().get());
        vm.commentPanel().searchProperty().set("ｖｐｎ");
        assertFalse(vm.commentPanel().searchResults().isEmpty(), "full-width and lower case match too");
        vm.commentPanel().searchProperty().set("二要素認証");
        assertTrue(vm.commentPanel().searchResults().stream().anyMatch(r -> r.number() == 30));
        vm.commentPanel().searchProperty().set("クラウド");
        CommentEntry row87 = vm.commentPanel().searchResults().stream().filter(r -> r.number() == 87).findFirst()
                .orElseThrow();
        assertEquals("システム運用編 13", row87.where());
        vm.open(row87);
        assertEquals(chapter(OPS, "13"), vm.selectedProperty().get());
        vm.commentPanel().searchProperty().set("存在しない語句ｘｙｚ");
        assertTrue(vm.commentPanel().searchResults().isEmpty());
        vm.commentPanel().searchProperty().set("");
        assertEquals("", vm.commentPanel().searchSummaryProperty().get());
    }

    @Test
    void searchingReplacesThePlacesAnswersUntilTheSearchIsCleared() {
        CommentsViewModel panel = vm.commentPanel();
        vm.load(FY);
        assertTrue(panel.comments().isEmpty());
        assertEquals("パブリックコメントでの厚生労働省の回答（0件）", panel.commentsHeadingProperty().get());
        vm.select(chapter(OPS, "14"));
        assertFalse(panel.searching());
        panel.searchProperty().set("  ");
        assertFalse(panel.searching(), "blanks search nothing");
        panel.searchProperty().set("VPN");
        assertTrue(panel.searching());
        assertEquals(9, panel.comments().size(), "the place's answers stay for when the search is cleared");
        panel.searchProperty().set("");
        assertFalse(panel.searching());
    }
}
