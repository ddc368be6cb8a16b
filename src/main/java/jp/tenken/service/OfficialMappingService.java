package jp.tenken.service;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import jp.tenken.domain.FiscalYear;
import jp.tenken.domain.edition.FormKind;
import jp.tenken.domain.official.OfficialColumn;
import jp.tenken.domain.official.OfficialMapping;
import jp.tenken.i18n.Messages;
import jp.tenken.i18n.UserMessageException;

/**
 * Remembers the column mappings the user stated when taking in the ministry's Excel, so that the same file, or a
 * file with the same table (next year's corrected file), is read the same way again without mapping it anew. Kept
 * as one small JSON in a folder of the app-data catalog folder (not beside the edition files, which the catalog
 * reads as editions), written to a temporary file and moved into place; an unreadable file is set aside, never lost.
 */
public final class OfficialMappingService {
    /** The newest mappings kept; older ones are forgotten. */
    static final int KEPT = 100;
    static final String FOLDER = "mappings";
    static final String FILE = "official-mappings.json";

    private final Path file;

    /**
     * The mapper, made at the first read or write: the service is built at every start, and an {@code ObjectMapper}
     * is a few hundred classes to load that only taking in the ministry's Excel needs.
     */
    private static final class Json {
        static final ObjectMapper MAPPER = new ObjectMapper()
                .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false)
                .enable(SerializationFeature.INDENT_OUTPUT);
    }

    /** A mapping found again: {@code sameFile} when the file's bytes are the same, else the same table was found. */
    public record Recalled(OfficialMapping mapping, boolean sameFile) {
    }

    /** One remembered mapping as kept in the JSON; column names are {@link OfficialColumn} names. */
    record Entry(String sha256, String header, String sheet, int firstHeaderRow, int lastHeaderRow, int firstDataRow,
                 Map<String, Integer> columns, Integer year, List<String> forms) {
    }

    /** The kept file's shape: a version, then the mappings, newest first. */
    record Kept(int version, List<Entry> mappings) {
    }

    /** {@code catalogFolder}: the app-data catalog folder the taken-in editions are kept in. */
    public OfficialMappingService(Path catalogFolder) {
        this.file = catalogFolder.resolve(FOLDER).resolve(FILE);
    }

    /**
     * Keeps the mapping a file was taken in through. {@code rows}: the sheet's first rows as shown (at least through
     * the mapping's header rows), whose header cells identify the same table in another file.
     */
    public void remember(Path source, OfficialMapping m, List<List<String>> rows) {
        String sha = FileDigest.sha256(source);
        String header = headerKey(rows, m.firstHeaderRow(), m.lastHeaderRow());
        Map<String, Integer> columns = new LinkedHashMap<>();
        m.columns().forEach((c, i) -> columns.put(c.name(), i));
        Entry e = new Entry(sha, header, m.sheet(), m.firstHeaderRow(), m.lastHeaderRow(), m.firstDataRow(), columns,
                m.year().map(FiscalYear::startYear).orElse(null), m.forms().stream().map(Enum::name).toList());
        List<Entry> all = new ArrayList<>();
        all.add(e);
        for (Entry old : load()) {
            boolean sameFile = old.sha256().equals(sha) && old.sheet().equals(m.sheet());
            boolean sameTable = !header.isEmpty() && old.header().equals(header) && old.sheet().equals(m.sheet());
            if (!sameFile && !sameTable && all.size() < KEPT) {
                all.add(old);
            }
        }
        write(new Kept(1, all));
    }

    /**
     * The mapping to read {@code source} with, if one was stated before: for the same file (by its SHA-256), or else
     * for a sheet whose header cells read as a remembered table's (then without the year chosen for that file).
     * {@code rowsOf} gives a sheet's first rows; it is asked only for the sheets a remembered table was on.
     */
    public Optional<Recalled> recall(Path source, List<String> sheets, Function<String, List<List<String>>> rowsOf) {
        List<Entry> kept = load();
        if (kept.isEmpty()) {
            return Optional.empty();
        }
        String sha = FileDigest.sha256(source);
        for (Entry e : kept) {
            if (e.sha256().equals(sha) && sheets.contains(e.sheet())) {
                Optional<OfficialMapping> m = mapping(e, true);
                if (m.isPresent()) {
                    return Optional.of(new Recalled(m.get(), true));
                }
            }
        }
        Map<String, List<List<String>>> read = new HashMap<>();
        for (Entry e : kept) {
            if (e.header() == null || e.header().isEmpty() || !sheets.contains(e.sheet())) {
                continue;
            }
            List<List<String>> rows = read.computeIfAbsent(e.sheet(), rowsOf);
            if (e.header().equals(headerKey(rows, e.firstHeaderRow(), e.lastHeaderRow()))) {
                Optional<OfficialMapping> m = mapping(e, false);
                if (m.isPresent()) {
                    return Optional.of(new Recalled(m.get(), false));
                }
            }
        }
        return Optional.empty();
    }

    /**
     * The header rows' text as a key: each cell's text in NFKC with all white space removed, cells joined by
     * {@code |} (empty cells at a row's end left out), rows by a line break; empty when the rows are not there.
     */
    static String headerKey(List<List<String>> rows, int firstHeaderRow, int lastHeaderRow) {
        List<String> lines = new ArrayList<>();
        for (int r = firstHeaderRow; r <= lastHeaderRow; r++) {
            if (r < 1 || r > rows.size()) {
                return "";
            }
            List<String> cells = new ArrayList<>();
            for (String cell : rows.get(r - 1)) {
                cells.add(Normalizer.normalize(cell == null ? "" : cell, Normalizer.Form.NFKC).replaceAll("\\s+", ""));
            }
            while (!cells.isEmpty() && cells.get(cells.size() - 1).isEmpty()) {
                cells.remove(cells.size() - 1);
            }
            lines.add(String.join("|", cells));
        }
        return lines.stream().allMatch(String::isEmpty) ? "" : String.join("\n", lines);
    }

    private static Optional<OfficialMapping> mapping(Entry e, boolean withYear) {
        try {
            Map<OfficialColumn, Integer> columns = new EnumMap<>(OfficialColumn.class);
            e.columns().forEach((c, i) -> columns.put(OfficialColumn.valueOf(c), i));
            List<FormKind> forms = e.forms() == null ? List.of() : e.forms().stream().map(FormKind::valueOf).toList();
            Optional<FiscalYear> year = withYear && e.year() != null ? Optional.of(new FiscalYear(e.year()))
                    : Optional.empty();
            return Optional.of(new OfficialMapping(e.sheet(), e.firstHeaderRow(), e.lastHeaderRow(),
                    e.firstDataRow(), columns, year, forms));
        } catch (RuntimeException bad) {
            return Optional.empty(); // an entry from a newer version or edited by hand: not offered
        }
    }

    private List<Entry> load() {
        if (!Files.isRegularFile(file)) {
            return List.of();
        }
        try {
            Kept k = Json.MAPPER.readValue(file.toFile(), Kept.class);
            if (k.mappings() == null) {
                return List.of();
            }
            return k.mappings().stream().filter(e -> e != null && e.sha256() != null && e.sheet() != null
                    && e.columns() != null).toList();
        } catch (IOException | RuntimeException unreadable) {
            setAside();
            return List.of();
        }
    }

    /** Keeps an unreadable file under another name, so that writing a new one loses nothing. */
    private void setAside() {
        try {
            Files.move(file, file.resolveSibling(FILE + ".unreadable"), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException ignored) {
            // left where it is; the next write replaces it only after writing the new one completely
        }
    }

    private void write(Kept k) {
        Path tmp = file.resolveSibling("." + FILE + ".tmp");
        try {
            Files.createDirectories(file.getParent());
            Json.MAPPER.writeValue(tmp.toFile(), k);
            FileMove.replace(tmp, file);
        } catch (IOException | RuntimeException e) {
            try {
                Files.deleteIfExists(tmp);
            } catch (IOException ignored) {
                // a hidden temporary file left behind is harmless
            }
            throw new UserMessageException(Messages.get("official.memory.cannotKeep", file.getParent()), e);
        }
    }
}
