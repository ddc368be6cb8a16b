package jp.tenken.domain.guideline;

import java.util.List;
import java.util.Objects;

/**
 * One row of MHLW's table of public comments on the 6.0 draft with the ministry's answer, cleaned of markup.
 * Section numbers and page numbers are the DRAFT's; they match the final on every page checked so far.
 *
 * @param partLabel the 編 cell as printed, e.g. 「システム運用編 (Control)」
 * @param locations the places the 章 cell names, in order (empty for 「—」)
 * @param page      the 頁 cell (e.g. 「P41」), null when it is 「—」 or missing
 */
public record PublicComment(int number, String category, CommentPart part, String partLabel,
                            List<CommentLocation> locations, String page, String comment, String answer,
                            AnswerKind answerKind) {

    public PublicComment {
        Objects.requireNonNull(part, "part");
        Objects.requireNonNull(comment, "comment");
        Objects.requireNonNull(answer, "answer");
        Objects.requireNonNull(answerKind, "answerKind");
        locations = List.copyOf(locations);
    }

    /** The first section number the comment names, e.g. "13.2", or null. */
    public String section() {
        return locations.stream().map(CommentLocation::section).filter(Objects::nonNull).findFirst().orElse(null);
    }

    /** The heading text of the first place named, or null. */
    public String sectionTitle() {
        return locations.isEmpty() ? null : locations.get(0).title();
    }
}
