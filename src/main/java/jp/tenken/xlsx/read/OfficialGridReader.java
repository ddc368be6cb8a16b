package jp.tenken.xlsx.read;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import jp.tenken.domain.FiscalYear;
import jp.tenken.domain.FormKind;
import jp.tenken.domain.OfficialColumn;
import jp.tenken.domain.OfficialGrid;
import jp.tenken.domain.OfficialItem;
import jp.tenken.domain.OfficialReading;
import jp.tenken.domain.OfficialRoundGroup;
import jp.tenken.domain.OfficialRow;
import jp.tenken.domain.Round;
import jp.tenken.domain.Scope;
import org.apache.poi.ooxml.POIXMLException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JRuntimeException;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Finds the checklist tables in a workbook the ministry publishes (令和8年度版 on), whose grid we have not seen:
 * the header words (チェック項目/確認項目, はい・いいえ, 確認日, 目標日, 1回目/2回目, 対象) anywhere on a sheet, in any
 * column order, merged or not, below any number of title rows; then the item rows under each header (numbers like
 * ①, (1), 1-(1), ２－③; section headings; サーバ/端末PC/ネットワーク機器 sub-rows; merged item cells). Every header
 * found gives one table, so two forms on one sheet (stacked or side by side) come back as two. A sheet it cannot
 * read is reported with the header words that were missing; nothing is guessed. Read-only: the file is never
 * written, formulas are never evaluated (their cached values are read), and the zip, rows and columns are capped.
 */
public final class OfficialGridReader {
    public static final long MAX_FILE_BYTES = 20L * 1024 * 1024;
    static final int MAX_ROWS = 3000;
    static final int MAX_COLUMNS = 80;
    static final int MAX_SHEETS = 30;
    private static final int MAX_MERGED_AREA = 20_000;
    private static final int HEADER_REACH = 3;

    static final String WORD_ITEM = "チェック項目／確認項目";
    static final String WORD_ANSWER = "はい／いいえ";
    static final String WORD_CHECKED = "確認日";
    static final String WORD_TARGET = "目標日";
    static final String WORD_ROUND = "1回目／2回目";
    static final String WORD_ROWS = "項目の行";

    private static final Pattern FULL_NUMBER = Pattern.compile("^(\\d{1,2})\\s*-\\s*(\\(\\d{1,2}\\)|[①-⑳㉑-㉟]|\\d{1,2})");
    private static final Pattern BARE_NUMBER = Pattern.compile("^(\\(\\d{1,2}\\)|[①-⑳㉑-㉟])");
    private static final Pattern DIGITS = Pattern.compile("^\\d{1,2}$");
    private static final Pattern HEADING = Pattern.compile("^(\\d{1,2})\\s*[.、:]?\\s*([^\\d\\s\\-.(].*)$");
    private static final Pattern YEAR = Pattern.compile("令和\\s*(\\d{1,2}|元)\\s*年度");
    private static final List<String> LABELS = List.of("医療機関・薬局確認用", "医療機関等確認用", "医療機関確認用",
            "薬局確認用", "事業者確認用");

    /** The same guards as any import: refuse zip bombs and absurd entries before POI inflates them. */
    public static void limitZip() {
        ZipSecureFile.setMinInflateRatio(0.01);
        ZipSecureFile.setMaxEntrySize(200L * 1024 * 1024);
        ZipSecureFile.setMaxTextSize(10L * 1024 * 1024);
    }

    /** Reads a workbook file; {@link OfficialFileException} when it is not a readable .xlsx at all. */
    public OfficialReading read(Path file) {
        String name = file.getFileName().toString();
        try {
            if (Files.size(file) > MAX_FILE_BYTES) {
                throw new OfficialFileException(OfficialFileException.Kind.TOO_LARGE, name, null);
            }
            try (InputStream in = FileMagic.prepareToCheckMagic(new BufferedInputStream(Files.newInputStream(file)))) {
                FileMagic magic = FileMagic.valueOf(in);
                if (magic == FileMagic.OLE2) {
                    throw new OfficialFileException(OfficialFileException.Kind.ENCRYPTED_OR_OLD, name, null);
                }
                if (magic != FileMagic.OOXML) {
                    throw new OfficialFileException(OfficialFileException.Kind.NOT_XLSX, name, null);
                }
                limitZip();
                try (XSSFWorkbook wb = new XSSFWorkbook(in)) {
                    return read(wb, name);
                }
            }
        } catch (IOException | POIXMLException | OpenXML4JRuntimeException | IllegalStateException
                 | IllegalArgumentException e) {
            throw new OfficialFileException(OfficialFileException.Kind.UNREADABLE, name, e);
        }
    }

