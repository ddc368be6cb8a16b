package jp.tenken.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The public comments on the 6.0 draft attached to the guideline, so a screen can show, beside a clause or chapter,
 * what was asked and how the ministry answered. Rules: 「すべて」 goes to the guideline as a whole; 「他(参考資料)」
 * to the supplement it names (Q&amp;A and others); a row of 経営管理編/企画管理編/システム運用編 to the section it
 * names (with the clauses under it), to the nearest enclosing section or the chapter when the data lacks that
 * section, and to the part as a whole when it names no number (【はじめに】, 目次, 「—」). Rows on 概説編 (no
 * 遵守事項, not in the catalog) or naming no part stay unattached, each with its reason.
 */
public record GuidelineComments(List<CommentAttachment> attached, List<UnattachedComment> unattached) {

    public GuidelineComments {
        attached = List.copyOf(attached);
        unattached = List.copyOf(unattached);
    }

    /** Attaches every comment by the rules above. */
    public static GuidelineComments attach(Guideline guideline, List<PublicComment> comments) {
        List<CommentAttachment> attached = new ArrayList<>();
        List<UnattachedComment> unattached = new ArrayList<>();
        for (PublicComment c : comments) {
            List<CommentTarget> targets = new ArrayList<>();
            List<String> reasons = new ArrayList<>();
            switch (c.part()) {
                case ALL -> targets.add(new CommentTarget.WholeGuideline());
                case REFERENCE_MATERIALS -> targets.add(referenceMaterial(c));
                case OVERVIEW -> reasons.add("概説編は遵守事項のない編で、ガイドラインカタログに含まれていません");
                case UNSPECIFIED -> reasons.add("編の指定がありません（「" + c.partLabel() + "」）");
                default -> attachToPart(guideline, c, targets, reasons);
            }
            if (targets.isEmpty()) {
                unattached.add(new UnattachedComment(c, String.join("; ", reasons)));
            } else {
                attached.add(new CommentAttachment(c, targets));
            }
        }
        return new GuidelineComments(attached, unattached);
    }

    private static CommentTarget referenceMaterial(PublicComment c) {
        String heading = c.sectionTitle();
        if (heading == null) {
            return new CommentTarget.ReferenceMaterial("参考資料", null);
        }
        String compact = heading.replace(" ", "");
        return new CommentTarget.ReferenceMaterial(compact.startsWith("Q&A") ? "Q&A" : heading, heading);
    }

    private static void attachToPart(Guideline guideline, PublicComment c, List<CommentTarget> targets,
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
            Optional<GuidelineChapter> chapter = part.chapter(l.chapter());
            if (chapter.isEmpty()) {
                reasons.add(name + " に第" + l.chapter() + "章がありません");
                continue;
            }
            // The nearest level the data has: the section itself, an enclosing section, else the chapter.
            String section = l.section();
            Optional<GuidelinePlace> place = Optional.empty();
            while (place.isEmpty()) {
                place = guideline.resolve(new GuidelineRef(name, section, null, null, true));
                int dot = section.lastIndexOf('.');
                if (place.isEmpty()) {
                    if (dot < 0) {
                        break;
                    }
                    section = section.substring(0, dot);
                }
            }
            if (place.isEmpty()) {
                reasons.add(name + " " + l.section() + " がガイドラインデータにありません");
                continue;
            }
            targets.add(new CommentTarget.Place(place.get(), section.equals(l.section()) ? null : l.section()));
        }
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
