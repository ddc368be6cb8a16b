package jp.tenken.service;

import java.util.List;
import jp.tenken.domain.FiscalYear;
import jp.tenken.domain.register.Device;

/**
 * A device list read and checked, waiting for the user's confirmation: the devices that would be added to the
 * year's 機器台帳, and in words every liberty the reading took (a kind filed as その他, a date not read, a device
 * already in the 台帳 left out…). Nothing is written until {@link RegisterService#importDevices} is called.
 */
public record RegisterImportPreview(String file, FiscalYear year, List<Device> devices, List<String> notes,
                                    int alreadyThere) {
    public RegisterImportPreview {
        devices = List.copyOf(devices);
        notes = List.copyOf(notes);
    }
}
