package jp.tenken.storage;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.Optional;

/** Settings that belong to the workbook itself (not to the PC), e.g. the facility's 参照パターン. */
public final class SettingRepository {
    private final Database db;

    public SettingRepository(Database db) {
        this.db = db;
    }

    public Optional<String> get(String key) {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT value FROM workbook_setting WHERE key = ?")) {
                ps.setString(1, key);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
                }
            }
        });
    }

    public void put(String key, String value, Instant now) {
        Optional<String> old = get(key);
        db.inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement("""
                    INSERT INTO workbook_setting (key, value) VALUES (?, ?)
                    ON CONFLICT (key) DO UPDATE SET value = excluded.value
                    """)) {
                ps.setString(1, key);
                ps.setString(2, value);
                ps.executeUpdate();
            }
            ChangeLog.append(c, now, "setting", key, old.orElse(null), value);
            return null;
        });
    }
}
