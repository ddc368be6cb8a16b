package jp.tenken.xlsx.read;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import jp.tenken.domain.FiscalYear;
import jp.tenken.domain.FullWidth;
import jp.tenken.domain.official.ExampleSheet;
import jp.tenken.domain.official.OfficialColumn;
import jp.tenken.domain.official.OfficialGrid;
import jp.tenken.domain.official.OfficialItem;
import jp.tenken.domain.official.OfficialReading;
import jp.tenken.domain.official.OfficialRecognition.Assumption;
import jp.tenken.domain.official.OfficialRecognition.Confidence;
import jp.tenken.domain.official.OfficialRecognition;
import jp.tenken.domain.official.OfficialRoundGroup;
import jp.tenken.domain.year.Round;
import org.apache.poi.ss.util.CellReference;

/**
 * Reads the checklist tables of one sheet: finds each table, its header rows and column roles, reads its items,
 * and the form label and title printed above it. A table without an answer column or without item rows is reported
 * with the header words that were missing rather than guessed.
 */
final class SheetReader {
    static final String WORD_ITEM = "チェック項目／確認項目";
    static final String WORD_ANSWER = "はい／いいえ";
    static final String WORD_CHECKED = "確認日";
    static final String WORD_TARGET = "目標日";
    static final String WORD_ROUND = "1回目／2回目";
    static final String WORD_ROWS = "項目の行";
    private static final Pattern YEAR = Pattern.compile("令和\\s*(\\d{1,2}|元)\\s*年度");
    private static final int SCAN_ROWS = 200;
    /** 【記入例】 heading a line, or a cell that says only (記入例): never 「（記入例：令和8年4月1日）」, a field's hint. */
    private static final Pattern EXAMPLE_MARK = Pattern.compile(
            "^([【\\[<〈《](記入例|見本|記載例|回答例)[】\\]>〉》].*|\\((記入例|見本|記載例|回答例)\\))$");
    private static final int EXAMPLE_ROWS = 10;
    private static final int TITLE_POINTS = 13;

    private final SheetGrid g;
    private final String file;
    /** The first header row (0-based) of a table found on the sheet, or -1 before {@link #read} or when none. */
    private int tableTop = -1;

    SheetReader(SheetGrid g, String file) {
        this.g = g;
        this.file = file;
    }

    /** The tables on the sheet into {@code grids}; what could not be read into {@code missing}. */
    void read(List<OfficialGrid> grids, List<OfficialReading.Unrecognised> missing) {
        TableFinder finder = new TableFinder(g);
        List<TableFinder.Block> blocks = finder.blocks();
        if (blocks.isEmpty()) {
            missing.add(new OfficialReading.Unrecognised(g.name(), missingOnSheet()));
            return;
        }
        for (TableFinder.Block b : blocks) {
            int limit = g.lastRow();
            int areaTop = 0;
            for (TableFinder.Block o : blocks) {
                boolean overlaps = o.from <= b.to && o.to >= b.from;
                if (overlaps && o.anchor.row() > b.anchor.lastRow() + 2) {
                    limit = Math.min(limit, o.anchor.row() - 1);
                }
                if (overlaps && o.anchor.row() < b.anchor.row() - 2) {
                    areaTop = Math.max(areaTop, o.lastDataRow + 1);
                }
            }
            readBlock(finder, b, areaTop, Math.max(limit, b.anchor.lastRow()), grids, missing);
        }
    }

