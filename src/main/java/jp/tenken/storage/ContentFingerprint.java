package jp.tenken.storage;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * SHA-256 of a canonical dump of a workbook: the schema version, then every table by name with its rows sorted by
 * all their columns, each value tagged with its type. Two files hold the same answers, history and settings exactly
 * when their fingerprints match, whatever their page layout — so a copy made by {@code VACUUM INTO} has the
 * fingerprint of the workbook it was made from, and a backup is only made when this differs from the last one.
 */
final class ContentFingerprint {
    private ContentFingerprint() {
    }

    static String of(Connection c) throws SQLException {
        MessageDigest digest = sha256();
        update(digest, "user_version=" + Database.intPragma(c, "user_version"));
        update(digest, "application_id=" + Database.intPragma(c, "application_id"));
        for (String table : tables(c)) {
            update(digest, "table:" + table);
            digestRows(c, table, digest);
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    private static List<String> tables(Connection c) throws SQLException {
        List<String> out = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("""
                SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name
                """)) {
            while (rs.next()) {
                out.add(rs.getString(1));
            }
        }
        return out;
    }

    private static void digestRows(Connection c, String table, MessageDigest digest) throws SQLException {
        String quoted = "\"" + table.replace("\"", "\"\"") + "\"";
        int columns;
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT * FROM " + quoted + " LIMIT 0")) {
            columns = rs.getMetaData().getColumnCount();
        }
        StringBuilder order = new StringBuilder();
        for (int i = 1; i <= columns; i++) {
            order.append(i == 1 ? "" : ", ").append(i);
        }
        try (PreparedStatement ps = c.prepareStatement("SELECT * FROM " + quoted + " ORDER BY " + order);
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                for (int i = 1; i <= columns; i++) {
                    update(digest, tagged(rs.getObject(i)));
                }
                update(digest, "\n");
            }
        }
    }

    private static String tagged(Object v) {
        if (v == null) {
            return "N";
        }
        if (v instanceof byte[] bytes) {
            return "B" + HexFormat.of().formatHex(bytes);
        }
        return v.getClass().getSimpleName().charAt(0) + String.valueOf(v);
    }

    private static void update(MessageDigest digest, String value) {
        byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
        digest.update(ByteBuffer.allocate(4).putInt(bytes.length).array());
        digest.update(bytes);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
