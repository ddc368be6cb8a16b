package jp.tenken.storage;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The schema scripts in the order they apply; the file's {@code PRAGMA user_version} is the count applied. Each
 * script runs in its own transaction, after the caller has copied the file aside.
 */
final class Migrations {
    static final List<String> SCRIPTS = List.of(
            "storage/migration/V001__workbook.sql",
            "storage/migration/V002__settings.sql",
            "storage/migration/V003__deep_check.sql",
            "storage/migration/V004__vendor_forms.sql",
            "storage/migration/V006__vendor_years.sql",
            // V005 reached main after V006: listed after it, so a file already at V006 (version 5) gets it next
            "storage/migration/V005__registers.sql",
            "storage/migration/V007__edition_moves.sql",
            "storage/migration/V009__final_year_locks.sql");

    private Migrations() {
    }

    static int latest() {
        return SCRIPTS.size();
    }

    /** Applies every script after {@code from}; {@code beforeUpgrade} runs first when an existing file is upgraded. */
    static void migrate(Connection connection, int from, Runnable beforeUpgrade) throws SQLException {
        if (from >= latest()) {
            return;
        }
        if (from > 0) {
            beforeUpgrade.run();
        }
        for (int v = from; v < latest(); v++) {
            String sql = script(SCRIPTS.get(v));
            connection.setAutoCommit(false);
            try (Statement s = connection.createStatement()) {
                for (String stmt : splitStatements(sql)) {
                    s.execute(stmt);
                }
                s.execute("PRAGMA user_version = " + (v + 1));
                connection.commit();
            } catch (SQLException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
        }
    }

    /** Splits a script on semicolons that end a line, keeping trigger bodies (BEGIN … END;) whole. */
    static List<String> splitStatements(String sql) {
        List<String> out = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        boolean inTrigger = false;
        for (String line : sql.split("\n")) {
            String t = line.strip();
            if (t.startsWith("--") || t.isEmpty()) {
                continue;
            }
            cur.append(line).append('\n');
            String upper = t.toUpperCase(Locale.ROOT);
            if (upper.startsWith("CREATE TRIGGER")) {
                inTrigger = true;
            }
            boolean ends = inTrigger ? upper.equals("END;") : t.endsWith(";");
            if (ends) {
                out.add(cur.toString());
                cur.setLength(0);
                inTrigger = false;
            }
        }
        if (!cur.toString().isBlank()) {
            out.add(cur.toString());
        }
        return out;
    }

    private static String script(String name) {
        try (InputStream in = Migrations.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("migration script missing: " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("migration script unreadable: " + name, e);
        }
    }
}
