package jp.tenken.domain.guideline;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import jp.tenken.domain.edition.GuidelineRef;

/**
 * The public comments on the 6.0 draft attached to the guideline, so a screen can show, beside a clause or chapter,
 * what was asked and how the ministry answered. A comment attaches to every place it names:
 * <ul>
 *   <li>by the table's columns: 「すべて」 to the guideline as a whole; 「他(参考資料)」 to the supplement it names
 *       (Q&amp;A and others); a row of 経営管理編/企画管理編/システム運用編 to the section or chapter its 章 cell
 *       names, to the nearest enclosing section or chapter when the data lacks that section, and to the part as a
 *       whole when the cell names no number (【はじめに】, 目次, 「—」);</li>
 *   <li>by what the comment and the answer name in their text ({@link CommentMentions}): 「企画管理編 15章⑨」 to that
 *       遵守事項, 「経営管理編 3. 3. 2」 to that section; a row that names nothing else but a part by name
 *       (「システム運用編の【はじめに】」) to that part.</li>
 * </ul>
 * A comment shows beside a clause only when it names that clause, or names the 経営管理編 section whose 【遵守事項】
 * block holds it; a chapter, a section of 企画管理編/システム運用編 (which carry no block of their own) and a
 * place reached one level up carry no clauses, so the comment shows there and on no clause it does not concern.
 * Rows naming no place with 遵守事項 stay unattached, each with its reason.
 */
