package jp.tenken.domain.guideline;

/**
 * How precisely a public comment is attached, most precise first: to 遵守事項, to a section or chapter, to a part as
 * a whole, to the guideline as a whole (「すべて」), or to a supplement such as the Q&amp;A.
 */
public enum AttachmentLevel {
    CLAUSE,
    SECTION,
    PART,
    WHOLE_GUIDELINE,
    SUPPLEMENT;

    /** The level of one target. */
    public static AttachmentLevel of(CommentTarget target) {
        if (target instanceof CommentTarget.Place p) {
            return !p.place().clauses().isEmpty() ? CLAUSE : p.place().chapter() != null ? SECTION : PART;
        }
        return target instanceof CommentTarget.WholeGuideline ? WHOLE_GUIDELINE : SUPPLEMENT;
    }
}
