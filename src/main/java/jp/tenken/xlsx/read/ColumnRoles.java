package jp.tenken.xlsx.read;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import jp.tenken.domain.official.OfficialColumn;
import jp.tenken.domain.official.OfficialRecognition.Assumption;
import jp.tenken.domain.official.OfficialRecognition.Evidence;
import jp.tenken.domain.official.OfficialRoundGroup;
import jp.tenken.domain.year.Round;
import org.apache.poi.ss.util.CellReference;

/**
 * Gives each column of a table its role. First by the header: every column reads the header cells above it from the
 * lowest up (so 「1回目」 merged over three columns, a 1回目 row under 回答, or 「回答（1回目）」 all give the round),
 * and a column under the same lowest cell as its left neighbour continues it. Then by the cells below: a はい/いいえ
 * list validation or はい/いいえ values make an answer column, date validations or date formats a date column.
 * Every role records why it was taken.
 */
final class ColumnRoles {
    private static final int DATA_PROBE = 30;

    private final SheetGrid g;
    private final Map<OfficialColumn, Integer> columns = new EnumMap<>(OfficialColumn.class);
    private final List<Assumption> assumptions = new ArrayList<>();
    private final Map<Integer, Round> roundOf = new HashMap<>();
    private final List<OfficialRoundGroup> rounds = new ArrayList<>();
    private int itemTo;

    /** The roles found: columns, the 1回目/2回目 groups, the evidence, and the last column of the item text. */
    record Roles(Map<OfficialColumn, Integer> columns, List<OfficialRoundGroup> rounds, List<Assumption> assumptions,
                 int itemTo) {
        boolean hasAnswer() {
            return columns.containsKey(OfficialColumn.ANSWER_1) || columns.containsKey(OfficialColumn.YES_1);
        }
    }

    private ColumnRoles(SheetGrid g) {
        this.g = g;
    }

    static Roles assign(SheetGrid g, TableFinder.Block b, TableFinder.Band band) {
        ColumnRoles r = new ColumnRoles(g);
        r.fromHeader(b, band);
        int firstData = band.headerEnd() + 1;
        r.answersFromCells(b, firstData);
        r.datesFromCells(b, firstData);
        r.pairYesNo();
        r.textBeside(b, band, firstData);
        r.assumptions.removeIf(a -> !Integer.valueOf(a.index()).equals(r.columns.get(a.column())));
        r.assumptions.sort(Comparator.comparingInt(Assumption::index));
        return new Roles(r.columns, r.rounds, r.assumptions, r.itemTo);
    }

    private void fromHeader(TableFinder.Block b, TableFinder.Band band) {
        HeaderCell a = b.anchor;
        put(OfficialColumn.ITEM, a.col(), b.anchorByData ? Evidence.CELL_DATA : Evidence.HEADER_WORD,
                b.anchorByData ? "sentences" : OfficialText.compact(g.raw(a.row(), a.col())));
        itemTo = b.anchorByData ? a.col() : a.lastCol();
        for (HeaderCell h : band.cells()) {
            if (h.kind() == HeaderRole.ROUND) {
                addRound(h);
            }
        }
        Map<HeaderRole, Integer> seen = new EnumMap<>(HeaderRole.class);
        rolesFromHeader(b, band, seen, false);
        rolesFromHeader(b, band, seen, true); // a hidden column (2回目 hidden) only takes a role still free
    }

    private void rolesFromHeader(TableFinder.Block b, TableFinder.Band band, Map<HeaderRole, Integer> seen,
                                 boolean hiddenPass) {
        HeaderCell previous = null;
        for (int c = b.from; c <= b.to; c++) {
            List<HeaderCell> path = path(band, c);
            HeaderCell lowest = path.isEmpty() ? null : path.get(path.size() - 1);
            if (lowest == null) {
                previous = lowest;
                continue;
            }
            Round round = null;
            HeaderCell role = null;
            for (int i = path.size() - 1; i >= 0; i--) {
                round = round != null ? round : path.get(i).round();
                role = role != null || path.get(i).kind() == HeaderRole.ROUND ? role : path.get(i);
            }
            if (round == null && role != null && role.kind().perRound()) {
                round = roundToTheLeft(band, c); // 【1回目】 printed once above a block of columns
            }
            if (round != null) {
                roundOf.put(c, round);
            }
            if (lowest == previous || role == null || g.hidden(c) != hiddenPass) {
                previous = lowest;
                continue; // the same header cell goes on over this column
            }
            previous = lowest;
            take(role, round, c, seen);
        }
    }

