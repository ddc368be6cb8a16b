package jp.tenken.xlsx;

import jp.tenken.i18n.Messages;
import jp.tenken.i18n.UserMessageException;

/**
 * A file offered as the ministry's workbook that cannot be read at all; its message ({@code official.error.<kind>})
 * names the file and says what to do, and never carries the text of the failure behind it.
 */
public final class OfficialFileException extends UserMessageException {

    /** Why the file was refused. */
    public enum Kind { NOT_XLSX, ENCRYPTED_OR_OLD, TOO_LARGE, UNREADABLE, NOT_FOUND, ZIP_BOMB, UNSAFE_XML, HUGE_SHEET,
        OUT_OF_MEMORY }

    private final Kind kind;

    public OfficialFileException(Kind kind, String file, Throwable cause) {
        super(Messages.get("official.error." + kind.name(), file), cause);
        this.kind = kind;
    }

    /** The ministry's wording of a refusal by the guarded opener. */
    public static OfficialFileException of(RefusedWorkbookException refused) {
        Kind kind = switch (refused.kind()) {
            case NOT_FOUND -> Kind.NOT_FOUND;
            case EMPTY, TEXT, NOT_WORKBOOK -> Kind.NOT_XLSX;
            case ENCRYPTED, XLS -> Kind.ENCRYPTED_OR_OLD;
            case TOO_LARGE -> Kind.TOO_LARGE;
            case DAMAGED -> Kind.UNREADABLE;
            case ZIP_BOMB -> Kind.ZIP_BOMB;
            case UNSAFE_XML -> Kind.UNSAFE_XML;
            case HUGE_SHEET -> Kind.HUGE_SHEET;
            case OUT_OF_MEMORY -> Kind.OUT_OF_MEMORY;
        };
        return new OfficialFileException(kind, refused.fileName(), refused);
    }

    public Kind kind() {
        return kind;
    }
}
