package jp.tenken.ui.registers;

import java.util.List;
import jp.tenken.domain.register.Device;

/** One line of the device table: the device, its vendor's name and its warnings in words. */
public record DeviceRow(Device device, String vendorName, List<String> warnings) {
    public DeviceRow {
        vendorName = vendorName == null ? "" : vendorName;
        warnings = List.copyOf(warnings);
    }

    public boolean flagged() {
        return !warnings.isEmpty();
    }
}
