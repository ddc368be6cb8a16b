package jp.tenken.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import jp.tenken.domain.FiscalYear;
import jp.tenken.domain.register.Device;
import jp.tenken.domain.register.DeviceKind;
import jp.tenken.domain.register.DeviceUpkeep;
import jp.tenken.domain.register.MaintenanceDetermination.Outcome;
import jp.tenken.domain.register.UpkeepChoice.TwoFactor;
import jp.tenken.domain.register.UpkeepChoice.UpdatesBy;
import jp.tenken.domain.register.UpkeepChoice.WrittenIn;
import jp.tenken.domain.vendor.Vendor;
import jp.tenken.storage.StorageException;
import jp.tenken.testing.TestWorkbook;
import jp.tenken.xlsx.write.MaintenanceData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A clinic's walk through 保守委託機関編: the 機器台帳 and the vendors decide it, the readiness line says it, the year
 * carries it forward, a finalised year refuses a change, and the change log keeps every step.
 */
class MaintenanceServiceTest {
    private static final FiscalYear FY = new FiscalYear(2026);

    @TempDir
    Path dir;

    @Test
    void aClinicWalksThroughTheDetermination() {
        try (TestWorkbook wb = TestWorkbook.create(dir.resolve("m.tenken"), LocalDate.of(2026, 12, 6))) {
            RegisterService registers = wb.context().registers();
            MaintenanceService maintenance = wb.context().maintenance();
            assertEquals(List.of(), maintenance.readinessNotes(FY), "an empty 台帳 says only that it is empty");
            Vendor chart = wb.vendors().add(FY, "メディカルシステム株式会社", "電子カルテ", "", true);
            Device server = registers.addDevice(new Device(0, FY, "電子カルテサーバ", DeviceKind.SERVER, "サーバ室", "",
                    "", "Windows Server 2022", "", "電子カルテ", chart.id(), true, null, null, "院長", ""));
            Device pc = registers.addDevice(Device.of(FY, "院長PC", DeviceKind.TERMINAL));
            assertEquals(Outcome.UNDECIDED, maintenance.determination(FY).outcome());
            assertEquals(List.of("保守委託機関編：判断できない",
                            "電子カルテサーバ: 二要素認証の対応が未確認です（基準日 令和9年4月1日）",
                            "院長PC: 二要素認証の対応が未確認です（基準日 令和9年4月1日）"),
                    maintenance.readinessNotes(FY));

            maintenance.save(new DeviceUpkeep(server.id(), false, UpdatesBy.VENDOR, WrittenIn.CONTRACT,
                    "保守契約書 第5条", TwoFactor.DONE, null), FY);
            maintenance.save(new DeviceUpkeep(pc.id(), false, UpdatesBy.UNKNOWN, WrittenIn.UNCONFIRMED, "",
                    TwoFactor.AT_RENEWAL, null), FY);
            MaintenanceData printed = maintenance.printed(FY);
            assertEquals("該当する（みなし遵守）", printed.outcome());
            assertEquals(List.of("電子カルテサーバ: セキュリティ更新は メディカルシステム株式会社 が担当し、契約書に書かれています"
                    + "（保守契約書 第5条）。"), printed.reasons());
            assertEquals(List.of("院長PC: 二要素認証は次期更新で対応（更新時に対応できる事業者を選んでください）"),
                    printed.twoFactorOpen());
            assertTrue(printed.source().contains("001716297.pdf"), "the source is named");

            // the chart application completes its processing on the 院長PC: it counts as a server
            maintenance.save(new DeviceUpkeep(pc.id(), true, UpdatesBy.CLINIC, WrittenIn.UNCONFIRMED, "",
                    TwoFactor.AT_RENEWAL, null), FY);
            assertEquals(Outcome.DOES_NOT_APPLY, maintenance.determination(FY).outcome());
            assertEquals("保守委託機関編：該当しない", maintenance.readinessNotes(FY).get(0));
            var last = wb.workbook().changeLog().recent(1).get(0);
            assertEquals("device-upkeep:" + pc.id(), last.entity());
            assertTrue(last.newValue().contains("カルテ処理完結PC"), last.newValue());

            // the 機器台帳 prints the 二要素認証 and the PC as a server
            var line = registers.printed(FY).devices().get(1);
            assertEquals("次期更新で対応", line.twoFactor());
            assertTrue(line.chartServer());
        }
    }

