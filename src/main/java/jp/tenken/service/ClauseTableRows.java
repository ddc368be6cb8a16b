package jp.tenken.service;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import jp.tenken.domain.Circled;
import jp.tenken.domain.edition.Item;
import jp.tenken.domain.edition.RowKey;
import jp.tenken.domain.edition.Scope;
import jp.tenken.domain.guideline.ChapterApplicability;
import jp.tenken.domain.guideline.Clause;
import jp.tenken.domain.guideline.DeepCheck;
import jp.tenken.domain.guideline.Guideline;
import jp.tenken.domain.guideline.GuidelineChapter;
import jp.tenken.domain.guideline.GuidelineCrosswalk;
import jp.tenken.domain.guideline.GuidelinePart;
import jp.tenken.domain.year.Answer;
import jp.tenken.domain.year.AnswerSheet;
import jp.tenken.domain.year.Round;
import jp.tenken.i18n.Messages;
import jp.tenken.xlsx.write.ClauseTableData;

/**
 * The rows of the printed 「ガイドライン対応表」: chapter by chapter, each 遵守事項 with the items that name it, their
 * answers and the deep check; one line for the clauses of a chapter whose text is not held (or not read from a PDF
 * taken in), and one for the items that refer to a chapter as a whole.
 */
final class ClauseTableRows {
    private ClauseTableRows() {
    }

    /** The rows for {@code g} as answered in {@code v}; {@code reach} marks the chapters a 参照パターン leaves out. */
    static List<ClauseTableData.Row> of(Guideline g, GuidelineService.YearView v,
                                        Map<GuidelineChapter, ChapterApplicability> reach) {
        List<ClauseTableData.Row> rows = new ArrayList<>();
        for (GuidelinePart part : g.parts()) {
            List<GuidelineChapter> chapters = new ArrayList<>(part.chapters());
            chapters.addAll(part.appendices());
            for (GuidelineChapter ch : chapters) {
                ChapterApplicability a = reach.get(ch);
                boolean skip = a != null && !a.applies();
                String title = (ch.appendix() ? "【別添】" : "第" + ch.number() + "章 ")
                        + officialTitle(ch)
                        // a pattern tag only where the guideline prints one (システム運用編), never our inference
                        + (ch.patterns().isEmpty() || !ch.patternsVerified() ? "" : "［" + ch.printedPatterns() + "］")
                        + (a != null && a.reason() != null ? "　" + a.reason() : "");
                rows.add(new ClauseTableData.Row(true, skip, part.prefix() + (ch.appendix() ? "別添" : ch.number()),
                        title, "", "", "", ""));
                if (skip) {
                    continue;
                }
                Set<Item> covered = new LinkedHashSet<>();
                List<Clause> withoutText = new ArrayList<>();
                for (Clause c : ch.clauses()) {
                    boolean needed = a == null || a.clauses().contains(c);
                    List<Item> items = v.crosswalk().items(c);
                    DeepCheck d = v.deepCheck(c);
                    if (!printable(c) && !namedByAnItem(c, items, g) && d.value() == null && d.note().isEmpty()) {
                        // nothing to show but a number: one line for the chapter instead (an item reaching the
                        // clause only through its chapter or section is listed on the chapter's 全体 line)
                        withoutText.add(c);
                        continue;
                    }
                    covered.addAll(items);
                    rows.add(new ClauseTableData.Row(false, !needed, clausePlace(c), clauseText(c, ch),
                            itemsText(items, v.crosswalk(), ch), answersText(items, v.answers()),
                            d.value() == null ? "" : d.value().label(), d.note()));
                }
                // a version taken in from the ministry's PDFs (it carries no issue date of ours) has no text to
                // fetch: a chapter without clauses there was not read, which the take-in listed as a doubt
                String missingKey = g.issued() == null ? "guideline.notReadFromPdf" : "guideline.textNotHeld";
                if (!withoutText.isEmpty()) {
                    boolean all = withoutText.size() == ch.clauses().size();
                    rows.add(new ClauseTableData.Row(false, false, "",
                            all ? Messages.get(missingKey)
                                    : Messages.get("guideline.textNotHeld.some", numbers(withoutText)),
                            "", "", "", ""));
                } else if (ch.clauses().isEmpty() && !ch.appendix()) {
                    rows.add(new ClauseTableData.Row(false, false, "", Messages.get(missingKey),
                            "", "", "", ""));
                }
                List<Item> rest = v.crosswalk().items(ch).stream().filter(i -> !covered.contains(i)).toList();
                if (!rest.isEmpty()) {
                    rows.add(new ClauseTableData.Row(false, false, part.prefix() + ch.number() + " 全体",
                            "（章・節全体への参照。遵守事項の特定なし）", itemsText(rest, v.crosswalk(), ch), answersText(rest, v.answers()),
                            "", ""));
                }
            }
        }
        return rows;
    }

