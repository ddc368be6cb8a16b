package jp.tenken.xlsx.read;

import jp.tenken.i18n.Messages;

/**
 * One reason a returned form cannot be taken in, with the Excel row it concerns as the user sees it (1-based; 0
 * when it concerns the whole file) and a detail (the value found, the item, the vendor…).
 */
public record FormFileProblem(Kind kind, int excelRow, String detail, String item) {

    /** What is wrong; each has the message {@code import.error.<name>} ({0} the row, {1} the detail). */
    public enum Kind {
        NOT_FOUND, EMPTY, TOO_LARGE, ENCRYPTED, XLS, TEXT, NOT_WORKBOOK, DAMAGED, ZIP_BOMB, UNSAFE_XML,
        NOT_A_FORM, MULTIPLE_FORMS, HEADER, UNKNOWN_EDITION, HUGE_SHEET, FORMULA, EXTRA_ROW, DUPLICATE_ROW,
        MISSING_ROW, BAD_ANSWER, BAD_DATE, DATE_WITHOUT_ANSWER, TAG_MISMATCH, COLUMNS,
        WRONG_FORM, WRONG_VENDOR, UNKNOWN_VENDOR, WRONG_YEAR, EDITION_CONFLICT, RULE, OUT_OF_MEMORY
    }

    public FormFileProblem {
        detail = detail == null ? "" : detail;
        item = item == null ? "" : item;
    }

    public FormFileProblem(Kind kind, int excelRow, String detail) {
        this(kind, excelRow, detail, "");
    }

    /** The same problem, naming the item and scope of its row (「2-⑥」「2-④ サーバ」) beside the row's number. */
    public FormFileProblem at(String itemAndScope) {
        return new FormFileProblem(kind, excelRow, detail, itemAndScope);
    }

    public static FormFileProblem of(Kind kind) {
        return new FormFileProblem(kind, 0, "");
    }

    public static FormFileProblem of(Kind kind, String detail) {
        return new FormFileProblem(kind, 0, detail);
    }

    /** The sentence shown to the user, starting with 「N行目：」 when a row is known. */
    public String message() {
        String row = Integer.toString(excelRow); // 1234, not 1,234
        String text = Messages.get("import.error." + kind.name(), row, detail);
        if (excelRow <= 0) {
            return text;
        }
        return (item.isEmpty() ? Messages.get("import.row", row) : Messages.get("import.rowItem", row, item)) + text;
    }
}
