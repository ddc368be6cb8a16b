package jp.tenken.storage;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import jp.tenken.domain.FiscalYear;
import org.sqlite.SQLiteConfig;

/**
 * Looks into a copy of a workbook without changing it (a read-only connection): what it holds — each fiscal year
 * with its count of answers given — and its {@link ContentFingerprint}. A copy that is not a readable Tenken
 * workbook has no contents.
 */
final class BackupReader {
    private BackupReader() {
    }

    /** The fiscal years a copy holds with their answers (はい or いいえ given), oldest first; empty if unreadable. */
    static Optional<List<Backups.YearAnswers>> contents(Path copy) {
        return readOurs(copy, c -> {
            List<Backups.YearAnswers> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("""
                    SELECT a.fiscal_year, count(x.item_key)
                      FROM assessment a
                      LEFT JOIN answer x ON x.assessment_id = a.id AND x.value IN ('YES', 'NO')
                     GROUP BY a.fiscal_year ORDER BY a.fiscal_year
                    """); ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new Backups.YearAnswers(new FiscalYear(rs.getInt(1)), rs.getInt(2)));
                }
            }
            return out;
        });
    }

    /** The copy's content fingerprint; empty if it cannot be read as a Tenken workbook. */
    static Optional<String> fingerprint(Path copy) {
        return readOurs(copy, ContentFingerprint::of);
    }

    private static <T> Optional<T> readOurs(Path copy, Database.SqlWork<T> work) {
        if (!Files.isRegularFile(copy)) {
            return Optional.empty();
        }
        SQLiteConfig config = new SQLiteConfig();
        config.setReadOnly(true);
        try (Connection c = WorkbookConnector.open(copy, config.toProperties())) {
            if (Database.intPragma(c, "application_id") != Database.APPLICATION_ID) {
                return Optional.empty();
            }
            return Optional.ofNullable(work.run(c));
        } catch (SQLException | RuntimeException e) {
            return Optional.empty();
        }
    }
}
