package jp.tenken.storage;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import jp.tenken.domain.FiscalYear;
import jp.tenken.domain.register.Contact;
import jp.tenken.domain.register.ContactGroup;

/**
 * The boxes of each fiscal year's 連絡体制図 the clinic fills in (its own people and the outside bodies); the
 * vendors' boxes come from the vendors list and are not stored here. Every change is in the change log.
 */
public final class ContactRepository {
    private final Database db;
    private final YearTable rows;

    public ContactRepository(Database db) {
        this.db = db;
        this.rows = new YearTable(db, "contact", "contact");
    }

    /** The year's stored boxes, inside first, each group in its order. */
    public List<Contact> list(FiscalYear year) {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("""
                    SELECT id, fiscal_year, grp, position, role, name, phone, other, note FROM contact
                    WHERE fiscal_year = ? ORDER BY grp DESC, position, id""")) {
                ps.setInt(1, year.startYear());
                List<Contact> out = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(new Contact(rs.getLong(1), new FiscalYear(rs.getInt(2)),
                                ContactGroup.valueOf(rs.getString(3)), rs.getInt(4), rs.getString(5),
                                rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9)));
                    }
                }
                return out;
            }
        });
    }

    /** Stores boxes not yet stored (id 0) in one transaction, logged with {@code what} and {@code source}. */
    public List<Contact> addAll(List<Contact> contacts, String what, String source, Instant now) {
        return db.inTransaction(c -> {
            List<Contact> out = new ArrayList<>();
            for (Contact k : contacts) {
                out.add(insert(c, k, now, what));
            }
            ChangeLog.append(c, now, "contacts", what, null, source + " (" + contacts.size() + ")");
            return out;
        });
    }

    /** Adds one box, or changes a stored one (logging old → new). */
    public Contact save(Contact k, Instant now) {
        if (k.group() == ContactGroup.VENDOR) {
            throw new IllegalArgumentException("a vendor's contact is kept in the vendors list");
        }
        return db.inTransaction(c -> {
            if (k.id() == 0) {
                return insert(c, k, now, "add");
            }
            Contact old = find(c, k.id()).orElseThrow(() -> new IllegalArgumentException("no contact " + k.id()));
            try (PreparedStatement ps = c.prepareStatement("""
                    UPDATE contact SET position = ?, role = ?, name = ?, phone = ?, other = ?, note = ?, changed_at = ?
                    WHERE id = ?""")) {
                ps.setInt(1, k.position());
                ps.setString(2, k.role());
                ps.setString(3, k.name());
                ps.setString(4, k.phone());
                ps.setString(5, k.other());
                ps.setString(6, k.note());
                ps.setString(7, now.toString());
                ps.setLong(8, k.id());
                ps.executeUpdate();
            }
            ChangeLog.append(c, now, "contact:" + k.id(), "update", describe(old), describe(k));
            return k;
        });
    }

    /** Removes a box, logging what it held. */
    public void delete(long id, Instant now) {
        rows.delete(id, now, ContactRepository::find, ContactRepository::describe);
    }

    /** When a box of the year was last added or changed (a carried-over list keeps last year's times). */
    public Optional<Instant> lastChange(FiscalYear year) {
        return rows.lastChange(year);
    }

    /** The latest year before {@code year} that has any box. */
    public Optional<FiscalYear> latestBefore(FiscalYear year) {
        return rows.latestBefore(year);
    }

    /** Copies a year's boxes into another year in one transaction, keeping when each was last changed. */
    public int copyYear(FiscalYear from, FiscalYear to, Instant now) {
        return rows.copyYear(from, to, now, """
                INSERT INTO contact (fiscal_year, grp, position, role, name, phone, other, note, changed_at)
                SELECT ?, grp, position, role, name, phone, other, note, changed_at
                FROM contact WHERE fiscal_year = ? ORDER BY grp DESC, position, id""");
    }

    private static Contact insert(Connection c, Contact k, Instant now, String what) throws SQLException {
        long id;
        try (PreparedStatement ps = c.prepareStatement("""
                INSERT INTO contact (fiscal_year, grp, position, role, name, phone, other, note, changed_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""", Statement.RETURN_GENERATED_KEYS)) {
            ps.setInt(1, k.year().startYear());
            ps.setString(2, k.group().name());
            ps.setInt(3, k.position());
            ps.setString(4, k.role());
            ps.setString(5, k.name());
            ps.setString(6, k.phone());
            ps.setString(7, k.other());
            ps.setString(8, k.note());
            ps.setString(9, now.toString());
            ps.executeUpdate();
            try (ResultSet keys = ps.getGeneratedKeys()) {
                keys.next();
                id = keys.getLong(1);
            }
        }
        Contact stored = k.withIdAndYear(id, k.year());
        ChangeLog.append(c, now, "contact:" + id, what, null, describe(stored));
        return stored;
    }

    private static Optional<Contact> find(Connection c, long id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("""
                SELECT id, fiscal_year, grp, position, role, name, phone, other, note FROM contact WHERE id = ?""")) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                return Optional.of(new Contact(rs.getLong(1), new FiscalYear(rs.getInt(2)),
                        ContactGroup.valueOf(rs.getString(3)), rs.getInt(4), rs.getString(5), rs.getString(6),
                        rs.getString(7), rs.getString(8), rs.getString(9)));
            }
        }
    }

    private static String describe(Contact k) {
        return String.join(" | ", k.group().label(), k.role(), k.name(), k.phone(), k.other(), k.note());
    }
}
