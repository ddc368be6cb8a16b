package jp.tenken.domain;

/** Circled numbers (①…㊿) as the guideline and the forms number their items. */
public final class Circled {
    private Circled() {
    }

    public static String of(int n) {
        if (n >= 1 && n <= 20) {
            return String.valueOf((char) ('①' + n - 1));
        }
        if (n >= 21 && n <= 35) {
            return String.valueOf((char) ('㉑' + n - 21));
        }
        if (n >= 36 && n <= 50) {
            return String.valueOf((char) ('㊱' + n - 36));
        }
        return "(" + n + ")";
    }

    /** The number of a circled digit, or -1. */
    public static int valueOf(char c) {
        if (c >= '①' && c <= '⑳') {
            return c - '①' + 1;
        }
        if (c >= '㉑' && c <= '㉟') {
            return c - '㉑' + 21;
        }
        if (c >= '㊱' && c <= '㊿') {
            return c - '㊱' + 36;
        }
        return -1;
    }
}
