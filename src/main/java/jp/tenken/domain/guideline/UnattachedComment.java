package jp.tenken.domain.guideline;

/** A public comment that could not be attached to the guideline catalog, with the reason to show. */
public record UnattachedComment(PublicComment comment, String reason) {
}
