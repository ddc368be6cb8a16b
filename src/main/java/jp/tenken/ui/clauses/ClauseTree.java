package jp.tenken.ui.clauses;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import jp.tenken.domain.Circled;
import jp.tenken.domain.guideline.Clause;
import jp.tenken.domain.guideline.Guideline;
import jp.tenken.domain.guideline.GuidelineChapter;
import jp.tenken.domain.guideline.GuidelinePart;
import jp.tenken.domain.guideline.GuidelinePlace;
import jp.tenken.domain.guideline.GuidelineSection;
import jp.tenken.i18n.Messages;

/** The guideline as a tree of nodes (part, chapter, section, 遵守事項), built once, and lookups in it. */
final class ClauseTree {
    private final List<ClauseNode> roots = new ArrayList<>();
    private final List<ClauseNode> all = new ArrayList<>();

    ClauseTree(Guideline guideline) {
        for (GuidelinePart part : guideline.parts()) {
            ClauseNode p = add(new ClauseNode(ClauseNode.Kind.PART, part.name(), part, null, null, null));
            roots.add(p);
            List<GuidelineChapter> chapters = new ArrayList<>(part.chapters());
            chapters.addAll(part.appendices());
            for (GuidelineChapter ch : chapters) {
                p.children().add(chapter(part, ch));
            }
        }
    }

    private ClauseNode chapter(GuidelinePart part, GuidelineChapter ch) {
        String name = ch.appendix() ? "【別添】" : ch.number();
        ClauseNode c = add(new ClauseNode(ClauseNode.Kind.CHAPTER, name + " " + titled(ch.title()), part, ch, null,
                null));
        Map<String, ClauseNode> sections = new LinkedHashMap<>();
        List<ClauseNode> sectionNodes = new ArrayList<>();
        for (GuidelineSection s : ch.sections()) {
            ClauseNode sn = add(new ClauseNode(ClauseNode.Kind.SECTION, s.number() + " " + titled(s.title()), part,
                    ch, s, null));
            sections.put(s.number(), sn);
            sectionNodes.add(sn);
        }
        List<ClauseNode> clauseNodes = new ArrayList<>();
        for (Clause cl : ch.clauses()) {
            ClauseNode cn = add(new ClauseNode(ClauseNode.Kind.CLAUSE, clauseLabel(cl), part, ch,
                    cl.section() == null ? null : ch.section(cl.section()).orElse(null), cl));
            ClauseNode home = cl.section() == null ? null : sections.get(cl.section());
            if (home != null) {
                home.children().add(cn);
            } else {
                clauseNodes.add(cn);
            }
        }
        // 遵守事項 come first in a chapter, then its sections (as the guideline prints them)
        c.children().addAll(clauseNodes);
        c.children().addAll(sectionNodes);
        return c;
    }

    private ClauseNode add(ClauseNode n) {
        all.add(n);
        return n;
    }

    private static String titled(String title) {
        return title == null ? Messages.get("clauses.untitled") : title;
    }

    private static String clauseLabel(Clause c) {
        String head = (c.group() == null ? "" : "＜" + c.group() + "＞") + Circled.of(c.number()) + " ";
        if (c.text() == null) {
            return head + Messages.get("clauses.text.unknown");
        }
        String first = c.text().strip().split("\n")[0];
        return head + (first.length() > 34 ? first.substring(0, 33) + "…" : first);
    }

    List<ClauseNode> roots() {
        return roots;
    }

    /** Every node, in tree order. */
    List<ClauseNode> all() {
        return all;
    }

    Optional<ClauseNode> clause(String clauseRef) {
        return all.stream().filter(n -> n.clause() != null && n.clause().ref().equals(clauseRef)).findFirst();
    }

    Optional<ClauseNode> chapter(String part, String chapter) {
        return all.stream().filter(n -> n.kind() == ClauseNode.Kind.CHAPTER && n.part().name().equals(part)
                && n.chapter().number().equals(chapter)).findFirst();
    }

    /** The node of a place: its section when it has one in the tree, else its chapter, else its part. */
    Optional<ClauseNode> place(GuidelinePlace p) {
        if (p.chapter() == null) {
            return all.stream().filter(n -> n.kind() == ClauseNode.Kind.PART && n.part().equals(p.part())).findFirst();
        }
        if (p.section() != null) {
            Optional<ClauseNode> s = all.stream().filter(n -> n.kind() == ClauseNode.Kind.SECTION
                    && n.chapter().equals(p.chapter()) && n.section().equals(p.section())).findFirst();
            if (s.isPresent()) {
                return s;
            }
        }
        return all.stream().filter(n -> n.kind() == ClauseNode.Kind.CHAPTER && n.chapter().equals(p.chapter()))
                .findFirst();
    }

    /** The 遵守事項 a node holds that the pattern needs (all of them when no pattern is chosen). */
    static List<Clause> clausesUnder(ClauseNode n) {
        List<Clause> out = new ArrayList<>();
        collect(n, out);
        return out;
    }

    private static void collect(ClauseNode n, List<Clause> out) {
        if (n.clause() != null && !n.dimmedProperty().get()) {
            out.add(n.clause());
        }
        n.children().forEach(c -> collect(c, out));
    }
}
