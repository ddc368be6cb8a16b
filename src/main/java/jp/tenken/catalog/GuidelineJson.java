package jp.tenken.catalog;

import java.util.List;

/** The shape of a guideline-*.json file as Jackson reads it; {@link GuidelineReader} validates it into the domain. */
record GuidelineJson(String id, String title, String issued, String source, String sourceUrl,
                     List<PatternJson> patterns, List<PartJson> parts) implements RecordTree.Commented {

    record PatternJson(String id, String name, String definition, String status, String page) {
    }

    /** {@code chapterCount}: how many numbered chapters the part's table of contents has (appendices apart). */
    record PartJson(String id, Integer chapterCount, String prefix, String english, List<ChapterJson> chapters) {
    }

    /**
     * {@code draftTitle}: the heading read only in a draft or our reference; shown marked 「（案の章題）」.
     * {@code titleStatus}: {@code not-held} on a chapter whose title no reachable copy gives (with a note).
     */
    record ChapterJson(String number, String title, String draftTitle, String titleStatus, List<String> patterns,
                       String patternNote, String patternsStatus, String page, String note,
                       List<SectionJson> sections, List<ClauseJson> clauses) {
    }

    record SectionJson(String number, String title, String page, String note) {
    }

    /** {@code skipReason}: why the numbering skips before this clause (the only way a block may have a gap). */
    record ClauseJson(String ref, String section, String group, Integer number, String text, String status,
                      String page, String note, List<String> patterns, String skipReason) {
    }
}
