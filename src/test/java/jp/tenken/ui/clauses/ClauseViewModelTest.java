package jp.tenken.ui.clauses;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import jp.tenken.catalog.CatalogReader;
import jp.tenken.catalog.GuidelineReader;
import jp.tenken.catalog.PublicCommentReader;
import jp.tenken.domain.Answer;
import jp.tenken.domain.AnswerKind;
import jp.tenken.domain.AnswerValue;
import jp.tenken.domain.DeepCheckValue;
import jp.tenken.domain.Facility;
import jp.tenken.domain.FacilityKind;
import jp.tenken.domain.FiscalYear;
import jp.tenken.domain.FormKind;
import jp.tenken.domain.Guideline;
import jp.tenken.domain.GuidelineComments;
import jp.tenken.domain.GuidelineRef;
import jp.tenken.domain.ReferencePattern;
import jp.tenken.domain.Round;
import jp.tenken.domain.RowKey;
import jp.tenken.domain.Scope;
import jp.tenken.service.ChecklistService;
import jp.tenken.service.ExportService;
import jp.tenken.service.GuidelineService;
import jp.tenken.service.OpenForm;
import jp.tenken.storage.Workbook;
import jp.tenken.ui.checklist.ChecklistViewModel;
import jp.tenken.ui.common.ImmediateUiExecutor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The clause view's rules, driven through its view model on a real workbook file, without a toolkit. */
class ClauseViewModelTest {
    static final Guideline GUIDELINE = new GuidelineReader().bundled();
    static final GuidelineComments COMMENTS = GuidelineComments.attach(GUIDELINE, new PublicCommentReader().bundled());
    static final LocalDate TODAY = LocalDate.of(2025, 10, 1);
    static final FiscalYear FY = new FiscalYear(2025);
    static final String OPS = "システム運用編";

    @TempDir
    Path dir;
    Workbook wb;
    ChecklistService checklist;
    GuidelineService service;
    ClauseViewModel vm;

    @BeforeEach
    void open() {
        wb = Workbook.create(dir.resolve("clauses.tenken"));
        ZoneId z = ZoneId.of("Asia/Tokyo");
        checklist = new ChecklistService(wb, new CatalogReader().bundled(),
                Clock.fixed(TODAY.atTime(9, 0).atZone(z).toInstant(), z));
        checklist.saveFacility(new Facility("さくら内科クリニック", FacilityKind.CLINIC));
        service = new GuidelineService(checklist, GUIDELINE, COMMENTS);
        vm = newViewModel();
    }

    private ClauseViewModel newViewModel() {
        return new ClauseViewModel(service, new ExportService(checklist, service), new ImmediateUiExecutor());
    }

    @AfterEach
    void close() {
        wb.close();
    }

    private void answer(String key, Scope scope, AnswerValue v) {
        OpenForm f = checklist.open(FY, FormKind.FACILITY, null);
        checklist.saveAnswer(f.assessment(), new Answer(new RowKey(key, scope), Round.FIRST, v,
                LocalDate.of(2025, 6, 1), v == AnswerValue.NO ? LocalDate.of(2026, 1, 31) : null, "", null));
    }

