package jp.tenken.storage;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** The append-only history of the workbook: every change, written in the same transaction as the change. */
public final class ChangeLog {

    /** One logged change. */
    public record Entry(Instant at, String entity, String what, String oldValue, String newValue) {
    }

    private final Database db;

    public ChangeLog(Database db) {
        this.db = db;
    }

    static void append(Connection c, Instant at, String entity, String what, String oldValue, String newValue)
            throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("""
                INSERT INTO change_log (at, entity, what, old_value, new_value) VALUES (?, ?, ?, ?, ?)
                """)) {
            ps.setString(1, at.toString());
            ps.setString(2, entity);
            ps.setString(3, what);
            ps.setString(4, oldValue);
            ps.setString(5, newValue);
            ps.executeUpdate();
        }
    }

    /** The newest {@code limit} entries, newest first. */
    public List<Entry> recent(int limit) {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("""
                    SELECT at, entity, what, old_value, new_value FROM change_log ORDER BY id DESC LIMIT ?
                    """)) {
                ps.setInt(1, limit);
                List<Entry> out = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(new Entry(Instant.parse(rs.getString(1)), rs.getString(2), rs.getString(3),
                                rs.getString(4), rs.getString(5)));
                    }
                }
                return out;
            }
        });
    }

    public int count() {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT count(*) FROM change_log");
                 ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getInt(1) : 0;
            }
        });
    }
}