    private void readBlock(TableFinder finder, TableFinder.Block b, int areaTop, int limit, List<OfficialGrid> grids,
                           List<OfficialReading.Unrecognised> missing) {
        TableFinder.Band band = finder.band(b, areaTop, limit);
        tableTop = tableTop < 0 ? band.top() : Math.min(tableTop, band.top());
        ColumnRoles.Roles roles = ColumnRoles.assign(g, b, band);
        String where = g.name() + "!" + new CellReference(b.anchor.row(), b.anchor.col()).formatAsString(false);
        boolean secondOnly = !roles.hasAnswer() && (roles.columns().containsKey(OfficialColumn.ANSWER_2)
                || roles.columns().containsKey(OfficialColumn.YES_2));
        if (!roles.hasAnswer() && !secondOnly) {
            missing.add(new OfficialReading.Unrecognised(where, List.of(WORD_ANSWER)));
            return;
        }
        ItemParser parser = new ItemParser(g, roles.columns(), roles.itemTo());
        List<OfficialItem> items = parser.parse(band.headerEnd() + 1, limit);
        if (items.isEmpty()) {
            missing.add(new OfficialReading.Unrecognised(where, List.of(WORD_ROWS)));
            return;
        }
        if (secondOnly) {
            if (!joinSecondRound(grids, band, roles, items)) {
                missing.add(new OfficialReading.Unrecognised(where, List.of(WORD_ANSWER)));
            }
            return;
        }
        items = GateAbove.withGate(g, roles.columns(), roles.itemTo(), areaTop, band.top(), items);
        b.lastDataRow = Math.max(b.lastDataRow, parser.lastRow());
        Heading heading = heading(b, band.headerEnd(), areaTop);
        Confidence confidence = OfficialRecognition.judge(roles.assumptions());
        if (confidence == Confidence.CERTAIN && !roles.columns().containsKey(OfficialColumn.CHECKED_1)) {
            confidence = Confidence.PROBABLE; // a table without a 確認日 column is unusual
        }
        OfficialRecognition recognition = new OfficialRecognition(band.top() + 1, band.headerEnd() + 1,
                roles.assumptions(), confidence);
        grids.add(grid(heading, band, roles.columns(), roles.rounds(), items, recognition, parser.unread()));
    }

    /**
     * A 2回目 block printed as its own table beside the 1回目 one (its own No. and チェック項目 repeated): its columns
     * join the table on the same header rows with the same items. False when there is no such table.
     */
    private boolean joinSecondRound(List<OfficialGrid> grids, TableFinder.Band band, ColumnRoles.Roles roles,
                                    List<OfficialItem> items) {
        for (int i = 0; i < grids.size(); i++) {
            OfficialGrid o = grids.get(i);
            boolean beside = o.sheet().equals(g.name()) && Math.abs(o.headerRow() - (band.top() + 1)) <= 2;
            if (!beside || !o.items().stream().map(OfficialItem::number).toList()
                    .equals(items.stream().map(OfficialItem::number).toList())) {
                continue;
            }
            Map<OfficialColumn, Integer> columns = new EnumMap<>(o.columns());
            List<Assumption> assumptions = new ArrayList<>(o.recognition().assumptions());
            for (Assumption a : roles.assumptions()) {
                if (a.column().name().endsWith("_2") && !columns.containsKey(a.column())) {
                    columns.put(a.column(), a.index());
                    assumptions.add(a);
                }
            }
            List<OfficialRoundGroup> rounds = new ArrayList<>(o.rounds());
            rounds.addAll(roles.rounds().stream().filter(r -> r.round() == Round.SECOND).toList());
            OfficialRecognition r = o.recognition();
            grids.set(i, new OfficialGrid(o.file(), o.sheet(), o.label(), o.forms(), o.title(), o.headerRow(),
                    o.firstDataRow(), columns, rounds, o.items(), new OfficialRecognition(r.firstHeaderRow(),
                    r.lastHeaderRow(), assumptions, r.confidence()), o.unread()));
            return true;
        }
        return false;
    }

    OfficialGrid grid(Heading heading, TableFinder.Band band, Map<OfficialColumn, Integer> columns,
                      List<OfficialRoundGroup> rounds, List<OfficialItem> items, OfficialRecognition recognition,
                      List<OfficialGrid.Unread> unread) {
        return new OfficialGrid(file, g.name(), heading.label(), OfficialText.formsOf(heading.label()),
                heading.title(), band.top() + 1, band.headerEnd() + 2, columns, rounds, items, recognition, unread);
    }

