package jp.tenken.domain.register;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import jp.tenken.domain.FiscalYear;
import jp.tenken.domain.register.MaintenanceDetermination.Outcome;
import jp.tenken.domain.register.MaintenanceDetermination.Reason.Kind;
import jp.tenken.domain.register.UpkeepChoice.TwoFactor;
import jp.tenken.domain.register.UpkeepChoice.UpdatesBy;
import jp.tenken.domain.register.UpkeepChoice.WrittenIn;
import jp.tenken.domain.vendor.Vendor;
import org.junit.jupiter.api.Test;

/** Every case of 保守委託機関編 decided from the registers, and 二要素認証 around 令和9年4月1日. */
class MaintenanceDeterminationTest {
    private static final FiscalYear FY = new FiscalYear(2026);
    private static final Vendor CHART_VENDOR = new Vendor(1, "メディカルシステム株式会社", "電子カルテ", "", true);
    private static final Vendor EX_VENDOR = new Vendor(2, "旧保守株式会社", "", "", false);

    private final Map<Long, DeviceUpkeep> upkeep = new HashMap<>();

    private static Device device(long id, String name, DeviceKind kind, Long vendor) {
        return new Device(id, FY, name, kind, "", "", "", "", "", "", vendor, false, null, null, "院長", "");
    }

    private void record(long id, boolean chart, UpdatesBy by, WrittenIn in, String clause) {
        upkeep.put(id, new DeviceUpkeep(id, chart, by, in, clause, TwoFactor.UNKNOWN, null));
    }

    private MaintenanceDetermination decide(Device... devices) {
        return MaintenanceDetermination.of(List.of(devices), upkeep, List.of(CHART_VENDOR, EX_VENDOR));
    }

    @Test
    void noServerRegisteredCannotBeDecided() {
        MaintenanceDetermination d = decide(device(1, "受付PC", DeviceKind.TERMINAL, 1L),
                device(2, "ルータ", DeviceKind.NETWORK, null));
        assertEquals(Outcome.UNDECIDED, d.outcome());
        assertEquals(List.of(Kind.NO_SERVERS), d.reasons().stream().map(r -> r.kind()).toList());
        assertEquals(Outcome.UNDECIDED, decide().outcome(), "an empty 台帳 says the same");
    }

    @Test
    void everyServerContractedAndWrittenApplies() {
        record(1, false, UpdatesBy.VENDOR, WrittenIn.CONTRACT, "保守契約書 第5条");
        record(2, true, UpdatesBy.VENDOR, WrittenIn.SLA, "SLA 3.2");
        MaintenanceDetermination d = decide(device(1, "カルテサーバ", DeviceKind.SERVER, 1L),
                device(2, "診察室PC", DeviceKind.TERMINAL, 1L), device(3, "受付PC", DeviceKind.TERMINAL, null));
        assertEquals(Outcome.APPLIES, d.outcome());
        assertEquals(List.of("カルテサーバ", "診察室PC"), d.reasons().stream().map(r -> r.deviceName()).toList(),
                "the PC on which the chart completes counts as a server; the other PC does not");
        assertEquals("CONTRACT", d.reasons().get(0).where());
        assertEquals("保守契約書 第5条", d.reasons().get(0).clause());
        assertEquals("メディカルシステム株式会社", d.reasons().get(0).vendorName());
    }

    @Test
    void aServerUpdatedByTheClinicDoesNotApplyWhateverElseIsOpen() {
        record(1, false, UpdatesBy.VENDOR, WrittenIn.CONTRACT, "");
        record(2, false, UpdatesBy.CLINIC, WrittenIn.UNCONFIRMED, "");
        MaintenanceDetermination d = decide(device(1, "カルテサーバ", DeviceKind.SERVER, 1L),
                device(2, "NAS", DeviceKind.SERVER, null), device(3, "画像サーバ", DeviceKind.SERVER, 1L));
        assertEquals(Outcome.DOES_NOT_APPLY, d.outcome());
        assertEquals(List.of(Kind.COVERED, Kind.BY_CLINIC, Kind.WHO_UNKNOWN),
                d.reasons().stream().map(r -> r.kind()).toList());
    }

