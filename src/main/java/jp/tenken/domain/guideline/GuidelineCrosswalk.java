package jp.tenken.domain.guideline;

import java.util.ArrayList;
import java.util.HashSet;
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

    /** Item keys with the chapters (part + number) they reach only by an estimate, marked 「推定」 where shown. */
    private final Set<String> estimated = new HashSet<>();

    public GuidelineCrosswalk(Guideline guideline, Form form) {
        this(guideline, form, new Ties(Map.of(), Set.of()));
    }

    /**
     * Which references tie each item to a guideline version other than the one its edition's references were
     * written for: by item key, the references to use instead of the item's own, and which of the items are tied
     * only by an estimate.
     */
    public record Ties(Map<String, List<GuidelineRef>> references, Set<String> estimated) {
        public Ties {
            references = Map.copyOf(references);
            estimated = Set.copyOf(estimated);
        }
    }

    /**
     * With the references of some items replaced ({@link Ties}): those the ministry's Excel prints for the newer
     * version, or places carried from the previous edition by 編 and chapter title; the carried ones reach their places
     * like printed ones, and {@link #estimated} says which they are.
     */
    public GuidelineCrosswalk(Guideline guideline, Form form, Ties ties) {
        for (Item item : form.items()) {
            List<GuidelineRef> refs = ties.references().getOrDefault(item.key(), item.references());
            if (ties.estimated().contains(item.key())) {
                refs.forEach(r -> estimated.add(item.key() + "\u0000" + key(r.part(), r.chapter())));
            }
            for (GuidelineRef ref : refs) {
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

    /**
     * The places of an item of the previous edition — references to {@code older} — carried to {@code newer} by 編 and
     * chapter title: a chapter of the same 編 whose title reads the same (spaces and full-width forms aside). A place
     * whose chapter title changed is not carried; nothing is guessed beyond that.
     */
    public static List<GuidelineRef> carried(Item before, Guideline older, Guideline newer) {
        Set<GuidelineRef> refs = new LinkedHashSet<>();
        for (GuidelineRef ref : before.references()) {
            older.resolve(ref).ifPresent(place -> {
                String title = TakenGuideline.normalise(place.chapter().title());
                if (title == null || title.isEmpty()) {
                    return;
                }
                newer.part(place.part().name()).flatMap(p -> p.chapters().stream()
                        .filter(c -> title.equals(TakenGuideline.normalise(c.title()))).findFirst())
                        .ifPresent(c -> refs.add(new GuidelineRef(c.part(), c.number(), null, null, false)));
            });
        }
        return List.copyOf(refs);
    }

    /** Whether the item reaches this chapter only by an estimated reference (shown with 「推定」). */
    public boolean estimated(Item item, GuidelineChapter chapter) {
        return estimated.contains(item.key() + "\u0000" + key(chapter.part(), chapter.number()));
    }

    /** Whether the item is tied to this guideline only by estimated references (it prints none of its own). */
    public boolean estimated(Item item) {
        return estimated.stream().anyMatch(e -> e.startsWith(item.key() + "\u0000"));
    }

    /** References of the form that the guideline data cannot place. */
    public List<GuidelineRef> unresolved() {
        return List.copyOf(unresolved);
    }
}