    /** What is printed above a table: the form label (empty when none) and the title (empty when none). */
    record Heading(String label, String title) {
    }

    /**
     * The form label (医療機関・薬局確認用 …) nearest above the header, and the form's title: of the lines naming the
     * チェックリスト above the table (a note or a footnote never is one), the one printed largest, ending in
     * 「…チェックリスト」 and naming its 年度版 first, the nearest of equals.
     */
    Heading heading(TableFinder.Block b, int headerEnd, int areaTop) {
        String label = "";
        String noteLabel = "";
        String title = "";
        int best = -1;
        boolean sideBySide = b.from > 0 || b.to < SheetGrid.MAX_COLUMNS - 1;
        int fromCol = sideBySide ? b.from : 0;
        int toCol = sideBySide ? b.to : SheetGrid.MAX_COLUMNS - 1;
        for (int r = headerEnd; r >= areaTop && r >= headerEnd - SCAN_ROWS; r--) {
            for (int c = fromCol; c <= toCol; c++) {
                String t = g.isTopLeft(r, c) ? g.raw(r, c) : "";
                if (t.isBlank()) {
                    continue;
                }
                String clean = OfficialText.clean(t);
                boolean note = OfficialText.isFootnote(clean) || clean.endsWith("。");
                if (label.isEmpty() && !note) {
                    label = OfficialText.labelIn(t).orElse("");
                } else if (noteLabel.isEmpty() && note) { // 「※事業者確認用は…依頼してください。」 names another form
                    noteLabel = OfficialText.labelIn(t).orElse("");
                }
                int score = titleScore(r, c, t);
                if (score > best) {
                    best = score;
                    title = FullWidth.toHalfWidth(OfficialText.printed(t)).replaceAll("\\s+", " ");
                }
            }
        }
        if (label.isEmpty()) {
            label = OfficialText.labelIn(g.name()).orElse(noteLabel);
        }
        return new Heading(label, title);
    }

    /** How much a cell reads as the form's title; -1 when it is not one at all. */
    private int titleScore(int r, int c, String text) {
        String clean = OfficialText.clean(text);
        String compact = OfficialText.compact(text);
        if (!compact.contains("チェックリスト") || OfficialText.isFootnote(clean) || clean.endsWith("。")
                || clean.length() > 80) {
            return -1;
        }
        int score = 0;
        score += g.fontPoints(r, c) >= TITLE_POINTS ? 4 : 0;
        score += compact.replaceFirst("[(（【\\[][^)）】\\]]*[)）】\\]]$", "").endsWith("チェックリスト") ? 2 : 0;
        score += yearIn(text) != null ? 1 : 0;
        return score;
    }

    /** The fiscal year a text names as 令和N年度, or null. */
    static FiscalYear yearIn(String text) {
        Matcher m = YEAR.matcher(OfficialText.compact(text));
        if (m.find()) {
            int reiwa = m.group(1).equals("元") ? 1 : Integer.parseInt(m.group(1));
            if (reiwa >= 1 && reiwa <= 80) {
                return FiscalYear.ofReiwa(reiwa);
            }
        }
        return null;
    }

