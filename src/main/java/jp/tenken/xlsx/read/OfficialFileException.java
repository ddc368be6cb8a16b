package jp.tenken.xlsx.read;

/** A file offered as the ministry's workbook that cannot be read at all; the caller words the message. */
public final class OfficialFileException extends RuntimeException {

    /** Why the file was refused. */
    public enum Kind { NOT_XLSX, ENCRYPTED_OR_OLD, TOO_LARGE, UNREADABLE }

    private final Kind kind;

    public OfficialFileException(Kind kind, String file, Throwable cause) {
        super(kind + ": " + file, cause);
        this.kind = kind;
    }

    public Kind kind() {
        return kind;
    }
}
