package jp.tenken.ui.registers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import jp.tenken.domain.FiscalYear;
import jp.tenken.domain.register.DeviceKind;
import jp.tenken.domain.register.UpkeepChoice.TwoFactor;
import jp.tenken.domain.register.UpkeepChoice.UpdatesBy;
import jp.tenken.domain.register.UpkeepChoice.WrittenIn;
import jp.tenken.testing.TestWorkbook;
import jp.tenken.ui.common.ImmediateUiExecutor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * 保守委託機関編 and 二要素認証 as a clerk records them under the 機器台帳: every choice saved at once, the tab's answer
 * and the window's notes following.
 */
class MaintenanceViewModelTest {
    static final FiscalYear FY = new FiscalYear(2026);

    @TempDir
    Path dir;
    TestWorkbook wb;
    RegistersViewModel vm;
    int changed;

    @BeforeEach
    void setUp() {
        wb = TestWorkbook.create(dir.resolve("clinic.tenken"), LocalDate.of(2026, 12, 6));
        wb.vendors().add(FY, "メディカルシステム株式会社", "電子カルテ", "", true);
        vm = new RegistersViewModel(wb.context().registers(), wb.context().maintenance(), wb.export(),
                new ImmediateUiExecutor());
        vm.setOnChanged(() -> changed++);
        vm.load(FY);
    }

    @AfterEach
    void close() {
        wb.close();
    }

    private void addDevice(String name, DeviceKind kind) {
        DeviceRegisterViewModel d = vm.devices();
        d.newDevice();
        d.nameProperty().set(name);
        d.kindProperty().set(kind);
        d.vendorProperty().set(d.vendors().get(0));
        d.save();
    }

    @Test
    void aClerkMarksTheChartPcAsAServerAndRecordsItsContractAndTwoFactor() {
        DeviceUpkeepViewModel u = vm.upkeep();
        assertFalse(u.availableProperty().get(), "nothing to record before a device is added");
        addDevice("診察室PC", DeviceKind.TERMINAL);
        assertTrue(u.availableProperty().get());
        assertTrue(u.terminalProperty().get());
        assertFalse(u.serverProperty().get());
        assertEquals("判断できない", vm.maintenance().outcomeProperty().get());
        assertEquals(List.of("機器台帳にサーバがありません（サーバ、または電子カルテ等が処理を完結する端末PCを登録してください）。"),
                List.copyOf(vm.maintenance().reasons()));

        int before = changed;
        u.chartProcessingProperty().set(true);
        assertTrue(u.serverProperty().get(), "the chart completes on it: a server");
        assertEquals("この機器はサーバとして数えます。", u.serverTextProperty().get());
        assertTrue(changed > before, "saved at once");
        u.updatesByProperty().set(UpdatesBy.VENDOR);
        u.writtenInProperty().set(WrittenIn.SLA);
        u.clauseProperty().set("SLA 3.2 更新");
        u.save(); // Enter or leaving the field
        assertEquals("該当する（みなし遵守）", vm.maintenance().outcomeProperty().get());
        assertEquals("診察室PC: セキュリティ更新は メディカルシステム株式会社 が担当し、SLA（サービスレベル合意書）に書かれています"
                + "（SLA 3.2 更新）。", vm.maintenance().reasons().get(0));
        assertTrue(vm.notes().contains("保守委託機関編：該当する（みなし遵守）"), vm.notes().toString());

        u.twoFactorProperty().set(TwoFactor.PLANNED);
        assertTrue(vm.notes().contains("診察室PC: 二要素認証を対応予定としていますが、時期が書かれていません"),
                vm.notes().toString());
        u.twoFactorByProperty().set(LocalDate.of(2027, 5, 1));
        assertTrue(vm.notes().contains("診察室PC: 二要素認証の予定（令和9年5月1日）が基準日 令和9年4月1日より後です"),
                vm.notes().toString());
        u.twoFactorByProperty().set(LocalDate.of(2027, 3, 1));
        assertTrue(vm.notes().stream().noneMatch(n -> n.contains("二要素認証")), vm.notes().toString());

        // what was saved comes back when the device is chosen again
        addDevice("受付PC", DeviceKind.TERMINAL);
        assertFalse(u.chartProcessingProperty().get());
        vm.devices().select(vm.devices().devices().get(0));
        assertTrue(u.chartProcessingProperty().get());
        assertEquals(WrittenIn.SLA, u.writtenInProperty().get());
        assertEquals("SLA 3.2 更新", u.clauseProperty().get());
        assertEquals(LocalDate.of(2027, 3, 1), u.twoFactorByProperty().get());
    }

    @Test
    void aFinalisedYearRefusesAChangeAndSaysWhy() {
        addDevice("サーバ", DeviceKind.SERVER);
        wb.vendors().finalise(FY);
        vm.upkeep().updatesByProperty().set(UpdatesBy.CLINIC);
        assertTrue(vm.status().textProperty().get().contains("確定"), vm.status().textProperty().get());
        assertEquals(UpdatesBy.CLINIC, vm.upkeep().updatesByProperty().get(), "what was chosen stays on screen");
    }

    @Test
    void aYearBeforeTheSeventhEditionSaysTheQuestionsAreNotYetAsked() {
        vm.load(new FiscalYear(2025));
        assertTrue(vm.maintenance().notAskedProperty().get().startsWith("令和7年度はガイドライン第6.0版の年度です"));
    }
}
