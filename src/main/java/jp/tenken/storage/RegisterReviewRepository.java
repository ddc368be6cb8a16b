package jp.tenken.storage;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import jp.tenken.domain.FiscalYear;

/** The day a register (DEVICES or CONTACTS) was looked over in a year and confirmed with nothing to change. */
public final class RegisterReviewRepository {
    private final Database db;

    public RegisterReviewRepository(Database db) {
        this.db = db;
    }

    public Optional<LocalDate> reviewedOn(FiscalYear year, String register) {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT reviewed_on FROM register_review WHERE fiscal_year = ? AND register = ?")) {
                ps.setInt(1, year.startYear());
                ps.setString(2, register);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(LocalDate.parse(rs.getString(1))) : Optional.empty();
                }
            }
        });
    }

    /** Records the review, logged in the change log. */
    public void review(FiscalYear year, String register, LocalDate on, Instant now) {
        db.inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement("""
                    INSERT INTO register_review (fiscal_year, register, reviewed_on) VALUES (?, ?, ?)
                    ON CONFLICT (fiscal_year, register) DO UPDATE SET reviewed_on = excluded.reviewed_on""")) {
                ps.setInt(1, year.startYear());
                ps.setString(2, register);
                ps.setString(3, on.toString());
                ps.executeUpdate();
            }
            ChangeLog.append(c, now, "register:" + register + ":" + year.startYear(), "review", null, on.toString());
            return null;
        });
    }
}
