package jp.tenken.storage;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import jp.tenken.domain.FiscalYear;
import jp.tenken.domain.register.DeviceUpkeep;
import jp.tenken.domain.register.UpkeepChoice.TwoFactor;
import jp.tenken.domain.register.UpkeepChoice.UpdatesBy;
import jp.tenken.domain.register.UpkeepChoice.WrittenIn;

/**
 * What guideline 第7.0版 asks per device of a year's 機器台帳 (server by chart processing, security-update contract,
 * 二要素認証), one row per device beside the {@code device} table; every change in the change log, a finalised
 * year refused by the file.
 */
public final class DeviceUpkeepRepository {
    private static final String COLUMNS = """
            device_id, chart_processing, updates_by, written_in, clause, two_factor, two_factor_by""";

    private final Database db;

    public DeviceUpkeepRepository(Database db) {
        this.db = db;
    }

    /** What is recorded for the year's devices, by device id (a device with nothing recorded is absent). */
    public Map<Long, DeviceUpkeep> list(FiscalYear year) {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT " + COLUMNS + " FROM device_upkeep WHERE fiscal_year = ?")) {
                ps.setInt(1, year.startYear());
                Map<Long, DeviceUpkeep> out = new HashMap<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        DeviceUpkeep u = row(rs);
                        out.put(u.deviceId(), u);
                    }
                }
                return out;
            }
        });
    }

    /** Stores what is recorded for one device of {@code year}, logging old → new. */
    public DeviceUpkeep save(DeviceUpkeep u, FiscalYear year, Instant now) {
        return db.inTransaction(c -> {
            Optional<DeviceUpkeep> old = find(c, u.deviceId());
            try (PreparedStatement ps = c.prepareStatement("""
                    INSERT INTO device_upkeep (device_id, fiscal_year, chart_processing, updates_by, written_in, clause,
                        two_factor, two_factor_by, changed_at)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
                    ON CONFLICT (device_id) DO UPDATE SET chart_processing = excluded.chart_processing,
                        updates_by = excluded.updates_by, written_in = excluded.written_in, clause = excluded.clause,
                        two_factor = excluded.two_factor, two_factor_by = excluded.two_factor_by,
                        changed_at = excluded.changed_at""")) {
                ps.setLong(1, u.deviceId());
                ps.setInt(2, year.startYear());
                ps.setInt(3, u.chartProcessing() ? 1 : 0);
                ps.setString(4, u.updatesBy().name());
                ps.setString(5, u.writtenIn().name());
                ps.setString(6, u.clause());
                ps.setString(7, u.twoFactor().name());
                ps.setString(8, u.twoFactorBy() == null ? null : u.twoFactorBy().toString());
                ps.setString(9, now.toString());
                ps.executeUpdate();
            }
            ChangeLog.append(c, now, "device-upkeep:" + u.deviceId(), old.isPresent() ? "update" : "add",
                    old.map(DeviceUpkeepRepository::describe).orElse(null), describe(u));
            return u;
        });
    }

    /**
     * Carries what was recorded for last year's devices to the same devices carried into {@code to} (same place in
     * the list, same name), for devices with nothing recorded there yet; one change-log entry says how many.
     */
    public int copyYear(FiscalYear from, FiscalYear to, Instant now) {
        return db.inTransaction(c -> {
            int n;
            try (PreparedStatement ps = c.prepareStatement("""
                    INSERT INTO device_upkeep (device_id, fiscal_year, chart_processing, updates_by, written_in, clause,
                        two_factor, two_factor_by, changed_at)
                    SELECT nd.id, nd.fiscal_year, u.chart_processing, u.updates_by, u.written_in, u.clause,
                        u.two_factor, u.two_factor_by, u.changed_at
                    FROM device nd
                    JOIN device od ON od.fiscal_year = ? AND od.position = nd.position AND od.name = nd.name
                    JOIN device_upkeep u ON u.device_id = od.id
                    WHERE nd.fiscal_year = ?
                      AND NOT EXISTS (SELECT 1 FROM device_upkeep x WHERE x.device_id = nd.id)""")) {
                ps.setInt(1, from.startYear());
                ps.setInt(2, to.startYear());
                n = ps.executeUpdate();
            }
            if (n > 0) {
                ChangeLog.append(c, now, "device-upkeeps:" + to.startYear(), "carry", from.label(),
                        to.label() + " (" + n + ")");
            }
            return n;
        });
    }

    private static Optional<DeviceUpkeep> find(Connection c, long deviceId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT " + COLUMNS + " FROM device_upkeep WHERE device_id = ?")) {
            ps.setLong(1, deviceId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(row(rs)) : Optional.empty();
            }
        }
    }

    private static DeviceUpkeep row(ResultSet rs) throws SQLException {
        String by = rs.getString(7);
        return new DeviceUpkeep(rs.getLong(1), rs.getInt(2) == 1, UpdatesBy.valueOf(rs.getString(3)),
                WrittenIn.valueOf(rs.getString(4)), rs.getString(5), TwoFactor.valueOf(rs.getString(6)),
                by == null ? null : LocalDate.parse(by));
    }

    private static String describe(DeviceUpkeep u) {
        return String.join(" | ", u.chartProcessing() ? "カルテ処理完結PC" : "", "更新:" + u.updatesBy().name(),
                "記載:" + u.writtenIn().name(), u.clause(), "二要素:" + u.twoFactor().name(),
                u.twoFactorBy() == null ? "" : u.twoFactorBy().toString());
    }
}