    OfficialReading read(XSSFWorkbook wb, String file) {
        List<OfficialGrid> grids = new ArrayList<>();
        List<OfficialReading.Unrecognised> missing = new ArrayList<>();
        FiscalYear year = null;
        boolean notice = false;
        for (int s = 0; s < Math.min(wb.getNumberOfSheets(), MAX_SHEETS); s++) {
            SheetView v = new SheetView(wb.getSheetAt(s));
            if (year == null) {
                year = v.year();
            }
            notice |= v.inspectionNotice();
            v.readGrids(file, grids, missing);
        }
        return new OfficialReading(file, grids, Optional.ofNullable(year), notice, missing);
    }

    // ---- the text of a cell, as a person reads it -------------------------------------------------------------

    /** Full-width ASCII to half-width, ideographic space to space, the dashes people type to '-'. */
    static String halfWidth(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            if (c >= '！' && c <= '～') {
                b.append((char) (c - 0xFEE0));
            } else if (c == '\u3000') {
                b.append(' ');
            } else if (c == '‐' || c == '−' || c == '–' || c == '—' || c == 'ｰ') {
                b.append('-');
            } else if (c == '･') {
                b.append('・');
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }

    /** Half-width with every space and line break removed: how header words are compared. */
    static String compact(String s) {
        return halfWidth(s).replaceAll("\\s+", "");
    }

    /** As printed, with line breaks inside the cell joined: how item text is kept. */
    static String printed(String s) {
        return s.replaceAll("[\\r\\n]+", "").strip();
    }

    /**
     * {@link #printed} made half-width, character for character (so a position in it is a position in the printed
     * text): how numbers and headings are parsed.
     */
    static String clean(String s) {
        return halfWidth(printed(s));
    }

    private enum H { ITEM, NUMBER, SECTION, SCOPE, NOTE, ANSWER, YES, NO, CHECKED, TARGET, ROUND }

    private record HeaderCell(H kind, Round round, int row, int lastRow, int col, int lastCol) {
    }

    private static Round roundIn(String t) {
        if (t.contains("1回目") || t.contains("第1回")) {
            return Round.FIRST;
        }
        if (t.contains("2回目") || t.contains("第2回")) {
            return Round.SECOND;
        }
        return null;
    }

    private static H classify(String raw) {
        String t = compact(raw);
        if (t.isEmpty() || t.length() > 24) {
            return null;
        }
        int colon = t.indexOf(':');
        if (colon >= 0 && colon < t.length() - 1) {
            return null; // 「確認日：令和 年 月 日」 is a field to fill in, not a column header
        }
        if (t.contains("目標日")) {
            return H.TARGET;
        }
        if (t.contains("確認日") || t.contains("確認年月日")) {
            return H.CHECKED;
        }
        if (t.contains("はい") && t.contains("いいえ")) {
            return H.ANSWER;
        }
        String bare = t.replaceAll("[「」『』()\\[\\]○〇]", "");
        if (bare.equals("はい")) {
            return H.YES;
        }
        if (bare.equals("いいえ")) {
            return H.NO;
        }
        if (t.length() <= 16 && (t.contains("チェック項目") || t.contains("確認項目") || t.equals("項目"))) {
            return H.ITEM;
        }
        if (t.matches("(?i)(no\\.?|№|番号|項番|項目番号)")) {
            return H.NUMBER;
        }
        if (t.matches("(区分|分類|大項目|章)")) {
            return H.SECTION;
        }
        if (t.length() <= 10 && t.contains("対象")) {
            return H.SCOPE;
        }
        if (t.length() <= 12 && (t.contains("備考") || t.contains("メモ") || t.contains("特記事項"))) {
            return H.NOTE;
        }
        if (t.length() <= 12 && roundIn(t) != null) {
            return H.ROUND;
        }
        return null;
    }

    static Scope scopeOf(String raw) {
        String t = compact(raw).replace("・", "").replace("PC", "PC");
        if (t.isEmpty() || t.matches("[-―ー]+")) {
            return Scope.NONE;
        }
        if (t.contains("全般")) {
            return Scope.ALL;
        }
        int devices = 0;
        Scope one = Scope.NONE;
        if (t.contains("サーバ")) {
            devices++;
            one = Scope.SERVER;
        }
        if (t.contains("端末")) {
            devices++;
            one = Scope.TERMINAL;
        }
        if (t.contains("ネットワーク")) {
            devices++;
            one = Scope.NETWORK;
        }
        return devices >= 2 ? Scope.ALL : one;
    }

    private static boolean isScopeWord(String raw) {
        String t = compact(raw).replaceFirst("^[・\\-]", "");
        return t.length() <= 14 && scopeOf(t) != Scope.NONE;
    }

    /** The label of a form named in {@code text} when exactly one is named (a tag naming two is not a label). */
    static Optional<String> labelIn(String text) {
        String t = compact(text);
        Set<String> found = new LinkedHashSet<>();
        for (String l : LABELS) {
            if (t.contains(l)) {
                found.add(l);
                t = t.replace(l, "");
            }
        }
        return found.size() == 1 ? Optional.of(found.iterator().next()) : Optional.empty();
    }

    static List<FormKind> formsOf(String label) {
        return switch (label) {
            case "医療機関・薬局確認用", "医療機関等確認用" -> List.of(FormKind.FACILITY, FormKind.PHARMACY);
            case "医療機関確認用" -> List.of(FormKind.FACILITY);
            case "薬局確認用" -> List.of(FormKind.PHARMACY);
            case "事業者確認用" -> List.of(FormKind.VENDOR);
            default -> List.of();
        };
    }

    // ---- one sheet ----------------------------------------------------------------------------------------------

    private static final class SheetView {
        private final Sheet sheet;
        private final int lastRow;
        private final Map<Long, CellRangeAddress> merged = new HashMap<>();

        SheetView(Sheet sheet) {
            this.sheet = sheet;
            this.lastRow = Math.min(sheet.getLastRowNum(), MAX_ROWS - 1);
            for (CellRangeAddress a : sheet.getMergedRegions()) {
                if (a.getFirstRow() > lastRow || a.getFirstColumn() >= MAX_COLUMNS
                        || (long) (a.getLastRow() - a.getFirstRow() + 1) * (a.getLastColumn() - a.getFirstColumn() + 1)
                        > MAX_MERGED_AREA) {
                    continue;
                }
                for (int r = a.getFirstRow(); r <= Math.min(a.getLastRow(), lastRow); r++) {
                    for (int c = a.getFirstColumn(); c <= Math.min(a.getLastColumn(), MAX_COLUMNS - 1); c++) {
                        merged.put(at(r, c), a);
                    }
                }
            }
        }

        private static long at(int r, int c) {
            return ((long) r << 16) | c;
        }

        CellRangeAddress region(int r, int c) {
            return merged.get(at(r, c));
        }

        /** The cell's own text (no formula is evaluated: a formula cell gives its cached value). */
        String raw(int r, int c) {
            Row row = sheet.getRow(r);
            Cell cell = row == null ? null : row.getCell(c);
            if (cell == null) {
                return "";
            }
            CellType t = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
            return switch (t) {
                case STRING -> cell.getRichStringCellValue().getString();
                case NUMERIC -> {
                    double d = cell.getNumericCellValue();
                    yield d == Math.rint(d) && Math.abs(d) < 1e9 ? Long.toString((long) d) : Double.toString(d);
                }
                case BOOLEAN -> Boolean.toString(cell.getBooleanCellValue());
                default -> "";
            };
        }

        /** The text shown at (r, c): a merged cell shows its top-left cell's text. */
        String value(int r, int c) {
            CellRangeAddress a = region(r, c);
            return a == null ? raw(r, c) : raw(a.getFirstRow(), a.getFirstColumn());
        }

        /** The text a row itself puts at (r, c): empty where a merged block from an earlier row goes on. */
        String own(int r, int c) {
            return continues(r, c) ? "" : clean(value(r, c));
        }

        boolean sameRegion(int r, int c1, int c2) {
            CellRangeAddress a = region(r, c1);
            return a != null && a == region(r, c2);
        }

        /** Whether (r, c) lies in a merged block that began on an earlier row. */
        boolean continues(int r, int c) {
            CellRangeAddress a = region(r, c);
            return a != null && a.getFirstRow() < r;
        }

        boolean isTopLeft(int r, int c) {
            CellRangeAddress a = region(r, c);
            return a == null || (a.getFirstRow() == r && a.getFirstColumn() == c);
        }

        FiscalYear year() {
            for (int r = 0; r <= Math.min(lastRow, 200); r++) {
                for (int c = 0; c < MAX_COLUMNS; c++) {
                    Matcher m = YEAR.matcher(compact(raw(r, c)));
                    if (m.find()) {
                        int reiwa = m.group(1).equals("元") ? 1 : Integer.parseInt(m.group(1));
                        if (reiwa >= 1 && reiwa <= 80) {
                            return FiscalYear.ofReiwa(reiwa);
                        }
                    }
                }
            }
            return null;
        }

        boolean inspectionNotice() {
            for (int r = 0; r <= Math.min(lastRow, 200); r++) {
                for (int c = 0; c < MAX_COLUMNS; c++) {
                    if (compact(raw(r, c)).contains("立入検査時")) {
                        return true;
                    }
                }
            }
            return false;
        }

        HeaderCell header(int r, int c, int regionEnd) {
            if (!isTopLeft(r, c)) {
                return null;
            }
            String text = raw(r, c);
            H kind = classify(text);
            if (kind == null) {
                return null;
            }
            CellRangeAddress a = region(r, c);
            int lastR = a == null ? r : a.getLastRow();
            int lastC = a == null ? c : Math.min(a.getLastColumn(), regionEnd);
            return new HeaderCell(kind, roundIn(compact(text)), r, lastR, c, lastC);
        }

        void readGrids(String file, List<OfficialGrid> grids, List<OfficialReading.Unrecognised> missing) {
            List<HeaderCell> anchors = new ArrayList<>();
            for (int r = 0; r <= lastRow; r++) {
                for (int c = 0; c < MAX_COLUMNS; c++) {
                    HeaderCell h = header(r, c, MAX_COLUMNS - 1);
                    if (h != null && h.kind() == H.ITEM) {
                        anchors.add(h);
                    }
                }
            }
            if (anchors.isEmpty()) {
                missing.add(new OfficialReading.Unrecognised(sheet.getSheetName(), missingOnSheet()));
                return;
            }
            anchors.sort(Comparator.comparingInt(HeaderCell::row).thenComparingInt(HeaderCell::col));
            // A second 項目 word inside a merged チェック項目 header (a sub-header) is part of the same table.
            anchors.removeIf(h -> anchors.stream().anyMatch(o -> o != h && o.col() <= h.col() && h.col() <= o.lastCol()
                    && (o.col() < h.col() || o.row() < h.row()) && h.row() - o.lastRow() <= 2 && h.row() >= o.row()));
            // Anchors whose header rows are close sit side by side; each takes the columns up to the next one's.
            List<Block> blocks = new ArrayList<>();
            for (int i = 0; i < anchors.size(); i++) {
                HeaderCell a = anchors.get(i);
                int from = 0;
                int to = MAX_COLUMNS - 1;
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
                blocks.add(new Block(a, left ? leftEdge(a, from) : 0, to));
            }
            for (int i = 0; i < blocks.size(); i++) {
                Block b = blocks.get(i);
                int limit = lastRow;
                for (Block o : blocks) {
                    if (o.anchor().row() > b.anchor().lastRow() + 2 && o.from() <= b.to() && o.to() >= b.from()) {
                        limit = Math.min(limit, o.anchor().row() - 1);
                    }
                }
                int areaTop = 0;
                for (Block o : blocks) {
                    if (o.anchor().row() < b.anchor().row() - 2 && o.from() <= b.to() && o.to() >= b.from()) {
                        areaTop = Math.max(areaTop, o.lastDataRow + 1);
                    }
                }
                readBlock(file, b, areaTop, Math.max(limit, b.anchor().lastRow()), grids, missing);
            }
        }

        /** The anchor's column moved left over a No./区分 column that belongs to it (not past {@code bound}). */
        private int leftEdge(HeaderCell a, int bound) {
            int c = a.col();
            while (c - 1 >= bound && c - 1 >= 0) {
                boolean own = false;
                for (int r = Math.max(0, a.row() - HEADER_REACH); r <= a.lastRow() + HEADER_REACH; r++) {
                    HeaderCell h = header(r, c - 1, MAX_COLUMNS - 1);
                    if (h != null && (h.kind() == H.NUMBER || h.kind() == H.SECTION)) {
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

        private final class Block {
            private final HeaderCell anchor;
            private final int from;
            private final int to;
            int lastDataRow;

            Block(HeaderCell anchor, int from, int to) {
                this.anchor = anchor;
                this.from = from;
                this.to = to;
                this.lastDataRow = anchor.lastRow();
            }

            HeaderCell anchor() {
                return anchor;
            }

            int from() {
                return from;
            }

            int to() {
                return to;
            }
        }

        private boolean hasHeader(int r, int from, int to) {
            for (int c = from; c <= to; c++) {
                HeaderCell h = header(r, c, to);
                if (h != null && h.kind() != H.ITEM) {
                    return true;
                }
            }
            return false;
        }

        private void readBlock(String file, Block b, int areaTop, int limit, List<OfficialGrid> grids,
                               List<OfficialReading.Unrecognised> missing) {
            HeaderCell a = b.anchor();
            int top = a.row();
            while (top - 1 >= Math.max(areaTop, a.row() - HEADER_REACH) && hasHeader(top - 1, b.from(), b.to())) {
                top--;
            }
            int bottom = a.lastRow();
            while (bottom + 1 <= Math.min(limit, a.lastRow() + HEADER_REACH) && hasHeader(bottom + 1, b.from(), b.to())) {
                bottom++;
            }
            List<HeaderCell> cells = new ArrayList<>();
            int headerEnd = bottom;
            for (int r = top; r <= bottom; r++) {
                for (int c = b.from(); c <= b.to(); c++) {
                    HeaderCell h = header(r, c, b.to());
                    if (h != null && (h.kind() != H.ITEM || h == a || (h.row() == a.row() && h.col() == a.col()))) {
                        cells.add(h);
                        headerEnd = Math.max(headerEnd, h.lastRow());
                    }
                }
            }
            List<OfficialRoundGroup> rounds = new ArrayList<>();
            for (HeaderCell h : cells) {
                if (h.kind() == H.ROUND && rounds.stream().noneMatch(g -> g.round() == h.round())) {
                    rounds.add(new OfficialRoundGroup(h.round(), h.col(), h.lastCol()));
                }
            }
            Map<OfficialColumn, Integer> columns = new EnumMap<>(OfficialColumn.class);
            Map<OfficialColumn, HeaderCell> spans = new EnumMap<>(OfficialColumn.class);
            Map<H, Integer> seen = new EnumMap<>(H.class);
            cells.sort(Comparator.comparingInt(HeaderCell::col).thenComparingInt(HeaderCell::row));
            for (HeaderCell h : cells) {
                OfficialColumn col = switch (h.kind()) {
                    case ITEM -> OfficialColumn.ITEM;
                    case NUMBER -> OfficialColumn.NUMBER;
                    case SECTION -> OfficialColumn.SECTION;
                    case SCOPE -> OfficialColumn.SCOPE;
                    case NOTE -> OfficialColumn.NOTE;
                    case ROUND -> null;
                    default -> {
                        Round r = h.round();
                        if (r == null) {
                            r = rounds.stream().filter(g -> g.firstColumn() <= h.col() && h.col() <= g.lastColumn())
                                    .map(OfficialRoundGroup::round).findFirst().orElse(null);
                        }
                        if (r == null) {
                            int n = seen.merge(h.kind(), 1, Integer::sum);
                            r = n == 1 ? Round.FIRST : n == 2 ? Round.SECOND : null;
                        }
                        if (r == null) {
                            yield null;
                        }
                        yield switch (h.kind()) {
                            case ANSWER -> OfficialColumn.answer(r);
                            case YES -> OfficialColumn.yes(r);
                            case NO -> OfficialColumn.no(r);
                            case CHECKED -> OfficialColumn.checked(r);
                            default -> OfficialColumn.target(r);
                        };
                    }
                };
                if (col != null && !columns.containsKey(col)) {
                    columns.put(col, h.col());
                    spans.put(col, h);
                }
            }
            for (Round r : Round.values()) {
                Integer yes = columns.get(OfficialColumn.yes(r));
                Integer no = columns.get(OfficialColumn.no(r));
                if (yes != null && no != null) {
                    columns.remove(OfficialColumn.answer(r)); // はい・いいえ over two sub-columns: ○ goes in one of them
                } else {
                    columns.remove(OfficialColumn.yes(r));
                    columns.remove(OfficialColumn.no(r));
                }
            }
            List<String> lacking = new ArrayList<>();
            boolean answer = columns.containsKey(OfficialColumn.ANSWER_1) || columns.containsKey(OfficialColumn.YES_1);
            if (!answer) {
                lacking.add(WORD_ANSWER);
            }
            if (!columns.containsKey(OfficialColumn.CHECKED_1)) {
                lacking.add(WORD_CHECKED);
            }
            String where = sheet.getSheetName() + "!" + new CellReference(a.row(), a.col()).formatAsString(false);
            if (!lacking.isEmpty()) {
                missing.add(new OfficialReading.Unrecognised(where, lacking));
                return;
            }
            int itemFrom = a.col();
            int itemTo = a.lastCol();
            List<OfficialItem> items = readItems(columns, itemFrom, itemTo, headerEnd + 1, limit, b);
            if (items.isEmpty()) {
                missing.add(new OfficialReading.Unrecognised(where, List.of(WORD_ROWS)));
                return;
            }
            String label = "";
            String title = "";
            boolean sideBySide = b.from() > 0 || b.to() < MAX_COLUMNS - 1;
            int fromCol = sideBySide ? b.from() : 0;
            int toCol = sideBySide ? b.to() : MAX_COLUMNS - 1;
            for (int r = headerEnd; r >= areaTop && (label.isEmpty() || title.isEmpty()); r--) {
                for (int c = fromCol; c <= toCol; c++) {
                    if (!isTopLeft(r, c)) {
                        continue;
                    }
                    String t = raw(r, c);
                    if (t.isBlank()) {
                        continue;
                    }
                    if (label.isEmpty()) {
                        label = labelIn(t).orElse("");
                    }
                    if (title.isEmpty() && compact(t).contains("チェックリスト") && !isFootnote(clean(t))) {
                        title = halfWidth(printed(t)).replaceAll("\\s+", " ");
                    }
                }
            }
            if (label.isEmpty()) {
                label = labelIn(sheet.getSheetName()).orElse("");
            }
            grids.add(new OfficialGrid(file, sheet.getSheetName(), label, formsOf(label), title, top + 1,
                    headerEnd + 2, columns, rounds, items));
        }

        private List<OfficialItem> readItems(Map<OfficialColumn, Integer> columns, int itemFrom, int itemTo,
                                             int firstRow, int limit, Block b) {
            Integer numberCol = columns.get(OfficialColumn.NUMBER);
            Integer scopeCol = columns.get(OfficialColumn.SCOPE);
            Integer sectionCol = columns.get(OfficialColumn.SECTION);
            Set<Integer> fieldCols = new java.util.HashSet<>(columns.values());
            fieldCols.remove(itemFrom);
            List<Draft> items = new ArrayList<>();
            Draft current = null;
            String section = null;
            String sectionTitle = "";
            int blanks = 0;
            for (int r = firstRow; r <= limit; r++) {
                if (sectionCol != null && !continues(r, sectionCol)) {
                    String s = clean(value(r, sectionCol));
                    Matcher h = HEADING.matcher(s);
                    if (h.matches()) {
                        section = h.group(1);
                        sectionTitle = h.group(2).strip();
                    } else if (DIGITS.matcher(s).matches()) {
                        section = s;
                    }
                }
                String numText = numberCol == null || sameRegion(r, numberCol, itemFrom) ? "" : own(r, numberCol);
                boolean itemContinues = continues(r, itemFrom);
                String itemPrinted = itemText(r, itemFrom, itemTo, fieldCols);
                String itemText = halfWidth(itemPrinted);
                String scopeText = scopeCol == null ? "" : clean(value(r, scopeCol));
                boolean scopeHere = scopeCol != null && !continues(r, scopeCol) && !scopeText.isEmpty();
                if (itemContinues && numText.isEmpty()) {
                    if (current != null && scopeHere) {
                        current.add(scopeOf(scopeText), r);
                    }
                    blanks = 0;
                    continue;
                }
                if (itemText.isEmpty() && numText.isEmpty()) {
                    if (current != null && scopeHere) {
                        current.add(scopeOf(scopeText), r);
                        blanks = 0;
                    } else if (++blanks > 30) {
                        break;
                    }
                    continue;
                }
                blanks = 0;
                if (current != null && numText.isEmpty() && isScopeWord(itemText) && !scopeHere) {
                    current.add(scopeOf(itemText), r);
                    continue;
                }
                if (isFootnote(numText.isEmpty() ? itemText : numText)) {
                    continue;
                }
                String number = null;
                String body = itemPrinted;
                String prefix = null;
                Matcher m = numText.isEmpty() ? null : FULL_NUMBER.matcher(numText);
                if (m != null && m.find()) {
                    prefix = m.group(1);
                    number = canonical(m.group(2));
                } else if (!numText.isEmpty() && (BARE_NUMBER.matcher(numText).find() || DIGITS.matcher(numText).matches())) {
                    number = canonical(numText);
                } else if (numText.isEmpty()) {
                    Matcher f = FULL_NUMBER.matcher(itemText);
                    Matcher bare = BARE_NUMBER.matcher(itemText);
                    if (f.find()) {
                        prefix = f.group(1);
                        number = canonical(f.group(2));
                        body = itemPrinted.substring(f.end());
                    } else if (bare.find()) {
                        number = canonical(bare.group(1));
                        body = itemPrinted.substring(bare.end());
                    }
                    body = body.replaceFirst("^[\\s.、:．：\u3000]+", "");
                } else {
                    body = (numText + " " + itemPrinted).strip();
                }
                if (number != null && DIGITS.matcher(number).matches() && prefix == null
                        && !body.endsWith("。") && body.length() <= 30) {
                    section = number; // a row 「1 | 体制構築」 is a heading, not an item
                    sectionTitle = body;
                    current = null;
                    continue;
                }
                if (number == null) {
                    Matcher h = HEADING.matcher(halfWidth(body));
                    if (h.matches() && !body.endsWith("。")) {
                        section = h.group(1);
                        sectionTitle = body.substring(h.start(2)).strip();
                        current = null;
                        continue;
                    }
                    if (compact(body).contains("確認用") || compact(body).contains("チェックリスト")) {
                        break; // the title of the next form on this sheet
                    }
                    if (!body.endsWith("。") && body.length() <= 30) {
                        section = "";
                        sectionTitle = body.replaceAll("^[【\\[]|[】\\]]$", "");
                        current = null;
                        continue;
                    }
                }
                String sec = prefix != null ? prefix : section;
                if (prefix != null && !prefix.equals(section)) {
                    section = prefix;
                    sectionTitle = "";
                }
                String printed = number == null ? "" : (sec == null || sec.isEmpty() ? number : sec + "-" + number);
                int textCol = firstTextColumn(r, itemFrom, itemTo, fieldCols);
                current = new Draft(printed, body.strip(), sec == null ? "" : sec, sectionTitle,
                        new CellReference(r, textCol).formatAsString(false));
                current.add(scopeHere ? scopeOf(scopeText) : Scope.NONE, r);
                items.add(current);
                b.lastDataRow = r;
            }
            for (Draft d : items) {
                b.lastDataRow = Math.max(b.lastDataRow, d.rows.get(d.rows.size() - 1).excelRow() - 1);
            }
            return items.stream().map(Draft::item).toList();
        }

        private String itemText(int r, int from, int to, Set<Integer> fieldCols) {
            StringBuilder b = new StringBuilder();
            String last = null;
            for (int c = from; c <= to; c++) {
                if (c != from && fieldCols.contains(c)) {
                    continue;
                }
                String v = c == from || !continues(r, c) ? printed(value(r, c)) : "";
                if (!v.isEmpty() && !v.equals(last)) {
                    if (b.length() > 0) {
                        b.append(' ');
                    }
                    b.append(v);
                    last = v;
                }
            }
            return b.toString();
        }

        private int firstTextColumn(int r, int from, int to, Set<Integer> fieldCols) {
            for (int c = from; c <= to; c++) {
                if ((c == from || !fieldCols.contains(c)) && !value(r, c).isBlank()) {
                    CellRangeAddress a = region(r, c);
                    return a == null ? c : a.getFirstColumn();
                }
            }
            return from;
        }

        private List<String> missingOnSheet() {
            boolean item = false;
            boolean yes = false;
            boolean no = false;
            boolean checked = false;
            boolean target = false;
            boolean round = false;
            for (int r = 0; r <= lastRow; r++) {
                for (int c = 0; c < MAX_COLUMNS; c++) {
                    String t = compact(raw(r, c));
                    if (t.isEmpty()) {
                        continue;
                    }
                    item |= t.contains("チェック項目") || t.contains("確認項目");
                    yes |= t.contains("はい");
                    no |= t.contains("いいえ");
                    checked |= t.contains("確認日");
                    target |= t.contains("目標日");
                    round |= roundIn(t) != null;
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

    private static boolean isFootnote(String text) {
        return text.startsWith("※") || text.startsWith("*") || text.startsWith("注)") || text.startsWith("注:");
    }

    /** ① stays ①; (１) and （1） become (1); 3 stays 3. */
    static String canonical(String n) {
        String s = compact(n);
        Matcher m = Pattern.compile("^\\((\\d{1,2})\\)").matcher(s);
        if (m.find()) {
            return "(" + Integer.parseInt(m.group(1)) + ")";
        }
        return s;
    }

    private static final class Draft {
        final String number;
        final String text;
        final String section;
        final String sectionTitle;
        final String textCell;
        final List<OfficialRow> rows = new ArrayList<>();

        Draft(String number, String text, String section, String sectionTitle, String textCell) {
            this.number = number;
            this.text = text;
            this.section = section;
            this.sectionTitle = sectionTitle;
            this.textCell = textCell;
        }

        void add(Scope scope, int row0) {
            if (rows.stream().noneMatch(r -> r.scope() == scope)) {
                rows.add(new OfficialRow(scope, row0 + 1));
            }
        }

        OfficialItem item() {
            List<OfficialRow> list = rows;
            if (rows.size() > 1 && rows.stream().anyMatch(r -> r.scope() == Scope.NONE)) {
                list = rows.stream().filter(r -> r.scope() != Scope.NONE).toList(); // the item's title row
            }
            return new OfficialItem(number, text, section, sectionTitle, textCell, list);
        }
    }
}