    /** The round named by the nearest 1回目/2回目 cell starting at or left of {@code c}, or null. */
    private static Round roundToTheLeft(TableFinder.Band band, int c) {
        return band.cells().stream().filter(h -> h.kind() == HeaderRole.ROUND && h.col() <= c)
                .max(Comparator.comparingInt(HeaderCell::col)).map(HeaderCell::round).orElse(null);
    }

    /** The header cells over column {@code c}, top to bottom. */
    private static List<HeaderCell> path(TableFinder.Band band, int c) {
        return band.cells().stream().filter(h -> h.col() <= c && c <= h.lastCol())
                .sorted(Comparator.comparingInt(HeaderCell::row)).toList();
    }

    private void addRound(HeaderCell h) {
        for (int i = 0; i < rounds.size(); i++) {
            OfficialRoundGroup o = rounds.get(i);
            if (o.round() == h.round()) {
                rounds.set(i, new OfficialRoundGroup(o.round(), Math.min(o.firstColumn(), h.col()),
                        Math.max(o.lastColumn(), h.lastCol())));
                return;
            }
        }
        rounds.add(new OfficialRoundGroup(h.round(), h.col(), h.lastCol()));
    }

    private void take(HeaderCell h, Round round, int c, Map<HeaderRole, Integer> seen) {
        String word = OfficialText.compact(g.raw(h.row(), h.col()));
        OfficialColumn col = switch (h.kind()) {
            case NUMBER -> OfficialColumn.NUMBER;
            case SECTION -> OfficialColumn.SECTION;
            case SCOPE -> OfficialColumn.SCOPE;
            case NOTE -> OfficialColumn.NOTE;
            case REFERENCE -> OfficialColumn.REFERENCE;
            case ITEM, ROUND -> null;
            default -> perRound(h.kind(), round, seen);
        };
        if (col != null) {
            put(col, c, Evidence.HEADER_WORD, word);
        }
    }

    private static OfficialColumn perRound(HeaderRole kind, Round round, Map<HeaderRole, Integer> seen) {
        Round r = round;
        if (r == null) {
            int n = seen.merge(kind, 1, Integer::sum);
            r = n == 1 ? Round.FIRST : n == 2 ? Round.SECOND : null;
        }
        if (r == null) {
            return null;
        }
        return switch (kind) {
            case ANSWER -> OfficialColumn.answer(r);
            case YES -> OfficialColumn.yes(r);
            case NO -> OfficialColumn.no(r);
            case CHECKED -> OfficialColumn.checked(r);
            default -> OfficialColumn.target(r);
        };
    }

    private void put(OfficialColumn col, int c, Evidence evidence, String detail) {
        if (!columns.containsKey(col) && !columns.containsValue(c)) {
            columns.put(col, c);
            assumptions.add(new Assumption(col, c, evidence, detail));
        }
    }

    private boolean free(int c) {
        return !columns.containsValue(c) && !g.hidden(c) && (c < columns.get(OfficialColumn.ITEM) || c > itemTo);
    }

    /** Answer columns no header named: a はい/いいえ list validation, else only はい/いいえ written below. */
    private void answersFromCells(TableFinder.Block b, int firstData) {
        for (int c = b.from; c <= b.to; c++) {
            if (!free(c) || roundMissing(c) == null) {
                continue;
            }
            List<String> list = listBelow(c, firstData);
            if (list.contains("はい") && list.contains("いいえ")) {
                put(OfficialColumn.answer(roundMissing(c)), c, Evidence.DATA_VALIDATION, String.join(",", list));
            } else if (onlyYesNo(c, firstData)) {
                put(OfficialColumn.answer(roundMissing(c)), c, Evidence.CELL_DATA, "はい/いいえ");
            }
        }
    }

    /** The round an answer found in column {@code c} belongs to: its header's, else the first without one. */
    private Round roundMissing(int c) {
        Round r = roundOf.get(c);
        if (r != null) {
            return hasAnswer(r) ? null : r;
        }
        return !hasAnswer(Round.FIRST) ? Round.FIRST : !hasAnswer(Round.SECOND) ? Round.SECOND : null;
    }

