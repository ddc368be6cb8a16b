package jp.tenken.ui.common.mapping;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import jp.tenken.i18n.Messages;

/**
 * A sheet's first rows and how its columns are read: the header row (Excel row, 1-based), the first data row, and
 * for each role the column (0-based) chosen, or none. Every change made by the user calls the listener given to
 * {@link #setOnEdited}, so the screen can read the sheet again and show the result at once.
 */
public final class ColumnMappingViewModel {
    private final ObservableList<List<String>> rows = FXCollections.observableArrayList();
    private final ObservableList<Integer> columns = FXCollections.observableArrayList();
    private final ObservableList<List<String>> rowsView = FXCollections.unmodifiableObservableList(rows);
    private final ObservableList<Integer> columnsView = FXCollections.unmodifiableObservableList(columns);
    private final ReadOnlyIntegerWrapper columnCount = new ReadOnlyIntegerWrapper(0);
    private final IntegerProperty headerRow = new SimpleIntegerProperty(1);
    private final IntegerProperty firstDataRow = new SimpleIntegerProperty(2);
    private final Map<String, ObjectProperty<Integer>> chosen = new LinkedHashMap<>();
    private final List<ColumnRole> roles;
    private Set<Integer> hidden = Set.of();
    /** Excel rows above the header that are read as items all the same (shown as such, not dimmed). */
    private Set<Integer> itemRowsAbove = Set.of();
    private Runnable onEdited = () -> { };
    private boolean loading;

    public ColumnMappingViewModel(List<ColumnRole> roles) {
        this.roles = List.copyOf(roles);
        for (ColumnRole r : roles) {
            ObjectProperty<Integer> p = new SimpleObjectProperty<>();
            p.addListener((o, a, b) -> edited());
            chosen.put(r.id(), p);
        }
        headerRow.addListener((o, a, b) -> {
            if (!loading && firstDataRow.get() <= b.intValue()) {
                firstDataRow.set(b.intValue() + 1);
            }
            edited();
        });
        firstDataRow.addListener((o, a, b) -> edited());
    }

    /** The rows shown, each a list of cell texts (merged cells repeat their text), in sheet order from row 1. */
    public ObservableList<List<String>> rows() {
        return rowsView;
    }

    /** The choices of every column list: the column indices (0-based) of the sheet. */
    public ObservableList<Integer> columns() {
        return columnsView;
    }

    public ReadOnlyIntegerProperty columnCountProperty() {
        return columnCount.getReadOnlyProperty();
    }

    /** The header row, as Excel numbers it. */
    public IntegerProperty headerRowProperty() {
        return headerRow;
    }

    /** The first row of items, as Excel numbers it. */
    public IntegerProperty firstDataRowProperty() {
        return firstDataRow;
    }

    public List<ColumnRole> roles() {
        return roles;
    }

    /** The column chosen for a role (0-based), or null for none. */
    public ObjectProperty<Integer> columnOf(String roleId) {
        return chosen.get(roleId);
    }

    /** Whether a column is hidden in the sheet (it is shown, marked, so a user is not surprised by it). */
    public boolean hidden(int column) {
        return hidden.contains(column);
    }

    /** Excel rows above the header read as items (a gate question boxed above it): the grid does not dim them. */
    public void showItemRowsAbove(Set<Integer> excelRows) {
        itemRowsAbove = Set.copyOf(excelRows);
    }

    /** Whether an Excel row above the header is read as an item. */
    public boolean itemRowAbove(int excelRow) {
        return itemRowsAbove.contains(excelRow);
    }

    /** Called after each change made by the user (not after {@link #load}). */
    public void setOnEdited(Runnable onEdited) {
        this.onEdited = onEdited;
    }

    /** Shows a sheet and a mapping to start from (a recognised one, or none), without calling the listener. */
    public void load(List<List<String>> sheetRows, Set<Integer> hiddenColumns, int header, int firstData,
                     Map<String, Integer> assignment) {
        loading = true;
        try {
            hidden = Set.copyOf(hiddenColumns);
            int width = sheetRows.stream().mapToInt(List::size).max().orElse(0);
            List<Integer> cols = new ArrayList<>();
            for (int c = 0; c < width; c++) {
                cols.add(c);
            }
            columns.setAll(cols);
            columnCount.set(width);
            rows.setAll(sheetRows); // last: the grid is rebuilt on this, with the columns known
            headerRow.set(Math.max(1, header));
            firstDataRow.set(Math.max(header + 1, firstData));
            chosen.forEach((id, p) -> p.set(assignment.get(id)));
        } finally {
            loading = false;
        }
    }

    /** The role → column choices made (roles without a column left out). */
    public Map<String, Integer> assignment() {
        Map<String, Integer> out = new LinkedHashMap<>();
        chosen.forEach((id, p) -> {
            if (p.get() != null) {
                out.put(id, p.get());
            }
        });
        return out;
    }

    /** The required roles still without a column, by label. */
    public List<String> missingRequired() {
        return roles.stream().filter(r -> r.required() && chosen.get(r.id()).get() == null).map(ColumnRole::label)
                .toList();
    }

    /** The role a column is chosen for, if any (the grid titles its column with it). */
    public Optional<ColumnRole> roleOf(int column) {
        return roles.stream().filter(r -> Integer.valueOf(column).equals(chosen.get(r.id()).get())).findFirst();
    }

    /** How a column reads in a list: its letter and the header row's text, e.g. 「C列：チェック項目」. */
    public String describe(Integer column) {
        if (column == null) {
            return Messages.get("mapping.none");
        }
        String head = header(column);
        String letters = letters(column);
        return head.isBlank() ? Messages.get("mapping.column", letters)
                : Messages.get("mapping.columnWithHeader", letters, shorten(head));
    }

    private String header(int column) {
        int r = headerRow.get() - 1;
        if (r < 0 || r >= rows.size() || column >= rows.get(r).size()) {
            return "";
        }
        return rows.get(r).get(column).replaceAll("\\s+", " ").strip();
    }

    private static String shorten(String s) {
        return s.codePointCount(0, s.length()) <= 16 ? s : s.substring(0, s.offsetByCodePoints(0, 15)) + "…";
    }

    /** Excel's letters for a 0-based column (0 → A, 26 → AA). */
    public static String letters(int index) {
        StringBuilder b = new StringBuilder();
        for (int n = index + 1; n > 0; n = (n - 1) / 26) {
            b.insert(0, (char) ('A' + (n - 1) % 26));
        }
        return b.toString();
    }

    private void edited() {
        if (!loading) {
            onEdited.run();
        }
    }
}
