package jp.tenken.ui.clauses;

import java.util.Optional;
import jp.tenken.domain.guideline.AnswerKind;
import jp.tenken.domain.guideline.CommentReadings;
import jp.tenken.domain.guideline.CommentTarget;
import jp.tenken.domain.guideline.GuidelineComments;
import jp.tenken.domain.guideline.GuidelinePlace;
import jp.tenken.domain.guideline.PublicComment;
import jp.tenken.i18n.Messages;

/**
 * A public comment as the panel shows it: the ministry's answer first, the comment folded under it.
 *
 * @param numbering which numbering the comment's clause numbers follow (the draft's) and whether they are the final
 *                  ones; empty when the comment is on no 遵守事項
 */
public record CommentEntry(int number, String page, AnswerKind kind, String kindLabel, String answer,
                           String comment, String where, GuidelinePlace place, String numbering) {

    /** 「No.87（P34）」: the comment's number and the draft's page. */
    public String heading() {
        return "No." + number + (page == null || page.isBlank() ? "" : "（" + page + "）");
    }

    /** The entry of a comment; {@code target} (a search hit's place) says where it is, null on a place's panel. */
    static CommentEntry of(PublicComment c, CommentTarget target) {
        return of(c, target, Optional.empty());
    }

    /** The entry of a comment with what is known of its clause numbers ({@link GuidelineComments#numbering}). */
    static CommentEntry of(PublicComment c, CommentTarget target, Optional<CommentReadings.NumberingMatch> numbering) {
        String where = "";
        GuidelinePlace place = null;
        if (target instanceof CommentTarget.Place p) {
            place = p.place();
            where = p.place().printed();
        } else if (target instanceof CommentTarget.ReferenceMaterial r) {
            where = Messages.get("clauses.where.reference", r.name());
        } else if (target instanceof CommentTarget.WholeGuideline) {
            where = Messages.get("clauses.where.whole");
        }
        return new CommentEntry(c.number(), c.page(), c.answerKind(), c.answerKind().label(), c.answer(), c.comment(),
                where, place, numbering.map(m -> Messages.get("clauses.comment.numbering." + m.name())).orElse(""));
    }
}
