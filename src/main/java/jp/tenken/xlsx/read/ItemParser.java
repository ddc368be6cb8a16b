package jp.tenken.xlsx.read;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import jp.tenken.domain.FullWidth;
import jp.tenken.domain.edition.Scope;
import jp.tenken.domain.official.OfficialColumn;
import jp.tenken.domain.official.OfficialGrid;
import jp.tenken.domain.official.OfficialItem;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;

/**
 * Reads the item rows under a header: numbers as people write them (①, (1), 1-①, ２－③, 1.), in their own column
 * or at the start of the text; sections as their own rows or as a column (merged or not); and the scopes of each
 * item — a 対象 column, device sub-rows under one number, devices in parentheses after the text, or one cell naming
 * several devices (each gets its own answer row).
 */
final class ItemParser {
    private static final Pattern FULL_NUMBER = Pattern.compile("^(\\d{1,2})\\s*[-ー―]\\s*(\\(\\d{1,2}\\)|[①-⑳㉑-㉟]|\\d{1,2})");
    private static final Pattern BARE_NUMBER = Pattern.compile("^(\\(\\d{1,2}\\)|[①-⑳㉑-㉟])");
    private static final Pattern DIGITS = Pattern.compile("^\\d{1,2}$");
    private static final Pattern HEADING = Pattern.compile("^(?:第\\s*)?(\\d{1,2})\\s*[.、:]?\\s*([^\\d\\s\\-.(].*)$");
    private static final Pattern DOTTED = Pattern.compile("^(?:問)?(\\d{1,2})[.)]?$");
    private static final int MAX_BLANKS = 30;

    private final SheetGrid g;
    private final Integer numberCol;
    private final Integer scopeCol;
    private final Integer sectionCol;
    private final Integer referenceCol;
    private final int itemFrom;
    private final int itemTo;
    private final Set<Integer> fieldCols;
    private final TableShape shape;
    private final List<ItemDraft> items = new ArrayList<>();
    private final List<OfficialGrid.Unread> unread = new ArrayList<>();
    private boolean digitsAreItems;
    private ItemDraft current;
    private String section;
    private String sectionTitle = "";
    /** A section named without a number (a 区分 cell 「体制構築」): numbered when its first numbered item comes. */
    private boolean sectionUnnumbered;
    private int lastSectionNumber;
    /** How many items were read when the last heading row came (its title goes to the numbered items under it). */
    private int itemsAtHeading = -1;
    /** Whether the table's item rows are drawn in a grid (borders, a list validation): rows outside it end it. */
    private Boolean shaped;
    private int lastRow;
    /** The last row {@link #parse} reads (0-based). */
    private int limit;

    ItemParser(SheetGrid g, Map<OfficialColumn, Integer> columns, int itemTo) {
        this.g = g;
        this.numberCol = columns.get(OfficialColumn.NUMBER);
        this.scopeCol = columns.get(OfficialColumn.SCOPE);
        this.sectionCol = columns.get(OfficialColumn.SECTION);
        this.referenceCol = columns.get(OfficialColumn.REFERENCE);
        this.itemFrom = columns.get(OfficialColumn.ITEM);
        this.itemTo = Math.max(itemFrom, itemTo);
        this.fieldCols = new HashSet<>(columns.values());
        fieldCols.remove(itemFrom);
        this.shape = new TableShape(g, columns);
    }

    /** The items from {@code firstRow} to {@code limit} (0-based rows). */
    List<OfficialItem> parse(int firstRow, int limit) {
        this.limit = limit;
        digitsAreItems = digitsNumberItems(firstRow, limit);
        int blanks = 0;
        for (int r = firstRow; r <= limit; r++) {
            Step s = row(r);
            if (s == Step.END) {
                break;
            }
            // rows are read in order: a row read as an item is an answer row of the current item
            if (numberKind(r) == (digitsAreItems ? NumberKind.DIGITS : NumberKind.STYLED)
                    && (current == null || !current.covers(r + 1))) {
                // a row with an item number that did not become an item is never dropped silently
                unread.add(new OfficialGrid.Unread(r + 1, printedNumber(r)));
            }
            blanks = s == Step.BLANK ? blanks + 1 : 0;
            if (blanks > MAX_BLANKS) {
                break;
            }
        }
        for (ItemDraft d : items) {
            lastRow = Math.max(lastRow, d.lastExcelRow() - 1);
        }
        return items.stream().map(ItemDraft::item).toList();
    }