    @Test
    void unwrittenUnknownUncontractedOrVendorlessCannotBeDecided() {
        record(1, false, UpdatesBy.VENDOR, WrittenIn.UNCONFIRMED, "");
        assertEquals(Kind.NOT_WRITTEN, decide(device(1, "サーバ", DeviceKind.SERVER, 1L)).reasons().get(0).kind(),
                "a responsibility not written in the contract, 約款 or SLA may be the clinic's (図1 ※2)");
        assertEquals(Outcome.UNDECIDED, decide(device(1, "サーバ", DeviceKind.SERVER, 1L)).outcome());
        record(1, false, UpdatesBy.VENDOR, WrittenIn.TERMS, "");
        assertEquals(Kind.NO_VENDOR, decide(device(1, "サーバ", DeviceKind.SERVER, null)).reasons().get(0).kind());
        assertEquals(Kind.NOT_CONTRACTED, decide(device(1, "サーバ", DeviceKind.SERVER, 2L)).reasons().get(0).kind());
        assertEquals(Outcome.UNDECIDED, decide(device(1, "サーバ", DeviceKind.SERVER, 2L)).outcome());
        upkeep.clear();
        assertEquals(Kind.WHO_UNKNOWN, decide(device(1, "サーバ", DeviceKind.SERVER, 1L)).reasons().get(0).kind(),
                "a server with nothing recorded is unknown");
    }

    @Test
    void onlyATerminalCountsAsAServerByChartProcessing() {
        record(1, true, UpdatesBy.CLINIC, WrittenIn.UNCONFIRMED, "");
        assertEquals(Outcome.UNDECIDED, decide(device(1, "超音波装置", DeviceKind.MEDICAL, null)).outcome());
        assertEquals(Outcome.DOES_NOT_APPLY, decide(device(1, "院長PC", DeviceKind.TERMINAL, null)).outcome());
    }

    @Test
    void theQuestionsAreAskedFromTheFirstYearOfTheSeventhEdition() {
        assertFalse(MaintenanceDetermination.asked(new FiscalYear(2025)));
        assertTrue(MaintenanceDetermination.asked(new FiscalYear(2026)));
    }

    @Test
    void twoFactorIsFlaggedAroundTheReferenceDate() {
        Device server = device(1, "サーバ", DeviceKind.SERVER, 1L);
        Device pc = device(2, "受付PC", DeviceKind.TERMINAL, null);
        Device router = device(3, "ルータ", DeviceKind.NETWORK, null);
        List<Device> all = List.of(server, pc, router);
        LocalDate before = LocalDate.of(2026, 12, 6);
        LocalDate on = TwoFactorFlag.REFERENCE_DATE;
        assertEquals(List.of(TwoFactorFlag.Kind.UNKNOWN, TwoFactorFlag.Kind.UNKNOWN),
                TwoFactorFlag.of(all, upkeep, before).stream().map(TwoFactorFlag::kind).toList(),
                "terminals and servers, not network devices");
        assertEquals(List.of(TwoFactorFlag.Kind.UNKNOWN_PAST, TwoFactorFlag.Kind.UNKNOWN_PAST),
                TwoFactorFlag.of(all, upkeep, on).stream().map(TwoFactorFlag::kind).toList(),
                "from 令和9年4月1日 on, still unknown is past the date");
        put(1, TwoFactor.DONE, null);
        put(2, TwoFactor.PLANNED, LocalDate.of(2027, 3, 31));
        assertEquals(List.of(), TwoFactorFlag.of(all, upkeep, before), "done, and planned by the date");
        put(2, TwoFactor.PLANNED, LocalDate.of(2027, 4, 1));
        assertEquals(List.of(), TwoFactorFlag.of(all, upkeep, before), "planned on the date itself");
        put(2, TwoFactor.PLANNED, LocalDate.of(2027, 4, 2));
        assertEquals(List.of(TwoFactorFlag.Kind.PLANNED_LATE),
                TwoFactorFlag.of(all, upkeep, before).stream().map(TwoFactorFlag::kind).toList());
        put(2, TwoFactor.PLANNED, LocalDate.of(2027, 3, 1));
        assertEquals(List.of(TwoFactorFlag.Kind.PLANNED_OVERDUE),
                TwoFactorFlag.of(all, upkeep, LocalDate.of(2027, 3, 2)).stream().map(TwoFactorFlag::kind).toList());
        put(2, TwoFactor.PLANNED, null);
        assertEquals(List.of(TwoFactorFlag.Kind.PLANNED_NO_DATE),
                TwoFactorFlag.of(all, upkeep, before).stream().map(TwoFactorFlag::kind).toList());
        put(2, TwoFactor.AT_RENEWAL, LocalDate.of(2030, 1, 1));
        List<TwoFactorFlag> renewal = TwoFactorFlag.of(all, upkeep, before);
        assertEquals(List.of(TwoFactorFlag.Kind.AT_RENEWAL), renewal.stream().map(TwoFactorFlag::kind).toList(),
                "left to the next renewal: a reminder to choose a vendor able to provide it");
        assertEquals(null, upkeep.get(2L).twoFactorBy(), "a date is kept only with 対応予定");
    }

    private void put(long id, TwoFactor t, LocalDate by) {
        upkeep.put(id, new DeviceUpkeep(id, false, UpdatesBy.UNKNOWN, WrittenIn.UNCONFIRMED, "", t, by));
    }
}
