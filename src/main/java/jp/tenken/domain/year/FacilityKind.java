package jp.tenken.domain.year;

import jp.tenken.domain.edition.FormKind;

/** The kinds of facility the checklist addresses; a pharmacy answers the 薬局確認用 form. */
public enum FacilityKind {
    HOSPITAL("病院"),
    CLINIC("診療所"),
    PHARMACY("薬局"),
    MIDWIFE_HOME("助産所");

    private final String label;

    FacilityKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The form this kind of facility fills in for itself. */
    public FormKind ownForm() {
        return this == PHARMACY ? FormKind.PHARMACY : FormKind.FACILITY;
    }
}
