package jp.tenken.domain.official;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What must hold before a table read from the ministry's workbook becomes an edition: every item has text, no two
 * answer rows share a section, number and scope, and the table has an answer column. Each problem names its Excel
 * row so a person can find it.
 */
public final class OfficialGridRules {

    private OfficialGridRules() {
    }

    /** A problem: its kind, the sheet, the Excel row (1-based; the header row for a table-wide one) and details. */
    public record Problem(Kind kind, String file, String sheet, int excelRow, String number, int otherRow) {
    }

    /**
     * EMPTY_TEXT: an item without text; DUPLICATE: section, number and scope seen before; NO_ANSWER: no column;
     * UNREAD: a row that prints an item number but was not read as an item.
     */
    public enum Kind { EMPTY_TEXT, DUPLICATE, NO_ANSWER, UNREAD }

    public static List<Problem> check(OfficialGrid g) {
        List<Problem> out = new ArrayList<>();
        Map<OfficialColumn, Integer> c = g.columns();
        if (!c.containsKey(OfficialColumn.ANSWER_1) && !(c.containsKey(OfficialColumn.YES_1)
                && c.containsKey(OfficialColumn.NO_1))) {
            out.add(new Problem(Kind.NO_ANSWER, g.file(), g.sheet(), g.headerRow(), "", 0));
        }
        for (OfficialGrid.Unread u : g.unread()) {
            out.add(new Problem(Kind.UNREAD, g.file(), g.sheet(), u.excelRow(), u.number(), 0));
        }
        Map<String, Integer> seen = new HashMap<>();
        for (OfficialItem i : g.items()) {
            int row = i.rows().isEmpty() ? g.firstDataRow() : i.rows().get(0).excelRow();
            if (i.text().isBlank()) {
                out.add(new Problem(Kind.EMPTY_TEXT, g.file(), g.sheet(), row, i.number(), 0));
            }
            if (i.number().isEmpty()) {
                continue;
            }
            for (OfficialRow r : i.rows()) {
                Integer before = seen.putIfAbsent(i.section() + "\u0000" + i.number() + "\u0000" + r.scope(),
                        r.excelRow());
                if (before != null) {
                    out.add(new Problem(Kind.DUPLICATE, g.file(), g.sheet(), r.excelRow(), i.number(), before));
                }
            }
        }
        return out;
    }
}
