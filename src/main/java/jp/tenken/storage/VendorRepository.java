package jp.tenken.storage;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import jp.tenken.domain.Vendor;

/** The vendors (事業者) of the facility. */
public final class VendorRepository {
    private final Database db;

    public VendorRepository(Database db) {
        this.db = db;
    }

    public List<Vendor> list() {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT id, name, systems, contact, contracted FROM vendor ORDER BY id");
                 ResultSet rs = ps.executeQuery()) {
                List<Vendor> out = new ArrayList<>();
                while (rs.next()) {
                    out.add(new Vendor(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                            rs.getInt(5) == 1));
                }
                return out;
            }
        });
    }

    public Vendor add(String name, String systems, String contact, boolean contracted, Instant now) {
        return db.inTransaction(c -> {
            long id;
            try (PreparedStatement ps = c.prepareStatement("""
                    INSERT INTO vendor (name, systems, contact, contracted, created_at) VALUES (?, ?, ?, ?, ?)
                    """, Statement.RETURN_GENERATED_KEYS)) {
                ps.setString(1, name);
                ps.setString(2, systems);
                ps.setString(3, contact);
                ps.setInt(4, contracted ? 1 : 0);
                ps.setString(5, now.toString());
                ps.executeUpdate();
                try (ResultSet k = ps.getGeneratedKeys()) {
                    k.next();
                    id = k.getLong(1);
                }
            }
            ChangeLog.append(c, now, "vendor:" + id, "add", null, name);
            return new Vendor(id, name, systems, contact, contracted);
        });
    }

    public Optional<Vendor> find(long id) {
        return list().stream().filter(v -> v.id() == id).findFirst();
    }

    /** Changes a vendor's name, systems, contact or contract, logging old → new. */
    public Vendor update(Vendor vendor, Instant now) {
        return db.inTransaction(c -> {
            Vendor old;
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT id, name, systems, contact, contracted FROM vendor WHERE id = ?")) {
                ps.setLong(1, vendor.id());
                try (ResultSet rs = ps.executeQuery()) {
                    if (!rs.next()) {
                        throw new IllegalArgumentException("no vendor " + vendor.id());
                    }
                    old = new Vendor(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getInt(5) == 1);
                }
            }
            try (PreparedStatement ps = c.prepareStatement("""
                    UPDATE vendor SET name = ?, systems = ?, contact = ?, contracted = ? WHERE id = ?
                    """)) {
                ps.setString(1, vendor.name());
                ps.setString(2, vendor.systems());
                ps.setString(3, vendor.contact());
                ps.setInt(4, vendor.contracted() ? 1 : 0);
                ps.setLong(5, vendor.id());
                ps.executeUpdate();
            }
            ChangeLog.append(c, now, "vendor:" + vendor.id(), "update", describe(old), describe(vendor));
            return vendor;
        });
    }

    private static String describe(Vendor v) {
        return v.name() + " | " + v.systems() + " | " + v.contact() + " | " + (v.contracted() ? "契約あり" : "契約なし");
    }
}
