package jp.tenken.domain.guideline;

/** The answer of the deep self-check (深掘り自己点検) for one 遵守事項. */
public enum DeepCheckValue {
    DONE("実施済"),
    PARTLY("一部実施"),
    NOT_DONE("未実施"),
    NOT_APPLICABLE("該当なし");

    private final String label;

    DeepCheckValue(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