public record GuidelineComments(List<CommentAttachment> attached, List<UnattachedComment> unattached,
                                CommentReadings readings) {

    public GuidelineComments {
        attached = List.copyOf(attached);
        unattached = List.copyOf(unattached);
        readings = readings == null ? CommentReadings.NONE : readings;
    }

    public GuidelineComments(List<CommentAttachment> attached, List<UnattachedComment> unattached) {
        this(attached, unattached, CommentReadings.NONE);
    }

    /** Attaches every comment by the rules above. */
    public static GuidelineComments attach(Guideline guideline, List<PublicComment> comments) {
        return attach(guideline, comments, CommentReadings.NONE);
    }

    /**
     * Attaches every comment by the rules above, then applies our reading where one is given: the comment's
     * clause-level places are replaced by the 遵守事項 the reading names (a comment on one item of a block then
     * shows on that item only; one naming 「②③④」 on all three); its chapter- and section-level places stay.
     */
    public static GuidelineComments attach(Guideline guideline, List<PublicComment> comments,
                                           CommentReadings readings) {
        List<CommentAttachment> attached = new ArrayList<>();
        List<UnattachedComment> unattached = new ArrayList<>();
        for (PublicComment c : comments) {
            Set<CommentTarget> targets = new LinkedHashSet<>();
            List<String> reasons = new ArrayList<>();
            switch (c.part()) {
                case ALL -> targets.add(new CommentTarget.WholeGuideline());
                case REFERENCE_MATERIALS -> targets.add(referenceMaterial(c));
                case OVERVIEW -> reasons.add("概説編は遵守事項のない編で、ガイドラインカタログに含まれていません");
                case UNSPECIFIED -> reasons.add("編の指定がありません（「" + c.partLabel() + "」）");
                default -> attachToPart(guideline, c, targets, reasons);
            }
            CommentMentions mentions = CommentMentions.of(c);
            for (NamedPlace named : mentions.places()) {
                boolean numberedToo = named.item() == null && mentions.places().stream().anyMatch(o -> o.item() != null
                        && o.part().equals(named.part()) && o.number().equals(named.number()));
                if (!numberedToo) {
                    attachNamed(guideline, named, targets, reasons);
                }
            }
            if (targets.isEmpty()) {
                for (String name : mentions.parts()) {
                    guideline.part(name).ifPresent(p -> targets.add(
                            new CommentTarget.Place(new GuidelinePlace(p, null, null, List.of()), "本文で「" + name + "」")));
                }
            }
            readings.reading(c.number()).ifPresent(r -> read(guideline, r, targets));
            if (targets.isEmpty()) {
                unattached.add(new UnattachedComment(c, String.join("; ", reasons)));
            } else {
                attached.add(new CommentAttachment(c, List.copyOf(targets)));
            }
        }
        return new GuidelineComments(attached, unattached, readings);
    }

    /** Replaces the clause-level places of a comment by the 遵守事項 our reading names. */
    private static void read(Guideline guideline, CommentReadings.Reading r, Set<CommentTarget> targets) {
        targets.removeIf(t -> t instanceof CommentTarget.Place p && !p.place().clauses().isEmpty());
        for (String ref : r.clauses()) {
            Clause clause = guideline.clause(ref).orElse(null);
            if (clause == null) {
                continue; // the reader refuses a reading naming a clause the data lacks
            }
            GuidelinePart part = guideline.part(clause.part()).orElseThrow();
            GuidelineChapter chapter = part.chapter(clause.chapter()).orElseThrow();
            GuidelineSection section = clause.section() == null ? null : chapter.section(clause.section()).orElse(null);
            targets.add(new CommentTarget.Place(new GuidelinePlace(part, chapter, section, List.of(clause)), null));
        }
    }

    /**
     * How the clause numbers a comment prints relate to the final text: every comment uses the draft's numbering;
     * this says whether, for the 遵守事項 it is attached to, those numbers are known to be the final ones. Empty when
     * the comment is attached to no 遵守事項 (it names no clause number to map).
     */
    public Optional<CommentReadings.NumberingMatch> numbering(PublicComment comment) {
        List<Clause> clauses = attached.stream().filter(a -> a.comment().number() == comment.number())
                .flatMap(a -> a.targets().stream())
                .filter(t -> t instanceof CommentTarget.Place p && !p.place().clauses().isEmpty())
                .flatMap(t -> ((CommentTarget.Place) t).place().clauses().stream()).toList();
        if (clauses.isEmpty()) {
            return Optional.empty();
        }
        List<CommentReadings.NumberingMatch> matches = clauses.stream().map(readings::numberingOf).distinct().toList();
        if (matches.contains(CommentReadings.NumberingMatch.DIFFERS)) {
            return Optional.of(CommentReadings.NumberingMatch.DIFFERS);
        }
        return Optional.of(matches.contains(CommentReadings.NumberingMatch.UNCHECKED)
                ? CommentReadings.NumberingMatch.UNCHECKED : CommentReadings.NumberingMatch.SAME);
    }

    private static CommentTarget referenceMaterial(PublicComment c) {
        String heading = c.sectionTitle();
        if (heading == null) {
            return new CommentTarget.ReferenceMaterial("参考資料", null);
        }
        String compact = heading.replace(" ", "");
        return new CommentTarget.ReferenceMaterial(compact.startsWith("Q&A") ? "Q&A" : heading, heading);
    }

    private static void attachToPart(Guideline guideline, PublicComment c, Set<CommentTarget> targets,
                                     List<String> reasons) {
        String name = c.part().guidelinePart().orElseThrow();
        Optional<GuidelinePart> found = guideline.part(name);
        if (found.isEmpty()) {
            reasons.add(name + " がガイドラインデータにありません");
            return;
        }
        GuidelinePart part = found.get();
        if (c.locations().isEmpty()) {
            targets.add(new CommentTarget.Place(new GuidelinePlace(part, null, null, List.of()), null));
            return;
        }
        for (CommentLocation l : c.locations()) {
            if (l.section() == null) {
                targets.add(new CommentTarget.Place(new GuidelinePlace(part, null, null, List.of()), l.title()));
                continue;
            }
            nearest(guideline, part, l.section(), l.section()).ifPresentOrElse(targets::add,
                    () -> reasons.add(name + " に第" + l.chapter() + "章がありません"));
        }
    }

    /**
     * The place a section or chapter number reaches: itself when the data has it, else the nearest enclosing section
     * or the chapter (saying what was asked for); only a 経営管理編 section named exactly keeps its block's clauses.
     */
    private static Optional<CommentTarget> nearest(Guideline guideline, GuidelinePart part, String number,
                                                   String requested) {
        String section = number;
        while (true) {
            Optional<GuidelinePlace> place = guideline.resolve(new GuidelineRef(part.name(), section, null, null, true));
            if (place.isPresent()) {
                GuidelinePlace p = place.get();
                String exact = section;
                List<Clause> block = section.equals(number) && part.clausesBySection() && p.section() != null
                        ? p.clauses().stream().filter(cl -> exact.equals(cl.section())).toList() : List.of();
                GuidelinePlace shown = new GuidelinePlace(part, p.chapter(), p.section(), block);
                return Optional.of(new CommentTarget.Place(shown, section.equals(number) ? null : requested));
            }
            int dot = section.lastIndexOf('.');
            if (dot < 0) {
                return Optional.empty();
            }
            section = section.substring(0, dot);
        }
    }

    /** A place the text names: the 遵守事項 it numbers when the data has it, else its section or chapter. */
    private static void attachNamed(Guideline guideline, NamedPlace named, Set<CommentTarget> targets,
                                    List<String> reasons) {
        GuidelinePart part = guideline.part(named.part()).orElse(null);
        Optional<GuidelineChapter> chapter = part == null ? Optional.empty() : part.chapter(named.chapter());
        if (chapter.isEmpty()) {
            reasons.add("本文の「" + named.printed() + "」はガイドラインデータにありません");
            return;
        }
        if (named.item() != null) {
            boolean bySection = part.clausesBySection();
            List<Clause> clauses = chapter.get().clauses().stream()
                    .filter(cl -> cl.number() == named.item())
                    .filter(cl -> !bySection || named.number().equals(cl.section()))
                    .toList();
            if (!clauses.isEmpty()) {
                GuidelineSection section = bySection ? chapter.get().section(named.number()).orElse(null) : null;
                targets.add(new CommentTarget.Place(new GuidelinePlace(part, chapter.get(), section, clauses), null));
                return;
            }
        }
        // A numbered 遵守事項 the data lacks: the comment shows on its section or chapter, on no other clause.
        nearest(guideline, part, named.number(), named.printed()).map(t -> named.item() == null ? t
                : new CommentTarget.Place(withoutClauses(((CommentTarget.Place) t).place()), named.printed()))
                .ifPresent(targets::add);
    }

    private static GuidelinePlace withoutClauses(GuidelinePlace p) {
        return new GuidelinePlace(p.part(), p.chapter(), p.section(), List.of());
    }

    /** The comments attached to a place whose 遵守事項 include {@code clause}. */
    public List<PublicComment> on(Clause clause) {
        return attached.stream()
                .filter(a -> a.targets().stream().anyMatch(t -> t instanceof CommentTarget.Place p
                        && p.place().clauses().contains(clause)))
                .map(CommentAttachment::comment).toList();
    }

    /** The comments attached to a chapter or any of its sections. */
    public List<PublicComment> on(GuidelineChapter chapter) {
        return attached.stream()
                .filter(a -> a.targets().stream().anyMatch(t -> t instanceof CommentTarget.Place p
                        && chapter.equals(p.place().chapter())))
                .map(CommentAttachment::comment).toList();
    }

    /** The comments on the guideline as a whole (「すべて」). */
    public List<PublicComment> onWholeGuideline() {
        return withTarget(CommentTarget.WholeGuideline.class);
    }

    /** The comments on the supplements (「他(参考資料)」: Q&amp;A, 特集, 用語集, 項目移行対応表). */
    public List<PublicComment> onReferenceMaterials() {
        return withTarget(CommentTarget.ReferenceMaterial.class);
    }

    private List<PublicComment> withTarget(Class<? extends CommentTarget> kind) {
        return attached.stream().filter(a -> a.targets().stream().anyMatch(kind::isInstance))
                .map(CommentAttachment::comment).toList();
    }
}
