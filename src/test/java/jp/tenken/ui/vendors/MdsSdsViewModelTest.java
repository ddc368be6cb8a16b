package jp.tenken.ui.vendors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import jp.tenken.domain.FiscalYear;
import jp.tenken.domain.vendor.MdsSds;
import jp.tenken.domain.vendor.Vendor;
import jp.tenken.service.MdsSdsWorkbooks;
import jp.tenken.testing.TestWorkbook;
import jp.tenken.ui.common.ImmediateUiExecutor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One vendor's MDS/SDS window, driven as a clerk would: record, take in an Excel through the mapping, assess. */
class MdsSdsViewModelTest {
    static final FiscalYear FY = new FiscalYear(2026);

    @TempDir
    Path dir;

    @Test
    void aClerkTakesInTheMdsAndWritesTheClinicsResponseToEachNo() throws Exception {
        try (TestWorkbook wb = TestWorkbook.create(dir.resolve("v.tenken"), LocalDate.of(2026, 12, 6))) {
            Vendor v = wb.vendors().add(FY, "メディカルシステム株式会社", "電子カルテ", "", true);
            int[] changed = {0};
            MdsSdsViewModel vm = new MdsSdsViewModel(wb.context().mdsSds(), new ImmediateUiExecutor(), FY, v,
                    () -> changed[0]++);
            vm.load();
            assertEquals("回答は取り込まれていません（Excel を取り込むと、はい／いいえ／対象外を読み取ります）",
                    vm.countsTextProperty().get());
            vm.receivedOnProperty().set(LocalDate.of(2026, 11, 20));
            vm.versionProperty().set("Ver.5.0");
            vm.saveRecord(); // Enter or leaving the field
            assertEquals(2, changed[0], "each saved at once");

            Path file = MdsSdsWorkbooks.disclosure(dir.resolve("MDS.xlsx"), "いいえ");
            vm.takeIn(file);
            assertNotNull(vm.sheetProperty().get(), "the columns are shown before anything is written");
            assertTrue(vm.mappingReadyProperty().get());
            assertEquals("41 項目（はい 37／いいえ 2／対象外 2）を取り込みます", vm.mappingTextProperty().get());
            assertEquals(List.of(), wb.context().mdsSds().docs(FY, v.id()).stream()
                    .filter(d -> d.fileSize() > 0).toList(), "nothing kept yet");
            // the clerk moves the answer column away and back: the preview follows
            vm.mapping().columnOf(MdsSdsViewModel.ANSWER).set(null);
            assertFalse(vm.mappingReadyProperty().get());
            vm.mapping().columnOf(MdsSdsViewModel.ANSWER).set(2);
            vm.confirmMapping();
            assertNull(vm.sheetProperty().get());
            assertEquals("はい 37／いいえ 2／対象外 2", vm.countsTextProperty().get());
            assertTrue(vm.fileTextProperty().get().startsWith("MDS.xlsx（"), vm.fileTextProperty().get());
            assertEquals(List.of("1-7", "2-3"), vm.noItems().stream().map(MdsSds.Item::number).toList());
            assertEquals(LocalDate.of(2026, 11, 20), vm.receivedOnProperty().get(), "the date typed before stays");

            vm.selectedProperty().set(vm.noItems().get(1));
            vm.riskProperty().set("通信の暗号化が一部にない");
            vm.responseProperty().set("院内LANに限定し、次回更新で対応版にする");
            vm.saveAssessment();
            assertEquals("記入済", vm.stateText(vm.noItems().get(1)));
            assertEquals("未記入", vm.stateText(vm.noItems().get(0)));
            vm.kindProperty().set(MdsSds.Kind.SDS);
            assertEquals(List.of(), vm.noItems(), "the SDS is another disclosure");
            vm.kindProperty().set(MdsSds.Kind.MDS);
            assertEquals("通信の暗号化が一部にない", vm.noItems().get(1).risk());

            Path pdf = Files.writeString(dir.resolve("SDS.pdf"), "%PDF-1.4 scan");
            vm.kindProperty().set(MdsSds.Kind.SDS);
            vm.takeIn(pdf);
            assertNull(vm.sheetProperty().get(), "a PDF is kept without reading answers");
            assertTrue(vm.statusProperty().get().contains("Excel ではないため"), vm.statusProperty().get());
            assertTrue(vm.fileTextProperty().get().startsWith("SDS.pdf"));
        }
    }
}
