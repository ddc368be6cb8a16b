package jp.tenken.catalog;

/** Spreadsheet column letters (A, B, … Z, AA …) as edition files record them, and the 0-based index they stand for. */
final class ColumnName {
    private ColumnName() {
    }

    static int index(String letters) {
        int n = 0;
        for (char c : letters.toCharArray()) {
            n = n * 26 + (c - 'A' + 1);
        }
        return n - 1;
    }

    static String letters(int index) {
        StringBuilder b = new StringBuilder();
        for (int n = index + 1; n > 0; n = (n - 1) / 26) {
            b.insert(0, (char) ('A' + (n - 1) % 26));
        }
        return b.toString();
    }
}
