package jp.tenken.xlsx.read;

import jp.tenken.domain.year.Round;
import org.apache.poi.ss.util.CellRangeAddress;

/** A header cell recognised on a sheet: its role, the round its text names (or null) and the block it covers. */
record HeaderCell(HeaderRole kind, Round round, int row, int lastRow, int col, int lastCol) {

    /** The header at (r, c) when it is a merged block's top-left (or a plain cell) naming a role, else null. */
    static HeaderCell at(SheetGrid g, int r, int c, int regionEnd) {
        if (!g.isTopLeft(r, c)) {
            return null;
        }
        String text = g.raw(r, c);
        HeaderRole kind = HeaderRole.classify(text);
        if (kind == null) {
            return null;
        }
        CellRangeAddress a = g.region(r, c);
        int lastR = a == null ? r : a.getLastRow();
        int lastC = a == null ? c : Math.min(a.getLastColumn(), regionEnd);
        return new HeaderCell(kind, OfficialText.roundIn(text), r, lastR, c, lastC);
    }
}