    @Test
    void theNextYearStartsFromWhatWasRecordedAndAFinalisedYearRefusesChanges() {
        try (TestWorkbook wb = TestWorkbook.create(dir.resolve("c.tenken"), LocalDate.of(2027, 4, 10))) {
            RegisterService registers = wb.context().registers();
            MaintenanceService maintenance = wb.context().maintenance();
            Device server = registers.addDevice(Device.of(FY, "サーバ", DeviceKind.SERVER));
            maintenance.save(new DeviceUpkeep(server.id(), false, UpdatesBy.CLINIC, WrittenIn.UNCONFIRMED, "",
                    TwoFactor.PLANNED, LocalDate.of(2027, 6, 30)), FY);
            FiscalYear next = new FiscalYear(2027);
            assertEquals(1, registers.carryOver(next));
            Device carried = registers.devices(next).get(0);
            DeviceUpkeep hint = maintenance.upkeep(carried);
            assertEquals(UpdatesBy.CLINIC, hint.updatesBy());
            assertEquals(LocalDate.of(2027, 6, 30), hint.twoFactorBy());
            assertEquals(Outcome.DOES_NOT_APPLY, maintenance.determination(next).outcome());

            wb.vendors().finalise(FY);
            StorageException refused = assertThrows(StorageException.class, () -> maintenance.save(
                    new DeviceUpkeep(server.id(), false, UpdatesBy.VENDOR, WrittenIn.SLA, "", TwoFactor.DONE, null),
                    FY));
            assertEquals(StorageException.Kind.YEAR_FINAL, refused.kind());
            assertEquals(UpdatesBy.CLINIC, maintenance.upkeep(server).updatesBy(), "unchanged");
            maintenance.save(new DeviceUpkeep(carried.id(), false, UpdatesBy.VENDOR, WrittenIn.SLA, "第3条",
                    TwoFactor.DONE, null), next);
            assertEquals(UpdatesBy.VENDOR, maintenance.upkeep(carried).updatesBy(), "the next year stays open");
        }
    }

    @Test
    void theYearComparisonSaysHowTheAnswerMoved() {
        try (TestWorkbook wb = TestWorkbook.create(dir.resolve("y.tenken"), LocalDate.of(2027, 5, 10))) {
            RegisterService registers = wb.context().registers();
            MaintenanceService maintenance = wb.context().maintenance();
            Vendor chart = wb.vendors().add(FY, "メディカルシステム株式会社", "電子カルテ", "", true);
            Device server = registers.addDevice(new Device(0, FY, "サーバ", DeviceKind.SERVER, "", "", "", "", "", "",
                    chart.id(), true, null, null, "院長", ""));
            maintenance.save(new DeviceUpkeep(server.id(), false, UpdatesBy.VENDOR, WrittenIn.UNCONFIRMED, "",
                    TwoFactor.DONE, null), FY);
            FiscalYear next = new FiscalYear(2027);
            registers.carryOver(next);
            Device carried = registers.devices(next).get(0);
            maintenance.save(new DeviceUpkeep(carried.id(), false, UpdatesBy.VENDOR, WrittenIn.TERMS, "約款 第8条",
                    TwoFactor.DONE, null), next);
            var own = wb.comparisons().ownForm();
            assertEquals("保守委託機関編（機器台帳と事業者から判定）：令和8年度「判断できない」→ 令和9年度「該当する（みなし遵守）」",
                    wb.comparisons().compare(FY, next, own, null).maintenance());
            assertEquals("保守委託機関編（機器台帳と事業者から判定）：令和7年度「第6.0版の年度」→ 令和8年度「判断できない」",
                    wb.comparisons().compare(new FiscalYear(2025), FY, own, null).maintenance());
            assertEquals(null, wb.comparisons().compare(new FiscalYear(2024), new FiscalYear(2025), own, null)
                    .maintenance(), "both years before 第7.0版");
        }
    }
}
