package jp.tenken.storage;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.Optional;
import jp.tenken.domain.year.Facility;
import jp.tenken.domain.year.FacilityKind;

/** The facility a workbook belongs to (one row). */
public final class FacilityRepository {
    private final Database db;

    public FacilityRepository(Database db) {
        this.db = db;
    }

    public Optional<Facility> get() {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT name, kind FROM facility WHERE id = 1");
                 ResultSet rs = ps.executeQuery()) {
                return rs.next()
                        ? Optional.of(new Facility(rs.getString(1), FacilityKind.valueOf(rs.getString(2))))
                        : Optional.empty();
            }
        });
    }

    public void save(Facility f, Instant now) {
        Optional<Facility> old = get();
        db.inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement("""
                    INSERT INTO facility (id, name, kind, changed_at) VALUES (1, ?, ?, ?)
                    ON CONFLICT (id) DO UPDATE SET name = excluded.name, kind = excluded.kind,
                                                   changed_at = excluded.changed_at
                    """)) {
                ps.setString(1, f.name());
                ps.setString(2, f.kind().name());
                ps.setString(3, now.toString());
                ps.executeUpdate();
            }
            ChangeLog.append(c, now, "facility", "facility",
                    old.map(o -> o.name() + " / " + o.kind().label()).orElse(null), f.name() + " / " + f.kind().label());
            return null;
        });
    }
}
