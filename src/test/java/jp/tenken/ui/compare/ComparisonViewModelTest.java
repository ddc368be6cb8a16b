package jp.tenken.ui.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import jp.tenken.domain.comparison.Change;
import jp.tenken.domain.edition.FormKind;
import jp.tenken.service.ThreeYears;
import jp.tenken.ui.common.ImmediateUiExecutor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The comparison screen's state, driven through its view model on a real three-year workbook, without a toolkit. */
class ComparisonViewModelTest {
    @TempDir
    Path dir;
    ThreeYears three;
    ComparisonViewModel vm;

    @BeforeEach
    void open() {
        three = new ThreeYears(dir);
        vm = new ComparisonViewModel(three.workbook.comparisons(), three.workbook.export(),
                new ImmediateUiExecutor());
    }

    @AfterEach
    void close() {
        three.close();
    }

    @Test
    void opensThisYearAgainstLastYearForTheFacilitysOwnForm() {
        vm.load(ThreeYears.FY2025);
        assertEquals(List.of("医療機関確認用", "事業者確認用（株式会社メディカル）"),
                vm.forms().stream().map(FormChoice::label).toList());
        assertEquals(FormKind.FACILITY, vm.formProperty().get().kind());
        assertEquals(ThreeYears.FY2024, vm.earlierProperty().get());
        assertEquals(ThreeYears.FY2025, vm.laterProperty().get());
        assertEquals(List.of(ThreeYears.FY2025, ThreeYears.FY2024, ThreeYears.FY2023), vm.years());
        assertEquals("令和6年度 → 令和7年度：改善 1・後退 1・変化なし 12・新規 5・未回答 2", vm.summaryProperty().get());
        assertEquals("前年度の目標日を過ぎても「はい」になっていない行：1 件（赤で表示）", vm.missedProperty().get());
        assertEquals(21, vm.rows().size());
        var patch = vm.rows().stream().filter(r -> r.item().key().equals(ThreeYears.PATCH)).findFirst().orElseThrow();
        assertEquals("いいえ", vm.earlierText(patch));
        assertEquals("令和6年12月1日 超過", vm.remarkText(patch));
        assertEquals("変化なし", vm.changeText(patch.change()));
        assertEquals(3, vm.history().size(), "every year in the file, for the chart");
        assertEquals(3, vm.sections().size(), "1 体制構築, 2 管理・運用, 3 インシデント");
        assertEquals("", vm.statusProperty().get());
    }

    @Test
    void otherYearsAndAVendorsFormCanBeChosen() {
        vm.load(ThreeYears.FY2025);
        vm.chooseEarlier(ThreeYears.FY2023);
        assertEquals(ThreeYears.FY2023, vm.reportProperty().get().comparison().earlierYear());
        assertTrue(vm.summaryProperty().get().startsWith("令和5年度 → 令和7年度"));
        vm.chooseEarlier(ThreeYears.FY2025);
        assertEquals("違う年度を2つ選んでください", vm.statusProperty().get());

        vm.chooseEarlier(ThreeYears.FY2024);
        vm.chooseForm(vm.forms().get(1));
        var r = vm.reportProperty().get();
        assertEquals(FormKind.VENDOR, r.kind());
        assertEquals(1, r.comparison().count(Change.REGRESSED));
        assertEquals(2, vm.history().size(), "the vendor's form was kept for two years");
        assertEquals("株式会社メディカル_前年度比較_令和6年度_令和7年度.xlsx", vm.suggestedExportName());
    }

    @Test
    void exportsWhatIsOnScreen() throws Exception {
        vm.load(ThreeYears.FY2025);
        Path out = dir.resolve("c.xlsx");
        vm.export(out);
        assertTrue(Files.size(out) > 0);
        assertEquals(1.0, vm.exportProgressProperty().get());
        assertTrue(vm.statusProperty().get().contains("c.xlsx"), vm.statusProperty().get());
    }
}
