package jp.tenken.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import jp.tenken.domain.FiscalYear;
import jp.tenken.domain.comparison.Change;
import jp.tenken.domain.edition.FormKind;
import jp.tenken.domain.edition.RowKey;
import jp.tenken.domain.edition.Scope;
import jp.tenken.domain.year.Answer;
import jp.tenken.domain.year.AnswerValue;
import jp.tenken.domain.year.Facility;
import jp.tenken.domain.year.FacilityKind;
import jp.tenken.domain.year.Round;
import jp.tenken.domain.year.YearSummary;
import jp.tenken.i18n.UserMessageException;
import jp.tenken.testing.TestWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A clinic that starts with Tenken in 令和8年度 adds 令和7年度 from paper: the year is kept in the file on its own
 * edition, and 令和8年度 then has a previous year to show and compare.
 */
class AddPastYearTest {
    static final LocalDate TODAY = LocalDate.of(2026, 12, 6);
    static final FiscalYear R5 = FiscalYear.ofReiwa(5);
    static final FiscalYear R6 = FiscalYear.ofReiwa(6);
    static final FiscalYear R7 = FiscalYear.ofReiwa(7);
    static final FiscalYear R8 = FiscalYear.ofReiwa(8);
    static final RowKey LEDGER = new RowKey("ops.device-ledger", Scope.ALL);

    @TempDir
    Path dir;

    @Test
    void aPastYearWithAnEditionIsAddedOnItsOwnEditionAndKeptInTheFile() {
        Path file = dir.resolve("clinic.tenken");
        try (TestWorkbook wb = TestWorkbook.create(file, TODAY)) {
            ChecklistService s = wb.checklist();
            s.saveFacility(new Facility("さくら内科クリニック", FacilityKind.CLINIC));
            assertEquals(List.of(R8), years(s), "a new file lists the current year only");
            assertEquals(List.of(R7, R6, R5), s.addableYears(), "every past year with a bundled edition");

            OpenForm r7 = s.addYear(R7);
            assertEquals(R7, r7.assessment().year());
            assertEquals("R7", r7.assessment().editionId());
            assertTrue(r7.edition().exact());
            assertEquals(List.of(R8, R7), years(s));
            assertEquals(List.of(R6, R5), s.addableYears());

            // typed in from paper: the date on the paper, in its own year
            s.saveAnswer(r7.assessment(), new Answer(LEDGER, Round.FIRST, AnswerValue.YES,
                    LocalDate.of(2025, 6, 2), null, "紙の回答から", null));
        }
        try (TestWorkbook wb = TestWorkbook.open(file, TODAY)) {
            ChecklistService s = wb.checklist();
            YearSummary r7 = s.years().stream().filter(y -> y.year().equals(R7)).findFirst().orElseThrow();
            assertEquals(1, r7.answered(), "the added year and its answer are in the file");

            OpenForm r8 = s.open(R8, s.ownForm(), null);
            Answer hint = s.carryover(r8).previous(LEDGER, Round.FIRST);
            assertEquals(AnswerValue.YES, hint.value(), "令和8年度 sees 令和7年度 as its previous year");
            assertEquals(LocalDate.of(2025, 6, 2), hint.checkedOn());

            assertTrue(wb.comparisons().hasPrevious(R8, s.ownForm(), null));
            ComparisonReport report = wb.comparisons().compare(R7, R8, s.ownForm(), null);
            var row = report.comparison().rows().stream()
                    .filter(r -> r.item().key().equals(LEDGER.itemKey())).findFirst().orElseThrow();
            assertEquals(AnswerValue.YES, row.earlier().value(), "the comparison reads 令和7年度's answer");
            assertEquals(Change.UNANSWERED, row.change(), "not yet answered in 令和8年度");
        }
    }

    @Test
    void aYearThatCannotBeAddedIsRefusedInJapaneseAndNothingIsWritten() {
        try (TestWorkbook wb = TestWorkbook.create(dir.resolve("clinic.tenken"), TODAY)) {
            ChecklistService s = wb.checklist();
            s.saveFacility(new Facility("さくら内科クリニック", FacilityKind.CLINIC));
            s.addYear(R7);
            assertEquals("令和7年度はすでに点検簿にあります。年度の一覧から選んでください。",
                    assertThrows(UserMessageException.class, () -> s.addYear(R7)).getMessage());
            assertTrue(assertThrows(UserMessageException.class, () -> s.addYear(R8)).getMessage()
                    .startsWith("令和8年度は過去の年度ではないため追加できません"));
            assertTrue(assertThrows(UserMessageException.class, () -> s.addYear(FiscalYear.ofReiwa(9))).getMessage()
                    .startsWith("令和9年度は過去の年度ではないため"));
            assertEquals("令和4年度のチェックリストの版が Tenken にないため追加できません。",
                    assertThrows(UserMessageException.class, () -> s.addYear(FiscalYear.ofReiwa(4))).getMessage());
            assertEquals(List.of(R8, R7), years(s));
            assertFalse(s.existing(FiscalYear.ofReiwa(4), FormKind.FACILITY, null).isPresent());
        }
    }

    @Test
    void aPastYearsFormExportedByTenkenIsTakenInAsThatYear() {
        Path form = dir.resolve("さくら内科クリニック_医療機関確認用_令和7年度.xlsx");
        LocalDate paper = LocalDate.of(2025, 6, 2);
        try (TestWorkbook other = TestWorkbook.create(dir.resolve("other-pc.tenken"), LocalDate.of(2025, 10, 1))) {
            ChecklistService s = other.checklist();
            s.saveFacility(new Facility("さくら内科クリニック", FacilityKind.CLINIC));
            OpenForm r7 = s.open(R7, s.ownForm(), null);
            s.saveAnswer(r7.assessment(), new Answer(LEDGER, Round.FIRST, AnswerValue.NO, paper,
                    LocalDate.of(2026, 3, 31), "台帳を作成中", null));
            other.export().exportOwnForm(R7, form, f -> { });
        }
        try (TestWorkbook wb = TestWorkbook.create(dir.resolve("clinic.tenken"), TODAY)) {
            ChecklistService s = wb.checklist();
            s.saveFacility(new Facility("さくら内科クリニック", FacilityKind.CLINIC));
            ImportPreview p = wb.imports().preview(form);
            assertEquals(R7, p.year());
            assertEquals(1, p.changes().size());
            wb.imports().apply(p);
            assertEquals(List.of(R8, R7), years(s), "the taken-in form brings its year into the file");
            assertEquals(List.of(R6, R5), s.addableYears());
            Answer hint = s.carryover(s.open(R8, s.ownForm(), null)).previous(LEDGER, Round.FIRST);
            assertEquals(AnswerValue.NO, hint.value());
            assertEquals(LocalDate.of(2026, 3, 31), hint.targetDate());
        }
    }

    private static List<FiscalYear> years(ChecklistService s) {
        return s.years().stream().map(YearSummary::year).toList();
    }
}
