package jp.tenken.xlsx.write;

import java.util.List;
import jp.tenken.domain.FiscalYear;
import jp.tenken.domain.register.ContactChart;
import jp.tenken.domain.register.Device;

/**
 * A year's registers as they print: the 機器台帳 (each device with its vendor's name and the warnings a clerk
 * should read) and the 連絡体制図. A null device list or a null chart leaves that sheet out; an empty list prints
 * an empty 台帳 to fill in by hand.
 */
public record RegisterData(FiscalYear year, String facilityName, List<DeviceLine> devices, ContactChart chart,
                           List<String> notes) {

    /** One device as printed: the vendor's name ("" when none) and the warnings in words. */
    public record DeviceLine(Device device, String vendorName, List<String> warnings) {
        public DeviceLine {
            vendorName = vendorName == null ? "" : vendorName;
            warnings = List.copyOf(warnings);
        }
    }

    public RegisterData {
        facilityName = facilityName == null ? "" : facilityName;
        devices = devices == null ? null : List.copyOf(devices);
        notes = notes == null ? List.of() : List.copyOf(notes);
    }

    /** Registers without readiness notes (printed on their own). */
    public RegisterData(FiscalYear year, String facilityName, List<DeviceLine> devices, ContactChart chart) {
        this(year, facilityName, devices, chart, List.of());
    }

    /**
     * What the pack's 概要 says of the registers: the readiness notes (empty, not looked over this year), then each
     * device's warnings prefixed with its name.
     */
    public List<String> summaryLines() {
        List<String> out = new java.util.ArrayList<>(notes);
        if (devices != null) {
            for (DeviceLine d : devices) {
                d.warnings().forEach(w -> out.add(d.device().name() + "：" + w));
            }
        }
        return out;
    }

    /** The same registers with only the 機器台帳 (the chart left out). */
    public RegisterData devicesOnly() {
        return new RegisterData(year, facilityName, devices, null, notes);
    }

    /** The same registers with only the 連絡体制図 (the devices left out). */
    public RegisterData chartOnly() {
        return new RegisterData(year, facilityName, null, chart, notes);
    }

    boolean hasDevices() {
        return devices != null;
    }

    boolean hasChart() {
        return chart != null;
    }
}
