package jp.tenken.domain.register;

import java.time.LocalDate;
import jp.tenken.domain.FiscalYear;

/**
 * One device in a fiscal year's 機器台帳 (item 2-①): what it is, where, what runs on it, who maintains it and who
 * holds its administrator account. {@code id} is 0 until stored; {@code vendorId} is null when no vendor maintains it.
 */
public record Device(long id, FiscalYear year, String name, DeviceKind kind, String location, String maker,
                     String model, String os, String osVersion, String role, Long vendorId,
                     boolean remoteMaintenance, LocalDate supportEnd, LocalDate lastUpdate, String administrator,
                     String note) {

    public Device {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("device name is blank");
        }
        name = name.strip();
        kind = kind == null ? DeviceKind.OTHER : kind;
        location = clean(location);
        maker = clean(maker);
        model = clean(model);
        os = clean(os);
        osVersion = clean(osVersion);
        role = clean(role);
        administrator = clean(administrator);
        note = clean(note);
    }

    private static String clean(String s) {
        return s == null ? "" : s.strip();
    }

    /** A new device of a year, not yet stored. */
    public static Device of(FiscalYear year, String name, DeviceKind kind) {
        return new Device(0, year, name, kind, "", "", "", "", "", "", null, false, null, null, "", "");
    }

    /** The same device with another id and year (stored, or carried into the next year). */
    public Device withIdAndYear(long newId, FiscalYear newYear) {
        return new Device(newId, newYear, name, kind, location, maker, model, os, osVersion, role, vendorId,
                remoteMaintenance, supportEnd, lastUpdate, administrator, note);
    }

    /** Maker and model on one line, as the 台帳 prints them. */
    public String makerModel() {
        return (maker + " " + model).strip();
    }

    /** OS and version on one line, as the 台帳 prints them. */
    public String osLine() {
        return (os + " " + osVersion).strip();
    }
}
