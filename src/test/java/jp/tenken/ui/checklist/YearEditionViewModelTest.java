package jp.tenken.ui.checklist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import jp.tenken.catalog.CatalogReader;
import jp.tenken.domain.FiscalYear;
import jp.tenken.domain.edition.Scope;
import jp.tenken.domain.year.AnswerValue;
import jp.tenken.domain.year.EditionMove;
import jp.tenken.domain.year.FacilityKind;
import jp.tenken.domain.year.Round;
import jp.tenken.service.OfficialEditionService;
import jp.tenken.testing.TestWorkbook;
import jp.tenken.ui.common.ImmediateUiExecutor;
import jp.tenken.xlsx.read.OfficialSamples;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The banner over 令和8年度's form as a clinic meets it on 6 December 2026: answered on 令和7年度版 before the
 * ministry's Excel was taken in, then offered the move with its preview, moved, and undone — on a real workbook file
 * and real view models, without a toolkit.
 */
class YearEditionViewModelTest {
    static final FiscalYear R8 = FiscalYear.ofReiwa(8);
    static final LocalDate TODAY = LocalDate.of(2026, 12, 6);

    @TempDir
    Path dir;

    private ChecklistViewModel screen(TestWorkbook wb) {
        ChecklistViewModel vm = new ChecklistViewModel(wb.checklist(), wb.vendors(), wb.export(),
                new ImmediateUiExecutor());
        vm.setEditions(wb.context().editionMoves(), () -> { });
        return vm;
    }

    @Test
    void anAnsweredYearIsMovedThroughThePreviewAndCanBeUndone() throws Exception {
        Path catalogFolder = dir.resolve("catalog");
        Path file = dir.resolve("clinic.tenken");
        try (TestWorkbook wb = TestWorkbook.create(file, new CatalogReader().read(List.of(catalogFolder)),
                TestWorkbook.clockAt(TODAY))) {
            ChecklistViewModel vm = screen(wb);
            vm.load();
            vm.saveFacility("さくら内科クリニック", FacilityKind.CLINIC);
            assertEquals(R8, vm.yearList().selectedYearProperty().get(), "the first start opens this year");
            assertTrue(vm.edition().textProperty().get().startsWith("令和8年度版はまだ取り込まれていません"));
            RowViewModel officer = vm.rows().stream()
                    .filter(r -> r.item().key().equals("org.security-officer")).findFirst().orElseThrow();
            vm.selectedRowProperty().set(officer);
            vm.answers().answer(officer, Round.FIRST, AnswerValue.YES);
            assertEquals("令和8年度の点検を令和7年度版の項目で行っています。令和8年度版を取り込むと、それまでの回答を移せます。",
                    vm.edition().textProperty().get(), "an answer on last year's items is that choice, said plainly");
        }

        OfficialEditionService take = new OfficialEditionService(new CatalogReader().read(List.of(catalogFolder)),
                catalogFolder);
        take.add(take.preview(List.of(OfficialSamples.facilityStandard(dir.resolve("001716187.xlsx")),
                OfficialSamples.vendorOnly(dir.resolve("001716188.xlsx"))), null));

        try (TestWorkbook wb = TestWorkbook.open(file, new CatalogReader().read(List.of(catalogFolder)),
                TestWorkbook.clockAt(TODAY))) {
            ChecklistViewModel vm = screen(wb);
            vm.load();
            YearEditionViewModel banner = vm.edition();
            assertEquals("令和8年度版が取り込まれています。令和8年度は令和7年度版の項目で 1 件回答済みです。"
                    + "「令和8年度版に移す」で回答を移せます（移す前に控えを作ります）。", banner.textProperty().get());
            assertTrue(banner.canMoveProperty().get());
            assertEquals("令和8年度版に移す…", banner.moveLabelProperty().get());

            List<List<EditionMove>> shown = new ArrayList<>();
            banner.previewMove(shown::add);
            List<EditionMove> plans = shown.get(0);
            assertEquals("令和8年度の回答を令和8年度版に移します。1 件すべてを移せます（移す前に控えを作ります）。",
                    YearEditionViewModel.previewHeader(R8, plans));
            String lines = YearEditionViewModel.previewLines(plans);
            assertTrue(lines.contains("1-① → 1-①　1回目　はい　医療情報システム安全管理責任者を設置している。"), lines);

            banner.move();
            assertEquals("令和8年度版", vm.yearList().years().stream().filter(y -> y.year().equals(R8))
                    .findFirst().orElseThrow().editionName());
            assertEquals("医療機関・薬局確認用", vm.header().formLabelProperty().get(), "the form is 令和8年度版's now");
            RowViewModel moved = vm.rows().stream().filter(r -> r.item().key().equals("org.security-officer")
                    && r.scope() == Scope.NONE).findFirst().orElseThrow();
            assertEquals(AnswerValue.YES, moved.valueProperty(Round.FIRST).get());
            assertTrue(vm.statusProperty().get().startsWith("令和8年度を令和8年度版に移しました（1 件の回答）。移す前の控え："),
                    vm.statusProperty().get());
            assertTrue(banner.canUndoProperty().get());
            assertFalse(banner.canMoveProperty().get());

            banner.undo();
            assertEquals("医療機関確認用", vm.header().formLabelProperty().get(), "back on 令和7年度版");
            assertTrue(banner.canMoveProperty().get(), "and the move is offered again");
        }
    }
}
