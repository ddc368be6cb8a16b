package jp.tenken.ui.checklist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import jp.tenken.domain.FiscalYear;
import jp.tenken.domain.edition.Scope;
import jp.tenken.domain.year.AnswerValue;
import jp.tenken.domain.year.Round;
import jp.tenken.service.ThreeYears;
import jp.tenken.ui.common.ImmediateUiExecutor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Last year's answers beside this year's rows, as hints only; 新規項目 marked; a new year starts empty. */
class PreviousYearTest {
    @TempDir
    Path dir;
    ThreeYears three;
    ChecklistViewModel vm;

    @BeforeEach
    void open() {
        three = new ThreeYears(dir);
        vm = new ChecklistViewModel(three.checklist, three.workbook.vendors(), three.workbook.export(), new ImmediateUiExecutor());
        vm.load();
    }

    @AfterEach
    void close() {
        three.close();
    }

    private RowViewModel row(String key, Scope scope) {
        return vm.rows().stream().filter(r -> r.item().key().equals(key) && r.scope() == scope).findFirst().orElseThrow();
    }

    @Test
    void lastYearsDeviceAnswersShowBesideThisYearsSingleRow() {
        assertEquals(ThreeYears.FY2025, vm.yearList().selectedYearProperty().get());
        assertEquals("前年度：いいえ（目標日 令和6年12月1日）　備考：ネットワーク機器：ルータ更新待ち",
                row(ThreeYears.PATCH, Scope.ALL).previousYearHintProperty().get());
        assertEquals("前年度：いいえ（目標日 令和6年9月30日）　備考：台帳作成中",
                row("ops.device-ledger", Scope.ALL).previousYearHintProperty().get());
        assertEquals("前年度：いいえ（目標日 令和6年6月30日）・2回目 はい",
                row("ops.mds-sds", Scope.NONE).previousYearHintProperty().get());
        assertEquals("前年度：未回答", row("incident.bcp", Scope.NONE).previousYearHintProperty().get());
        assertEquals("前年度：はい", row("ops.access-log", Scope.SERVER).previousYearHintProperty().get());
        RowViewModel policy = row("ops.password-policy", Scope.ALL);
        assertTrue(policy.newItemProperty().get());
        assertEquals("", policy.previousYearHintProperty().get());
        assertFalse(row(ThreeYears.PATCH, Scope.ALL).newItemProperty().get());
        assertEquals("", vm.header().removedItemsProperty().get());
    }

    @Test
    void aPerDeviceYearShowsTheSingleAnswerOnEveryDevice() {
        vm.selectYear(ThreeYears.FY2024);
        for (Scope d : Scope.devices()) {
            assertEquals(d == Scope.SERVER ? "前年度：いいえ（目標日 令和5年12月1日）" : "前年度：はい",
                    row(ThreeYears.PATCH, d).previousYearHintProperty().get(), d.name());
        }
        assertTrue(vm.rows().stream().noneMatch(r -> r.newItemProperty().get()), "R5 and R6 have the same items");
    }

    @Test
    void aNewYearStartsEmptyWithLastYearOnlyAsHints() {
        vm.selectYear(new FiscalYear(2026));
        RowViewModel patch = row(ThreeYears.PATCH, Scope.ALL);
        assertEquals(AnswerValue.UNANSWERED, patch.valueProperty(Round.FIRST).get());
        assertNull(patch.checkedOnProperty(Round.FIRST).get());
        assertEquals("", patch.noteProperty().get());
        assertEquals("前年度：いいえ（目標日 令和8年1月31日）", patch.previousYearHintProperty().get());
        assertEquals("前年度：未回答", row("org.security-officer", Scope.NONE).previousYearHintProperty().get());
        assertTrue(vm.rows().stream().noneMatch(r -> r.newItemProperty().get()));
        assertEquals("1回目：0 / 22 行 回答済み", vm.readiness().progressTextProperty().get());
    }

    @Test
    void nextYearConfirmsLastYearsAnswersInAFewKeysNeverByItself() {
        vm.selectYear(new FiscalYear(2026));
        assertEquals("1回目：0 / 22 行 回答済み", vm.readiness().progressTextProperty().get(), "nothing automatic");
        RowViewModel log = row("ops.access-log", Scope.SERVER);
        assertTrue(vm.answers().sameAsLastYear(log));
        assertEquals(AnswerValue.YES, log.valueProperty(Round.FIRST).get());
        assertEquals(ThreeYears.TODAY, log.checkedOnProperty(Round.FIRST).get(), "checked today");
        assertEquals(ThreeYears.TODAY, log.saved(Round.FIRST).checkedOn(), "saved like any answer");
        assertFalse(vm.answers().sameAsLastYear(row("org.security-officer", Scope.NONE)), "last year unanswered");

        // the command lists the rows it would set: unanswered now, はい last year (not いいえ, not unanswered)
        var listed = vm.answers().unansweredYesLastYear();
        assertFalse(listed.contains(log), "already answered");
        assertFalse(listed.contains(row(ThreeYears.PATCH, Scope.ALL)), "いいえ last year");
        assertFalse(listed.contains(row("org.security-officer", Scope.NONE)), "unanswered last year");
        assertTrue(listed.stream().allMatch(r -> r.previousFirst() == AnswerValue.YES));
        vm.answers().sameAsLastYear(listed);
        assertTrue(listed.stream().allMatch(r -> r.valueProperty(Round.FIRST).get() == AnswerValue.YES
                && ThreeYears.TODAY.equals(r.saved(Round.FIRST).checkedOn())));
        vm.answers().undo();
        RowViewModel last = listed.get(listed.size() - 1);
        assertEquals(AnswerValue.UNANSWERED, last.valueProperty(Round.FIRST).get(), "each one undoable");
    }
}
