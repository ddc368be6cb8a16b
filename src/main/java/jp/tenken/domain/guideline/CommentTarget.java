package jp.tenken.domain.guideline;

import java.util.Objects;

/** What a public comment is attached to: the whole guideline, a supplement such as the Q&amp;A, or a place in a part. */
public sealed interface CommentTarget {

    /** The comment is on the guideline as a whole (編 「すべて」). */
    record WholeGuideline() implements CommentTarget {
    }

    /**
     * The comment is on a supplement (編 「他(参考資料)」): the Q&amp;A, the 特集, the 用語集 or the 項目移行対応表.
     *
     * @param name 「Q&amp;A」 for any Q&amp;A row, otherwise the heading the table prints, or 「参考資料」 when none
     */
    record ReferenceMaterial(String name, String heading) implements CommentTarget {
    }

    /**
     * The comment is on a part, chapter or section of the guideline.
     *
     * @param requested what the comment named when it is attached one level up (a section the data lacks, or a
     *                  heading such as 【はじめに】 attached to the whole part); null when attached where it asked
     */
    record Place(GuidelinePlace place, String requested) implements CommentTarget {
        public Place {
            Objects.requireNonNull(place, "place");
        }
    }
}
