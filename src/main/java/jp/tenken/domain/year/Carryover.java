package jp.tenken.domain.year;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import jp.tenken.domain.FiscalYear;
import jp.tenken.domain.edition.Form;
import jp.tenken.domain.edition.Item;
import jp.tenken.domain.edition.RowKey;

/**
 * What the previous fiscal year hands to this one: its answers read for this year's rows (through
 * {@link ScopeMapping}, matched by the items' stable keys), the items new in this year's edition and the items
 * the previous edition had that this one dropped. These are hints beside this year's rows, never this year's
 * answers: this year's 1回目 needs this year's date.
 */
public record Carryover(FiscalYear previousYear, boolean previousStarted, AnswerSheet previous,
                        Set<String> newItemKeys, List<Item> removedItems) {

    public Carryover {
        newItemKeys = Collections.unmodifiableSet(new LinkedHashSet<>(newItemKeys));
        removedItems = List.copyOf(removedItems);
    }

    /** No previous year to carry from. */
    public static Carryover none(FiscalYear previousYear) {
        return new Carryover(previousYear, false, new AnswerSheet(List.of()), Set.of(), List.of());
    }

    /**
     * @param previousForm    the previous year's form (of the edition it was answered on)
     * @param previousAnswers its answers (empty when the year was never started)
     * @param started         whether the previous year was answered in this file at all
     * @param form            this year's form
     */
    public static Carryover of(FiscalYear previousYear, Form previousForm, AnswerSheet previousAnswers,
                               boolean started, Form form) {
        Set<String> newKeys = new LinkedHashSet<>();
        List<Answer> mapped = new ArrayList<>();
        for (Item item : form.items()) {
            Optional<Item> before = previousForm.item(item.key());
            if (before.isEmpty()) {
                newKeys.add(item.key());
                continue;
            }
            for (RowKey row : item.rows()) {
                for (Round round : Round.values()) {
                    Answer a = ScopeMapping.map(before.get(), previousAnswers, row, round);
                    if (!a.isEmpty()) {
                        mapped.add(a);
                    }
                }
            }
        }
        List<Item> removed = previousForm.items().stream().filter(i -> form.item(i.key()).isEmpty()).toList();
        return new Carryover(previousYear, started, new AnswerSheet(mapped), newKeys, removed);
    }

    public boolean isNew(String itemKey) {
        return newItemKeys.contains(itemKey);
    }

    /** Last year's answer for this year's row and a round (unanswered when there is none). */
    public Answer previous(RowKey row, Round round) {
        return previous.get(row, round);
    }
}
