package jp.tenken.domain.comparison;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import jp.tenken.domain.FiscalYear;
import jp.tenken.domain.edition.Form;
import jp.tenken.domain.edition.Item;
import jp.tenken.domain.edition.RowKey;
import jp.tenken.domain.edition.Scope;
import jp.tenken.domain.edition.Section;
import jp.tenken.domain.year.Answer;
import jp.tenken.domain.year.AnswerSheet;
import jp.tenken.domain.year.AnswerValue;
import jp.tenken.domain.year.Carryover;
import jp.tenken.domain.year.Round;

/**
 * One form compared item by item between two fiscal years (by the items' stable keys, through
 * {@link ScopeMapping} where scopes changed). Each year stands at its latest answered round: the 2回目 when
 * there is one, else the 1回目. A row is 新規 when the item is new in the later edition, 未回答 when either year
 * has no answer, else 改善 (いいえ→はい), 後退 (はい→いいえ) or 変化なし. A 目標日 of the earlier year that has
 * passed without a はい — neither in the earlier year's 2回目 nor in the later year's 1回目 — is reported on its row.
 * The gate (医療情報システムの有無) is not a measure and is left out.
 */
public record Comparison(FiscalYear earlierYear, FiscalYear laterYear, Form earlierForm, Form laterForm,
                         List<Row> rows, List<SectionCount> sections, List<Item> removedItems,
                         AnswerTally earlierTally, AnswerTally laterTally) {

    public Comparison {
        rows = List.copyOf(rows);
        sections = List.copyOf(sections);
        removedItems = List.copyOf(removedItems);
    }

    /** One row of the later year's form with both years' standing answers. */
    public record Row(String section, Item item, Scope scope, Answer earlier, Answer later, Change change,
                      LocalDate missedTarget) {
        public boolean targetMissed() {
            return missedTarget != null;
        }
    }

    /** The changes of one section, and where each year stood in it. */
    public record SectionCount(String heading, Map<Change, Integer> counts, AnswerTally earlier, AnswerTally later) {
        public SectionCount {
            counts = Map.copyOf(counts);
        }

        public int count(Change c) {
            return counts.getOrDefault(c, 0);
        }
    }

    /** The answer a year ends on for a row: the 2回目 when answered, else the 1回目. */
    public static Answer standing(Answer first, Answer second) {
        return second.value() != AnswerValue.UNANSWERED ? second : first;
    }

    /**
     * @param today a 目標日 before this day has passed
     */
    public static Comparison of(FiscalYear earlierYear, Form earlierForm, AnswerSheet earlierAnswers,
                                FiscalYear laterYear, Form laterForm, AnswerSheet laterAnswers, LocalDate today) {
        Carryover carry = Carryover.of(earlierYear, earlierForm, earlierAnswers, true, laterForm);
        List<Row> rows = new ArrayList<>();
        Map<String, Map<Change, Integer>> counts = new LinkedHashMap<>();
        Map<String, AnswerTally> laterTallies = new LinkedHashMap<>();
        for (Section s : laterForm.sections()) {
            for (Item item : s.items()) {
                if (item.gate()) {
                    continue;
                }
                for (RowKey key : item.rows()) {
                    Answer before1 = carry.previous(key, Round.FIRST);
                    Answer before2 = carry.previous(key, Round.SECOND);
                    Answer after1 = laterAnswers.get(key, Round.FIRST);
                    Answer after = standing(after1, laterAnswers.get(key, Round.SECOND));
                    Answer before = standing(before1, before2);
                    boolean isNew = carry.isNew(item.key());
                    Change change = isNew ? Change.NEW : change(before.value(), after.value());
                    LocalDate missed = null;
                    if (!isNew && before1.value() == AnswerValue.NO && before1.targetDate() != null
                            && before1.targetDate().isBefore(today) && before2.value() != AnswerValue.YES
                            && after1.value() != AnswerValue.YES) {
                        missed = before1.targetDate();
                    }
                    rows.add(new Row(s.heading(), item, key.scope(), before, after, change, missed));
                    counts.computeIfAbsent(s.heading(), h -> new EnumMap<>(Change.class)).merge(change, 1, Integer::sum);
                    laterTallies.merge(s.heading(), AnswerTally.EMPTY.plus(after.value()), Comparison::sum);
                }
            }
        }
        Map<String, AnswerTally> earlierTallies = new LinkedHashMap<>();
        for (Section s : earlierForm.sections()) {
            for (Item item : s.items()) {
                if (item.gate()) {
                    continue;
                }
                for (RowKey key : item.rows()) {
                    AnswerValue v = standing(earlierAnswers.get(key, Round.FIRST),
                            earlierAnswers.get(key, Round.SECOND)).value();
                    earlierTallies.merge(s.heading(), AnswerTally.EMPTY.plus(v), Comparison::sum);
                }
            }
        }
        List<SectionCount> sections = new ArrayList<>();
        for (Map.Entry<String, Map<Change, Integer>> e : counts.entrySet()) {
            sections.add(new SectionCount(e.getKey(), e.getValue(),
                    earlierTallies.getOrDefault(e.getKey(), AnswerTally.EMPTY), laterTallies.get(e.getKey())));
        }
        for (Map.Entry<String, AnswerTally> e : earlierTallies.entrySet()) {
            if (!counts.containsKey(e.getKey())) {
                sections.add(new SectionCount(e.getKey(), Map.of(), e.getValue(), AnswerTally.EMPTY));
            }
        }
        return new Comparison(earlierYear, laterYear, earlierForm, laterForm, rows, sections, carry.removedItems(),
                AnswerTally.of(earlierForm, earlierAnswers), AnswerTally.of(laterForm, laterAnswers));
    }

    private static Change change(AnswerValue before, AnswerValue after) {
        if (before == AnswerValue.UNANSWERED || after == AnswerValue.UNANSWERED) {
            return Change.UNANSWERED;
        }
        if (before == after) {
            return Change.UNCHANGED;
        }
        return after == AnswerValue.YES ? Change.IMPROVED : Change.REGRESSED;
    }

    private static AnswerTally sum(AnswerTally a, AnswerTally b) {
        return new AnswerTally(a.yes() + b.yes(), a.no() + b.no(), a.unanswered() + b.unanswered());
    }

    /** How many rows changed in a way, over all sections. */
    public int count(Change c) {
        return (int) rows.stream().filter(r -> r.change() == c).count();
    }

    /** Rows whose earlier 目標日 passed without a はい. */
    public List<Row> missedTargets() {
        return rows.stream().filter(Row::targetMissed).toList();
    }
}
