package jp.tenken.domain.guideline;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import jp.tenken.domain.edition.Form;
import jp.tenken.domain.edition.GuidelineRef;
import jp.tenken.domain.edition.Item;

/**
 * The reverse of a form's guideline references: for each 遵守事項, chapter and section, the checklist items that
 * point to it (through {@link Guideline#resolve}). A reference to a section or chapter touches every clause found
 * there, and also the section or chapter itself, so places without read 遵守事項 still list their items.
 */
public final class GuidelineCrosswalk {
    private final Map<String, Set<Item>> byClause = new LinkedHashMap<>();
    private final Map<String, Set<Item>> byChapter = new LinkedHashMap<>();
    private final Map<String, Set<Item>> bySection = new LinkedHashMap<>();
    private final List<GuidelineRef> unresolved = new ArrayList<>();

    public GuidelineCrosswalk(Guideline guideline, Form form) {
        for (Item item : form.items()) {
            for (GuidelineRef ref : item.references()) {
                var place = guideline.resolve(ref);
                if (place.isEmpty()) {
                    unresolved.add(ref);
                    continue;
                }
                GuidelinePlace p = place.get();
                if (p.chapter() != null) {
                    byChapter.computeIfAbsent(key(p.part().name(), p.chapter().number()), k -> new LinkedHashSet<>())
                            .add(item);
                }
                if (p.section() != null) {
                    bySection.computeIfAbsent(key(p.part().name(), p.section().number()), k -> new LinkedHashSet<>())
                            .add(item);
                }
                for (Clause c : p.clauses()) {
                    byClause.computeIfAbsent(c.ref(), k -> new LinkedHashSet<>()).add(item);
                }
            }
        }
    }

    private static String key(String part, String number) {
        return part + "\u0000" + number;
    }

    /** The items whose references reach this 遵守事項 (directly, or through its section or chapter). */
    public List<Item> items(Clause clause) {
        return List.copyOf(byClause.getOrDefault(clause.ref(), Set.of()));
    }

    /** The items whose references point anywhere in this chapter. */
    public List<Item> items(GuidelineChapter chapter) {
        return List.copyOf(byChapter.getOrDefault(key(chapter.part(), chapter.number()), Set.of()));
    }

    /** The items whose references name this section (or a clause in it, in 経営管理編). */
    public List<Item> items(String part, GuidelineSection section) {
        Objects.requireNonNull(section, "section");
        return List.copyOf(bySection.getOrDefault(key(part, section.number()), Set.of()));
    }

    /** References of the form that the guideline data cannot place. */
    public List<GuidelineRef> unresolved() {
        return List.copyOf(unresolved);
    }
}
