package jp.tenken.domain.guideline;

/**
 * A numbered section of a guideline chapter (e.g. 8.2, 1.2.1); the title is null when it was not read in the
 * final text, and the note then says what is known.
 */
public record GuidelineSection(String number, String title, String page, String note) {
}
