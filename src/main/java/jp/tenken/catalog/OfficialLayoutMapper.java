package jp.tenken.catalog;

import static jp.tenken.catalog.CatalogJson.nonNull;
import static jp.tenken.catalog.CatalogJson.require;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import jp.tenken.domain.edition.Form;
import jp.tenken.domain.edition.FormKind;
import jp.tenken.domain.edition.RowKey;
import jp.tenken.domain.official.OfficialColumn;
import jp.tenken.domain.official.OfficialLayout;

/**
 * Maps and checks the {@code official} part of an edition taken in from the ministry's own workbook: for each table,
 * a plain .xlsx file name for the kept copy, the sheet, the answer columns, and rows that are rows of its forms.
 */
final class OfficialLayoutMapper {
    private static final Pattern COLUMN = Pattern.compile("[A-Z]{1,3}");
    private static final Pattern CELL = Pattern.compile("[A-Z]{1,3}[1-9][0-9]{0,6}");
    private static final Pattern PLAIN_FILE = Pattern.compile("[^/\\\\:*?\"<>|]{1,200}\\.(xlsx|xlsm)");
    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");

    private OfficialLayoutMapper() {
    }

    /** The layout, or null (with problems) when it has no usable table. */
    static OfficialLayout toLayout(CatalogJson.EditionJson e, List<Form> forms, Path folder, String where,
                                   List<String> problems) {
        List<OfficialLayout.Table> tables = new ArrayList<>();
        for (CatalogJson.OfficialTableJson t : nonNull(e.official().tables())) {
            String at = where + " official " + t.file() + "!" + t.sheet();
            if (t.copy() == null || !PLAIN_FILE.matcher(t.copy()).matches() || t.copy().startsWith(".")) {
                problems.add(at + ": copy はフォルダを含まない .xlsx（または .xlsm）のファイル名にしてください: " + t.copy());
                continue;
            }
            require(t.file(), at + ": file", problems);
            require(t.sheet(), at + ": sheet", problems);
            if (nonNull(t.forms()).isEmpty()) {
                problems.add(at + ": forms が空です");
            }
            Map<OfficialColumn, Integer> columns = columns(t, at, problems);
            List<OfficialLayout.Placed> rows = rows(t, forms, at, problems);
            Path copy = folder == null ? Path.of(t.copy()) : folder.resolve(t.copy());
            tables.add(new OfficialLayout.Table(String.valueOf(t.file()), copy, String.valueOf(t.sheet()),
                    t.label() == null ? "" : t.label(), nonNull(t.forms()), t.headerRow(), columns, rows));
        }
        if (tables.isEmpty()) {
            problems.add(where + ": official に表がありません");
            return null;
        }
        List<OfficialLayout.Source> sources = new ArrayList<>();
        for (CatalogJson.OfficialSourceJson x : nonNull(e.official().sources())) {
            if (x.file() == null || x.sha256() == null || !SHA256.matcher(x.sha256()).matches()) {
                problems.add(where + ": official の sources が不正です: " + x.file());
                continue;
            }
            sources.add(new OfficialLayout.Source(x.file(), x.sha256(), x.published(),
                    x.verdict() == null ? "" : x.verdict()));
        }
        return new OfficialLayout(e.id(), tables, sources);
    }

    private static Map<OfficialColumn, Integer> columns(CatalogJson.OfficialTableJson t, String at,
                                                        List<String> problems) {
        Map<OfficialColumn, Integer> columns = new EnumMap<>(OfficialColumn.class);
        nonNull(t.columns()).forEach((c, letters) -> {
            if (letters == null || !COLUMN.matcher(letters).matches()) {
                problems.add(at + ": 列 " + c + " が不正です: " + letters);
            } else {
                columns.put(c, ColumnName.index(letters));
            }
        });
        if (!columns.containsKey(OfficialColumn.ANSWER_1) && !columns.containsKey(OfficialColumn.YES_1)) {
            problems.add(at + ": 1回目の はい・いいえ の列がありません");
        }
        return columns;
    }

    private static List<OfficialLayout.Placed> rows(CatalogJson.OfficialTableJson t, List<Form> forms, String at,
                                                    List<String> problems) {
        Set<RowKey> known = new HashSet<>();
        for (FormKind k : nonNull(t.forms())) {
            forms.stream().filter(f -> f.kind() == k).findFirst().ifPresent(f -> known.addAll(f.rows()));
        }
        List<OfficialLayout.Placed> rows = new ArrayList<>();
        for (CatalogJson.PlacedJson p : nonNull(t.rows())) {
            RowKey key = p.key() == null || p.scope() == null ? null : new RowKey(p.key(), p.scope());
            if (key == null || !known.contains(key)) {
                problems.add(at + ": 行 " + p.row() + " の " + p.key() + " (" + p.scope() + ") はこの様式の行ではありません");
                continue;
            }
            if (p.row() < 1 || p.row() > 1_048_576) {
                problems.add(at + ": 行番号が不正です: " + p.row());
                continue;
            }
            if (p.textCell() != null && !CELL.matcher(p.textCell()).matches()) {
                problems.add(at + ": textCell が不正です: " + p.textCell());
            }
            rows.add(new OfficialLayout.Placed(key, p.number() == null ? "" : p.number(), p.row(), p.textCell()));
        }
        return rows;
    }
}
