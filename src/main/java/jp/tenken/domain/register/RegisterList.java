package jp.tenken.domain.register;

import java.util.List;

/**
 * A clinic's own device list as read from its file, before any meaning is given to it: the text of each cell,
 * row by row (a date cell as 2025-10-14, a number as its digits). Rows are 0-based here; people see them 1-based.
 */
public record RegisterList(String file, String sheet, List<List<String>> rows) {
    public RegisterList {
        rows = rows.stream().map(List::copyOf).toList();
    }

    /** The text at a row and column, "" outside the list. */
    public String cell(int row, int col) {
        if (row < 0 || row >= rows.size() || col < 0) {
            return "";
        }
        List<String> r = rows.get(row);
        return col < r.size() && r.get(col) != null ? r.get(col).strip() : "";
    }

    /** The widest row's number of columns. */
    public int width() {
        return rows.stream().mapToInt(List::size).max().orElse(0);
    }
}
