package jp.tenken.ui.clauses;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import jp.tenken.domain.edition.Scope;
import jp.tenken.domain.year.AnswerValue;
import jp.tenken.i18n.Messages;
import org.junit.jupiter.api.Test;

/** The selected place's text, marks and items with this year's answers. */
class PlaceDetailViewModelTest extends ClauseFixture {

    @Test
    void unverifiedTextIsMarkedNeverShownAsOfficial() {
        vm.load(FY);
        vm.select(vm.nodeOf("シ13-⑫").orElseThrow());
        assertEquals("", vm.detail().textMarkProperty().get(), "verified on the final page");
        vm.select(vm.nodeOf("シ13-①").orElseThrow());
        assertEquals("※最終版の本文と照合できていない文言です", vm.detail().textMarkProperty().get(), "draft wording");
        assertFalse(vm.detail().textProperty().get().isEmpty());
        vm.select(vm.nodeOf("シ13-⑤").orElseThrow());
        assertEquals("本文は未収録です（厚生労働省の PDF を取り込むと表示されます）", vm.detail().textMarkProperty().get());
        assertEquals("", vm.detail().textProperty().get());
    }

    @Test
    void eachClauseListsTheItemsThatReachItWithThisYearsAnswers() {
        answer("ops.two-factor", Scope.ALL, AnswerValue.NO);
        answer("ops.password-policy", Scope.ALL, AnswerValue.YES);
        vm.load(FY);
        vm.select(vm.nodeOf("シ14-⑤").orElseThrow());
        List<String> numbers = vm.detail().items().stream().map(ItemLine::number).toList();
        assertTrue(numbers.contains("2-⑩"), numbers.toString());
        assertTrue(numbers.contains("2-⑦"), "a reference to the whole chapter 14 reaches ⑤ too: " + numbers);
        ItemLine twoFactor = vm.detail().items().stream().filter(i -> i.number().equals("2-⑩"))
                .findFirst().orElseThrow();
        assertEquals(AnswerValue.NO, twoFactor.answers().get(0).value());
        vm.select(vm.nodeOf("シ13-⑪").orElseThrow());
        assertEquals(List.of("2-⑬"), vm.detail().items().stream().map(ItemLine::number).toList());
        vm.select(vm.nodeOf("シ13-①").orElseThrow());
        assertTrue(vm.detail().items().isEmpty());
    }

    @Test
    void aChapterIsTitledWithItsPartAndNothingSelectedAsksForAChoice() {
        PlaceDetailViewModel detail = vm.detail();
        vm.load(FY);
        vm.select(chapter(OPS, "14"));
        assertTrue(detail.titleProperty().get().startsWith("システム運用編 14 認証・認可に関する安全管理措置"),
                detail.titleProperty().get());
        assertFalse(detail.summaryProperty().get().isEmpty(), "a chapter sums up its items' answers");
        vm.select(vm.nodeOf("シ14-⑤").orElseThrow());
        assertEquals("システム運用編 14⑤（14 認証・認可に関する安全管理措置）", detail.titleProperty().get());
        assertEquals("", detail.summaryProperty().get(), "a clause lists its items instead");
        vm.selectedProperty().set(null);
        assertEquals(Messages.get("clauses.select"), detail.titleProperty().get());
        assertTrue(detail.items().isEmpty());
    }
}
