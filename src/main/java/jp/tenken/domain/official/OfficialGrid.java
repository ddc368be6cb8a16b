package jp.tenken.domain.official;

import java.util.List;
import java.util.Map;
import jp.tenken.domain.edition.FormKind;

/**
 * One checklist table recognised in the ministry's workbook: where its header is (Excel rows, 1-based), which
 * column (0-based) holds each field, the 1回目/2回目 groups, the form label read near it (医療機関・薬局確認用 …, empty
 * when none was found) with the forms it stands for, the title above it, its items, and how it was recognised (which
 * header rows, each column's role and why, how sure), and the rows that print an item number but were not read as an
 * item (each is a problem to put right before the table can be taken in).
 */
public record OfficialGrid(String file, String sheet, String label, List<FormKind> forms, String title,
                           int headerRow, int firstDataRow, Map<OfficialColumn, Integer> columns,
                           List<OfficialRoundGroup> rounds, List<OfficialItem> items,
                           OfficialRecognition recognition, List<Unread> unread) {
    public OfficialGrid {
        forms = List.copyOf(forms);
        columns = Map.copyOf(columns);
        rounds = List.copyOf(rounds);
        items = List.copyOf(items);
        unread = List.copyOf(unread);
    }

    /** A table where every numbered row became an item. */
    public OfficialGrid(String file, String sheet, String label, List<FormKind> forms, String title, int headerRow,
                        int firstDataRow, Map<OfficialColumn, Integer> columns, List<OfficialRoundGroup> rounds,
                        List<OfficialItem> items, OfficialRecognition recognition) {
        this(file, sheet, label, forms, title, headerRow, firstDataRow, columns, rounds, items, recognition,
                List.of());
    }

    /** A row (Excel row, 1-based) that prints an item number, as printed, but was not read as an item. */
    public record Unread(int excelRow, String number) {
    }

    public int rowCount() {
        return items.stream().mapToInt(i -> i.rows().size()).sum();
    }

    /** The same table read as the given forms (when its sheet names none, the user or a rule says which). */
    public OfficialGrid withForms(String formLabel, List<FormKind> kinds) {
        return new OfficialGrid(file, sheet, formLabel, kinds, title, headerRow, firstDataRow, columns, rounds, items,
                recognition, unread);
    }
}
