package jp.tenken.domain.official;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import jp.tenken.domain.edition.FormKind;
import jp.tenken.domain.edition.RowKey;

/**
 * Where an edition taken in from the ministry's own workbook came from: for each table, the kept copy of the file,
 * the sheet, the columns and, per answer row, the Excel row and the cell its item text was read from. Answers are
 * written back into exactly these cells. And where each file came from (出典): its name, SHA-256 and whether it was the
 * ministry's published file byte for byte.
 */
public record OfficialLayout(String editionId, List<Table> tables, List<Source> sources) {
    public OfficialLayout {
        tables = List.copyOf(tables);
        sources = List.copyOf(sources);
    }

    /** A layout whose files' provenance was not recorded (an edition kept before it was). */
    public OfficialLayout(String editionId, List<Table> tables) {
        this(editionId, tables, List.of());
    }

    /**
     * A file the edition was read from (出典): its original name, SHA-256, whether it is byte for byte the file the
     * ministry published, and that verdict in words as shown when it was taken in.
     */
    public record Source(String file, String sha256, boolean published, String verdict) {
    }

    /** One table: {@code copy} is the kept file next to the edition JSON ({@code file} its original name). */
    public record Table(String file, Path copy, String sheet, String label, List<FormKind> forms, int headerRow,
                        Map<OfficialColumn, Integer> columns, List<Placed> rows) {
        public Table {
            forms = List.copyOf(forms);
            columns = Map.copyOf(columns);
            rows = List.copyOf(rows);
        }

        public Optional<Integer> column(OfficialColumn c) {
            return Optional.ofNullable(columns.get(c));
        }
    }

    /** One answer row of the edition and where it sits in the official sheet (Excel row, 1-based). */
    public record Placed(RowKey row, String number, int excelRow, String textCell) {
    }

    /** The tables that hold a form. */
    public List<Table> tablesFor(FormKind kind) {
        return tables.stream().filter(t -> t.forms().contains(kind)).toList();
    }
}
