package jp.tenken.ui.guideline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import jp.tenken.catalog.PublishedFileReader;
import jp.tenken.domain.guideline.TakenGuideline;
import jp.tenken.i18n.Messages;
import jp.tenken.pdf.GuidelinePdfs;
import jp.tenken.service.GuidelineTakeInService;
import jp.tenken.testing.TestWorkbook;
import jp.tenken.ui.common.ImmediateUiExecutor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The guideline take-in window's state, on generated PDFs with an immediate executor: nothing kept before 取り込む. */
class GuidelineTakeInViewModelTest {
    @TempDir
    Path dir;
    List<TakenGuideline> kept = new ArrayList<>();
    GuidelineTakeInViewModel vm;

    @BeforeEach
    void setUp() {
        Messages.use(java.util.Locale.JAPANESE);
        vm = new GuidelineTakeInViewModel(new GuidelineTakeInService(new PublishedFileReader().bundled(),
                TestWorkbook::guideline, dir.resolve("guidelines"), Clock.systemDefaultZone()),
                new ImmediateUiExecutor(), kept::add);
    }

    @Test
    void whatWasReadIsShownDoubtsFirstAndKeptOnlyOnKeep() {
        vm.choose(List.of(GuidelinePdfs.sample(dir.resolve("001716292.pdf"))));
        assertEquals(GuidelineTakeInViewModel.State.READY, vm.stateProperty().get());
        assertEquals("ガイドライン第7.0版　企画管理編：遵守事項 7 件を読み取りました", vm.headingProperty().get());
        assertEquals(List.of("001716292.pdf 企画管理編 第3章: 遵守事項が読み取れませんでした"), vm.doubts());
        assertTrue(vm.sources().get(1).startsWith("出典「001716292.pdf」: 厚生労働省が公表した PDF と異なります"),
                vm.sources().toString());
        assertEquals("第2章　リスク評価を踏まえた管理（遵守事項 2 件）", vm.lines().get(4).text());
        assertEquals(GuidelineTakeInViewModel.Line.Kind.CLAUSE, vm.lines().get(5).kind());
        assertFalse(Files.exists(dir.resolve("guidelines")), "nothing kept before 取り込む");

        vm.keep();
        assertEquals(GuidelineTakeInViewModel.State.KEPT, vm.stateProperty().get());
        assertEquals(1, kept.size());
        assertTrue(Files.isRegularFile(dir.resolve("guidelines").resolve("guideline-7.0.taken.json")));
    }

    @Test
    void aRefusedFileSaysWhyAndCannotBeKept() throws Exception {
        Path bad = Files.writeString(dir.resolve("guideline.pdf"), "hello");
        vm.choose(List.of(bad));
        assertEquals(GuidelineTakeInViewModel.State.REFUSED, vm.stateProperty().get());
        assertTrue(vm.errorProperty().get().contains("「guideline.pdf」は PDF ファイルではありません"),
                vm.errorProperty().get());
        vm.keep();
        assertEquals(List.of(), kept);
        assertFalse(Files.exists(dir.resolve("guidelines")));
    }
}
