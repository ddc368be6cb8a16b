package jp.tenken.xlsx.read;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.IntPredicate;
import jp.tenken.domain.official.OfficialColumn;

/**
 * How a table's rows are drawn, for telling its items from what surrounds them: whether a row lies in the table's
 * grid (borders, the answer list, answers), and whether a row is answered like an item rather than heading a section.
 */
final class TableShape {
    /** How far below a row outside the grid the grid is looked for again (a heading between bordered blocks). */
    private static final int LOOK_AHEAD = 40;

    private final SheetGrid g;
    private final int itemFrom;
    private final Integer numberCol;
    private final Integer scopeCol;
    private final List<Integer> answerCols = new ArrayList<>();

    TableShape(SheetGrid g, Map<OfficialColumn, Integer> columns) {
        this.g = g;
        this.itemFrom = columns.get(OfficialColumn.ITEM);
        this.numberCol = columns.get(OfficialColumn.NUMBER);
        this.scopeCol = columns.get(OfficialColumn.SCOPE);
        columns.forEach((k, c) -> {
            if (k.name().endsWith("_1") || k.name().endsWith("_2")) {
                answerCols.add(c);
            }
        });
    }

    /** Whether a row lies in the table's grid: its text, number, answer or date cells bordered, listed or filled. */
    boolean inGrid(int r) {
        if (g.bordered(r, itemFrom) || numberCol != null && g.bordered(r, numberCol)) {
            return true;
        }
        for (int c : answerCols) {
            if (g.bordered(r, c) || !g.listAt(r, c).isEmpty() || !g.value(r, c).isBlank()) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a row outside the grid ends the table: no row with text below it, up to {@code limit}, lies in the grid
     * again or is numbered as the items are ({@code numberedItem}). A note or a signature block under the table ends
     * it; a heading drawn between two bordered blocks of items, or above items drawn without a grid, does not.
     */
    boolean endsAt(int r, int limit, IntPredicate numberedItem) {
        for (int below = r + 1; below <= Math.min(limit, r + LOOK_AHEAD); below++) {
            if (!g.value(below, itemFrom).isBlank() && (inGrid(below) || numberedItem.test(below))) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether a row is answered like an item rather than heading a section: it names a 対象, or an answer or date
     * cell of its own holds something, or (a table without a 対象 column) offers the answer list.
     */
    boolean answerRow(int r, String scopeText) {
        if (!scopeText.isEmpty() && !g.sameRegion(r, scopeCol, itemFrom)) {
            return true;
        }
        for (int c : answerCols) {
            if (g.sameRegion(r, itemFrom, c)) {
                return false; // text merged across the table: a heading
            }
            if (!g.own(r, c).isEmpty() || scopeCol == null && !g.listAt(r, c).isEmpty()) {
                return true;
            }
        }
        return false;
    }
}
