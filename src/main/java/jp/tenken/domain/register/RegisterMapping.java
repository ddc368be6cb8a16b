package jp.tenken.domain.register;

import java.util.EnumMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Which row of a device list holds the headers and from which row the devices start (both 1-based, as people
 * count), and which column (0-based) holds what. Guessed from the headers first, then confirmed or changed by the
 * user on the column-mapping screen.
 */
public record RegisterMapping(int headerRow, int firstDataRow, Map<RegisterColumn, Integer> columns) {
    /** Rows looked at when guessing the header row. */
    static final int HEADER_SEARCH_ROWS = 20;

    public RegisterMapping {
        if (headerRow < 1 || firstDataRow <= headerRow) {
            throw new IllegalArgumentException("header row " + headerRow + ", data from " + firstDataRow);
        }
        columns = columns.isEmpty() ? Map.of() : Map.copyOf(new EnumMap<>(columns));
    }

    /** The devices start right under the header row. */
    public RegisterMapping(int headerRow, Map<RegisterColumn, Integer> columns) {
        this(headerRow, headerRow + 1, columns);
    }

    /** Whether the devices can be read: a column names them. */
    public boolean complete() {
        return columns.containsKey(RegisterColumn.NAME);
    }

    /** The same mapping with a column assigned (or unassigned with {@code col} < 0). */
    public RegisterMapping with(RegisterColumn role, int col) {
        Map<RegisterColumn, Integer> next = new EnumMap<>(RegisterColumn.class);
        next.putAll(columns);
        next.values().removeIf(c -> c == col);
        next.remove(role);
        if (col >= 0) {
            next.put(role, col);
        }
        return new RegisterMapping(headerRow, firstDataRow, next);
    }

    /** The mapping the headers of {@code headerRow} suggest. */
    public static RegisterMapping fromHeaders(RegisterList list, int headerRow) {
        Map<RegisterColumn, Integer> out = new EnumMap<>(RegisterColumn.class);
        Set<Integer> taken = new HashSet<>();
        for (int want = 3; want >= 1; want--) {
            for (RegisterColumn role : RegisterColumn.values()) {
                if (out.containsKey(role)) {
                    continue;
                }
                for (int c = 0; c < list.width(); c++) {
                    if (!taken.contains(c) && role.score(list.cell(headerRow - 1, c)) == want) {
                        out.put(role, c);
                        taken.add(c);
                        break;
                    }
                }
            }
        }
        return new RegisterMapping(headerRow, out);
    }

    /** The header row among the first rows whose headers name the most columns (row 1 when none does). */
    public static RegisterMapping guess(RegisterList list) {
        RegisterMapping best = new RegisterMapping(1, Map.of());
        int bestScore = 0;
        for (int r = 1; r <= Math.min(HEADER_SEARCH_ROWS, list.rows().size()); r++) {
            RegisterMapping m = fromHeaders(list, r);
            int score = m.columns().size() + (m.complete() ? 2 : 0);
            if (score > bestScore) {
                best = m;
                bestScore = score;
            }
        }
        return best;
    }
}
