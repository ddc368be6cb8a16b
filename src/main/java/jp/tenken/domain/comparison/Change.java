package jp.tenken.domain.comparison;

/** How one row moved from the earlier year to the later one. */
public enum Change {
    /** いいえ → はい. */
    IMPROVED("改善"),
    /** はい → いいえ. */
    REGRESSED("後退"),
    /** The same answer both years. */
    UNCHANGED("変化なし"),
    /** The item is new in the later year's edition. */
    NEW("新規"),
    /** One of the two years has no answer for the row. */
    UNANSWERED("未回答");

    private final String label;

    Change(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
