package jp.tenken.domain.guideline;

import java.util.Optional;

/** How far a clause's text in our catalog was checked against the final official guideline. */
public enum ClauseStatus {
    /** Read on a page of the final text. */
    VERIFIED("verified"),
    /** Read on a final page, but cut off or only quoted in part. */
    PARTIAL("partial"),
    /** Read only in a draft; the final wording may differ. */
    DRAFT("draft"),
    /** Known to exist, text not read. */
    UNKNOWN("unknown");

    private final String code;

    ClauseStatus(String code) {
        this.code = code;
    }

    /** The word used in the catalog JSON. */
    public String code() {
        return code;
    }

    public static Optional<ClauseStatus> of(String code) {
        for (ClauseStatus s : values()) {
            if (s.code.equals(code)) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }
}
