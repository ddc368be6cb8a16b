package jp.tenken.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import jp.tenken.domain.FiscalYear;
import jp.tenken.domain.register.Contact;
import jp.tenken.domain.register.ContactChart;
import jp.tenken.domain.register.ContactGroup;
import jp.tenken.domain.register.Device;
import jp.tenken.domain.register.DeviceKind;
import jp.tenken.domain.register.DeviceWarning;
import jp.tenken.i18n.UserMessageException;
import jp.tenken.testing.TestWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The registers as a clerk meets them: warnings in words, the year started from last year, the readiness notes. */
class RegisterServiceTest {
    private static final FiscalYear FY = new FiscalYear(2025);

    @TempDir
    Path dir;

    private static Device pc(FiscalYear year, String name, String os, String admin, LocalDate updated) {
        return new Device(0, year, name, DeviceKind.TERMINAL, "診察室", "NEC", "Mate", os, "", "電子カルテ", null,
                false, null, updated, admin, "");
    }

    @Test
    void aClerkReadsWhyADeviceNeedsLooking() {
        try (TestWorkbook wb = TestWorkbook.create(dir.resolve("w.tenken"), LocalDate.of(2025, 11, 1))) {
            RegisterService registers = wb.context().registers();
            Device win10 = registers.addDevice(pc(FY, "診察室PC", "Windows 10 Pro 22H2", "", null));
            Device win11 = registers.addDevice(pc(FY, "受付PC", "Windows 11 Pro", "事務長", LocalDate.of(2025, 10, 20)));
            Device ended = registers.addDevice(new Device(0, FY, "UTM", DeviceKind.NETWORK, "", "", "", "", "", "",
                    null, true, LocalDate.of(2025, 3, 31), LocalDate.of(2025, 4, 2), "業者", ""));
            List<String> words = registers.warnings(win10).stream().map(RegisterService::describe).toList();
            assertEquals(List.of(
                    "診察室PC: この OS のサポートは 令和7年10月14日 に終了しています（サポート終了日が未記入のため、公表された日付で判定）。",
                    "診察室PC: 管理者アカウントを持つ人が書かれていません。",
                    "診察室PC: 今年度の更新（アップデート）の適用日が書かれていません。"), words);
            assertEquals(List.of(), registers.warnings(win11));
            assertEquals(List.of(DeviceWarning.Kind.SUPPORT_ENDED),
                    registers.warnings(ended).stream().map(DeviceWarning::kind).toList());
            assertTrue(DeviceWarning.knownEnd("Windows 11").isEmpty(), "11 is not 1x");
            assertEquals(LocalDate.of(2023, 10, 10), DeviceWarning.knownEnd("Windows Server 2012 R2").orElseThrow());
        }
    }

    @Test
    void aNewYearStartsFromLastYearsRegistersAndTheReadinessLineSaysTheyWereNotLookedAt() {
        Path f = dir.resolve("years.tenken");
        try (TestWorkbook wb = TestWorkbook.create(f, LocalDate.of(2024, 9, 1))) {
            RegisterService registers = wb.context().registers();
            FiscalYear last = FY.previous();
            assertEquals(List.of("機器台帳が空です（2-①）", "連絡体制図が未記入です（3-①）"), registers.readinessNotes(last));
            registers.addDevice(pc(last, "受付PC", "Windows 11", "事務長", LocalDate.of(2024, 8, 1)));
            ContactChart template = registers.chart(last);
            assertEquals(ContactChart.INTERNAL_ROLES, template.internal().stream().map(Contact::role).toList());
            Contact admin = template.internal().get(0);
            registers.saveContact(new Contact(0, last, ContactGroup.INTERNAL, 0, admin.role(), "山田 太郎", "090-1111-2222",
                    "", ""));
            ContactChart saved = registers.chart(last);
            assertEquals(4, saved.internal().size(), "the first save keeps every box shown");
            assertEquals(4, saved.external().size());
            assertEquals("山田 太郎", saved.internal().get(0).name());
            assertEquals(List.of(), registers.readinessNotes(last));
        }
        try (TestWorkbook wb = TestWorkbook.open(f, LocalDate.of(2025, 5, 1))) {
            RegisterService registers = wb.context().registers();
            assertTrue(registers.canCarryOver(FY));
            assertEquals(1 + 8, registers.carryOver(FY));
            assertFalse(registers.canCarryOver(FY));
            assertEquals(List.of("受付PC"), registers.devices(FY).stream().map(Device::name).toList());
            assertEquals(List.of("機器台帳を令和7年度にまだ見直していません（2-①）", "連絡体制図を令和7年度にまだ見直していません（3-①）"),
                    registers.readinessNotes(FY));
            registers.markReviewed(FY, true);
            Contact police = registers.chart(FY).external().get(1);
            registers.saveContact(new Contact(police.id(), FY, ContactGroup.EXTERNAL, 1, police.role(), "",
                    "#9110", "", ""));
            assertEquals(List.of(), registers.readinessNotes(FY));
        }
    }

