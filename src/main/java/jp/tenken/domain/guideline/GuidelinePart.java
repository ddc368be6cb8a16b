package jp.tenken.domain.guideline;

import java.util.List;
import java.util.Optional;

/**
 * One part (編) of the guideline that carries 遵守事項: 経営管理編, 企画管理編 or システム運用編, with its numbered
 * chapters in order and its appendices (【別添】) kept apart so chapter numbers stay contiguous.
 *
 * @param prefix the short prefix of clause ids: 経, 企, シ
 */
public record GuidelinePart(String name, String prefix, String english, List<GuidelineChapter> chapters,
                            List<GuidelineChapter> appendices) {

    public GuidelinePart {
        chapters = List.copyOf(chapters);
        appendices = List.copyOf(appendices);
    }

    /** A numbered chapter or an appendix by its number (「13」, 「別添」). */
    public Optional<GuidelineChapter> chapter(String number) {
        return java.util.stream.Stream.concat(chapters.stream(), appendices.stream())
                .filter(c -> c.number().equals(number)).findFirst();
    }

    /** True for 経営管理編, whose 遵守事項 blocks sit under sections (with groups) rather than under chapters. */
    public boolean clausesBySection() {
        return "経営管理編".equals(name);
    }
}
