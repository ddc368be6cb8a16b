package jp.tenken.storage;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import jp.tenken.domain.FiscalYear;
import jp.tenken.domain.guideline.DeepCheck;
import jp.tenken.domain.guideline.DeepCheckValue;

/** The deep self-check of each fiscal year. Each save is its own transaction with its change-log entry. */
public final class DeepCheckRepository {
    private final Database db;

    public DeepCheckRepository(Database db) {
        this.db = db;
    }

    /** Every saved answer of the year, in no particular order. */
    public List<DeepCheck> load(FiscalYear year) {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("""
                    SELECT clause_ref, value, note, changed_at FROM deep_check WHERE fiscal_year = ?
                    """)) {
                ps.setInt(1, year.startYear());
                List<DeepCheck> out = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(map(rs));
                    }
                }
                return out;
            }
        });
    }

    /** Saves one clause's answer (replacing the previous one of that year) and logs old → new. */
    public DeepCheck save(FiscalYear year, DeepCheck check, Instant now) {
        DeepCheck saved = new DeepCheck(check.clauseRef(), check.value(), check.note(), now);
        db.inTransaction(c -> {
            Optional<DeepCheck> old = find(c, year, check.clauseRef());
            try (PreparedStatement ps = c.prepareStatement("""
                    INSERT INTO deep_check (fiscal_year, clause_ref, value, note, changed_at) VALUES (?, ?, ?, ?, ?)
                    ON CONFLICT (fiscal_year, clause_ref) DO UPDATE SET
                        value = excluded.value, note = excluded.note, changed_at = excluded.changed_at
                    """)) {
                ps.setInt(1, year.startYear());
                ps.setString(2, check.clauseRef());
                ps.setString(3, check.value() == null ? null : check.value().name());
                ps.setString(4, check.note());
                ps.setString(5, now.toString());
                ps.executeUpdate();
            }
            ChangeLog.append(c, now, "deep-check:" + year.startYear(), "clause " + check.clauseRef(),
                    old.map(DeepCheckRepository::describe).orElse(null), describe(check));
            return null;
        });
        return saved;
    }

    private static Optional<DeepCheck> find(Connection c, FiscalYear year, String ref) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("""
                SELECT clause_ref, value, note, changed_at FROM deep_check WHERE fiscal_year = ? AND clause_ref = ?
                """)) {
            ps.setInt(1, year.startYear());
            ps.setString(2, ref);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(map(rs)) : Optional.empty();
            }
        }
    }

    private static String describe(DeepCheck d) {
        return (d.value() == null ? "UNANSWERED" : d.value().name()) + (d.note().isEmpty() ? "" : " note=" + d.note());
    }

    private static DeepCheck map(ResultSet rs) throws SQLException {
        String v = rs.getString(2);
        return new DeepCheck(rs.getString(1), v == null ? null : DeepCheckValue.valueOf(v), rs.getString(3),
                Instant.parse(rs.getString(4)));
    }
}