    @Test
    void theChartSaysWhoCallsWhomInOrder() {
        try (TestWorkbook wb = TestWorkbook.create(dir.resolve("calls.tenken"), LocalDate.of(2025, 6, 1))) {
            wb.vendors().add("株式会社メディカル", "電子カルテ", "サポート 0120-000-000", true);
            ContactChart chart = wb.context().registers().chart(FY);
            assertTrue(chart.empty(), "a vendor's contact alone does not fill the chart");
            List<String> calls = chart.calls().stream()
                    .map(c -> c.order() + " " + c.from().role() + " → " + c.to().role()).toList();
            assertEquals(List.of(
                    "1 現場の担当（発見者） → 企画管理者",
                    "2 企画管理者 → 医療情報システム安全管理責任者",
                    "3 医療情報システム安全管理責任者 → 管理者",
                    "4 医療情報システム安全管理責任者 → 株式会社メディカル",
                    "5 管理者 → 厚生労働省の相談窓口",
                    "6 管理者 → 都道府県警察のサイバー犯罪相談窓口",
                    "7 管理者 → 保健所",
                    "8 管理者 → 加入する保険会社"), calls);
            assertEquals("サポート 0120-000-000", chart.vendors().get(0).phone());
            assertEquals("未記入", Contact.shown(chart.external().get(0).phone()));
        }
    }

    @Test
    void aFinalisedYearsRegistersAreRefusedInWordsAndALateReviewCountsForTheYearShown() {
        FiscalYear next = new FiscalYear(2026);
        try (TestWorkbook wb = TestWorkbook.create(dir.resolve("late.tenken"), LocalDate.of(2026, 12, 6))) {
            RegisterService registers = wb.context().registers();
            Device pc = registers.addDevice(pc(FY, "受付PC", "Windows 11 Pro", "事務長", LocalDate.of(2025, 10, 20)));
            registers.saveContact(new Contact(0, FY, ContactGroup.INTERNAL, 0, "医療情報システム安全管理責任者",
                    "山田 太郎", "090-1111-2222", "", ""));
            registers.carryOver(next);
            // 令和7年度's registers looked over on 2026-12-06 (a day of 令和8年度): it counts for 令和7年度 only
            assertEquals(List.of("機器台帳を令和7年度にまだ見直していません（2-①）", "連絡体制図を令和7年度にまだ見直していません（3-①）"),
                    registers.readinessNotes(FY));
            assertEquals(LocalDate.of(2026, 12, 6), registers.markReviewed(FY, true));
            registers.markReviewed(FY, false);
            assertEquals(List.of(), registers.readinessNotes(FY));
            assertEquals(List.of(), registers.readinessNotes(next), "carried over in 令和8年度: kept up");

            wb.context().vendors().finalise(FY);
            assertTrue(registers.isFinal(FY));
            assertFalse(registers.canCarryOver(FY));
            for (Runnable change : List.<Runnable>of(
                    () -> registers.addDevice(pc(FY, "診察室PC", "Windows 11 Pro", "", null)),
                    () -> registers.updateDevice(new Device(pc.id(), FY, "受付PC（新）", DeviceKind.TERMINAL, "", "",
                            "", "", "", "", null, false, null, null, "", "")),
                    () -> registers.saveContact(new Contact(0, FY, ContactGroup.EXTERNAL, 9, "警察", "", "", "", "")),
                    () -> registers.markReviewed(FY, true))) {
                UserMessageException e = assertThrows(UserMessageException.class, change::run);
                assertEquals("令和7年度は確定済みのため、機器台帳と連絡体制図は変更できません。変更が必要なら「事業者」画面で「確定を解除」してください。",
                        e.getMessage());
            }
            // what reaches the file by another way is refused by the file itself
            UserMessageException e = assertThrows(UserMessageException.class, () -> registers.deleteDevice(pc.id()));
            assertTrue(e.getMessage().startsWith("この年度は確定済みのため、変更できません。"), e.getMessage());
            assertEquals(List.of("受付PC"), registers.devices(FY).stream().map(Device::name).toList());
            registers.addDevice(pc(next, "診察室PC", "Windows 11 Pro", "", null)); // 令和8年度 is open
        }
    }
}