    /**
     * Whether the sheet is a filled-in example (記入例, 見本, 記載例 in its name, or a 【記入例】 line near the top, above
     * the table's チェック項目 header: under it, a 記入例 cell marks an example row of the form): it is never read as the
     * form nor written into.
     */
    boolean example() {
        if (ExampleSheet.named(g.name())) {
            return true;
        }
        for (int r = 0; r <= Math.min(g.lastRow(), EXAMPLE_ROWS) && !underItemHeader(r); r++) {
            for (int c = 0; c < SheetGrid.MAX_COLUMNS; c++) {
                String t = OfficialText.compact(g.raw(r, c));
                if (!t.isEmpty() && (EXAMPLE_MARK.matcher(t).matches() || ExampleSheet.WORDS.matcher(t).matches())) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether a row above {@code r} names the item column: a 記入例 mark there is an example row of the form. */
    private boolean underItemHeader(int r) {
        for (int above = 0; above < r; above++) {
            for (int c = 0; c < SheetGrid.MAX_COLUMNS; c++) {
                if (g.isTopLeft(above, c) && HeaderRole.classify(g.raw(above, c)) == HeaderRole.ITEM) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * 令和N年度 printed in a title-like line near the top of the sheet (above its first table once {@link #read} has
     * found one), if any: never from an item row or a note such as 「（令和9年度までに導入が目標）」.
     */
    FiscalYear year() {
        int last = Math.min(g.lastRow(), tableTop >= 0 ? tableTop - 1 : SCAN_ROWS);
        for (int r = 0; r <= last; r++) {
            for (int c = 0; c < SheetGrid.MAX_COLUMNS; c++) {
                FiscalYear y = g.isTopLeft(r, c) ? titleYearIn(g.raw(r, c)) : null;
                if (y != null) {
                    return y;
                }
            }
        }
        return null;
    }

    /**
     * The year a title-like line names: 「令和８年度版」, or 令和N年度 in a line naming the チェックリスト; null for a
     * sentence ending in 「。」, a footnote, or a year inside other text (「令和9年度までに…」).
     */
    static FiscalYear titleYearIn(String text) {
        String clean = OfficialText.clean(text);
        if (clean.isEmpty() || clean.endsWith("。") || OfficialText.isFootnote(clean)) {
            return null;
        }
        String compact = OfficialText.compact(text);
        Matcher m = YEAR.matcher(compact);
        if (m.find() && (compact.startsWith("版", m.end()) || compact.contains("チェックリスト")
                && !compact.startsWith("まで", m.end()) || alone(compact, m))) {
            return yearIn(m.group());
        }
        return null;
    }

    /** The year is all the line says, bracketed or after a label such as 「対象年度：」 (a year cell of a title block). */
    private static boolean alone(String compact, Matcher m) {
        String rest = (compact.substring(0, m.start()) + compact.substring(m.end()))
                .replaceAll("^(対象|点検|実施|確認)?年度", "").replaceAll("[（）()【】\\[\\]：:・\\s]", "");
        return rest.isEmpty();
    }

    boolean inspectionNotice() {
        for (int r = 0; r <= Math.min(g.lastRow(), SCAN_ROWS); r++) {
            for (int c = 0; c < SheetGrid.MAX_COLUMNS; c++) {
                if (OfficialText.compact(g.raw(r, c)).contains("立入検査時")) {
                    return true;
                }
            }
        }
        return false;
    }

    private List<String> missingOnSheet() {
        boolean yes = false;
        boolean no = false;
        boolean checked = false;
        boolean target = false;
        boolean round = false;
        for (int r = 0; r <= g.lastRow(); r++) {
            for (int c = 0; c < SheetGrid.MAX_COLUMNS; c++) {
                String t = OfficialText.compact(g.raw(r, c));
                if (t.isEmpty()) {
                    continue;
                }
                HeaderRole h = HeaderRole.classify(t);
                yes |= t.contains("はい") || h == HeaderRole.ANSWER;
                no |= t.contains("いいえ") || h == HeaderRole.ANSWER;
                checked |= h == HeaderRole.CHECKED || t.contains("確認日");
                target |= h == HeaderRole.TARGET || t.contains("目標日");
                round |= OfficialText.roundIn(t) != null;
            }
        }
        List<String> out = new ArrayList<>();
        out.add(WORD_ITEM); // no header cell of its own was found, whatever the text says
        if (!(yes && no)) {
            out.add(WORD_ANSWER);
        }
        if (!checked) {
            out.add(WORD_CHECKED);
        }
        if (!target) {
            out.add(WORD_TARGET);
        }
        if (!round) {
            out.add(WORD_ROUND);
        }
        return out;
    }
}
