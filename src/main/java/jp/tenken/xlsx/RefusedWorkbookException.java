package jp.tenken.xlsx;

import jp.tenken.i18n.Messages;
import jp.tenken.i18n.UserMessageException;

/**
 * An untrusted workbook that {@link UntrustedWorkbook} will not open (or that POI could not build): its message is
 * Japanese, names the file and says what to do, and never carries the text of the underlying exception.
 */
public final class RefusedWorkbookException extends UserMessageException {

    /** Why the file was refused; each has the message {@code xlsx.refused.<name>}. */
    public enum Kind {
        NOT_FOUND, EMPTY, TOO_LARGE, ENCRYPTED, XLS, TEXT, NOT_WORKBOOK, DAMAGED, ZIP_BOMB, UNSAFE_XML, HUGE_SHEET,
        OUT_OF_MEMORY
    }

    private final Kind kind;
    private final String fileName;
    private final int excelRow;
    private final String detail;

    /**
     * @param excelRow the Excel row concerned (1-based), 0 when it concerns the whole file
     * @param detail a Japanese detail (the size in MB, the part that is damaged…), never an exception's text
     */
    public RefusedWorkbookException(Kind kind, String fileName, int excelRow, String detail, Throwable cause) {
        super(Messages.get("xlsx.refused." + kind.name(), fileName, Integer.toString(excelRow),
                detail == null ? "" : detail), cause);
        this.kind = kind;
        this.fileName = fileName;
        this.excelRow = excelRow;
        this.detail = detail == null ? "" : detail;
    }

    RefusedWorkbookException(Kind kind, String fileName) {
        this(kind, fileName, 0, "", null);
    }

    public Kind kind() {
        return kind;
    }

    public String fileName() {
        return fileName;
    }

    /** The Excel row concerned (1-based), or 0. */
    public int excelRow() {
        return excelRow;
    }

    public String detail() {
        return detail;
    }
}
