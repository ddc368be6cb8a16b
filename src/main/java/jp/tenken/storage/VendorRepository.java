package jp.tenken.storage;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;
import jp.tenken.domain.FiscalYear;
import jp.tenken.domain.vendor.ContractPeriod;
import jp.tenken.domain.vendor.Vendor;

/**
 * The vendors (事業者) of the facility, each as it stood in every fiscal year: a change made in one year holds from
 * that year until the vendor's next change, so earlier years keep the name, systems and contract they had. A vendor
 * is listed from the year it was added in on; one added without a year (older files' way) is listed in every year.
 */
public final class VendorRepository {
    /** The {@code from_year} of a vendor listed in every year. */
    static final int ALWAYS = 0;
    private static final String IN_YEAR = """
            SELECT y.vendor_id, y.name, y.systems, y.contact, y.contracted FROM vendor_year y
            WHERE y.from_year = (SELECT max(z.from_year) FROM vendor_year z WHERE z.vendor_id = y.vendor_id
                                 AND z.from_year <= ?)
            ORDER BY y.vendor_id
            """;
    private final Database db;

    public VendorRepository(Database db) {
        this.db = db;
    }

    /** Every vendor as it stands now (as changed last), whatever the year. */
    public List<Vendor> list() {
        return listAt(Integer.MAX_VALUE);
    }

    /** The vendors listed in a fiscal year, each as it stood in that year. */
    public List<Vendor> list(FiscalYear year) {
        return listAt(year.startYear());
    }

    private List<Vendor> listAt(int year) {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement(IN_YEAR)) {
                ps.setInt(1, year);
                List<Vendor> out = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(map(rs));
                    }
                }
                return out;
            }
        });
    }

    /** Adds a vendor listed in every fiscal year, as files made before vendors had years did. */
    public Vendor add(String name, String systems, String contact, boolean contracted, Instant now) {
        return insert(ALWAYS, name, systems, contact, contracted, now);
    }

    /** Adds a vendor listed from {@code from} on; the years before it do not show it. */
    public Vendor add(FiscalYear from, String name, String systems, String contact, boolean contracted, Instant now) {
        return insert(from.startYear(), name, systems, contact, contracted, now);
    }

    private Vendor insert(int from, String name, String systems, String contact, boolean contracted, Instant now) {
        return db.inTransaction(c -> {
            long id;
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO vendor (created_at) VALUES (?)",
                    Statement.RETURN_GENERATED_KEYS)) {
                ps.setString(1, now.toString());
                ps.executeUpdate();
                try (ResultSet k = ps.getGeneratedKeys()) {
                    k.next();
                    id = k.getLong(1);
                }
            }
            Vendor v = new Vendor(id, name, systems, contact, contracted);
            write(c, from, v, now);
            ChangeLog.append(c, now, "vendor:" + id, "add", null,
                    from == ALWAYS ? name : name + " (" + new FiscalYear(from).label() + "から)");
            return v;
        });
    }

    /** The vendor as it stands now. */
    public Optional<Vendor> find(long id) {
        return list().stream().filter(v -> v.id() == id).findFirst();
    }

    /** The vendor as it stood in a fiscal year; empty when it is not listed in that year. */
    public Optional<Vendor> find(long id, FiscalYear year) {
        return list(year).stream().filter(v -> v.id() == id).findFirst();
    }

    /**
     * Changes a vendor's name, systems, contact or contract from {@code year} on, logging old → new: the years before
     * keep what they had, and a later year changed on its own keeps its own.
     *
     * @throws IllegalArgumentException when the vendor is not listed in {@code year}
     */
    public Vendor update(FiscalYear year, Vendor vendor, Instant now) {
        return db.inTransaction(c -> {
            Vendor old;
            try (PreparedStatement ps = c.prepareStatement(IN_YEAR.replace("ORDER BY", "AND y.vendor_id = ? ORDER BY"))) {
                ps.setInt(1, year.startYear());
                ps.setLong(2, vendor.id());
                try (ResultSet rs = ps.executeQuery()) {
                    if (!rs.next()) {
                        throw new IllegalArgumentException("no vendor " + vendor.id() + " in " + year);
                    }
                    old = map(rs);
                }
            }
            write(c, year.startYear(), vendor, now);
            ChangeLog.append(c, now, "vendor:" + vendor.id(), "update", describe(old),
                    describe(vendor) + " (" + year.label() + "から)");
            return vendor;
        });
    }

    /** Each vendor's 契約期間, by vendor id. */
    public Map<Long, ContractPeriod> contracts() {
        return db.read(c -> {
            Map<Long, NavigableMap<Integer, Boolean>> rows = new HashMap<>();
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT vendor_id, from_year, contracted FROM vendor_year ORDER BY vendor_id, from_year");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    rows.computeIfAbsent(rs.getLong(1), k -> new TreeMap<>()).put(rs.getInt(2), rs.getInt(3) == 1);
                }
            }
            Map<Long, ContractPeriod> out = new HashMap<>();
            rows.forEach((id, years) -> out.put(id, ContractPeriod.of(years)));
            return out;
        });
    }

    private static void write(Connection c, int from, Vendor v, Instant now) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("""
                INSERT INTO vendor_year (vendor_id, from_year, name, systems, contact, contracted, changed_at)
                VALUES (?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (vendor_id, from_year) DO UPDATE SET name = excluded.name, systems = excluded.systems,
                    contact = excluded.contact, contracted = excluded.contracted, changed_at = excluded.changed_at
                """)) {
            ps.setLong(1, v.id());
            ps.setInt(2, from);
            ps.setString(3, v.name());
            ps.setString(4, v.systems());
            ps.setString(5, v.contact());
            ps.setInt(6, v.contracted() ? 1 : 0);
            ps.setString(7, now.toString());
            ps.executeUpdate();
        }
    }

    private static Vendor map(ResultSet rs) throws SQLException {
        return new Vendor(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getInt(5) == 1);
    }

    private static String describe(Vendor v) {
        return v.name() + " | " + v.systems() + " | " + v.contact() + " | " + (v.contracted() ? "契約あり" : "契約なし");
    }
}
