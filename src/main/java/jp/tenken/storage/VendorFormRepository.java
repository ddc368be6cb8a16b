package jp.tenken.storage;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import jp.tenken.domain.FiscalYear;
import jp.tenken.domain.vendor.VendorForm;
import jp.tenken.domain.vendor.VendorFormStatus;

/**
 * The sending and return of each vendor's 事業者確認用 per fiscal year. Every change of status is logged; a
 * received form's answers and its new status are saved in one transaction.
 */
public final class VendorFormRepository {
    private static final String COLUMNS = "vendor_id, fiscal_year, status, sent_on, received_on, confirmed_on";
    private final Database db;

    public VendorFormRepository(Database db) {
        this.db = db;
    }

    /** The year's rows; a vendor without one has not been sent anything. */
    public List<VendorForm> list(FiscalYear year) {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT " + COLUMNS + " FROM vendor_form WHERE fiscal_year = ? ORDER BY vendor_id")) {
                ps.setInt(1, year.startYear());
                List<VendorForm> out = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(map(rs));
                    }
                }
                return out;
            }
        });
    }

    /** The vendor's form of the year (未送付 when nothing is recorded). */
    public VendorForm get(FiscalYear year, long vendorId) {
        return db.read(c -> find(c, year, vendorId)).orElse(VendorForm.notSent(vendorId, year));
    }

    /** Records the form as it now stands, logging old → new. */
    public VendorForm save(VendorForm form, Instant now) {
        return db.inTransaction(c -> {
            write(c, form, now);
            return form;
        });
    }

    static void write(Connection c, VendorForm form, Instant now) throws SQLException {
        Optional<VendorForm> old = find(c, form.year(), form.vendorId());
        try (PreparedStatement ps = c.prepareStatement("""
                INSERT INTO vendor_form (fiscal_year, vendor_id, status, sent_on, received_on, confirmed_on, changed_at)
                VALUES (?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (fiscal_year, vendor_id) DO UPDATE SET
                    status = excluded.status, sent_on = excluded.sent_on, received_on = excluded.received_on,
                    confirmed_on = excluded.confirmed_on, changed_at = excluded.changed_at
                """)) {
            ps.setInt(1, form.year().startYear());
            ps.setLong(2, form.vendorId());
            ps.setString(3, form.status().name());
            ps.setString(4, text(form.sentOn()));
            ps.setString(5, text(form.receivedOn()));
            ps.setString(6, text(form.confirmedOn()));
            ps.setString(7, now.toString());
            ps.executeUpdate();
        }
        ChangeLog.append(c, now, "vendor:" + form.vendorId(), "form " + form.year().startYear(),
                old.map(VendorFormRepository::describe).orElse(null), describe(form));
    }

    private static Optional<VendorForm> find(Connection c, FiscalYear year, long vendorId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT " + COLUMNS + " FROM vendor_form WHERE fiscal_year = ? AND vendor_id = ?")) {
            ps.setInt(1, year.startYear());
            ps.setLong(2, vendorId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(map(rs)) : Optional.empty();
            }
        }
    }

    private static String describe(VendorForm f) {
        return f.status().name() + " sent=" + f.sentOn() + " received=" + f.receivedOn() + " confirmed="
                + f.confirmedOn();
    }

    private static String text(LocalDate d) {
        return d == null ? null : d.toString();
    }

    private static LocalDate date(String s) {
        return s == null ? null : LocalDate.parse(s);
    }

    private static VendorForm map(ResultSet rs) throws SQLException {
        return new VendorForm(rs.getLong(1), new FiscalYear(rs.getInt(2)), VendorFormStatus.valueOf(rs.getString(3)),
                date(rs.getString(4)), date(rs.getString(5)), date(rs.getString(6)));
    }
}
