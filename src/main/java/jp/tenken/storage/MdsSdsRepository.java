package jp.tenken.storage;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import jp.tenken.domain.FiscalYear;
import jp.tenken.domain.vendor.MdsSds;

/**
 * The MDS/SDS each vendor gave in each fiscal year: when and which version, the file itself (kept in the workbook,
 * up to the size the service allows), and its answers with the clinic's own words on each いいえ. Every change is in
 * the change log; a finalised year is refused by the file.
 */
public final class MdsSdsRepository {
    private static final String DOC_COLUMNS = """
            id, vendor_id, fiscal_year, kind, received_on, version, file_name, coalesce(length(file_bytes), 0)""";

    private final Database db;

    public MdsSdsRepository(Database db) {
        this.db = db;
    }

    /** The year's disclosures, of every vendor, by vendor then MDS before SDS. */
    public List<MdsSds.Doc> docs(FiscalYear year) {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT " + DOC_COLUMNS
                    + " FROM mds_sds WHERE fiscal_year = ? ORDER BY vendor_id, kind")) {
                ps.setInt(1, year.startYear());
                List<MdsSds.Doc> out = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(doc(rs));
                    }
                }
                return out;
            }
        });
    }

    /** The items of a disclosure in their order. */
    public List<MdsSds.Item> items(long docId) {
        return db.read(c -> items(c, docId));
    }

    /** The file kept with a disclosure (empty when none). */
    public Optional<byte[]> file(long docId) {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT file_bytes FROM mds_sds WHERE id = ?")) {
                ps.setLong(1, docId);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.ofNullable(rs.getBytes(1)) : Optional.empty();
                }
            }
        });
    }

    /**
     * Records a disclosure received (date and version) without touching its file or items: adds it, or changes the
     * one of the same vendor, year and kind.
     */
    public MdsSds.Doc record(MdsSds.Doc d, Instant now) {
        return db.inTransaction(c -> {
            Optional<MdsSds.Doc> old = find(c, d.vendorId(), d.year(), d.kind());
            long id;
            if (old.isPresent()) {
                try (PreparedStatement ps = c.prepareStatement(
                        "UPDATE mds_sds SET received_on = ?, version = ?, changed_at = ? WHERE id = ?")) {
                    ps.setString(1, d.receivedOn() == null ? null : d.receivedOn().toString());
                    ps.setString(2, d.version());
                    ps.setString(3, now.toString());
                    ps.setLong(4, old.get().id());
                    ps.executeUpdate();
                }
                id = old.get().id();
            } else {
                id = insert(c, d, now);
            }
            MdsSds.Doc stored = find(c, d.vendorId(), d.year(), d.kind()).orElseThrow();
            ChangeLog.append(c, now, "mds-sds:" + id, old.isPresent() ? "update" : "add",
                    old.map(MdsSdsRepository::describe).orElse(null), describe(stored));
            return stored;
        });
    }

    /**
     * Keeps a file with a disclosure and, when its answers were read, replaces the items with them in one
     * transaction; an item of the same number keeps the assessment and response written before. {@code items} null:
     * the file is kept and the items stay as they are.
     */
    public MdsSds.Doc keepFile(MdsSds.Doc d, byte[] bytes, List<MdsSds.Item> items, Instant now) {
        return db.inTransaction(c -> {
            Optional<MdsSds.Doc> there = find(c, d.vendorId(), d.year(), d.kind());
            long id = there.isPresent() ? there.get().id() : insert(c, d, now);
            try (PreparedStatement ps = c.prepareStatement("""
                    UPDATE mds_sds SET received_on = ?, version = ?, file_name = ?, file_bytes = ?, changed_at = ?
                    WHERE id = ?""")) {
                ps.setString(1, d.receivedOn() == null ? null : d.receivedOn().toString());
                ps.setString(2, d.version());
                ps.setString(3, d.fileName());
                ps.setBytes(4, bytes);
                ps.setString(5, now.toString());
                ps.setLong(6, id);
                ps.executeUpdate();
            }
            if (items != null) {
                Map<String, MdsSds.Item> before = new HashMap<>();
                items(c, id).forEach(i -> before.putIfAbsent(i.number() + "\u0000" + i.text(), i));
                try (PreparedStatement del = c.prepareStatement("DELETE FROM mds_sds_item WHERE doc_id = ?")) {
                    del.setLong(1, id);
                    del.executeUpdate();
                }
                try (PreparedStatement ps = c.prepareStatement("""
                        INSERT INTO mds_sds_item (doc_id, fiscal_year, position, number, text, answer, risk, response)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")) {
                    for (MdsSds.Item i : items) {
                        MdsSds.Item kept = before.get(i.number() + "\u0000" + i.text());
                        ps.setLong(1, id);
                        ps.setInt(2, d.year().startYear());
                        ps.setInt(3, i.position());
                        ps.setString(4, i.number());
                        ps.setString(5, i.text());
                        ps.setString(6, i.answer().name());
                        ps.setString(7, kept == null ? i.risk() : kept.risk());
                        ps.setString(8, kept == null ? i.response() : kept.response());
                        ps.addBatch();
                    }
                    ps.executeBatch();
                }
            }
            MdsSds.Doc stored = find(c, d.vendorId(), d.year(), d.kind()).orElseThrow();
            Map<MdsSds.Answer, Long> counts = new HashMap<>();
            if (items != null) {
                items.forEach(i -> counts.merge(i.answer(), 1L, Long::sum));
            }
            ChangeLog.append(c, now, "mds-sds:" + id, "file", null, describe(stored)
                    + (items == null ? "" : " | 項目 " + items.size() + " (いいえ " + counts.getOrDefault(
                    MdsSds.Answer.NO, 0L) + ")"));
            return stored;
        });
    }

    /** Stores the clinic's assessment and response on one item, logging old → new. */
    public MdsSds.Item assess(long docId, MdsSds.Item item, Instant now) {
        return db.inTransaction(c -> {
            MdsSds.Item old = items(c, docId).stream().filter(i -> i.position() == item.position()).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("no item " + item.position()));
            try (PreparedStatement ps = c.prepareStatement(
                    "UPDATE mds_sds_item SET risk = ?, response = ? WHERE doc_id = ? AND position = ?")) {
                ps.setString(1, item.risk());
                ps.setString(2, item.response());
                ps.setLong(3, docId);
                ps.setInt(4, item.position());
                ps.executeUpdate();
            }
            ChangeLog.append(c, now, "mds-sds:" + docId + ":" + old.number(), "assess",
                    old.risk() + " | " + old.response(), item.risk() + " | " + item.response());
            return new MdsSds.Item(old.position(), old.number(), old.text(), old.answer(), item.risk(),
                    item.response());
        });
    }

    /**
     * Carries a year's disclosures into another year as hints (version, items and the clinic's words; no date and no
     * file: this year's must be asked for again), for each vendor and kind the later year has none of.
     */
    public int copyYear(FiscalYear from, FiscalYear to, Instant now) {
        return db.inTransaction(c -> {
            int n = 0;
            List<MdsSds.Doc> source = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT " + DOC_COLUMNS
                    + " FROM mds_sds WHERE fiscal_year = ?")) {
                ps.setInt(1, from.startYear());
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        source.add(doc(rs));
                    }
                }
            }
            for (MdsSds.Doc d : source) {
                if (find(c, d.vendorId(), to, d.kind()).isPresent()) {
                    continue;
                }
                long id = insert(c, new MdsSds.Doc(0, d.vendorId(), to, d.kind(), null, d.version(), "", 0), now);
                try (PreparedStatement ps = c.prepareStatement("""
                        INSERT INTO mds_sds_item (doc_id, fiscal_year, position, number, text, answer, risk, response)
                        SELECT ?, ?, position, number, text, answer, risk, response FROM mds_sds_item WHERE doc_id = ?""")) {
                    ps.setLong(1, id);
                    ps.setInt(2, to.startYear());
                    ps.setLong(3, d.id());
                    ps.executeUpdate();
                }
                n++;
            }
            if (n > 0) {
                ChangeLog.append(c, now, "mds-sds:" + to.startYear(), "carry", from.label(), to.label() + " (" + n + ")");
            }
            return n;
        });
    }

    private static long insert(Connection c, MdsSds.Doc d, Instant now) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("""
                INSERT INTO mds_sds (vendor_id, fiscal_year, kind, received_on, version, file_name, changed_at)
                VALUES (?, ?, ?, ?, ?, ?, ?)""", Statement.RETURN_GENERATED_KEYS)) {
            ps.setLong(1, d.vendorId());
            ps.setInt(2, d.year().startYear());
            ps.setString(3, d.kind().name());
            if (d.receivedOn() == null) {
                ps.setNull(4, Types.VARCHAR);
            } else {
                ps.setString(4, d.receivedOn().toString());
            }
            ps.setString(5, d.version());
            ps.setString(6, d.fileName());
            ps.setString(7, now.toString());
            ps.executeUpdate();
            try (ResultSet k = ps.getGeneratedKeys()) {
                k.next();
                return k.getLong(1);
            }
        }
    }

    private static Optional<MdsSds.Doc> find(Connection c, long vendorId, FiscalYear year, MdsSds.Kind kind)
            throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT " + DOC_COLUMNS
                + " FROM mds_sds WHERE vendor_id = ? AND fiscal_year = ? AND kind = ?")) {
            ps.setLong(1, vendorId);
            ps.setInt(2, year.startYear());
            ps.setString(3, kind.name());
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(doc(rs)) : Optional.empty();
            }
        }
    }

    private static List<MdsSds.Item> items(Connection c, long docId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("""
                SELECT position, number, text, answer, risk, response FROM mds_sds_item WHERE doc_id = ?
                ORDER BY position""")) {
            ps.setLong(1, docId);
            List<MdsSds.Item> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new MdsSds.Item(rs.getInt(1), rs.getString(2), rs.getString(3),
                            MdsSds.Answer.valueOf(rs.getString(4)), rs.getString(5), rs.getString(6)));
                }
            }
            return out;
        }
    }

    private static MdsSds.Doc doc(ResultSet rs) throws SQLException {
        String received = rs.getString(5);
        return new MdsSds.Doc(rs.getLong(1), rs.getLong(2), new FiscalYear(rs.getInt(3)),
                MdsSds.Kind.valueOf(rs.getString(4)), received == null ? null : LocalDate.parse(received),
                rs.getString(6), rs.getString(7), rs.getLong(8));
    }

    private static String describe(MdsSds.Doc d) {
        return String.join(" | ", "vendor:" + d.vendorId(), d.kind().name(),
                d.receivedOn() == null ? "未受領" : "受領 " + d.receivedOn(), d.version(), d.fileName(),
                d.fileSize() == 0 ? "" : d.fileSize() + " bytes");
    }
}
