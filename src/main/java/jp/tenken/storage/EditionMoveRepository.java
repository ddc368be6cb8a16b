package jp.tenken.storage;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import jp.tenken.domain.edition.RowKey;
import jp.tenken.domain.year.Answer;

/**
 * Moves of a year's form to another edition of the checklist: the form's edition is changed and its answers replaced
 * by those carried over, in one transaction, with every answer as it stood before kept beside the move (so an answer
 * the new edition has no row for is never lost, and the move can be undone).
 */
public final class EditionMoveRepository {
    private final Database db;

    /** A move not undone: when, from which edition to which, and the backup made before it. */
    public record Move(long id, long assessmentId, String fromEdition, String toEdition, Instant movedAt,
                       String backupFile) {
    }

    public EditionMoveRepository(Database db) {
        this.db = db;
    }

    /**
     * A form with no answer follows another edition: only its edition changes (and the change log says so). Refused
     * (false) when the form has answers by now.
     */
    public boolean follow(long assessmentId, String fromEdition, String toEdition, Instant now) {
        return db.inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement("""
                    UPDATE assessment SET edition_id = ?
                    WHERE id = ? AND edition_id = ? AND NOT EXISTS (SELECT 1 FROM answer WHERE assessment_id = ?)
                    """)) {
                ps.setString(1, toEdition);
                ps.setLong(2, assessmentId);
                ps.setString(3, fromEdition);
                ps.setLong(4, assessmentId);
                if (ps.executeUpdate() == 0) {
                    return false;
                }
            }
            ChangeLog.append(c, now, "assessment:" + assessmentId, "edition", fromEdition, toEdition);
            return true;
        });
    }

    /**
     * Moves a form to {@code toEdition}: keeps every answer as it stands (marking those in {@code carried}'s rows as
     * carried over), replaces the answers by {@code carried}, changes the edition, and logs each answer that could
     * not be carried over. All or nothing; returns the move's id.
     */
    public long move(long assessmentId, String fromEdition, String toEdition, List<Answer> carried,
                     Set<RowKey> carriedFrom, String backupFile, Instant now) {
        return db.inTransaction(c -> {
            long moveId = insertMove(c, assessmentId, fromEdition, toEdition, backupFile, now);
            List<Answer> before = AnswerRepository.loadAll(c, assessmentId);
            for (Answer a : before) {
                boolean kept = carriedFrom.contains(a.row());
                keepBefore(c, moveId, a, kept);
                if (!kept) {
                    ChangeLog.append(c, now, "assessment:" + assessmentId,
                            "not carried to " + toEdition + ": " + a.row().itemKey() + " " + a.row().scope().name()
                                    + " " + a.round().number(), AnswerRepository.describe(a), null);
                }
            }
            deleteAnswers(c, assessmentId);
            setEdition(c, assessmentId, fromEdition, toEdition);
            AnswerRepository.writeAll(c, assessmentId, carried, now);
            ChangeLog.append(c, now, "assessment:" + assessmentId, "move " + moveId, fromEdition,
                    toEdition + " (" + carried.size() + " carried, " + (before.size()) + " before)");
            return moveId;
        });
    }

    /** The form's last move that was not undone. */
    public Optional<Move> lastMove(long assessmentId) {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("""
                    SELECT id, assessment_id, from_edition, to_edition, moved_at, backup_file FROM edition_move
                    WHERE assessment_id = ? AND undone_at IS NULL ORDER BY id DESC LIMIT 1
                    """)) {
                ps.setLong(1, assessmentId);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(new Move(rs.getLong(1), rs.getLong(2), rs.getString(3),
                            rs.getString(4), Instant.parse(rs.getString(5)), rs.getString(6))) : Optional.empty();
                }
            }
        });
    }

    /** Every answer as it stood before a move, with whether it was carried over. */
    public List<Answer> before(long moveId) {
        return db.read(c -> AnswerRepository.loadKept(c, moveId));
    }

    /**
     * Undoes a move: the form's edition and answers become what they were before it (answers given since the move
     * are kept in the change log, as every change is). All or nothing.
     */
    public void undo(Move move, Instant now) {
        db.inTransaction(c -> {
            List<Answer> before = AnswerRepository.loadKept(c, move.id());
            for (Answer a : AnswerRepository.loadAll(c, move.assessmentId())) {
                ChangeLog.append(c, now, "assessment:" + move.assessmentId(),
                        "undo move " + move.id() + ": " + a.row().itemKey() + " " + a.row().scope().name() + " "
                                + a.round().number(), AnswerRepository.describe(a), null);
            }
            deleteAnswers(c, move.assessmentId());
            setEdition(c, move.assessmentId(), move.toEdition(), move.fromEdition());
            AnswerRepository.restoreAll(c, move.assessmentId(), before);
            try (PreparedStatement ps = c.prepareStatement("UPDATE edition_move SET undone_at = ? WHERE id = ?")) {
                ps.setString(1, now.toString());
                ps.setLong(2, move.id());
                ps.executeUpdate();
            }
            ChangeLog.append(c, now, "assessment:" + move.assessmentId(), "undo move " + move.id(),
                    move.toEdition(), move.fromEdition());
            return null;
        });
    }

    private static long insertMove(Connection c, long assessmentId, String from, String to, String backup,
                                   Instant now) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("""
                INSERT INTO edition_move (assessment_id, from_edition, to_edition, moved_at, backup_file)
                VALUES (?, ?, ?, ?, ?)
                """, Statement.RETURN_GENERATED_KEYS)) {
            ps.setLong(1, assessmentId);
            ps.setString(2, from);
            ps.setString(3, to);
            ps.setString(4, now.toString());
            ps.setString(5, backup);
            ps.executeUpdate();
            try (ResultSet k = ps.getGeneratedKeys()) {
                k.next();
                return k.getLong(1);
            }
        }
    }

    private static void keepBefore(Connection c, long moveId, Answer a, boolean carried) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("""
                INSERT INTO edition_move_answer (move_id, item_key, scope, round, value, checked_on, target_date,
                                                 note, changed_at, carried)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """)) {
            AnswerRepository.bind(ps, moveId, a, a.changedAt());
            ps.setInt(10, carried ? 1 : 0);
            ps.executeUpdate();
        }
    }

    private static void deleteAnswers(Connection c, long assessmentId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM answer WHERE assessment_id = ?")) {
            ps.setLong(1, assessmentId);
            ps.executeUpdate();
        }
    }

    private static void setEdition(Connection c, long assessmentId, String from, String to) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "UPDATE assessment SET edition_id = ? WHERE id = ? AND edition_id = ?")) {
            ps.setString(1, to);
            ps.setLong(2, assessmentId);
            ps.setString(3, from);
            if (ps.executeUpdate() != 1) {
                throw new SQLException("assessment " + assessmentId + " is not on edition " + from);
            }
        }
    }
}