    private boolean hasAnswer(Round r) {
        return columns.containsKey(OfficialColumn.answer(r)) || columns.containsKey(OfficialColumn.yes(r));
    }

    private List<String> listBelow(int c, int firstData) {
        for (int r = firstData; r <= Math.min(g.lastRow() + 1, firstData + DATA_PROBE); r++) {
            List<String> list = g.listAt(r, c);
            if (!list.isEmpty()) {
                return list;
            }
        }
        return List.of();
    }

    private boolean onlyYesNo(int c, int firstData) {
        int answers = 0;
        for (int r = firstData; r <= Math.min(g.lastRow(), firstData + DATA_PROBE); r++) {
            String v = OfficialText.compact(g.value(r, c));
            if (v.equals("はい") || v.equals("いいえ")) {
                answers++;
            } else if (!v.isEmpty()) {
                return false;
            }
        }
        return answers > 0;
    }

    /** Date columns no header named: a date validation or a date format on the cells below. */
    private void datesFromCells(TableFinder.Block b, int firstData) {
        for (int c = b.from; c <= b.to; c++) {
            Evidence evidence = free(c) ? datesBelow(c, firstData) : null;
            if (evidence == null) {
                continue;
            }
            Round r = roundOf.getOrDefault(c, columns.containsKey(OfficialColumn.TARGET_1)
                    && hasAnswer(Round.SECOND) ? Round.SECOND : Round.FIRST);
            OfficialColumn col = !columns.containsKey(OfficialColumn.checked(r)) ? OfficialColumn.checked(r)
                    : !columns.containsKey(OfficialColumn.target(r)) ? OfficialColumn.target(r) : null;
            if (col != null) {
                put(col, c, evidence, evidence == Evidence.DATA_VALIDATION ? "date" : "date format");
            }
        }
    }

    /** How the cells below say they take dates (a validation, or a format), or null when they do not. */
    private Evidence datesBelow(int c, int firstData) {
        Evidence found = null;
        for (int r = firstData; r <= Math.min(g.lastRow() + 1, firstData + DATA_PROBE); r++) {
            if (g.dateValidated(r, c)) {
                return Evidence.DATA_VALIDATION;
            }
            if (g.dateCell(r, c)) {
                found = Evidence.CELL_DATA;
            }
        }
        return found;
    }

    /**
     * Item text written in an unlabelled column beside the one its heading stands over (「確認事項」 over C, the
     * sentences in D): that column is read as part of the item text, when it holds sentences on rows where the
     * heading's own column is empty, and never on a row where both hold text.
     */
    private void textBeside(TableFinder.Block b, TableFinder.Band band, int firstData) {
        int item = columns.get(OfficialColumn.ITEM);
        for (int c = itemTo + 1; c <= b.to && c < SheetGrid.MAX_COLUMNS; c++) {
            if (columns.containsValue(c) || g.hidden(c) || !path(band, c).isEmpty()) {
                return;
            }
            int alone = 0;
            for (int r = firstData; r <= Math.min(g.lastRow(), firstData + DATA_PROBE * 2); r++) {
                String beside = g.isTopLeft(r, c) ? g.raw(r, c) : "";
                boolean own = false;
                for (int k = item; k < c; k++) {
                    own |= !g.value(r, k).isBlank() && !g.sameRegion(r, k, c);
                }
                if (OfficialText.isSentence(beside)) {
                    if (own) {
                        return;
                    }
                    alone++;
                }
            }
            if (alone == 0) {
                return;
            }
            itemTo = c;
            String letters = CellReference.convertNumToColString(c);
            assumptions.replaceAll(a -> a.column() != OfficialColumn.ITEM ? a
                    : new Assumption(a.column(), a.index(), a.evidence(), a.detail() + "（文言は" + letters + "列）"));
        }
    }

    /** はい・いいえ over two sub-columns puts ○ in one of them; a lone はい or いいえ column is not an answer. */
    private void pairYesNo() {
        for (Round r : Round.values()) {
            Integer yes = columns.get(OfficialColumn.yes(r));
            Integer no = columns.get(OfficialColumn.no(r));
            if (yes != null && no != null) {
                columns.remove(OfficialColumn.answer(r));
            } else {
                columns.remove(OfficialColumn.yes(r));
                columns.remove(OfficialColumn.no(r));
            }
        }
    }
}
