package jp.tenken.domain.guideline;

import java.util.List;
import java.util.Objects;

/**
 * A place in the guideline that a reference points to: a whole part, a chapter, or a section, with the 遵守事項
 * found there (one clause when the reference names its number).
 *
 * @param chapter null when the place is the part as a whole (e.g. its 【はじめに】)
 * @param section null when the place is the chapter as a whole
 */
public record GuidelinePlace(GuidelinePart part, GuidelineChapter chapter, GuidelineSection section,
                             List<Clause> clauses) {

    public GuidelinePlace {
        Objects.requireNonNull(part, "part");
        clauses = List.copyOf(clauses);
    }

    /** As printed: 「システム運用編 13」, 「経営管理編 1.2.1」, 「企画管理編」. */
    public String printed() {
        if (section != null) {
            return part.name() + " " + section.number();
        }
        return chapter == null ? part.name() : part.name() + " " + chapter.number();
    }
}