    /** The rows that carry an item number but were not read as an item. */
    List<OfficialGrid.Unread> unread() {
        return List.copyOf(unread);
    }

    /** A number as items print it (①, (1), 2-①) or a bare section digit; NONE when the row prints no number. */
    private enum NumberKind { NONE, DIGITS, STYLED }

    private NumberKind numberKind(int r) {
        return kindOf(numbered(numberText(r), itemText(r)));
    }

    private static NumberKind kindOf(Numbered n) {
        if (n.number() == null) {
            return NumberKind.NONE;
        }
        return n.prefix() == null && DIGITS.matcher(n.number()).matches() ? NumberKind.DIGITS : NumberKind.STYLED;
    }

    /**
     * Whether a bare 1, 2, 3 numbers items here rather than sections. Not when any row prints ①, (1) or 2-① (those
     * are the items, a bare 1 heads a section); yes when a row numbered so holds a sentence ending in 「。」 (an item
     * by its text); not when only unnumbered rows do (the items, under numbered headings); else yes.
     */
    private boolean digitsNumberItems(int firstRow, int limit) {
        boolean digitSentence = false;
        boolean plainSentence = false;
        for (int r = firstRow; r <= Math.min(limit, firstRow + SheetGrid.MAX_ROWS); r++) {
            Numbered n = numbered(numberText(r), itemText(r));
            String body = n.body().strip();
            boolean sentence = body.endsWith("。") && !OfficialText.isFootnote(FullWidth.toHalfWidth(body));
            NumberKind kind = kindOf(n);
            if (kind == NumberKind.STYLED) {
                return false;
            }
            digitSentence |= kind == NumberKind.DIGITS && sentence;
            plainSentence |= kind == NumberKind.NONE && sentence;
        }
        return digitSentence || !plainSentence;
    }

    private String printedNumber(int r) {
        Numbered n = numbered(numberText(r), itemText(r));
        if (n.prefix() != null) {
            return n.prefix() + "-" + n.number();
        }
        boolean digits = DIGITS.matcher(n.number()).matches();
        return digits || section == null || section.isEmpty() ? n.number() : section + "-" + n.number();
    }

    /**
     * The number a row prints in the number column; a section digit and an item number in two cells under one
     * heading (「2」 in the number column, 「①」 in the unlabelled column after it) are joined as 2-①.
     */
    private String numberText(int r) {
        if (numberCol == null || g.sameRegion(r, numberCol, itemFrom)) {
            return "";
        }
        String own = own(r, numberCol);
        String here = own.isEmpty() ? OfficialText.clean(g.value(r, numberCol)) : own;
        int next = numberCol + 1;
        if (next < itemFrom && !fieldCols.contains(next) && !g.sameRegion(r, numberCol, next)) {
            String n = own(r, next);
            if (BARE_NUMBER.matcher(n).matches() && DIGITS.matcher(here).matches()) {
                return here + "-" + n;
            }
            if (own.isEmpty() && (BARE_NUMBER.matcher(n).matches() || FULL_NUMBER.matcher(n).matches())) {
                return n;
            }
        }
        return own;
    }

    /** The last row (0-based) that belongs to an item read. */
    int lastRow() {
        return lastRow;
    }

    private enum Step { READ, BLANK, END }

