package jp.tenken.xlsx.write;

/** Text that a spreadsheet would take for a formula (=, +, -, @ first) must be written as plain text. */
final class FormulaGuard {
    private FormulaGuard() {
    }

    static boolean looksLikeFormula(String s) {
        if (s == null || s.isEmpty()) {
            return false;
        }
        char c = s.charAt(0);
        return c == '=' || c == '+' || c == '-' || c == '@' || c == '＝' || c == '＋' || c == '－' || c == '＠'
                || c == '\t' || c == '\r';
    }
}
