package jp.tenken.domain.guideline;

import java.util.List;

/**
 * Whether a facility of a given 参照パターン reads a chapter, in whole, only some 遵守事項, or not at all, with the
 * reason to show when it does not read all of it.
 *
 * @param clauses the 遵守事項 that apply (all of the chapter's when the whole chapter applies)
 * @param reason  null when the whole chapter applies
 */
public record ChapterApplicability(GuidelineChapter chapter, Reach reach, List<Clause> clauses, String reason) {

    /** How much of a chapter a pattern reads. */
    public enum Reach { WHOLE, SOME_CLAUSES, NONE }

    public ChapterApplicability {
        clauses = List.copyOf(clauses);
    }

    public boolean applies() {
        return reach != Reach.NONE;
    }
}
