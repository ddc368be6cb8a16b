package jp.tenken.xlsx.read;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Finds where checklist tables sit on a sheet: each チェック項目-like header cell anchors one table (two forms stacked
 * or side by side give two); when no cell names the item column, the row with the most header roles is taken as
 * the header and the item column is the one holding sentences below it. Then the header rows around each anchor.
 */
final class TableFinder {
    static final int HEADER_REACH = 3;
    private static final int SCAN_ROWS = 200;

    private final SheetGrid g;

    TableFinder(SheetGrid g) {
        this.g = g;
    }

    /** A table's anchor and the columns it owns; {@code lastDataRow} is set once its items are read. */
    static final class Block {
        final HeaderCell anchor;
        final int from;
        final int to;
        final boolean anchorByData;
        int lastDataRow;

        Block(HeaderCell anchor, int from, int to, boolean anchorByData) {
            this.anchor = anchor;
            this.from = from;
            this.to = to;
            this.anchorByData = anchorByData;
            this.lastDataRow = anchor.lastRow();
        }
    }

    /** The header rows of a block: first and last (0-based), the last row any header cell reaches, its cells. */
    record Band(int top, int bottom, int headerEnd, List<HeaderCell> cells) {
    }

    List<Block> blocks() {
        List<HeaderCell> anchors = new ArrayList<>();
        for (int r = 0; r <= g.lastRow(); r++) {
            for (int c = 0; c < SheetGrid.MAX_COLUMNS; c++) {
                HeaderCell h = HeaderCell.at(g, r, c, SheetGrid.MAX_COLUMNS - 1);
                if (h != null && h.kind() == HeaderRole.ITEM && !g.hidden(c)) {
                    anchors.add(h);
                }
            }
        }
        if (anchors.isEmpty()) {
            HeaderCell byData = anchorByData();
            return byData == null ? List.of() : List.of(new Block(byData, 0, SheetGrid.MAX_COLUMNS - 1, true));
        }
        anchors.sort(Comparator.comparingInt(HeaderCell::row).thenComparingInt(HeaderCell::col));
        // A second 項目 word inside a merged チェック項目 header (a sub-header) is part of the same table.
        anchors.removeIf(h -> anchors.stream().anyMatch(o -> o != h && o.col() <= h.col() && h.col() <= o.lastCol()
                && (o.col() < h.col() || o.row() < h.row()) && h.row() - o.lastRow() <= 2 && h.row() >= o.row()));
        anchors.removeIf(h -> anchors.stream().anyMatch(o -> o.row() < h.row() && repeats(o, h)));
        List<Block> blocks = new ArrayList<>();
        for (HeaderCell a : anchors) {
            blocks.add(sideBySide(a, anchors));
        }
        return blocks;
    }

    /**
     * Whether {@code later} prints {@code first}'s header row again, word for word, with no form label or checklist
     * title between them: the header repeated at the top of a later page, not a second form.
     */
    private boolean repeats(HeaderCell first, HeaderCell later) {
        if (first.col() != later.col() || first.lastCol() != later.lastCol() || later.row() <= first.lastRow()) {
            return false;
        }
        for (int c = 0; c < SheetGrid.MAX_COLUMNS; c++) {
            if (!OfficialText.compact(g.value(first.row(), c)).equals(OfficialText.compact(g.value(later.row(), c)))) {
                return false;
            }
        }
        for (int r = first.lastRow() + 1; r < later.row(); r++) {
            for (int c = 0; c < SheetGrid.MAX_COLUMNS; c++) {
                String t = g.isTopLeft(r, c) ? OfficialText.compact(g.raw(r, c)) : "";
                if (OfficialText.labelIn(t).isPresent() || t.contains("チェックリスト")) {
                    return false;
                }
            }
        }
        return true;
    }

    /** Anchors whose header rows are close sit side by side; each takes the columns up to the next one's. */
    private Block sideBySide(HeaderCell a, List<HeaderCell> anchors) {
        int from = 0;
        int to = SheetGrid.MAX_COLUMNS - 1;
        boolean left = false;
        for (HeaderCell o : anchors) {
            if (o == a || Math.abs(o.row() - a.row()) > 2) {
                continue;
            }
            if (o.col() < a.col()) {
                from = Math.max(from, o.lastCol() + 1);
                left = true;
            } else if (o.col() > a.col()) {
                to = Math.min(to, leftEdge(o, a.lastCol() + 1) - 1);
            }
        }
        return new Block(a, left ? leftEdge(a, from) : 0, to, false);
    }

    /** The anchor's column moved left over a No./区分 column that belongs to it (not past {@code bound}). */
    private int leftEdge(HeaderCell a, int bound) {
        int c = a.col();
        while (c - 1 >= bound && c - 1 >= 0) {
            boolean own = false;
            for (int r = Math.max(0, a.row() - HEADER_REACH); r <= a.lastRow() + HEADER_REACH; r++) {
                HeaderCell h = HeaderCell.at(g, r, c - 1, SheetGrid.MAX_COLUMNS - 1);
                if (h != null && (h.kind() == HeaderRole.NUMBER || h.kind() == HeaderRole.SECTION)) {
                    own = true;
                }
            }
            if (!own) {
                break;
            }
            c--;
        }
        return c;
    }

