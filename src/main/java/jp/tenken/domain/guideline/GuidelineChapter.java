package jp.tenken.domain.guideline;

import java.util.List;
import java.util.Optional;

/**
 * A chapter of one part of the guideline (or its 【別添】), with its sections, its 遵守事項 and the 参照パターン its
 * heading is tagged with. In 経営管理編 the 遵守事項 sit under sections; elsewhere one block follows the chapter
 * heading.
 *
 * @param title             null when the final title was not read
 * @param patterns          the patterns the chapter applies to; empty for an untagged appendix (read by all)
 * @param patternsVerified  false when the tag was inferred rather than read on the final page
 */
public record GuidelineChapter(String part, String number, String title, List<ReferencePattern> patterns,
                               boolean patternsVerified, String patternNote, String page, String note,
                               List<GuidelineSection> sections, List<Clause> clauses) {

    /** The number the guideline gives its appendix (【別添】), which has no chapter number. */
    public static final String APPENDIX = "別添";

    public GuidelineChapter {
        patterns = patterns == null ? List.of() : List.copyOf(patterns);
        sections = List.copyOf(sections);
        clauses = List.copyOf(clauses);
    }

    public boolean appendix() {
        return APPENDIX.equals(number);
    }

    public Optional<GuidelineSection> section(String number) {
        return sections.stream().filter(s -> s.number().equals(number)).findFirst();
    }

    /** The 遵守事項 under a section or any of its subsections (経営管理編), e.g. 1.2 gives those of 1.2.1 and 1.2.2. */
    public List<Clause> clausesUnder(String section) {
        return clauses.stream()
                .filter(c -> c.section() != null && (c.section().equals(section) || c.section().startsWith(section + ".")))
                .toList();
    }

    /** True when the chapter heading's tag includes the pattern (an untagged chapter applies to every pattern). */
    public boolean taggedFor(ReferencePattern pattern) {
        return patterns.isEmpty() || patterns.contains(pattern);
    }

    /** The tag as printed, e.g. 「Ⅰ、Ⅲ」. */
    public String printedPatterns() {
        return String.join("、", patterns.stream().map(ReferencePattern::label).toList());
    }
}
