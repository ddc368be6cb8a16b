package jp.tenken.domain;

import java.util.List;

/** A public comment with the places of the guideline (or the supplements) it speaks to. */
public record CommentAttachment(PublicComment comment, List<CommentTarget> targets) {

    public CommentAttachment {
        targets = List.copyOf(targets);
    }
}
