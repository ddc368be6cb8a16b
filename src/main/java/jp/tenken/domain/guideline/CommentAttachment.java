package jp.tenken.domain.guideline;

import java.util.Comparator;
import java.util.List;

/** A public comment with the places of the guideline (or the supplements) it speaks to. */
public record CommentAttachment(PublicComment comment, List<CommentTarget> targets) {

    public CommentAttachment {
        targets = List.copyOf(targets);
    }

    /** The most precise level among the targets. */
    public AttachmentLevel level() {
        return targets.stream().map(AttachmentLevel::of).min(Comparator.naturalOrder()).orElse(AttachmentLevel.PART);
    }
}
