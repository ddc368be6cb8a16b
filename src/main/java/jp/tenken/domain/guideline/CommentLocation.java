package jp.tenken.domain.guideline;

import jp.tenken.domain.edition.GuidelineRef;

/**
 * One place a public comment names in its 章 cell: a section number normalised to the guideline's form ("13.2",
 * "3.2.2", "別添.1") with the heading text after it, or only a heading (「【はじめに】」, 「Q & A (案) シQ-13」).
 *
 * @param section null when the cell names no number
 * @param title   the heading text as the table prints it, with stray spaces inside Japanese words removed
 */
public record CommentLocation(String section, String title) {

    /** The chapter number: the section before its first dot. */
    public String chapter() {
        return section == null ? null : GuidelineRef.chapterOf(section);
    }
}
