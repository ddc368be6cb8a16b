package jp.tenken.ui.clauses;

import jp.tenken.domain.guideline.AnswerKind;
import jp.tenken.domain.guideline.CommentTarget;
import jp.tenken.domain.guideline.GuidelinePlace;
import jp.tenken.domain.guideline.PublicComment;
import jp.tenken.i18n.Messages;

/** A public comment as the panel shows it: the ministry's answer first, the comment folded under it. */
public record CommentEntry(int number, String page, AnswerKind kind, String kindLabel, String answer,
                           String comment, String where, GuidelinePlace place) {

    /** 「No.87（P34）」. */
    public String source() {
        return "No." + number + (page == null || page.isBlank() ? "" : "（" + page + "）");
    }

    /** The entry of a comment; {@code target} (a search hit's place) says where it is, null on a place's panel. */
    static CommentEntry of(PublicComment c, CommentTarget target) {
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
                where, place);
    }
}
