package jp.tenken.storage;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.Set;
import java.util.TreeSet;
import jp.tenken.domain.FiscalYear;

/**
 * The fiscal years finalised (年度を確定) after the 立入検査. The file itself refuses any change to a finalised
 * year's answers (a trigger, whoever writes), until the year is reopened; both steps are in the change log.
 */
public final class FinalYearRepository {
    private final Database db;

    public FinalYearRepository(Database db) {
        this.db = db;
    }

    public boolean isFinal(FiscalYear year) {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM final_year WHERE fiscal_year = ?")) {
                ps.setInt(1, year.startYear());
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next();
                }
            }
        });
    }

    /** The finalised years, oldest first. */
    public Set<FiscalYear> list() {
        return db.read(c -> {
            Set<FiscalYear> out = new TreeSet<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT fiscal_year FROM final_year");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new FiscalYear(rs.getInt(1)));
                }
            }
            return out;
        });
    }

    /** Finalises a year (nothing happens to one already final). */
    public void finalise(FiscalYear year, Instant now) {
        db.inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "INSERT INTO final_year (fiscal_year, finalised_at) VALUES (?, ?) ON CONFLICT DO NOTHING")) {
                ps.setInt(1, year.startYear());
                ps.setString(2, now.toString());
                if (ps.executeUpdate() == 1) {
                    ChangeLog.append(c, now, "year:" + year.startYear(), "finalise", null, year.label() + " 確定");
                }
            }
            return null;
        });
    }

    /** Opens a finalised year for changes again (nothing happens to one not final). */
    public void reopen(FiscalYear year, Instant now) {
        db.inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM final_year WHERE fiscal_year = ?")) {
                ps.setInt(1, year.startYear());
                if (ps.executeUpdate() == 1) {
                    ChangeLog.append(c, now, "year:" + year.startYear(), "reopen", year.label() + " 確定",
                            year.label() + " 確定解除");
                }
            }
            return null;
        });
    }
}
