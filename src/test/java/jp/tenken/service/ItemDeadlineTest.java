package jp.tenken.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import jp.tenken.domain.FiscalYear;
import jp.tenken.domain.edition.FormKind;
import jp.tenken.domain.edition.Item;
import jp.tenken.domain.edition.RowKey;
import jp.tenken.domain.edition.Scope;
import jp.tenken.domain.year.Answer;
import jp.tenken.domain.year.AnswerRules;
import jp.tenken.domain.year.AnswerValue;
import jp.tenken.domain.year.Facility;
import jp.tenken.domain.year.FacilityKind;
import jp.tenken.domain.year.Round;
import jp.tenken.testing.TestWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The 目標日 lies in the fiscal year, except where the catalog gives an item a deadline of its own: 令和7年度版
 * 2-⑩ 「二要素認証（令和9年度までに導入が目標）」 takes a 目標日 up to the end of 令和9年度.
 */
class ItemDeadlineTest {
    @TempDir
    Path dir;

    private static Answer no(String item, LocalDate target) {
        return new Answer(new RowKey(item, Scope.ALL), Round.FIRST, AnswerValue.NO, LocalDate.of(2025, 6, 1), target,
                "", null);
    }

    @Test
    void twoFactorTakesATargetUpToTheEndOfReiwa9AndOtherItemsOnlyThisYear() {
        try (TestWorkbook wb = TestWorkbook.create(dir.resolve("clinic.tenken"), LocalDate.of(2025, 6, 10))) {
            ChecklistService s = wb.checklist();
            s.saveFacility(new Facility("さくら内科クリニック", FacilityKind.CLINIC));
            OpenForm f = s.open(new FiscalYear(2025), FormKind.FACILITY, null);
            Item twoFactor = f.form().item("ops.two-factor").orElseThrow();
            assertEquals(new FiscalYear(2027), twoFactor.targetUntil(), "the catalog carries the deadline");
            s.saveAnswer(f.assessment(), no("ops.two-factor", LocalDate.of(2027, 12, 1)));
            AnswerRejectedException late = assertThrows(AnswerRejectedException.class,
                    () -> s.saveAnswer(f.assessment(), no("ops.two-factor", LocalDate.of(2028, 4, 1))));
            assertTrue(late.getMessage().contains("期限"), late.getMessage());
            assertTrue(late.getMessage().contains("令和7年4月1日〜令和10年3月31日"), "the message names the limit: "
                    + late.getMessage());
            AnswerRejectedException outside = assertThrows(AnswerRejectedException.class,
                    () -> s.saveAnswer(f.assessment(), no("ops.security-patch", LocalDate.of(2026, 4, 1))));
            assertTrue(outside.getMessage().contains("4月1日〜翌年3月31日"), outside.getMessage());
            assertTrue(outside.getMessage().contains("令和7年4月1日〜令和8年3月31日"), outside.getMessage());
        }
    }

    @Test
    void theLimitIsTheLaterOfTheYearAndTheItemsDeadline() {
        FiscalYear r7 = new FiscalYear(2025);
        assertEquals(r7, AnswerRules.targetLimit(r7, null));
        assertEquals(new FiscalYear(2027), AnswerRules.targetLimit(r7, new FiscalYear(2027)));
        assertEquals(new FiscalYear(2028), AnswerRules.targetLimit(new FiscalYear(2028), new FiscalYear(2027)),
                "a past deadline never shortens the year");
        assertTrue(AnswerRules.targetAllowed(LocalDate.of(2028, 3, 31), r7, new FiscalYear(2027)));
        assertTrue(!AnswerRules.targetAllowed(LocalDate.of(2025, 3, 31), r7, new FiscalYear(2027)));
    }
}
