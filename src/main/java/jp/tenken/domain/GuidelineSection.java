package jp.tenken.domain;

/**
 * A numbered section of a guideline chapter (e.g. 8.2, 1.2.1); the title is null when it was not read in the
 * final text, and the note then says what is known.
 */
public record GuidelineSection(String number, String title, String page, String note) {

    /** The chapter a section number belongs to: the number before its first dot ("8.2" → "8", "15" → "15"). */
    public static String chapterOf(String number) {
        int dot = number.indexOf('.');
        return dot < 0 ? number : number.substring(0, dot);
    }
}
