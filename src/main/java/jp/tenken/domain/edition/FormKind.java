package jp.tenken.domain.edition;

/** The forms of a checklist edition: the facility's own, the pharmacy's, and the one each vendor fills in. */
public enum FormKind {
    FACILITY("医療機関確認用"),
    PHARMACY("薬局確認用"),
    VENDOR("事業者確認用");

    private final String label;

    FormKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
