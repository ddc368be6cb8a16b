package jp.tenken.domain.year;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import jp.tenken.domain.edition.Edition;
import jp.tenken.domain.edition.Form;
import jp.tenken.domain.edition.FormKind;
import jp.tenken.domain.edition.Item;
import jp.tenken.domain.edition.RowKey;
import jp.tenken.domain.edition.Scope;

/**
 * A form answered on one edition read for a newer one (令和7年度版 → 令和8年度版), before anything is moved: each
 * answer carried over to the item of the newer form with the same stable key (else the same wording), through
 * {@link ScopeMapping} when the item's scopes changed, and each answer the newer form has no row for. Nothing is
 * dropped silently: what cannot be carried over is listed, and kept beside the move.
 */
public record EditionMove(Edition from, Edition to, FormKind kind, List<Answer> carried, Set<RowKey> carriedFrom,
                          List<Line> lines) {

    public EditionMove {
        carried = List.copyOf(carried);
        carriedFrom = Set.copyOf(carriedFrom);
        lines = List.copyOf(lines);
    }

    /**
     * One answer as the preview shows it: the item's number on the older form and, when carried over, on the newer
     * one ({@code toNumber} null when it cannot be carried over).
     */
    public record Line(String fromNumber, String toNumber, String text, Scope scope, Round round, AnswerValue value,
                       boolean carried) {
    }

    /** Plans the move of {@code answers} (given on {@code from}) to {@code to}, for one form. */
    public static EditionMove plan(Edition from, Edition to, FormKind kind, AnswerSheet answers) {
        Form older = from.form(kind).orElseThrow(() -> new IllegalArgumentException(from.id() + " lacks " + kind));
        Form newer = to.form(kind).orElseThrow(() -> new IllegalArgumentException(to.id() + " lacks " + kind));
        Map<String, Item> olderByText = new HashMap<>();
        older.items().forEach(i -> olderByText.putIfAbsent(Item.comparable(i.text()), i));
        Map<String, Item> matchOf = new HashMap<>(); // older key -> newer item
        List<Answer> carried = new ArrayList<>();
        Set<RowKey> carriedFrom = new LinkedHashSet<>();
        for (Item item : newer.items()) {
            Optional<Item> before = older.item(item.key())
                    .or(() -> Optional.ofNullable(olderByText.get(Item.comparable(item.text()))));
            if (before.isEmpty() || matchOf.containsKey(before.get().key())) {
                continue;
            }
            matchOf.put(before.get().key(), item);
            for (RowKey row : item.rows()) {
                for (Round round : Round.values()) {
                    Answer a = ScopeMapping.map(before.get(), answers, row, round);
                    if (!a.isEmpty()) {
                        carried.add(a);
                        ScopeMapping.sources(before.get(), row).stream()
                                .filter(r -> !answers.get(r, round).isEmpty()).forEach(carriedFrom::add);
                    }
                }
            }
        }
        List<Line> lines = new ArrayList<>();
        for (Item item : older.items()) {
            for (RowKey row : item.rows()) {
                for (Round round : Round.values()) {
                    Answer a = answers.get(row, round);
                    if (a.isEmpty()) {
                        continue;
                    }
                    boolean ok = carriedFrom.contains(row);
                    Item target = matchOf.get(item.key());
                    lines.add(new Line(item.number(), ok && target != null ? target.number() : null, item.text(),
                            row.scope(), round, a.value(), ok && target != null));
                }
            }
        }
        // answers of rows the older form does not print (an edition changed under them) are listed too
        Set<RowKey> printed = new LinkedHashSet<>(older.rows());
        for (Answer a : answers.all()) {
            if (!a.isEmpty() && !printed.contains(a.row())) {
                lines.add(new Line(a.row().itemKey(), null, "", a.row().scope(), a.round(), a.value(), false));
            }
        }
        return new EditionMove(from, to, kind, carried, carriedFrom, lines);
    }

    /** How many of the form's answers (row and round) cannot be carried over. */
    public long notCarried() {
        return lines.stream().filter(l -> !l.carried()).count();
    }

    /** How many of the form's answers (row and round) are carried over. */
    public long carriedCount() {
        return lines.stream().filter(Line::carried).count();
    }
}
