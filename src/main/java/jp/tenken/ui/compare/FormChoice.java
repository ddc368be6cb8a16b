package jp.tenken.ui.compare;

import jp.tenken.domain.edition.FormKind;

/** A form that can be compared: the facility's own, or one vendor's 事業者確認用; {@code label} is shown as is. */
public record FormChoice(FormKind kind, Long vendorId, String label) {
    @Override
    public String toString() {
        return label;
    }
}