    /**
     * No cell names the item column: the header is the row naming most roles (at least two, one of them an answer
     * or date field), and the item column the one below it holding most sentences, not itself a header role.
     */
    private HeaderCell anchorByData() {
        int best = -1;
        int bestScore = 1;
        for (int r = 0; r <= Math.min(g.lastRow(), SCAN_ROWS); r++) {
            Set<HeaderRole> roles = EnumSet.noneOf(HeaderRole.class);
            for (int c = 0; c < SheetGrid.MAX_COLUMNS; c++) {
                HeaderCell h = HeaderCell.at(g, r, c, SheetGrid.MAX_COLUMNS - 1);
                if (h != null && h.kind() != HeaderRole.ROUND) {
                    roles.add(h.kind());
                }
            }
            boolean field = roles.stream().anyMatch(HeaderRole::perRound);
            if (field && roles.size() > bestScore) {
                best = r;
                bestScore = roles.size();
            }
        }
        if (best < 0) {
            return null;
        }
        int header = best;
        while (header + 1 <= g.lastRow() && hasHeader(header + 1, 0, SheetGrid.MAX_COLUMNS - 1)) {
            header++;
        }
        int column = sentenceColumn(best, header + 1);
        return column < 0 ? null : new HeaderCell(HeaderRole.ITEM, null, best, header, column, column);
    }

    private int sentenceColumn(int headerRow, int firstData) {
        int best = -1;
        int bestCount = 1;
        for (int c = 0; c < SheetGrid.MAX_COLUMNS; c++) {
            boolean role = false;
            for (int r = headerRow; r < firstData; r++) {
                role |= HeaderCell.at(g, r, c, SheetGrid.MAX_COLUMNS - 1) != null;
            }
            if (role || g.hidden(c)) {
                continue;
            }
            int count = 0;
            for (int r = firstData; r <= Math.min(g.lastRow(), firstData + 60); r++) {
                if (g.isTopLeft(r, c) && OfficialText.isSentence(g.raw(r, c))) {
                    count++;
                }
            }
            if (count > bestCount) {
                best = c;
                bestCount = count;
            }
        }
        return best;
    }

    boolean hasHeader(int r, int from, int to) {
        for (int c = from; c <= to; c++) {
            HeaderCell h = HeaderCell.at(g, r, c, to);
            if (h != null && h.kind() != HeaderRole.ITEM) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a row under the anchor is still header: it names a role other than a bare はい or いいえ, or it has はい and
     * いいえ side by side (the ○ columns' headings). A first item row answered はい or いいえ is data, not header.
     */
    boolean headerBelow(int r, int from, int to) {
        boolean yes = false;
        for (int c = from; c <= to; c++) {
            HeaderCell h = HeaderCell.at(g, r, c, to);
            if (h == null || h.kind() == HeaderRole.ITEM) {
                continue;
            }
            if (h.kind() != HeaderRole.YES && h.kind() != HeaderRole.NO) {
                return true;
            }
            HeaderCell next = c + 1 <= to ? HeaderCell.at(g, r, c + 1, to) : null;
            HeaderCell prev = c - 1 >= from ? HeaderCell.at(g, r, c - 1, to) : null;
            yes |= isYesNoPair(h, next) || isYesNoPair(prev, h);
        }
        return yes;
    }

    private static boolean isYesNoPair(HeaderCell left, HeaderCell right) {
        return left != null && right != null && left.kind() == HeaderRole.YES && right.kind() == HeaderRole.NO;
    }

    /** The header rows around a block's anchor (up to {@link #HEADER_REACH} above and below) and their cells. */
    Band band(Block b, int areaTop, int limit) {
        HeaderCell a = b.anchor;
        int top = a.row();
        while (top - 1 >= Math.max(areaTop, a.row() - HEADER_REACH) && hasHeader(top - 1, b.from, b.to)) {
            top--;
        }
        int bottom = a.lastRow();
        while (bottom + 1 <= Math.min(limit, a.lastRow() + HEADER_REACH) && headerBelow(bottom + 1, b.from, b.to)) {
            bottom++;
        }
        List<HeaderCell> cells = new ArrayList<>();
        int headerEnd = bottom;
        for (int r = top; r <= bottom; r++) {
            for (int c = b.from; c <= b.to; c++) {
                HeaderCell h = HeaderCell.at(g, r, c, b.to);
                if (h != null && (h.kind() != HeaderRole.ITEM || h.row() == a.row() && h.col() == a.col())) {
                    cells.add(h);
                    headerEnd = Math.max(headerEnd, h.lastRow());
                }
            }
        }
        return new Band(top, bottom, headerEnd, cells);
    }
}
