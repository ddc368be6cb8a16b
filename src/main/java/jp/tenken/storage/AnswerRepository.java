package jp.tenken.storage;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import jp.tenken.domain.edition.RowKey;
import jp.tenken.domain.edition.Scope;
import jp.tenken.domain.year.Answer;
import jp.tenken.domain.year.AnswerValue;
import jp.tenken.domain.year.Round;

/** Answers of assessments. Each save is its own transaction with its change-log entry. */
public final class AnswerRepository {
    private final Database db;

    public AnswerRepository(Database db) {
        this.db = db;
    }

    public List<Answer> load(long assessmentId) {
        return db.read(c -> loadAll(c, assessmentId));
    }

    /** A form's answers, inside a transaction or read the caller owns. */
    static List<Answer> loadAll(Connection c, long assessmentId) throws SQLException {
        return query(c, """
                SELECT item_key, scope, round, value, checked_on, target_date, note, changed_at
                FROM answer WHERE assessment_id = ?
                """, assessmentId);
    }

    /** The answers a form had before an edition move (see {@link EditionMoveRepository}). */
    static List<Answer> loadKept(Connection c, long moveId) throws SQLException {
        return query(c, """
                SELECT item_key, scope, round, value, checked_on, target_date, note, changed_at
                FROM edition_move_answer WHERE move_id = ?
                """, moveId);
    }

    private static List<Answer> query(Connection c, String sql, long id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setLong(1, id);
            List<Answer> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(map(rs));
                }
            }
            return out;
        }
    }

    /** Puts answers back exactly as they were (their own save times), as an undone edition move does. */
    static void restoreAll(Connection c, long assessmentId, List<Answer> answers) throws SQLException {
        for (Answer a : answers) {
            try (PreparedStatement ps = c.prepareStatement("""
                    INSERT INTO answer (assessment_id, item_key, scope, round, value, checked_on, target_date, note,
                                        changed_at)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
                    """)) {
                bind(ps, assessmentId, a, a.changedAt());
                ps.executeUpdate();
            }
        }
    }

    /** Saves one answer (replacing the previous one of that row and round) and logs old → new. */
    public Answer save(long assessmentId, Answer a, Instant now) {
        saveAll(assessmentId, List.of(a), now);
        return a.withChangedAt(now);
    }

    /** Saves many answers in one transaction (import, carry-forward): all or nothing. */
    public void saveAll(long assessmentId, List<Answer> answers, Instant now) {
        db.inTransaction(c -> {
            writeAll(c, assessmentId, answers, now);
            return null;
        });
    }

    /** Writes answers, each with its change-log entry, inside a transaction the caller owns. */
    static void writeAll(Connection c, long assessmentId, List<Answer> answers, Instant now) throws SQLException {
        for (Answer a : answers) {
            Optional<Answer> old = find(c, assessmentId, a.row(), a.round());
            try (PreparedStatement ps = c.prepareStatement("""
                    INSERT INTO answer (assessment_id, item_key, scope, round, value, checked_on, target_date, note,
                                        changed_at)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
                    ON CONFLICT (assessment_id, item_key, scope, round) DO UPDATE SET
                        value = excluded.value, checked_on = excluded.checked_on,
                        target_date = excluded.target_date, note = excluded.note, changed_at = excluded.changed_at
                    """)) {
                bind(ps, assessmentId, a, now);
                ps.executeUpdate();
            }
            ChangeLog.append(c, now, "assessment:" + assessmentId,
                    "answer " + a.row().itemKey() + " " + a.row().scope().name() + " " + a.round().number(),
                    old.map(AnswerRepository::describe).orElse(null), describe(a));
        }
    }

    private static Optional<Answer> find(Connection c, long assessmentId, RowKey row, Round round) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("""
                SELECT item_key, scope, round, value, checked_on, target_date, note, changed_at
                FROM answer WHERE assessment_id = ? AND item_key = ? AND scope = ? AND round = ?
                """)) {
            ps.setLong(1, assessmentId);
            ps.setString(2, row.itemKey());
            ps.setString(3, row.scope().name());
            ps.setInt(4, round.number());
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(map(rs)) : Optional.empty();
            }
        }
    }

    /**
     * Sets an answer row's nine columns in table order (owner id, item_key, scope, round, value, checked_on,
     * target_date, note, changed_at): the answer table and the answers kept beside an edition move share them.
     */
    static void bind(PreparedStatement ps, long owner, Answer a, Instant changedAt) throws SQLException {
        ps.setLong(1, owner);
        ps.setString(2, a.row().itemKey());
        ps.setString(3, a.row().scope().name());
        ps.setInt(4, a.round().number());
        ps.setString(5, a.value().name());
        ps.setString(6, a.checkedOn() == null ? null : a.checkedOn().toString());
        ps.setString(7, a.targetDate() == null ? null : a.targetDate().toString());
        ps.setString(8, a.note());
        ps.setString(9, (changedAt == null ? Instant.EPOCH : changedAt).toString());
    }

    static String describe(Answer a) {
        return a.value().name() + " checked=" + a.checkedOn() + " target=" + a.targetDate()
                + (a.note().isEmpty() ? "" : " note=" + a.note());
    }

    private static Answer map(ResultSet rs) throws SQLException {
        String checked = rs.getString(5);
        String target = rs.getString(6);
        return new Answer(new RowKey(rs.getString(1), Scope.valueOf(rs.getString(2))), Round.of(rs.getInt(3)),
                AnswerValue.valueOf(rs.getString(4)), checked == null ? null : StoredTime.date(checked),
                target == null ? null : StoredTime.date(target), rs.getString(7), StoredTime.instant(rs.getString(8)));
    }
}
