package jp.tenken.ui.clauses;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import jp.tenken.domain.edition.GuidelineRef;
import jp.tenken.domain.edition.Scope;
import jp.tenken.domain.guideline.ReferencePattern;
import jp.tenken.domain.year.AnswerValue;
import jp.tenken.service.ExportService;
import jp.tenken.ui.checklist.ChecklistViewModel;
import jp.tenken.ui.common.ImmediateUiExecutor;
import org.junit.jupiter.api.Test;

/** The clause view's tree, 参照パターン and navigation, driven through its view model on a real workbook file. */
class ClauseViewModelTest extends ClauseFixture {

    @Test
    void theTreeGoesByPartChapterAndSection() {
        assertEquals(List.of("経営管理編", "企画管理編", OPS), vm.roots().stream().map(ClauseNode::label).toList());
        ClauseNode ops = vm.roots().get(2);
        assertEquals(19, ops.children().size(), "18 chapters and the appendix");
        ClauseNode ch13 = chapter(OPS, "13");
        assertEquals(13, ch13.children().stream().filter(n -> n.kind() == ClauseNode.Kind.CLAUSE).count());
        assertTrue(chapter(OPS, "14").label().startsWith("14 認証・認可に関する安全管理措置"));
        // 経営管理編: the 遵守事項 sit under their sections
        ClauseNode s121 = vm.allNodes().stream().filter(n -> n.kind() == ClauseNode.Kind.SECTION
                && n.section().number().equals("1.2.1")).findFirst().orElseThrow();
        assertTrue(s121.children().stream().anyMatch(n -> n.kind() == ClauseNode.Kind.CLAUSE));
        assertEquals(GUIDELINE.clauses().size(),
                vm.allNodes().stream().filter(n -> n.kind() == ClauseNode.Kind.CLAUSE).count());
    }

    @Test
    void thePatternDimsTheChaptersItDoesNotNeedAndIsKeptInTheWorkbook() {
        vm.load(FY);
        assertFalse(chapter(OPS, "13").dimmedProperty().get(), "no pattern yet: nothing dimmed");
        vm.choosePattern(ReferencePattern.IV);
        assertTrue(chapter(OPS, "13").dimmedProperty().get());
        assertEquals("このパターンでは参照不要（システム運用編13はⅠ、Ⅲのみ）", chapter(OPS, "13").reasonProperty().get());
        assertTrue(vm.nodeOf("シ13-⑪").orElseThrow().dimmedProperty().get());
        assertFalse(chapter(OPS, "14").dimmedProperty().get());
        // 12 applies to cloud patterns only through ⑤⑥
        assertFalse(chapter(OPS, "12").dimmedProperty().get());
        assertTrue(chapter(OPS, "12").reasonProperty().get().startsWith("このパターンでは遵守事項⑤⑥のみ参照"));
        assertTrue(vm.nodeOf("シ12-①").orElseThrow().dimmedProperty().get());
        assertFalse(vm.nodeOf("シ12-⑤").orElseThrow().dimmedProperty().get());
        assertTrue(vm.patternExplanationProperty().get().startsWith("Ⅳ："));
        vm.select(chapter(OPS, "13"));
        assertEquals("このパターンでは参照不要（システム運用編13はⅠ、Ⅲのみ）", vm.detail().reasonProperty().get());

        assertEquals(ReferencePattern.IV, service.pattern().orElseThrow(), "saved in the workbook");
        ClauseViewModel again = newViewModel();
        again.load(FY);
        assertEquals(ReferencePattern.IV, again.patternProperty().get());
        assertTrue(again.chapterNode(OPS, "13").orElseThrow().dimmedProperty().get());

        vm.choosePattern(ReferencePattern.I);
        assertFalse(chapter(OPS, "13").dimmedProperty().get());
        assertEquals("", chapter(OPS, "13").reasonProperty().get());
    }

    @Test
    void chaptersCountTheirItemsAnswers() {
        answer("ops.two-factor", Scope.ALL, AnswerValue.NO);
        answer("ops.password-policy", Scope.ALL, AnswerValue.YES);
        answer("ops.access-rights", Scope.SERVER, AnswerValue.YES);
        vm.load(FY);
        ClauseNode ch14 = chapter(OPS, "14");
        // 14 is reached by 2-④ (server/PC), 2-⑤ (server/PC), 2-⑦ and 2-⑩: six rows
        int total = ch14.yesProperty().get() + ch14.noProperty().get() + ch14.unansweredProperty().get();
        assertEquals(2, ch14.yesProperty().get());
        assertEquals(1, ch14.noProperty().get());
        assertEquals(total - 3, ch14.unansweredProperty().get());
        assertTrue(total >= 4);
        vm.select(ch14);
        assertTrue(vm.detail().summaryProperty().get().contains("はい 2・いいえ 1"), vm.detail().summaryProperty().get());
        ClauseNode ch13 = chapter(OPS, "13");
        assertEquals(1, ch13.unansweredProperty().get(), "2-⑬ only");
    }

    @Test
    void aReferenceFromTheChecklistOpensItsClauseAndCountsItsAnswers() {
        vm.load(FY);
        vm.open(new GuidelineRef(OPS, "14", 5, null, false));
        assertEquals("シ14-⑤", vm.selectedProperty().get().clause().ref());
        assertEquals(vm.selectedProperty().get(), vm.focusRequestProperty().get());
        assertEquals(4, service.commentsAt(new GuidelineRef(OPS, "14", 5, null, false)).size());
        vm.open(new GuidelineRef(OPS, "13", null, null, true));
        assertEquals(ClauseNode.Kind.CHAPTER, vm.selectedProperty().get().kind());
        assertEquals(28, service.commentsAt(new GuidelineRef(OPS, "13", null, null, true)).size());
    }

    @Test
    void anItemOfAClauseOpensInTheChecklist() {
        List<String> opened = new ArrayList<>();
        vm.setItemOpener(opened::add);
        vm.load(FY);
        vm.select(vm.nodeOf("シ13-⑪").orElseThrow());
        vm.revealItem(vm.detail().items().get(0).itemKey());
        assertEquals(List.of("ops.source-restriction"), opened);

        ChecklistViewModel checklistVm = new ChecklistViewModel(checklist, wb.vendors(), wb.export(),
                new ImmediateUiExecutor());
        checklistVm.load();
        assertTrue(checklistVm.revealItem("ops.source-restriction"));
        assertEquals("ops.source-restriction", checklistVm.selectedRowProperty().get().item().key());
        assertEquals(checklistVm.selectedRowProperty().get(), checklistVm.focusRequestProperty().get());
        checklistVm.setReferenceComments(r -> service.commentsAt(r).size());
        assertEquals(4, checklistVm.guidance().commentCount(new GuidelineRef(OPS, "14", 5, null, false)));
    }
}
