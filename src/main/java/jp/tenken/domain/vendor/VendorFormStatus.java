package jp.tenken.domain.vendor;

/** Where a vendor's 事業者確認用 of a fiscal year stands: not sent, sent, returned, checked by the facility. */
public enum VendorFormStatus {
    NOT_SENT("未送付"),
    SENT("送付済"),
    RECEIVED("回収済"),
    CONFIRMED("確認済");

    private final String label;

    VendorFormStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Whether the vendor's answers are back (回収済 or 確認済). */
    public boolean returned() {
        return this == RECEIVED || this == CONFIRMED;
    }
}
