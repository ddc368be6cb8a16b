package jp.tenken.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import jp.tenken.domain.FiscalYear;
import jp.tenken.domain.edition.FormKind;
import jp.tenken.domain.edition.RowKey;
import jp.tenken.domain.edition.Scope;
import jp.tenken.domain.year.Answer;
import jp.tenken.domain.year.AnswerValue;
import jp.tenken.domain.year.Facility;
import jp.tenken.domain.year.FacilityKind;
import jp.tenken.domain.year.Readiness;
import jp.tenken.domain.year.ReadinessFlag;
import jp.tenken.domain.year.Round;
import jp.tenken.domain.year.RuleViolation;
import jp.tenken.domain.year.YearSummary;
import jp.tenken.testing.TestWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ChecklistServiceTest {

    @TempDir
    Path dir;

    @Test
    void aYearIsStartedOnItsOwnEditionAndAnswersAreSavedAndReloaded() {
        Path f = dir.resolve("clinic.tenken");
        LocalDate today = LocalDate.of(2025, 6, 10);
        try (TestWorkbook wb = TestWorkbook.create(f, today)) {
            ChecklistService s = wb.checklist();
            s.saveFacility(new Facility("さくら内科クリニック", FacilityKind.CLINIC));
            OpenForm form = s.open(s.currentYear(), s.ownForm(), null);
            assertEquals("R7", form.edition().edition().id());
            assertTrue(form.edition().exact());
            RowKey ledger = new RowKey("ops.device-ledger", Scope.ALL);
            s.saveAnswer(form.assessment(), new Answer(ledger, Round.FIRST, AnswerValue.NO, today,
                    LocalDate.of(2025, 12, 1), "台帳を作成中", null));
        }
        try (TestWorkbook wb = TestWorkbook.open(f, today)) {
            ChecklistService s = wb.checklist();
            OpenForm form = s.open(new FiscalYear(2025), FormKind.FACILITY, null);
            Answer a = form.answers().get(new RowKey("ops.device-ledger", Scope.ALL), Round.FIRST);
            assertEquals(AnswerValue.NO, a.value());
            assertEquals(LocalDate.of(2025, 12, 1), a.targetDate());
            assertEquals("台帳を作成中", a.note());
            Readiness r = s.readiness(form);
            assertEquals(1, r.answered());
            assertEquals(1, r.noCount());
            assertTrue(r.flags().stream().anyMatch(fl -> fl.kind() == ReadinessFlag.Kind.NO_FIRST_ANSWER));
            List<YearSummary> years = s.years();
            assertEquals(new FiscalYear(2025), years.get(0).year());
            assertEquals(1, years.get(0).answered());
        }
    }

    @Test
    void aBrokenRuleSavesNothing() {
        LocalDate today = LocalDate.of(2025, 6, 10);
        try (TestWorkbook wb = TestWorkbook.create(dir.resolve("rules.tenken"), today)) {
            ChecklistService s = wb.checklist();
            OpenForm form = s.open(s.currentYear(), FormKind.FACILITY, null);
            RowKey row = new RowKey("ops.security-patch", Scope.ALL);
            AnswerRejectedException e = assertThrows(AnswerRejectedException.class, () -> s.saveAnswer(form.assessment(),
                    new Answer(row, Round.FIRST, AnswerValue.NO, today, LocalDate.of(2026, 5, 1), "", null)));
            assertEquals(List.of(RuleViolation.TARGET_OUTSIDE_YEAR), e.violations());
            assertTrue(e.getMessage().contains("年度"), e.getMessage());
            assertThrows(AnswerRejectedException.class, () -> s.saveAnswer(form.assessment(),
                    new Answer(row, Round.SECOND, AnswerValue.YES, today, null, "", null)));
            assertThrows(AnswerRejectedException.class, () -> s.saveAnswer(form.assessment(),
                    new Answer(row, Round.FIRST, AnswerValue.YES, today.plusDays(1), null, "", null)));
            assertTrue(wb.workbook().answers().load(form.assessment().id()).isEmpty());
        }
    }

    @Test
    void aYearWithoutItsOwnEditionIsAnsweredOnTheNewestAndSaysSo() {
        LocalDate today = LocalDate.of(2026, 7, 1);
        try (TestWorkbook wb = TestWorkbook.create(dir.resolve("r8.tenken"), today)) {
            ChecklistService s = wb.checklist();
            OpenForm form = s.open(s.currentYear(), FormKind.FACILITY, null);
            assertEquals("R7", form.edition().edition().id());
            assertFalse(form.edition().exact());
        }
    }

    @Test
    void aPharmacyAnswersThePharmacyForm() {
        try (TestWorkbook wb = TestWorkbook.create(dir.resolve("pharmacy.tenken"), LocalDate.of(2025, 6, 10))) {
            ChecklistService s = wb.checklist();
            s.saveFacility(new Facility("みどり薬局", FacilityKind.PHARMACY));
            assertEquals(FormKind.PHARMACY, s.ownForm());
            assertEquals("薬局確認用", s.open(s.currentYear(), s.ownForm(), null).form().label());
        }
    }
}
