package jp.tenken.xlsx.read;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.IntPredicate;
import java.util.regex.Pattern;
import jp.tenken.domain.official.OfficialColumn;

/**
 * How a table's rows are drawn, for telling its items from what surrounds them: whether a row lies in the table's
 * grid (borders, the answer list, answers), and whether a row is answered like an item rather than heading a section.
 */
final class TableShape {
    /** How far below a row outside the grid the grid is looked for again (a heading between bordered blocks). */
    private static final int LOOK_AHEAD = 40;
    /** What greys out a cell that takes no answer: 「－」, 「／」 (compacted, so half-width). */
    private static final Pattern NO_ANSWER = Pattern.compile("[-ー―/\\\\]+");

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
            if (acrossFields(r, c)) {
                continue; // one grey block over the answer and date cells of a heading row: no answer cell
            }
            if (answered(r, c) || scopeCol == null && !g.listAt(r, c).isEmpty()) {
                return true;
            }
        }
        return false;
    }

    /** Whether the row holds an answer or a date of its own (a 「－」 greying out a cell is none). */
    boolean answered(int r) {
        return answerCols.stream().anyMatch(c -> answered(r, c));
    }

    /** Whether every answer and date cell of the row is a merged block going on from the row above. */
    boolean answersMergedFromAbove(int r) {
        return !answerCols.isEmpty() && answerCols.stream().allMatch(c -> g.continues(r, c));
    }

    private boolean answered(int r, int c) {
        String own = OfficialText.compact(g.own(r, c));
        return !own.isEmpty() && !NO_ANSWER.matcher(own).matches();
    }

    /** Whether (r, c) is merged with another of the table's answer or date columns. */
    private boolean acrossFields(int r, int c) {
        return answerCols.stream().anyMatch(o -> o != c && g.sameRegion(r, c, o));
    }

    /**
     * Whether a row repeats the table's header (a header printed again at the top of a later page): its item cell
     * names the item column and an answer or date cell names a role too.
     */
    boolean repeatsHeader(int r) {
        return HeaderRole.classify(g.raw(r, itemFrom)) == HeaderRole.ITEM
                && answerCols.stream().anyMatch(c -> g.isTopLeft(r, c) && HeaderRole.classify(g.raw(r, c)) != null);
    }
}
