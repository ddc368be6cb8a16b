package jp.tenken.domain.guideline;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import jp.tenken.domain.Circled;
import jp.tenken.domain.edition.GuidelineRef;

/**
 * 「医療情報システムの安全管理に関するガイドライン」 in one version (6.0 now): the three parts that carry 遵守事項,
 * the reference patterns, and the rules that tie them to checklist references and to a facility's pattern.
 */
public record Guideline(String version, String title, String issued, String source, String sourceUrl,
                        List<PatternDefinition> patterns, List<GuidelinePart> parts) {

    public Guideline {
        Objects.requireNonNull(version, "version");
        patterns = List.copyOf(patterns);
        parts = List.copyOf(parts);
    }

    public Optional<GuidelinePart> part(String name) {
        return parts.stream().filter(p -> p.name().equals(name)).findFirst();
    }

    /** Every 遵守事項 in part and chapter order. */
    public List<Clause> clauses() {
        List<Clause> all = new ArrayList<>();
        for (GuidelinePart p : parts) {
            p.chapters().forEach(c -> all.addAll(c.clauses()));
            p.appendices().forEach(c -> all.addAll(c.clauses()));
        }
        return all;
    }

    public Optional<Clause> clause(String ref) {
        return clauses().stream().filter(c -> c.ref().equals(ref)).findFirst();
    }

    /** The 遵守事項 whose text must not be shown as official wording (partial, draft, or not read). */
    public List<Clause> unverifiedClauses() {
        return clauses().stream().filter(c -> !c.textVerified()).toList();
    }

    /**
     * Where a checklist reference points: with a 遵守事項 number, that one clause (with its chapter and, in
     * 経営管理編, its section); without one, the section (with the clauses under it) or the whole chapter. Empty when
     * the guideline data has no such part, chapter, section or clause.
     */
    public Optional<GuidelinePlace> resolve(GuidelineRef ref) {
        Optional<GuidelinePart> part = part(ref.part());
        if (part.isEmpty()) {
            return Optional.empty();
        }
        Optional<GuidelineChapter> found = part.get().chapter(ref.chapter());
        if (found.isEmpty()) {
            return Optional.empty();
        }
        GuidelineChapter chapter = found.get();
        boolean wholeChapter = ref.section().equals(chapter.number());
        GuidelineSection section = null;
        if (!wholeChapter) {
            Optional<GuidelineSection> s = chapter.section(ref.section());
            if (s.isEmpty()) {
                return Optional.empty();
            }
            section = s.get();
        }
        if (ref.item() != null) {
            // 経営管理編 numbers its clauses per section and group; the other parts once per chapter.
            boolean bySection = part.get().clausesBySection();
            Optional<Clause> clause = chapter.clauses().stream()
                    .filter(c -> c.number() == ref.item())
                    .filter(c -> !bySection || ref.section().equals(c.section()))
                    .filter(c -> !bySection || Objects.equals(ref.group(), c.group()))
                    .findFirst();
            return clause.map(c -> new GuidelinePlace(part.get(), chapter, bySection ? chapter.section(c.section())
                    .orElse(null) : null, List.of(c)));
        }
        List<Clause> clauses = wholeChapter ? chapter.clauses()
                : part.get().clausesBySection() ? chapter.clausesUnder(ref.section()) : List.of();
        return Optional.of(new GuidelinePlace(part.get(), chapter, section, clauses));
    }

    /**
     * For a facility's 参照パターン, every numbered chapter of every part in order: whether it applies in whole, only
     * through some 遵守事項 tagged for more patterns than their chapter, or not at all, with the reason, e.g.
     * 「このパターンでは参照不要（システム運用編13はⅠ、Ⅲのみ）」.
     */
    public List<ChapterApplicability> applicability(ReferencePattern pattern) {
        List<ChapterApplicability> out = new ArrayList<>();
        for (GuidelinePart p : parts) {
            for (GuidelineChapter c : p.chapters()) {
                out.add(applicability(p, c, pattern));
            }
        }
        return out;
    }

    /** The chapters a facility of this pattern reads (in whole or in part). */
    public List<GuidelineChapter> chaptersFor(ReferencePattern pattern) {
        return applicability(pattern).stream().filter(ChapterApplicability::applies)
                .map(ChapterApplicability::chapter).toList();
    }

    private static ChapterApplicability applicability(GuidelinePart part, GuidelineChapter c, ReferencePattern p) {
        if (c.taggedFor(p)) {
            return new ChapterApplicability(c, ChapterApplicability.Reach.WHOLE, c.clauses(), null);
        }
        String tag = part.name() + c.number() + "は" + c.printedPatterns() + "のみ";
        List<Clause> some = c.clauses().stream().filter(cl -> cl.patterns().contains(p)).toList();
        if (some.isEmpty()) {
            return new ChapterApplicability(c, ChapterApplicability.Reach.NONE, List.of(),
                    "このパターンでは参照不要（" + tag + "）");
        }
        String numbers = String.join("", some.stream().map(cl -> Circled.of(cl.number())).toList());
        return new ChapterApplicability(c, ChapterApplicability.Reach.SOME_CLAUSES, some,
                "このパターンでは遵守事項" + numbers + "のみ参照（" + tag + "）");
    }
}
