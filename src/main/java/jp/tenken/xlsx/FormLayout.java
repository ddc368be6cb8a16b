package jp.tenken.xlsx;

import jp.tenken.domain.edition.RowKey;

/**
 * The grid of Tenken's own exported form (医療機関確認用・事業者確認用), known to both rooms: the writer lays the
 * sheet out on it and the reader of returned forms checks it.
 */
public final class FormLayout {
    public static final int COL_SECTION = 0;
    public static final int COL_NUMBER = 1;
    public static final int COL_TEXT = 2;
    public static final int COL_SCOPE = 3;
    public static final int COL_ANSWER1 = 4;
    public static final int COL_CHECKED1 = 5;
    public static final int COL_TARGET = 6;
    public static final int COL_ANSWER2 = 7;
    public static final int COL_CHECKED2 = 8;
    public static final int COL_NOTE = 9;
    public static final int LAST_COL = COL_NOTE;
    /** More rows than any form has: a returned sheet (or its tag) beyond this is refused. */
    public static final int MAX_ROWS = 1000;

    /** One data row as written: its index among the data rows, the answer row, the hint printed in it. */
    public record WrittenRow(int index, RowKey key, String hint) {
    }

    private FormLayout() {
    }
}
