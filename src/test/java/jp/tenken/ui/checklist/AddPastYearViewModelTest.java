package jp.tenken.ui.checklist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import jp.tenken.domain.FiscalYear;
import jp.tenken.domain.edition.Scope;
import jp.tenken.domain.year.AnswerValue;
import jp.tenken.domain.year.FacilityKind;
import jp.tenken.domain.year.ReadinessFlag;
import jp.tenken.domain.year.Round;
import jp.tenken.domain.year.YearSummary;
import jp.tenken.testing.TestWorkbook;
import jp.tenken.ui.common.ImmediateUiExecutor;
import jp.tenken.ui.compare.ComparisonViewModel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * 「過去の年度を追加…」: a clinic that starts with Tenken on 6 December 2026 (令和8年度) adds 令和7年度, types in an
 * answer from paper, and 令和8年度 then shows it as 「前年度」, can confirm it as 「前年度と同じ」 and compares with it.
 */
class AddPastYearViewModelTest {
    static final LocalDate TODAY = LocalDate.of(2026, 12, 6);
    static final FiscalYear R5 = FiscalYear.ofReiwa(5);
    static final FiscalYear R6 = FiscalYear.ofReiwa(6);
    static final FiscalYear R7 = FiscalYear.ofReiwa(7);
    static final FiscalYear R8 = FiscalYear.ofReiwa(8);

    @TempDir
    Path dir;
    TestWorkbook wb;
    ChecklistViewModel vm;

    @BeforeEach
    void open() {
        wb = TestWorkbook.create(dir.resolve("clinic.tenken"), TestWorkbook.bundledCatalog(),
                TestWorkbook.clockAt(TODAY));
        vm = new ChecklistViewModel(wb.checklist(), wb.vendors(), wb.export(),
                new ImmediateUiExecutor());
        vm.load();
        vm.saveFacility("さくら内科クリニック", FacilityKind.CLINIC);
    }

    @AfterEach
    void close() {
        wb.close();
    }

    private RowViewModel row(String key, Scope scope) {
        return vm.rows().stream().filter(r -> r.item().key().equals(key) && r.scope() == scope).findFirst()
                .orElseThrow();
    }

    private List<FiscalYear> listed() {
        return vm.yearList().years().stream().map(YearSummary::year).toList();
    }

    @Test
    void anAddedPastYearIsAnsweredAndBecomesTheNextYearsPreviousYear() {
        assertEquals(List.of(R8), listed(), "a new file lists the current year only");
        assertEquals(List.of(R7, R6, R5), vm.yearList().addableYears(), "what 「過去の年度を追加…」 offers");
        RowViewModel before = row("ops.device-ledger", Scope.ALL);
        assertEquals("", before.previousYearHintProperty().get(), "no previous year in the file");
        assertFalse(vm.answers().sameAsLastYear(before), "nothing to carry over yet");

        vm.addYear(R7);
        assertEquals(R7, vm.yearList().selectedYearProperty().get(), "the added year opens");
        assertEquals(List.of(R8, R7), listed());
        assertEquals(List.of(R6, R5), vm.yearList().addableYears());
        assertTrue(vm.statusProperty().get().startsWith("令和7年度を追加しました。紙の回答を見ながら、確認日も紙のとおりに入力してください"),
                vm.statusProperty().get());
        assertEquals("1回目：0 / 22 行 回答済み", vm.readiness().progressTextProperty().get());

        // typed in from paper: はい, then the date written on the paper
        RowViewModel ledger = row("ops.device-ledger", Scope.ALL);
        vm.answers().answer(ledger, Round.FIRST, AnswerValue.YES);
        assertEquals(null, ledger.checkedOnProperty(Round.FIRST).get(), "not today's date in a year that has ended");
        var missingDate = vm.readiness().flags().stream()
                .filter(f -> f.kind() == ReadinessFlag.Kind.NO_FIRST_DATE).findFirst().orElseThrow();
        assertTrue(vm.readiness().describe(missingDate).contains("確認日"), "the readiness line asks for the date");
        vm.answers().setCheckedOn(ledger, Round.FIRST, LocalDate.of(2025, 6, 2));
        assertEquals(LocalDate.of(2025, 6, 2), ledger.saved(Round.FIRST).checkedOn());
        assertEquals(1, vm.yearList().years().get(1).answered(), "令和7年度's entry counts the answer");

        vm.selectYear(R8);
        RowViewModel now = row("ops.device-ledger", Scope.ALL);
        assertEquals("前年度：はい", now.previousYearHintProperty().get());
        assertEquals(List.of(now), vm.answers().unansweredYesLastYear(), "「前年度と同じ」 offers the row");
        assertTrue(vm.answers().sameAsLastYear(now));
        assertEquals(AnswerValue.YES, now.saved(Round.FIRST).value());
        assertEquals(TODAY, now.saved(Round.FIRST).checkedOn(), "confirmed today, in 令和8年度");

        ComparisonViewModel compare = new ComparisonViewModel(wb.comparisons(), wb.export(),
                new ImmediateUiExecutor());
        compare.load(R8);
        assertEquals(R7, compare.earlierProperty().get());
        assertEquals(R8, compare.laterProperty().get());
        assertEquals("令和7年度 → 令和8年度：改善 0・後退 0・変化なし 1・新規 0・未回答 20"
                + "　保守委託機関編（機器台帳と事業者から判定）：令和7年度「第6.0版の年度」→ 令和8年度「判断できない」",
                compare.summaryProperty().get());
        var ledgerRow = compare.rows().stream().filter(r -> r.item().key().equals("ops.device-ledger"))
                .findFirst().orElseThrow();
        assertEquals("はい", compare.earlierText(ledgerRow));
    }

    @Test
    void aYearAlreadyInTheFileIsRefusedInJapaneseAndTheScreenStays() {
        vm.addYear(R7);
        vm.addYear(R7);
        assertEquals("令和7年度はすでに点検簿にあります。年度の一覧から選んでください。", vm.errorMessageProperty().get());
        assertEquals(R7, vm.yearList().selectedYearProperty().get());
        assertEquals(List.of(R8, R7), listed());
    }
}
