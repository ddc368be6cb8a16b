package jp.tenken.xlsx.read;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import jp.tenken.domain.FullWidth;
import jp.tenken.domain.edition.FormKind;
import jp.tenken.domain.edition.Scope;
import jp.tenken.domain.year.Round;

/** The text of the ministry's cells as a person reads it: widths, spaces, numbers, device words, form labels. */
final class OfficialText {
    /** Longer labels first: a label found is removed from the text before the shorter ones are looked for. */
    private static final List<String> LABELS = List.of("医療機関・薬局確認用", "医療機関等確認用", "医療機関確認用",
            "薬局確認用", "事業者確認用", "医療機関・薬局用", "医療機関等用", "医療機関用", "薬局用", "事業者用");
    private static final Pattern PAREN_NUMBER = Pattern.compile("^\\((\\d{1,2})\\)");
    /** A filled-in example row of a table: 「（例）」「記入例」 in its number cell, or 「【記入例】」 before its text. */
    private static final Pattern EXAMPLE_ROW = Pattern.compile(
            "^([(\\[【<〈]?(例|記入例|記載例|回答例|見本)[)\\]】>〉]?|[(\\[【<〈](例|記入例|記載例|回答例|見本)[)\\]】>〉].*)$");
    private static final Pattern TRAILING_PAREN = Pattern.compile("[(（【\\[]([^()（）【】\\[\\]]{2,40})[)）】\\]]\\s*$");

    private OfficialText() {
    }

    /** Half-width with every space and line break removed: how header words are compared. */
    static String compact(String s) {
        return FullWidth.toHalfWidth(s).replaceAll("\\s+", "");
    }

    /** As printed, with line breaks inside the cell joined: how item text is kept. */
    static String printed(String s) {
        return s.replaceAll("[\\r\\n]+", "").strip();
    }

    /** {@link #printed} made half-width character for character: how numbers and headings are parsed. */
    static String clean(String s) {
        return FullWidth.toHalfWidth(printed(s));
    }

    static Round roundIn(String t) {
        String c = compact(t);
        if (c.contains("1回目") || c.contains("第1回") || c.contains("初回")) {
            return Round.FIRST;
        }
        if (c.contains("2回目") || c.contains("第2回")) {
            return Round.SECOND;
        }
        return null;
    }

    /** ① stays ①; (１) and （1） become (1); 3 stays 3. */
    static String canonical(String n) {
        String s = compact(n);
        Matcher m = PAREN_NUMBER.matcher(s);
        if (m.find()) {
            return "(" + Integer.parseInt(m.group(1)) + ")";
        }
        return s;
    }

    /** The scope one word names: two or more devices together mean the system as a whole. */
    static Scope scopeOf(String raw) {
        List<Scope> devices = scopesOf(raw);
        return devices.isEmpty() ? Scope.NONE : devices.size() >= 2 ? Scope.ALL : devices.get(0);
    }

    /** Every scope a cell names, in order: 「サーバ、端末PC」 gives two, 「医療情報システム全般」 ALL, 「－」 none. */
    static List<Scope> scopesOf(String raw) {
        String t = compact(raw).replace("・", "");
        List<Scope> out = new ArrayList<>();
        if (t.isEmpty() || t.matches("[-―ー]+")) {
            return out;
        }
        if (t.contains("全般")) {
            out.add(Scope.ALL);
            return out;
        }
        record At(int index, Scope scope) {
        }
        List<At> found = new ArrayList<>();
        for (var e : List.of(new At(t.indexOf("サーバ"), Scope.SERVER), new At(t.indexOf("端末"), Scope.TERMINAL),
                new At(t.indexOf("ネットワーク"), Scope.NETWORK))) {
            if (e.index() >= 0) {
                found.add(e);
            }
        }
        found.sort((a, b) -> Integer.compare(a.index(), b.index()));
        found.forEach(a -> out.add(a.scope()));
        return out;
    }

    static boolean isScopeWord(String raw) {
        String t = compact(raw).replaceFirst("^[・\\-]", "");
        return t.length() <= 14 && !scopesOf(t).isEmpty();
    }

    /** 「…している。（サーバ）」: the devices named in parentheses at the end of an item's text, else empty. */
    static List<Scope> scopesInParentheses(String text) {
        Matcher m = TRAILING_PAREN.matcher(text);
        if (!m.find()) {
            return List.of();
        }
        String inner = m.group(1);
        String rest = compact(inner).replaceAll("サーバ|端末PC|端末|ネットワーク機器|ネットワーク|医療情報システム全般|[、,/・及びとおよ]", "");
        return rest.isEmpty() ? scopesOf(inner) : List.of();
    }

    /** The text without the device parentheses {@link #scopesInParentheses} found. */
    static String withoutScopeParentheses(String text) {
        if (scopesInParentheses(text).isEmpty()) {
            return text;
        }
        Matcher m = TRAILING_PAREN.matcher(text);
        return m.find() ? text.substring(0, m.start()).strip() : text;
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
            case "医療機関・薬局確認用", "医療機関等確認用", "医療機関・薬局用", "医療機関等用" ->
                    List.of(FormKind.FACILITY, FormKind.PHARMACY);
            case "医療機関確認用", "医療機関用" -> List.of(FormKind.FACILITY);
            case "薬局確認用", "薬局用" -> List.of(FormKind.PHARMACY);
            case "事業者確認用", "事業者用" -> List.of(FormKind.VENDOR);
            default -> List.of();
        };
    }

    /** Whether a row's number cell (or, without one, its text) marks it as a filled-in example. */
    static boolean isExampleRow(String text) {
        return EXAMPLE_ROW.matcher(compact(text)).matches();
    }

    static boolean isFootnote(String text) {
        return text.startsWith("※") || text.startsWith("*") || text.startsWith("注)") || text.startsWith("注:");
    }

    /** Whether the text reads as a sentence of the checklist: Japanese, long enough to be a question. */
    static boolean isSentence(String text) {
        String t = compact(text);
        return t.length() >= 10 && t.codePoints().filter(cp -> cp >= 0x3040 && cp <= 0x9fff).count() >= 6;
    }
}