    private Step row(int r) {
        sectionFromColumn(r);
        String numText = numberText(r);
        String itemPrinted = itemText(r);
        String itemText = FullWidth.toHalfWidth(itemPrinted);
        String scopeText = scopeCol == null ? "" : OfficialText.clean(g.value(r, scopeCol));
        boolean scopeHere = scopeCol != null && !g.continues(r, scopeCol) && !scopeText.isEmpty();
        if (g.continues(r, itemFrom) && numText.isEmpty()) {
            if (current != null && scopeHere) {
                current.add(OfficialText.scopesOf(scopeText), r);
            }
            return Step.READ;
        }
        if (itemText.isEmpty() && numText.isEmpty()) {
            if (current != null && scopeHere) {
                current.add(OfficialText.scopesOf(scopeText), r);
                return Step.READ;
            }
            return Step.BLANK;
        }
        NumberKind items = digitsAreItems ? NumberKind.DIGITS : NumberKind.STYLED;
        if (Boolean.TRUE.equals(shaped) && !shape.inGrid(r) && numberKind(r) != items
                && shape.endsAt(r, limit, below -> numberKind(below) == items)) {
            return Step.END; // under the table's grid: notes, a signature block, a list's source
        }
        if (current != null && numText.isEmpty() && OfficialText.isScopeWord(itemText) && !scopeHere
                && numbered("", itemPrinted).number() == null) {
            current.add(OfficialText.scopesOf(itemText), r);
            return Step.READ;
        }
        if (OfficialText.isFootnote(numText.isEmpty() ? itemText : numText)) {
            return Step.READ;
        }
        if (OfficialText.isExampleRow(numText.isEmpty() ? itemText : numText) || shape.repeatsHeader(r)) {
            current = null; // an example row, or the header printed again on a later page: no item
            return Step.READ;
        }
        if (!scopeHere && continuesText(r, numText, itemPrinted)) {
            current.continueText(OfficialText.printed(itemPrinted));
            return Step.READ;
        }
        return item(r, numText, itemPrinted, scopeHere ? scopeText : "");
    }

    /**
     * Whether an unnumbered row goes on with the current item's text: its number cell is merged down from the item's
     * row, or the item's text breaks off at 「、」 and the row has no answer of its own.
     */
    private boolean continuesText(int r, String numText, String itemPrinted) {
        if (current == null || !numText.isEmpty() || numbered("", itemPrinted).number() != null
                || g.continues(r, itemFrom) || OfficialText.withoutScopeParentheses(OfficialText.printed(itemPrinted))
                .equals(current.text())) {
            return false;
        }
        CellRangeAddress merged = numberCol == null ? null : g.region(r, numberCol);
        String text = current.text().strip();
        if (merged != null && merged.getFirstRow() < r && current.covers(merged.getFirstRow() + 1)) {
            return !text.endsWith("。") || shape.answersMergedFromAbove(r); // else a second question under one No.
        }
        return (text.endsWith("、") || text.endsWith("，")) && !shape.answered(r);
    }

    private String own(int r, int c) {
        String t = g.own(r, c);
        Matcher m = DOTTED.matcher(t);
        return m.matches() ? m.group(1) : t;
    }

    private void sectionFromColumn(int r) {
        if (sectionCol == null || g.continues(r, sectionCol)) {
            return;
        }
        String s = OfficialText.clean(g.value(r, sectionCol));
        Matcher h = HEADING.matcher(s);
        if (h.matches()) {
            startSection(h.group(1), h.group(2).strip());
        } else if (DIGITS.matcher(s).matches()) {
            startSection(s, sectionTitle);
        } else if (!s.isEmpty() && !(sectionUnnumbered && s.equals(sectionTitle))) {
            startSection("", s);
            sectionUnnumbered = true; // 「体制構築」 alone: its number comes with its first numbered item
        }
    }

    private void startSection(String number, String title) {
        section = number;
        sectionTitle = title;
        sectionUnnumbered = false;
        if (DIGITS.matcher(number).matches()) {
            lastSectionNumber = Math.max(lastSectionNumber, Integer.parseInt(number));
        }
    }

    /** The number and text the row prints: from the number column, or split off the start of the text. */
    private record Numbered(String number, String prefix, String body) {
    }

    private Numbered numbered(String numText, String itemPrinted) {
        String itemText = FullWidth.toHalfWidth(itemPrinted);
        Matcher m = numText.isEmpty() ? null : FULL_NUMBER.matcher(numText);
        if (m != null && m.find()) {
            return new Numbered(OfficialText.canonical(m.group(2)), m.group(1), itemPrinted);
        }
        Matcher lead = BARE_NUMBER.matcher(itemText);
        if (DIGITS.matcher(numText).matches() && lead.find()) { // 「2」 in the number column, 「① …」 in the text
            return new Numbered(OfficialText.canonical(lead.group(1)), numText,
                    itemPrinted.substring(lead.end()).replaceFirst("^[\\s.、:．：\u3000]+", ""));
        }
        if (!numText.isEmpty() && (BARE_NUMBER.matcher(numText).find() || DIGITS.matcher(numText).matches())) {
            return new Numbered(OfficialText.canonical(numText), null, itemPrinted);
        }
        if (!numText.isEmpty()) {
            return new Numbered(null, null, (numText + " " + itemPrinted).strip());
        }
        Matcher f = FULL_NUMBER.matcher(itemText);
        Matcher bare = BARE_NUMBER.matcher(itemText);
        String body = itemPrinted;
        String number = null;
        String prefix = null;
        if (f.find()) {
            prefix = f.group(1);
            number = OfficialText.canonical(f.group(2));
            body = itemPrinted.substring(f.end());
        } else if (bare.find()) {
            number = OfficialText.canonical(bare.group(1));
            body = itemPrinted.substring(bare.end());
        }
        return new Numbered(number, prefix, body.replaceFirst("^[\\s.、:．：\u3000]+", ""));
    }

