package jp.tenken.storage;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import jp.tenken.domain.FiscalYear;
import jp.tenken.domain.register.Device;
import jp.tenken.domain.register.DeviceKind;

/** The 機器台帳 of each fiscal year: devices in the order they were entered, every change in the change log. */
public final class DeviceRepository {
    private static final String COLUMNS = """
            id, fiscal_year, name, kind, location, maker, model, os, os_version, role, vendor_id,
            remote_maintenance, support_end, last_update, administrator, note""";

    private final Database db;
    private final YearTable rows;

    public DeviceRepository(Database db) {
        this.db = db;
        this.rows = new YearTable(db, "device", "device");
    }

    /** The year's devices in their order. */
    public List<Device> list(FiscalYear year) {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT " + COLUMNS + " FROM device WHERE fiscal_year = ? ORDER BY position, id")) {
                ps.setInt(1, year.startYear());
                List<Device> out = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(row(rs));
                    }
                }
                return out;
            }
        });
    }

    /** Adds a device at the end of its year's list. */
    public Device add(Device d, Instant now) {
        return db.inTransaction(c -> insert(c, d, now, "add"));
    }

    /**
     * Adds devices at the end of their year's list in one transaction, each logged with {@code what} (import,
     * carry-over) and {@code source}: all are written, or none.
     */
    public List<Device> addAll(List<Device> devices, String what, String source, Instant now) {
        return db.inTransaction(c -> {
            List<Device> out = new ArrayList<>();
            for (Device d : devices) {
                out.add(insert(c, d, now, what));
            }
            ChangeLog.append(c, now, "devices", what, null, source + " (" + devices.size() + ")");
            return out;
        });
    }

    /** Changes a stored device, logging old → new. */
    public Device update(Device d, Instant now) {
        return db.inTransaction(c -> {
            Device old = find(c, d.id()).orElseThrow(() -> new IllegalArgumentException("no device " + d.id()));
            try (PreparedStatement ps = c.prepareStatement("""
                    UPDATE device SET name = ?, kind = ?, location = ?, maker = ?, model = ?, os = ?, os_version = ?,
                        role = ?, vendor_id = ?, remote_maintenance = ?, support_end = ?, last_update = ?,
                        administrator = ?, note = ?, changed_at = ?
                    WHERE id = ?""")) {
                int i = bind(ps, d, 1);
                ps.setString(i++, now.toString());
                ps.setLong(i, d.id());
                ps.executeUpdate();
            }
            ChangeLog.append(c, now, "device:" + d.id(), "update", describe(old), describe(d));
            return d;
        });
    }

    /** Removes a device, logging what it held. */
    public void delete(long id, Instant now) {
        rows.delete(id, now, DeviceRepository::find, DeviceRepository::describe);
    }

    /** When a device of the year was last added or changed (a carried-over list keeps last year's times). */
    public Optional<Instant> lastChange(FiscalYear year) {
        return rows.lastChange(year);
    }

    /** The latest year before {@code year} that has any device. */
    public Optional<FiscalYear> latestBefore(FiscalYear year) {
        return rows.latestBefore(year);
    }

    /**
     * Copies a year's list into another year in one transaction, each device keeping the time it was last changed
     * (a list carried over and not looked at is not "updated this year"); one change-log entry says so.
     */
    public int copyYear(FiscalYear from, FiscalYear to, Instant now) {
        return rows.copyYear(from, to, now, """
                INSERT INTO device (fiscal_year, position, name, kind, location, maker, model, os, os_version,
                    role, vendor_id, remote_maintenance, support_end, last_update, administrator, note, changed_at)
                SELECT ?, position, name, kind, location, maker, model, os, os_version, role, vendor_id,
                    remote_maintenance, support_end, last_update, administrator, note, changed_at
                FROM device WHERE fiscal_year = ? ORDER BY position, id""");
    }

    private static Device insert(Connection c, Device d, Instant now, String what) throws SQLException {
        long id;
        try (PreparedStatement ps = c.prepareStatement("""
                INSERT INTO device (name, kind, location, maker, model, os, os_version, role, vendor_id,
                    remote_maintenance, support_end, last_update, administrator, note, changed_at, fiscal_year,
                    position)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,
                    (SELECT coalesce(max(position), 0) + 1 FROM device WHERE fiscal_year = ?))""",
                Statement.RETURN_GENERATED_KEYS)) {
            int i = bind(ps, d, 1);
            ps.setString(i++, now.toString());
            ps.setInt(i++, d.year().startYear());
            ps.setInt(i, d.year().startYear());
            ps.executeUpdate();
            try (ResultSet k = ps.getGeneratedKeys()) {
                k.next();
                id = k.getLong(1);
            }
        }
        Device stored = d.withIdAndYear(id, d.year());
        ChangeLog.append(c, now, "device:" + id, what, null, describe(stored));
        return stored;
    }

    private static int bind(PreparedStatement ps, Device d, int from) throws SQLException {
        int i = from;
        ps.setString(i++, d.name());
        ps.setString(i++, d.kind().name());
        ps.setString(i++, d.location());
        ps.setString(i++, d.maker());
        ps.setString(i++, d.model());
        ps.setString(i++, d.os());
        ps.setString(i++, d.osVersion());
        ps.setString(i++, d.role());
        if (d.vendorId() == null) {
            ps.setNull(i++, Types.INTEGER);
        } else {
            ps.setLong(i++, d.vendorId());
        }
        ps.setInt(i++, d.remoteMaintenance() ? 1 : 0);
        ps.setString(i++, d.supportEnd() == null ? null : d.supportEnd().toString());
        ps.setString(i++, d.lastUpdate() == null ? null : d.lastUpdate().toString());
        ps.setString(i++, d.administrator());
        ps.setString(i++, d.note());
        return i;
    }

    private static Optional<Device> find(Connection c, long id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM device WHERE id = ?")) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(row(rs)) : Optional.empty();
            }
        }
    }

    private static Device row(ResultSet rs) throws SQLException {
        long vendor = rs.getLong(11);
        Long vendorId = rs.wasNull() ? null : vendor;
        return new Device(rs.getLong(1), new FiscalYear(rs.getInt(2)), rs.getString(3),
                DeviceKind.valueOf(rs.getString(4)), rs.getString(5), rs.getString(6), rs.getString(7),
                rs.getString(8), rs.getString(9), rs.getString(10), vendorId, rs.getInt(12) == 1,
                date(rs.getString(13)), date(rs.getString(14)), rs.getString(15), rs.getString(16));
    }

    private static LocalDate date(String s) {
        return s == null ? null : LocalDate.parse(s);
    }

    private static String describe(Device d) {
        return String.join(" | ", d.name(), d.kind().label(), d.location(), d.makerModel(), d.osLine(), d.role(),
                d.vendorId() == null ? "" : "vendor:" + d.vendorId(), d.remoteMaintenance() ? "リモート保守あり" : "",
                d.supportEnd() == null ? "" : "サポート終了 " + d.supportEnd(),
                d.lastUpdate() == null ? "" : "更新 " + d.lastUpdate(), d.administrator(), d.note());
    }
}
