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
public record RegisterData(FiscalYear year, String facilityName, List<DeviceLine> devices, ContactChart chart) {

    /**
     * One device as printed: the vendor's name ("" when none), the warnings in words, its 二要素認証 in words ("" when
     * not asked of it) and whether it counts as a server though a PC (the chart application completes on it).
     */
    public record DeviceLine(Device device, String vendorName, List<String> warnings, String twoFactor,
                             boolean chartServer) {
        public DeviceLine {
            vendorName = vendorName == null ? "" : vendorName;
            warnings = List.copyOf(warnings);
            twoFactor = twoFactor == null ? "" : twoFactor;
        }

        public DeviceLine(Device device, String vendorName, List<String> warnings) {
            this(device, vendorName, warnings, "", false);
        }
    }

    public RegisterData {
        facilityName = facilityName == null ? "" : facilityName;
        devices = devices == null ? null : List.copyOf(devices);
    }

    /** The same registers with only the 機器台帳 (the chart left out). */
    public RegisterData devicesOnly() {
        return new RegisterData(year, facilityName, devices, null);
    }

    /** The same registers with only the 連絡体制図 (the devices left out). */
    public RegisterData chartOnly() {
        return new RegisterData(year, facilityName, null, chart);
    }

    boolean hasDevices() {
        return devices != null;
    }

    boolean hasChart() {
        return chart != null;
    }
}
