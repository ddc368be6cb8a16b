package jp.tenken.ui.official;

import java.util.List;
import jp.tenken.domain.edition.FormKind;

/** Which form a stated table of the ministry's Excel is: as its sheet labels it, or chosen in the window. */
public enum FormChoice {
    AS_LABELLED(List.of()), FACILITY(List.of(FormKind.FACILITY, FormKind.PHARMACY)), VENDOR(List.of(FormKind.VENDOR));

    final List<FormKind> kinds;

    FormChoice(List<FormKind> kinds) {
        this.kinds = kinds;
    }
}