    private Step item(int r, String numText, String itemPrinted, String scopeText) {
        Numbered n = numbered(numText, itemPrinted);
        String body = n.body();
        if (n.number() != null && DIGITS.matcher(n.number()).matches() && n.prefix() == null && !digitsAreItems
                && !body.endsWith("。") && body.length() <= 30) {
            heading(n.number(), body); // a row 「1 | 体制構築」 is a heading, not an item
            return Step.READ;
        }
        if (n.number() == null) {
            Matcher h = HEADING.matcher(FullWidth.toHalfWidth(body));
            if (h.matches() && !body.endsWith("。")) {
                heading(h.group(1), body.substring(h.start(2)).strip());
                return Step.READ;
            }
            String c = OfficialText.compact(body);
            if (c.contains("確認用") || c.contains("チェックリスト")) {
                return Step.END; // the title of the next form on this sheet
            }
            if (!body.endsWith("。") && body.length() <= 30 && OfficialText.scopesInParentheses(body).isEmpty()
                    && !shape.answerRow(r, scopeText)) {
                heading("", body.replaceAll("^[【\\[]|[】\\]]$", ""));
                return Step.READ;
            }
        }
        if (sectionUnnumbered && kindOf(n) == NumberKind.STYLED && n.prefix() == null) {
            section = String.valueOf(++lastSectionNumber); // named sections are numbered in order
            sectionUnnumbered = false;
        }
        String sec = n.prefix() != null ? n.prefix() : section;
        if (n.prefix() != null && !n.prefix().equals(section)) { // an unnumbered heading just above names it
            startSection(n.prefix(), "".equals(section) && items.size() == itemsAtHeading ? sectionTitle : "");
        }
        String printed = n.number() == null ? "" : sec == null || sec.isEmpty() ? n.number() : sec + "-" + n.number();
        List<Scope> inText = OfficialText.scopesInParentheses(body.strip());
        String text = OfficialText.withoutScopeParentheses(body.strip());
        List<Scope> scopes = !scopeText.isEmpty() ? OfficialText.scopesOf(scopeText) : inText;
        if (current != null && current.text().equals(text) && (printed.isEmpty() || printed.equals(current.number()))) {
            current.add(scopes, r); // a device sub-row that repeats its item's number and text
            return Step.READ;
        }
        current = new ItemDraft(printed, text, sec == null ? "" : sec, sectionTitle,
                new CellReference(r, firstTextColumn(r)).formatAsString(false), reference(r));
        current.add(scopes, r);
        items.add(current);
        if (shaped == null) {
            shaped = shape.inGrid(r);
        }
        return Step.READ;
    }

    private void heading(String number, String title) {
        startSection(number, title);
        itemsAtHeading = items.size();
        current = null;
    }

    private String reference(int r) {
        return referenceCol == null ? "" : OfficialText.printed(g.value(r, referenceCol));
    }

    private String itemText(int r) {
        StringBuilder b = new StringBuilder();
        String last = null;
        for (int c = itemFrom; c <= itemTo; c++) {
            if (c != itemFrom && fieldCols.contains(c)) {
                continue;
            }
            String v = c == itemFrom || !g.continues(r, c) ? OfficialText.printed(g.value(r, c)) : "";
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

    private int firstTextColumn(int r) {
        for (int c = itemFrom; c <= itemTo; c++) {
            if ((c == itemFrom || !fieldCols.contains(c)) && !g.value(r, c).isBlank()) {
                CellRangeAddress a = g.region(r, c);
                return a == null ? c : a.getFirstColumn();
            }
        }
        return itemFrom;
    }
}
