package jp.tenken.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import jp.tenken.domain.edition.Form;
import jp.tenken.domain.edition.FormKind;
import jp.tenken.domain.edition.Guidance;
import jp.tenken.domain.edition.Item;
import jp.tenken.domain.edition.RowKey;
import jp.tenken.domain.edition.Scope;
import jp.tenken.domain.edition.Section;
import jp.tenken.domain.year.Answer;
import jp.tenken.domain.year.AnswerRules;
import jp.tenken.domain.year.AnswerSheet;
import jp.tenken.domain.year.AnswerValue;
import jp.tenken.domain.year.Readiness;
import jp.tenken.domain.year.ReadinessFlag;
import jp.tenken.domain.year.Round;
import jp.tenken.domain.year.RuleViolation;

class DomainRulesTest {

    private static final RowKey ROW = new RowKey("ops.device-ledger", Scope.ALL);
    private static final FiscalYear FY2025 = new FiscalYear(2025);
    private static final LocalDate TODAY = LocalDate.of(2025, 6, 10);

    @Test
    void fiscalYearRunsAprilToMarchAndIsNamedInReiwa() {
        assertEquals(new FiscalYear(2024), FiscalYear.of(LocalDate.of(2025, 3, 31)));
        assertEquals(new FiscalYear(2025), FiscalYear.of(LocalDate.of(2025, 4, 1)));
        assertEquals("令和7年度", FY2025.label());
        assertEquals("令和元年度", new FiscalYear(2019).label());
        assertEquals("平成30年度", new FiscalYear(2018).label());
        assertEquals(FY2025, FiscalYear.ofReiwa(7));
        assertTrue(FY2025.contains(LocalDate.of(2026, 3, 31)));
        assertFalse(FY2025.contains(LocalDate.of(2026, 4, 1)));
    }

    @Test
    void warekiIsWrittenAsTheFormWritesItAndReadInTheWaysPeopleType() {
        assertEquals("令和7年5月16日", Wareki.format(LocalDate.of(2025, 5, 16)));
        assertEquals("令和元年5月1日", Wareki.format(LocalDate.of(2019, 5, 1)));
        LocalDate d = LocalDate.of(2025, 12, 1);
        for (String typed : List.of("令和7年12月1日", "R7.12.1", "2025/12/01", "2025-12-01", "20251201", "２０２５／１２／１")) {
            assertEquals(d, Wareki.parse(typed).orElseThrow(), typed);
        }
        // 2025-09-30 is a Tuesday: the day of the week people write after a date is read, and must be the date's
        LocalDate tuesday = LocalDate.of(2025, 9, 30);
        for (String typed : List.of("令和7年9月30日（火）", "令和7年9月30日(火)", "R7.9.30 (火曜日)", "2025/9/30 火曜日",
                "令和7年9月30日 （火）")) {
            assertEquals(tuesday, Wareki.parse(typed).orElseThrow(), typed);
        }
        assertTrue(Wareki.parse("令和7年9月30日（水）").isEmpty(), "a day of the week that is not the date's");
        assertTrue(Wareki.parse("（火）").isEmpty());
        assertTrue(Wareki.parse("2025/13/01").isEmpty());
        assertTrue(Wareki.parse("あした").isEmpty());
        assertTrue(Wareki.parse("").isEmpty());
    }

    @Test
    void circledNumbersRoundTrip() {
        for (int i = 1; i <= 50; i++) {
            assertEquals(i, Circled.valueOf(Circled.of(i).charAt(0)));
        }
    }

    private static Answer answer(Round round, AnswerValue v, LocalDate checked, LocalDate target) {
        return new Answer(ROW, round, v, checked, target, "", null);
    }

