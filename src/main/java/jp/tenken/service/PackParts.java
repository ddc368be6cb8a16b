package jp.tenken.service;

/** Which optional parts the 立入検査用 pack holds besides its forms, summary and comparison. */
public record PackParts(boolean clauseTable, boolean registers) {
    /** The default pack: the ガイドライン対応表 and the registers (each register only when it is not empty). */
    public static final PackParts ALL = new PackParts(true, true);
    /** The summary, the forms and the comparison only. */
    public static final PackParts FORMS_ONLY = new PackParts(false, false);
}