    private static String clausePlace(Clause c) {
        String block = c.section() == null ? c.chapter() : c.section();
        return c.ref().substring(0, 1) + block + (c.group() == null ? "" : "\n＜" + c.group() + "＞")
                + Circled.of(c.number());
    }

    /**
     * True when an item's reference names this very clause (not only its chapter or section). Clauses are matched by
     * their ref, unique in one guideline: the record's own equals is linked at run time, 5 ms of an export.
     */
    private static boolean namedByAnItem(Clause c, List<Item> items, Guideline g) {
        return items.stream().flatMap(i -> i.references().stream()).anyMatch(r -> r.item() != null
                && g.resolve(r).map(p -> p.clauses().size() == 1 && p.clauses().get(0).ref().equals(c.ref()))
                .orElse(false));
    }

    /** True when the clause's own text can be printed as the ministry's (read on a final page). */
    private static boolean printable(Clause c) {
        return c.text() != null && c.textVerified();
    }

    /** The numbers of some clauses of one chapter, block by block: 「②③⑤」, 「3.1.2①〜④、3.3.1①」. */
    static String numbers(List<Clause> clauses) {
        Map<String, List<Integer>> blocks = new LinkedHashMap<>();
        for (Clause c : clauses) {
            String block = (c.section() == null ? "" : c.section()) + (c.group() == null ? "" : "＜" + c.group() + "＞");
            blocks.computeIfAbsent(block, k -> new ArrayList<>()).add(c.number());
        }
        List<String> out = new ArrayList<>();
        blocks.forEach((block, nums) -> {
            StringBuilder b = new StringBuilder(block);
            int i = 0;
            while (i < nums.size()) {
                int j = i;
                while (j + 1 < nums.size() && nums.get(j + 1) == nums.get(j) + 1) {
                    j++;
                }
                b.append(Circled.of(nums.get(i)));
                if (j - i >= 2) {
                    b.append("〜").append(Circled.of(nums.get(j)));
                } else if (j > i) {
                    b.append(Circled.of(nums.get(j)));
                }
                i = j + 1;
            }
            out.add(b.toString());
        });
        return String.join("、", out);
    }

    /**
     * What the printed table says of a clause: its text when verified against the ministry's publication, otherwise
     * its number and chapter (our drafts and partial readings stay in the app, never on the inspector's page).
     */
    private static String clauseText(Clause c, GuidelineChapter ch) {
        if (c.text() != null && c.textVerified()) {
            return c.text();
        }
        String chapter = ch.appendix() ? "【別添】" : "第" + ch.number() + "章";
        String title = officialTitle(ch);
        return Messages.get("guideline.clauseByNumber", chapter + (title.isEmpty() ? "" : "「" + title + "」"),
                Circled.of(c.number()));
    }

    /** A chapter's title as printed: the official one, or nothing (a title read only in a draft is not printed). */
    private static String officialTitle(GuidelineChapter ch) {
        String t = ch.title();
        return t == null || t.endsWith("（案の章題）") ? "" : t;
    }

    private static String itemsText(List<Item> items, GuidelineCrosswalk crosswalk, GuidelineChapter ch) {
        return String.join("\n", items.stream().map(i -> (i.gate() ? "" : i.number() + " ") + i.text()
                + (crosswalk.estimated(i, ch) ? "（" + Messages.get("guidelinePdf.estimated") + "）" : "")).toList());
    }

    private static String answersText(List<Item> items, AnswerSheet answers) {
        List<String> out = new ArrayList<>();
        for (Item i : items) {
            List<String> parts = new ArrayList<>();
            for (RowKey row : i.rows()) {
                Answer a = answers.get(row, Round.FIRST);
                String scope = row.scope() == Scope.ALL || row.scope() == Scope.NONE ? "" : row.scope().label() + "：";
                parts.add(scope + a.value().label());
            }
            out.add((i.gate() ? "" : i.number() + " ") + String.join("、", parts));
        }
        return String.join("\n", out);
    }
}
