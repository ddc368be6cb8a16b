package jp.tenken.pdf;

import jp.tenken.i18n.Messages;
import jp.tenken.i18n.UserMessageException;

/**
 * A PDF that {@link GuidelinePdf} will not read, or that is not a guideline volume: its message is Japanese, names the
 * file and says what to do, and never carries the text of the underlying exception.
 */
public final class RefusedPdfException extends UserMessageException {
    private static final long serialVersionUID = 1L;

    /** Why the file was refused; each has the message {@code pdf.refused.<name>}. */
    public enum Kind {
        NOT_FOUND, EMPTY, TOO_LARGE, NOT_PDF, ENCRYPTED, DAMAGED, TOO_MANY_PAGES, SCRIPT, ATTACHMENT, TOO_MUCH_TEXT,
        TOO_SLOW, OUT_OF_MEMORY, NOT_GUIDELINE
    }

    private final Kind kind;
    private final String fileName;

    /** @param detail a Japanese detail (the size in MB, the page count…), never an exception's text */
    public RefusedPdfException(Kind kind, String fileName, String detail, Throwable cause) {
        super(Messages.get("pdf.refused." + kind.name(), fileName, detail == null ? "" : detail), cause);
        this.kind = kind;
        this.fileName = fileName;
    }

    public Kind kind() {
        return kind;
    }

    public String fileName() {
        return fileName;
    }
}