    @Test
    void answerRules() {
        Answer ok = answer(Round.FIRST, AnswerValue.NO, TODAY, LocalDate.of(2026, 3, 1));
        assertEquals(List.of(), AnswerRules.check(ok, null, FY2025, TODAY));
        // いいえ without a target is saved (readiness flags it), not refused
        assertEquals(List.of(), AnswerRules.check(answer(Round.FIRST, AnswerValue.NO, TODAY, null), null, FY2025, TODAY));
        assertEquals(List.of(RuleViolation.CHECKED_IN_FUTURE),
                AnswerRules.check(answer(Round.FIRST, AnswerValue.YES, TODAY.plusDays(1), null), null, FY2025, TODAY));
        assertEquals(List.of(RuleViolation.TARGET_OUTSIDE_YEAR),
                AnswerRules.check(answer(Round.FIRST, AnswerValue.NO, TODAY, LocalDate.of(2026, 4, 1)), null, FY2025, TODAY));
        assertEquals(List.of(RuleViolation.TARGET_WITHOUT_NO),
                AnswerRules.check(answer(Round.FIRST, AnswerValue.YES, TODAY, LocalDate.of(2026, 1, 1)), null, FY2025, TODAY));
        assertEquals(List.of(RuleViolation.TARGET_BEFORE_CHECKED),
                AnswerRules.check(answer(Round.FIRST, AnswerValue.NO, TODAY, LocalDate.of(2025, 5, 1)), null, FY2025, TODAY));
        Answer first = answer(Round.FIRST, AnswerValue.NO, TODAY, LocalDate.of(2026, 1, 1));
        assertEquals(List.of(RuleViolation.SECOND_BEFORE_FIRST),
                AnswerRules.check(answer(Round.SECOND, AnswerValue.YES, TODAY.minusDays(1), null), first, FY2025, TODAY));
        assertEquals(List.of(RuleViolation.SECOND_WITHOUT_FIRST),
                AnswerRules.check(answer(Round.SECOND, AnswerValue.YES, TODAY, null), null, FY2025, TODAY));
        assertEquals(List.of(), AnswerRules.check(answer(Round.SECOND, AnswerValue.YES, TODAY, null), first, FY2025, TODAY));
    }

    @Test
    void readinessFlagsWhatAnInspectorWouldSee() {
        Item gate = item("system.in-use", true, List.of(Scope.NONE));
        Item ledger = item("ops.device-ledger", false, List.of(Scope.ALL));
        Item patch = item("ops.security-patch", false, List.of(Scope.SERVER, Scope.TERMINAL));
        Form form = new Form(FormKind.FACILITY, "t", "医療機関確認用", true,
                List.of(new Section("2", "管理・運用", List.of(gate, ledger, patch))));
        AnswerSheet sheet = new AnswerSheet(List.of());
        Readiness r = Readiness.of(form, sheet, TODAY);
        assertEquals(4, r.rows());
        assertEquals(4, r.flags().size());

        sheet.put(new Answer(new RowKey("system.in-use", Scope.NONE), Round.FIRST, AnswerValue.YES, TODAY, null, "", null));
        sheet.put(new Answer(new RowKey("ops.device-ledger", Scope.ALL), Round.FIRST, AnswerValue.NO, TODAY, null, "", null));
        sheet.put(new Answer(new RowKey("ops.security-patch", Scope.SERVER), Round.FIRST, AnswerValue.NO, TODAY,
                LocalDate.of(2025, 6, 1), "", null));
        sheet.put(new Answer(new RowKey("ops.security-patch", Scope.TERMINAL), Round.FIRST, AnswerValue.YES, null, null, "", null));
        r = Readiness.of(form, sheet, TODAY);
        assertEquals(4, r.answered());
        assertEquals(2, r.noCount());
        assertEquals(LocalDate.of(2025, 6, 1), r.earliestTarget());
        assertEquals(List.of(ReadinessFlag.Kind.NO_FIRST_DATE, ReadinessFlag.Kind.NO_TARGET_DATE,
                ReadinessFlag.Kind.TARGET_OVERDUE), r.flags().stream().map(ReadinessFlag::kind).toList());

        // a 2回目 はい settles an overdue target
        sheet.put(new Answer(new RowKey("ops.security-patch", Scope.SERVER), Round.SECOND, AnswerValue.YES, TODAY, null, "", null));
        assertFalse(Readiness.of(form, sheet, TODAY).flags().stream()
                .anyMatch(f -> f.kind() == ReadinessFlag.Kind.TARGET_OVERDUE));

        // the gate answered いいえ: nothing else needs checking
        sheet.put(new Answer(new RowKey("system.in-use", Scope.NONE), Round.FIRST, AnswerValue.NO, TODAY, null, "", null));
        r = Readiness.of(form, sheet, TODAY);
        assertEquals(1, r.rows());
        assertTrue(r.ready());
    }

    static Item item(String key, boolean gate, List<Scope> scopes) {
        return new Item(key, "2", gate ? "" : "2-①", "text " + key, scopes, gate, List.of(), "none",
                new Guidance("", "", ""), "test", true, null, List.of());
    }
}
