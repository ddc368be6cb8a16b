package jp.tenken.domain.register;

/** The three columns of the 連絡体制図 (item 3-①): people inside the clinic, its vendors, outside bodies. */
public enum ContactGroup {
    INTERNAL("組織内"),
    VENDOR("事業者"),
    EXTERNAL("外部の連絡先");

    private final String label;

    ContactGroup(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
