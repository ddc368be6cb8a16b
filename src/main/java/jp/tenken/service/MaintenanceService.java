package jp.tenken.service;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import jp.tenken.domain.FiscalYear;
import jp.tenken.domain.Wareki;
import jp.tenken.domain.register.Device;
import jp.tenken.domain.register.DeviceUpkeep;
import jp.tenken.domain.register.MaintenanceDetermination;
import jp.tenken.domain.register.TwoFactorFlag;
import jp.tenken.domain.register.UpkeepChoice.WrittenIn;
import jp.tenken.i18n.Messages;
import jp.tenken.storage.DeviceRepository;
import jp.tenken.storage.DeviceUpkeepRepository;
import jp.tenken.storage.VendorRepository;
import jp.tenken.xlsx.write.MaintenanceData;

/**
 * What guideline 第7.0版 asks of a small clinic, from its own 機器台帳 and vendors, per fiscal year: what is recorded
 * per device (server by chart processing, who applies the security updates and where that is written, 二要素認証),
 * whether 保守委託機関編 applies (みなし遵守) with its reasons, and the 二要素認証 still open around 令和9年4月1日.
 */
public final class MaintenanceService {
    private final DeviceRepository devices;
    private final DeviceUpkeepRepository upkeep;
    private final VendorRepository vendors;
    private final Clock clock;

    public MaintenanceService(DeviceRepository devices, DeviceUpkeepRepository upkeep, VendorRepository vendors,
                              Clock clock) {
        this.devices = devices;
        this.upkeep = upkeep;
        this.vendors = vendors;
        this.clock = clock;
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    /** What is recorded for a device ({@link DeviceUpkeep#none} when nothing is). */
    public DeviceUpkeep upkeep(Device d) {
        return upkeep.list(d.year()).getOrDefault(d.id(), DeviceUpkeep.none(d.id()));
    }

    /** Stores what is recorded for one device of {@code year} (refused when the year is finalised). */
    public DeviceUpkeep save(DeviceUpkeep u, FiscalYear year) {
        return upkeep.save(u, year, Instant.now(clock));
    }

    /** Carries last year's records to the devices carried into {@code year}; returns how many. */
    public int carryOver(FiscalYear year) {
        Optional<FiscalYear> from = devices.latestBefore(year);
        return from.map(f -> upkeep.copyYear(f, year, Instant.now(clock))).orElse(0);
    }

    /** Whether 保守委託機関編 applies to the year, with its reasons. */
    public MaintenanceDetermination determination(FiscalYear year) {
        return MaintenanceDetermination.of(devices.list(year), upkeep.list(year), vendors.list(year));
    }

    /** The year's terminals and servers whose 二要素認証 is still open, judged today. */
    public List<TwoFactorFlag> twoFactorFlags(FiscalYear year) {
        return TwoFactorFlag.of(devices.list(year), upkeep.list(year), today());
    }

    /** The answer in words: 「該当する（みなし遵守）」…. */
    public static String describe(MaintenanceDetermination.Outcome o) {
        return Messages.get(o.messageKey());
    }

    /** One reason in words. */
    public static String describe(MaintenanceDetermination.Reason r) {
        String where = r.where().isEmpty() ? "" : Messages.get(WrittenIn.valueOf(r.where()).messageKey());
        return Messages.get(r.kind().messageKey(), r.deviceName(), r.vendorName(), where,
                r.clause().isEmpty() ? "" : Messages.get("maintenance.reason.clause", r.clause()));
    }

    /** One open 二要素認証 in words. */
    public static String describe(TwoFactorFlag f) {
        return Messages.get(f.kind().messageKey(), f.deviceName(), Wareki.format(f.date()));
    }

    /**
     * What the readiness line says: the answer on 保守委託機関編 (always, once the 機器台帳 has a device), and the
     * 二要素認証 still open (each one, or a count when many).
     */
    public List<String> readinessNotes(FiscalYear year) {
        List<String> out = new ArrayList<>();
        List<Device> list = devices.list(year);
        if (list.isEmpty() || !MaintenanceDetermination.asked(year)) {
            return out;
        }
        Map<Long, DeviceUpkeep> recorded = upkeep.list(year);
        MaintenanceDetermination d = MaintenanceDetermination.of(list, recorded, vendors.list(year));
        out.add(Messages.get("maintenance.readiness.outcome", describe(d.outcome())));
        List<TwoFactorFlag> flags = TwoFactorFlag.of(list, recorded, today());
        if (flags.size() > 2) {
            out.add(Messages.get("maintenance.readiness.twoFactorMany", flags.size(),
                    Wareki.format(TwoFactorFlag.REFERENCE_DATE)));
        } else {
            flags.forEach(f -> out.add(Messages.get("maintenance.readiness.twoFactor", describe(f))));
        }
        return out;
    }

    /** The determination and the open 二要素認証 as the pack's summary prints them. */
    public MaintenanceData printed(FiscalYear year) {
        MaintenanceDetermination d = determination(year);
        return new MaintenanceData(describe(d.outcome()),
                d.reasons().stream().map(MaintenanceService::describe).toList(),
                twoFactorFlags(year).stream().map(MaintenanceService::describe).toList(),
                Messages.get("maintenance.source"));
    }

    /** A device's 二要素認証 as the 機器台帳 prints it ("" when not asked of the device). */
    public static String twoFactorText(Device d, DeviceUpkeep u) {
        if (!DeviceUpkeep.asksTwoFactor(d, u)) {
            return "";
        }
        String s = Messages.get(u.twoFactor().messageKey());
        return u.twoFactorBy() == null ? s : s + "（" + Wareki.format(u.twoFactorBy()) + "）";
    }
}
