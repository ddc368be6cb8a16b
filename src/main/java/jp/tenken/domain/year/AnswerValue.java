package jp.tenken.domain.year;

/** はい, いいえ, or not yet answered. */
public enum AnswerValue {
    YES("はい"),
    NO("いいえ"),
    UNANSWERED("未回答");

    private final String label;

    AnswerValue(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