    private ClauseNode chapter(String part, String number) {
        return vm.chapterNode(part, number).orElseThrow();
    }

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
    void unverifiedTextIsMarkedNeverShownAsOfficial() {
        vm.load(FY);
        vm.select(vm.nodeOf("シ13-⑫").orElseThrow());
        assertEquals("", vm.textMarkProperty().get(), "verified on the final page");
        vm.select(vm.nodeOf("シ13-①").orElseThrow());
        assertEquals("文言要確認", vm.textMarkProperty().get(), "draft wording");
        assertFalse(vm.textProperty().get().isEmpty());
        vm.select(vm.nodeOf("シ13-⑤").orElseThrow());
        assertEquals("本文未取得", vm.textMarkProperty().get());
        assertEquals("", vm.textProperty().get());
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
        assertEquals("このパターンでは参照不要（システム運用編13はⅠ、Ⅲのみ）", vm.reasonProperty().get());

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
    void eachClauseListsTheItemsThatReachItWithThisYearsAnswers() {
        answer("ops.two-factor", Scope.ALL, AnswerValue.NO);
        answer("ops.password-policy", Scope.ALL, AnswerValue.YES);
        vm.load(FY);
        vm.select(vm.nodeOf("シ14-⑤").orElseThrow());
        List<String> numbers = vm.items().stream().map(ClauseViewModel.ItemLine::number).toList();
        assertTrue(numbers.contains("2-⑩"), numbers.toString());
        assertTrue(numbers.contains("2-⑦"), "a reference to the whole chapter 14 reaches ⑤ too: " + numbers);
        ClauseViewModel.ItemLine twoFactor = vm.items().stream().filter(i -> i.number().equals("2-⑩"))
                .findFirst().orElseThrow();
        assertEquals(AnswerValue.NO, twoFactor.answers().get(0).value());
        vm.select(vm.nodeOf("シ13-⑪").orElseThrow());
        assertEquals(List.of("2-⑬"), vm.items().stream().map(ClauseViewModel.ItemLine::number).toList());
        vm.select(vm.nodeOf("シ13-①").orElseThrow());
        assertTrue(vm.items().isEmpty());
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
        assertTrue(vm.summaryProperty().get().contains("はい 2・いいえ 1"), vm.summaryProperty().get());
        ClauseNode ch13 = chapter(OPS, "13");
        assertEquals(1, ch13.unansweredProperty().get(), "2-⑬ only");
    }

    @Test
    void theCommentPanelShowsTheMinistrysAnswersForSystemOperation13() {
        vm.load(FY);
        vm.select(chapter(OPS, "13"));
        assertEquals(28, vm.comments().size());
        assertEquals("パブリックコメントでの厚生労働省の回答（28件）", vm.commentsHeadingProperty().get());
        ClauseViewModel.CommentEntry cloud = vm.comments().stream().filter(c -> c.number() == 87).findFirst()
                .orElseThrow();
        assertEquals(AnswerKind.EXPLANATION, cloud.kind());
        assertEquals("説明", cloud.kindLabel());
        assertEquals("No.87（P34）", cloud.source());
        assertTrue(cloud.comment().contains("クラウド"));
        assertFalse(cloud.answer().isBlank());
        ClauseViewModel.CommentEntry modified = vm.comments().stream().filter(c -> c.number() == 95).findFirst()
                .orElseThrow();
        assertEquals("修正した", modified.kindLabel());
        // a clause shows the comments that name it (「13. 【遵守事項】⑥」), not every comment on its chapter
        vm.select(vm.nodeOf("シ13-⑥").orElseThrow());
        assertEquals(List.of(24, 32, 108, 118, 129, 138), vm.comments().stream()
                .map(ClauseViewModel.CommentEntry::number).sorted().toList());
    }

    @Test
    void theCommentPanelShowsTheMinistrysAnswersForSystemOperation14() {
        vm.load(FY);
        vm.select(chapter(OPS, "14"));
        assertEquals(List.of(24, 30, 31, 37, 50, 69, 74, 120, 138), vm.comments().stream()
                .map(ClauseViewModel.CommentEntry::number).sorted().toList());
        assertEquals("パブリックコメントでの厚生労働省の回答（9件）", vm.commentsHeadingProperty().get());
        ClauseViewModel.CommentEntry two = vm.comments().stream().filter(c -> c.number() == 30).findFirst()
                .orElseThrow();
        assertTrue(two.answer().contains("二要素認証"), two.answer());
        assertEquals("P41", two.page());
        assertEquals("修正した", vm.comments().stream().filter(c -> c.number() == 69).findFirst().orElseThrow()
                .kindLabel());
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
    void searchFindsCommentsAndAnswersAndOpensTheirPlace() {
        vm.load(FY);
        vm.searchProperty().set("VPN");
        assertFalse(vm.searchResults().isEmpty());
        assertTrue(vm.searchResults().stream().allMatch(r -> (r.comment() + r.answer()).toUpperCase().contains("VPN")));
        assertTrue(vm.searchResults().stream().anyMatch(r -> r.number() == 68), "SSL-VPN on 13.1.2");
        assertEquals(vm.searchResults().size() + "件", vm.searchSummaryProperty().get());
        vm.searchProperty().set("ｖｐｎ");
        assertFalse(vm.searchResults().isEmpty(), "full-width and lower case match too");
        vm.searchProperty().set("二要素認証");
        assertTrue(vm.searchResults().stream().anyMatch(r -> r.number() == 30));
        vm.searchProperty().set("クラウド");
        ClauseViewModel.CommentEntry row87 = vm.searchResults().stream().filter(r -> r.number() == 87).findFirst()
                .orElseThrow();
        assertEquals("システム運用編 13", row87.where());
        vm.open(row87);
        assertEquals(chapter(OPS, "13"), vm.selectedProperty().get());
        vm.searchProperty().set("存在しない語句ｘｙｚ");
        assertTrue(vm.searchResults().isEmpty());
        vm.searchProperty().set("");
        assertEquals("", vm.searchSummaryProperty().get());
    }

    @Test
    void theDeepSelfCheckIsSavedAtOnceAndCountedPerChapter() {
        vm.load(FY);
        vm.select(vm.nodeOf("シ14-①").orElseThrow());
        assertTrue(vm.deepCheckableProperty().get());
        vm.setDeepValue(DeepCheckValue.DONE);
        vm.setDeepNote("ID管理台帳あり");
        vm.select(vm.nodeOf("シ14-⑤").orElseThrow());
        vm.setDeepValue(DeepCheckValue.NOT_DONE);
        assertEquals("自己点検 2/6", chapter(OPS, "14").progressProperty().get());
        assertEquals(2, wb.deepChecks().load(FY).size(), "saved in the workbook");

        ClauseViewModel again = newViewModel();
        again.load(FY);
        again.select(again.nodeOf("シ14-①").orElseThrow());
        assertEquals(DeepCheckValue.DONE, again.deepValueProperty().get());
        assertEquals("ID管理台帳あり", again.deepNoteProperty().get());
        again.setDeepValue(null);
        assertEquals(null, wb.deepChecks().load(FY).stream().filter(d -> d.clauseRef().equals("シ14-①"))
                .findFirst().orElseThrow().value(), "pressing the answer again clears it");
        again.select(chapter(OPS, "14"));
        assertFalse(again.deepCheckableProperty().get(), "only a 遵守事項 is answered");
    }

    @Test
    void anItemOfAClauseOpensInTheChecklist() {
        List<String> opened = new ArrayList<>();
        vm.setItemOpener(opened::add);
        vm.load(FY);
        vm.select(vm.nodeOf("シ13-⑪").orElseThrow());
        vm.revealItem(vm.items().get(0).itemKey());
        assertEquals(List.of("ops.source-restriction"), opened);

        ChecklistViewModel checklistVm = new ChecklistViewModel(checklist, new ExportService(checklist, service),
                new ImmediateUiExecutor());
        checklistVm.load();
        assertTrue(checklistVm.revealItem("ops.source-restriction"));
        assertEquals("ops.source-restriction", checklistVm.selectedRowProperty().get().item().key());
        assertEquals(checklistVm.selectedRowProperty().get(), checklistVm.focusRequestProperty().get());
        checklistVm.setReferenceComments(r -> service.commentsAt(r).size());
        assertEquals(4, checklistVm.commentCount(new GuidelineRef(OPS, "14", 5, null, false)));
    }
}
