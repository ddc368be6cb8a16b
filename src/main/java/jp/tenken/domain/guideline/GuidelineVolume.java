package jp.tenken.domain.guideline;

import java.util.List;
import java.util.Objects;

/**
 * One volume (編) of the guideline as read from the ministry's PDF on the clinic's machine: its 編 and version from
 * the title page, its chapters in order with the 遵守事項 read under each, and what looked doubtful while reading
 * (listed first in the review, never silently repaired).
 *
 * @param part    the 編 as printed on the title page, e.g. 企画管理編
 * @param version the version as printed, e.g. 7.0
 * @param title   the guideline's title line from the title page
 * @param pages   the number of pages read
 */
public record GuidelineVolume(String part, String version, String title, int pages, List<Chapter> chapters,
                              List<Doubt> doubts) {

    public GuidelineVolume {
        Objects.requireNonNull(part, "part");
        Objects.requireNonNull(version, "version");
        chapters = List.copyOf(chapters);
        doubts = List.copyOf(doubts);
    }

    /** Every 遵守事項 of the volume in chapter order. */
    public List<ReadClause> clauses() {
        return chapters.stream().flatMap(c -> c.clauses().stream()).toList();
    }

    /** A chapter as its heading prints it (number and title), with the 遵守事項 read under it. */
    public record Chapter(String number, String title, List<ReadClause> clauses) {
        public Chapter {
            clauses = List.copyOf(clauses);
        }
    }

    /**
     * One 遵守事項 as read: its chapter, the section heading above its block (when one was printed), the group label
     * inside the block (＜管理責任＞, when printed), its circled number and its text joined across lines and pages.
     */
    public record ReadClause(String chapter, String section, String group, int number, String text) {
    }

    /** Something a person should look at before keeping the volume. */
    public record Doubt(Kind kind, String chapter, String detail) {
        /** What looked wrong: numbers that skip, a clause that does not end like one, a chapter without 遵守事項. */
        public enum Kind { CLAUSE_NUMBER_SKIPS, CHAPTER_NUMBER_SKIPS, CLAUSE_UNFINISHED, CHAPTER_WITHOUT_CLAUSES,
            TEXT_BEFORE_FIRST_CLAUSE }
    }
}
