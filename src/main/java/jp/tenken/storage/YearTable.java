package jp.tenken.storage;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Function;
import jp.tenken.domain.FiscalYear;

/**
 * What the per-year register tables (機器台帳 {@code device}, 連絡体制図 {@code contact}) do alike: when a year was last
 * changed, the latest earlier year with rows, a logged delete and a logged carry-over into another year. {@code table}
 * is one of the schema's own names, never user text; {@code entity} names the rows in the change log.
 */
record YearTable(Database db, String table, String entity) {

    /** Reads one row by id inside a transaction. */
    interface Finder<T> {
        Optional<T> find(Connection c, long id) throws SQLException;
    }

    /** When a row of the year was last added or changed (a carried-over list keeps last year's times). */
    Optional<Instant> lastChange(FiscalYear year) {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT max(changed_at) FROM " + table + " WHERE fiscal_year = ?")) {
                ps.setInt(1, year.startYear());
                try (ResultSet rs = ps.executeQuery()) {
                    String s = rs.next() ? rs.getString(1) : null;
                    return Optional.ofNullable(s).map(Instant::parse);
                }
            }
        });
    }

    /** The latest year before {@code year} that has any row. */
    Optional<FiscalYear> latestBefore(FiscalYear year) {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT max(fiscal_year) FROM " + table + " WHERE fiscal_year < ?")) {
                ps.setInt(1, year.startYear());
                try (ResultSet rs = ps.executeQuery()) {
                    int y = rs.next() ? rs.getInt(1) : 0;
                    return rs.wasNull() || y == 0 ? Optional.empty() : Optional.of(new FiscalYear(y));
                }
            }
        });
    }

    /** Removes a row, logging what it held. */
    <T> void delete(long id, Instant now, Finder<T> find, Function<T, String> describe) {
        db.inTransaction(c -> {
            T old = find.find(c, id).orElseThrow(() -> new IllegalArgumentException("no " + entity + " " + id));
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM " + table + " WHERE id = ?")) {
                ps.setLong(1, id);
                ps.executeUpdate();
            }
            ChangeLog.append(c, now, entity + ":" + id, "delete", describe.apply(old), null);
            return null;
        });
    }

    /**
     * Copies a year's rows into another year in one transaction with {@code insertSelect} (parameters: the target
     * year, then the source year), each row keeping when it was last changed; one change-log entry says so.
     */
    int copyYear(FiscalYear from, FiscalYear to, Instant now, String insertSelect) {
        return db.inTransaction(c -> {
            int n;
            try (PreparedStatement ps = c.prepareStatement(insertSelect)) {
                ps.setInt(1, to.startYear());
                ps.setInt(2, from.startYear());
                n = ps.executeUpdate();
            }
            ChangeLog.append(c, now, entity + "s:" + to.startYear(), "carry", from.label(),
                    to.label() + " (" + n + ")");
            return n;
        });
    }
}
