package jp.tenken.xlsx.read;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import jp.tenken.domain.official.OfficialColumn;
import jp.tenken.domain.official.OfficialItem;
import org.apache.poi.ss.util.CellReference;

/**
 * A question printed between the form's title and its table's header with an answer cell of its own (the gate
 * 「医療情報システムを導入、運用している。」 in a box above the table, answered in the table's はい・いいえ column): it
 * is the table's first item, written back where it is printed. Without this its row was lost.
 */
final class GateAbove {
    /** How far above the header a question is looked for. */
    private static final int ROWS = 10;

    private GateAbove() {
    }

    /**
     * The table's {@code items} with the question above its header first, when there is one (never the same
     * question twice).
     */
    static List<OfficialItem> withGate(SheetGrid g, Map<OfficialColumn, Integer> columns, int itemTo, int areaTop,
                                       int headerTop, List<OfficialItem> items) {
        List<OfficialItem> gate = find(g, columns, itemTo, areaTop, headerTop);
        if (gate.isEmpty() || items.stream().anyMatch(i -> i.text().equals(gate.get(0).text()))) {
            return items;
        }
        List<OfficialItem> all = new ArrayList<>(gate);
        all.addAll(items);
        return List.copyOf(all);
    }

    /**
     * The question above {@code headerTop} (0-based) and below {@code areaTop}, or none: a row whose cell in the
     * table's answer column offers はい/いいえ (a list) or holds one, and that reads as one item on its own.
     */
    private static List<OfficialItem> find(SheetGrid g, Map<OfficialColumn, Integer> columns, int itemTo, int areaTop,
                                   int headerTop) {
        Integer answer = columns.containsKey(OfficialColumn.ANSWER_1) ? columns.get(OfficialColumn.ANSWER_1)
                : columns.get(OfficialColumn.YES_1);
        if (answer == null || !columns.containsKey(OfficialColumn.ITEM)) {
            return List.of();
        }
        for (int r = Math.max(areaTop, headerTop - ROWS); r < headerTop; r++) {
            if (!answerCell(g, r, answer)) {
                continue;
            }
            List<OfficialItem> items = new ItemParser(g, columns, itemTo).parse(r, r);
            if (items.size() == 1 && OfficialText.isSentence(items.get(0).text())) {
                return List.of(named(g, columns, r, items.get(0)));
            }
        }
        return List.of();
    }

    /**
     * A name printed before the question in a column left of the item's own (「医療情報システムの有無」 where the table
     * has its numbers) is the question's section, not part of its text.
     */
    private static OfficialItem named(SheetGrid g, Map<OfficialColumn, Integer> columns, int r, OfficialItem item) {
        int itemCol = columns.get(OfficialColumn.ITEM);
        String own = OfficialText.clean(g.value(r, itemCol));
        String text = item.text();
        if (!item.number().isEmpty() || own.isEmpty() || !text.endsWith(own) || text.equals(own)) {
            return item;
        }
        String name = text.substring(0, text.length() - own.length()).strip();
        return new OfficialItem("", own, item.section(), name, new CellReference(r, itemCol).formatAsString(false),
                item.rows(), item.reference());
    }

    private static boolean answerCell(SheetGrid g, int r, int c) {
        if (g.listAt(r, c).contains("はい")) {
            return true;
        }
        String v = OfficialText.compact(g.value(r, c));
        return v.equals("はい") || v.equals("いいえ") || v.equals("○");
    }
}
