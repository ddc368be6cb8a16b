package jp.tenken.xlsx.write;

import jp.tenken.i18n.UserMessageException;

/** The file written does not hold what was meant to be written; the message says what differs, in Japanese. */
public final class ExportMismatchException extends UserMessageException {
    ExportMismatchException(String message) {
        super(message, null);
    }
}
