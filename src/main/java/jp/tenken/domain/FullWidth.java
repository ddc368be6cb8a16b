package jp.tenken.domain;

/**
 * The one full-width → half-width rule for text people type or the ministry prints: full-width ASCII (digits,
 * letters, punctuation) to half-width, the ideographic space to a space, the dashes people type to '-', the
 * half-width middle dot to '・'. Circled numbers (①) and kana are kept, so a position in the result is a position
 * in the input.
 */
public final class FullWidth {

    private FullWidth() {
    }

    /** {@code s} with full-width ASCII made half-width, character for character. */
    public static String toHalfWidth(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            b.append(halfWidth(s.charAt(i)));
        }
        return b.toString();
    }

    /** One character made half-width (see {@link #toHalfWidth}). */
    public static char halfWidth(char c) {
        if (c >= '！' && c <= '～') {
            return (char) (c - 0xFEE0);
        }
        return switch (c) {
            case '\u3000' -> ' ';
            case '‐', '−', '–', '—', 'ｰ' -> '-';
            case '･' -> '・';
            default -> c;
        };
    }
}
