package jp.tenken.domain;

import java.util.regex.Pattern;

/**
 * The one normal form of text a person types into Tenken (vendor and facility names, systems, notes), applied on
 * input, on export and on import alike, so that a name or note read back from a form Tenken wrote is equal to the one
 * it wrote: Excel and other programs may turn a line end into CR LF, add or drop surrounding spaces, or show a tab.
 */
public final class UserText {
    // compiled once: an export normalises every answer's note, and String.replaceAll compiles its pattern at each call
    private static final Pattern CONTROL_RUNS = Pattern.compile("\\p{Cntrl}+");
    private static final Pattern CONTROL_BUT_LF = Pattern.compile("[\\p{Cntrl}&&[^\n]]");

    private UserText() {
    }

    /**
     * A one-line text (a name): every run of control characters (tab, CR, LF, …) becomes one space, and the
     * surrounding white space (ideographic space included) is removed; null becomes empty.
     */
    public static String line(String text) {
        if (text == null) {
            return "";
        }
        return CONTROL_RUNS.matcher(text).replaceAll(" ").strip();
    }

    /**
     * A text of several lines (a note): CR LF and CR become LF, a tab and any other control character become a
     * space, each line loses its trailing white space, and the whole loses its leading and trailing white space and
     * blank lines; null becomes empty.
     */
    public static String lines(String text) {
        if (text == null) {
            return "";
        }
        String unified = text.replace("\r\n", "\n").replace('\r', '\n');
        unified = CONTROL_BUT_LF.matcher(unified).replaceAll(" ");
        StringBuilder b = new StringBuilder(unified.length());
        for (String line : unified.split("\n", -1)) {
            if (!b.isEmpty()) {
                b.append('\n');
            }
            b.append(line.stripTrailing());
        }
        return b.toString().strip();
    }
}
