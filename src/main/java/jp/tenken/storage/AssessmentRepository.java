package jp.tenken.storage;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import jp.tenken.domain.FiscalYear;
import jp.tenken.domain.edition.FormKind;
import jp.tenken.domain.vendor.VendorForm;
import jp.tenken.domain.year.Answer;
import jp.tenken.domain.year.Assessment;

/** Assessments: one form of one edition per fiscal year, for the facility or one vendor. */
public final class AssessmentRepository {
    private static final String COLUMNS = "id, fiscal_year, edition_id, form, vendor_id";
    private final Database db;

    public AssessmentRepository(Database db) {
        this.db = db;
    }

    public List<Assessment> list() {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT " + COLUMNS + " FROM assessment ORDER BY fiscal_year DESC, form, vendor_id");
                 ResultSet rs = ps.executeQuery()) {
                List<Assessment> out = new ArrayList<>();
                while (rs.next()) {
                    out.add(map(rs));
                }
                return out;
            }
        });
    }

    public Optional<Assessment> find(FiscalYear year, FormKind form, Long vendorId) {
        return db.read(c -> find(c, year, form, vendorId));
    }

    private static Optional<Assessment> find(java.sql.Connection c, FiscalYear year, FormKind form, Long vendorId)
            throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS
                + " FROM assessment WHERE fiscal_year = ? AND form = ? AND coalesce(vendor_id, 0) = ?")) {
            ps.setInt(1, year.startYear());
            ps.setString(2, form.name());
            ps.setLong(3, vendorId == null ? 0 : vendorId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(map(rs)) : Optional.empty();
            }
        }
    }

    /** Returns the year's assessment of that form, creating it (in its own transaction) when absent. */
    public Assessment findOrCreate(FiscalYear year, String editionId, FormKind form, Long vendorId, Instant now) {
        Optional<Assessment> found = find(year, form, vendorId);
        if (found.isPresent()) {
            return found.get();
        }
        return db.inTransaction(c -> insert(c, year, editionId, form, vendorId, now));
    }

    /**
     * Takes in a form read from a file: starts the year's assessment if needed, writes the answers (each with its
     * change-log entry) and, for a vendor's form, its new status — all in one transaction, or nothing.
     *
     * @return the assessment the answers went to
     */
    public Assessment importForm(FiscalYear year, String editionId, FormKind kind, Long vendorId,
                                 List<Answer> answers, VendorForm vendorForm, String sourceFile, Instant now) {
        return db.inTransaction(c -> {
            Assessment a = findOrInsert(c, year, editionId, kind, vendorId, now);
            if (!a.editionId().equals(editionId)) {
                throw new IllegalStateException("assessment " + a.id() + " is on edition " + a.editionId());
            }
            AnswerRepository.writeAll(c, a.id(), answers, now);
            ChangeLog.append(c, now, "assessment:" + a.id(), "import", null,
                    sourceFile + " (" + answers.size() + " answers)");
            if (vendorForm != null) {
                VendorFormRepository.write(c, vendorForm, now);
            }
            return a;
        });
    }

    /** Finds or inserts the assessment inside a transaction the caller owns. */
    static Assessment findOrInsert(java.sql.Connection c, FiscalYear year, String editionId, FormKind form,
                                   Long vendorId, Instant now) throws SQLException {
        Optional<Assessment> found = find(c, year, form, vendorId);
        return found.isPresent() ? found.get() : insert(c, year, editionId, form, vendorId, now);
    }

    private static Assessment insert(java.sql.Connection c, FiscalYear year, String editionId, FormKind form,
                                     Long vendorId, Instant now) throws SQLException {
        {
            long id;
            try (PreparedStatement ps = c.prepareStatement("""
                    INSERT INTO assessment (fiscal_year, edition_id, form, vendor_id, created_at) VALUES (?, ?, ?, ?, ?)
                    """, Statement.RETURN_GENERATED_KEYS)) {
                ps.setInt(1, year.startYear());
                ps.setString(2, editionId);
                ps.setString(3, form.name());
                if (vendorId == null) {
                    ps.setNull(4, java.sql.Types.INTEGER);
                } else {
                    ps.setLong(4, vendorId);
                }
                ps.setString(5, now.toString());
                ps.executeUpdate();
                try (ResultSet k = ps.getGeneratedKeys()) {
                    k.next();
                    id = k.getLong(1);
                }
            }
            ChangeLog.append(c, now, "assessment:" + id, "start", null,
                    year.startYear() + " " + editionId + " " + form.name() + (vendorId == null ? "" : " vendor " + vendorId));
            return new Assessment(id, year, editionId, form, vendorId);
        }
    }

    private static Assessment map(ResultSet rs) throws SQLException {
        long vendor = rs.getLong(5);
        Long vendorId = rs.wasNull() ? null : vendor;
        return new Assessment(rs.getLong(1), new FiscalYear(rs.getInt(2)), rs.getString(3),
                FormKind.valueOf(rs.getString(4)), vendorId);
    }
}
