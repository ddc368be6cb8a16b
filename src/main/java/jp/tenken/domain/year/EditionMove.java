package jp.tenken.domain.year;

import java.text.Normalizer;
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
        older.items().forEach(i -> olderByText.putIfAbsent(normal(i.text()), i));
        Map<String, Item> matchOf = new HashMap<>(); // older key -> newer item
        List<Answer> carried = new ArrayList<>();
        Set<RowKey> carriedFrom = new LinkedHashSet<>();
        for (Item item : newer.items()) {
            Optional<Item> before = older.item(item.key()).or(() -> Optional.ofNullable(olderByText.get(normal(item.text()))));
            if (before.isEmpty() || matchOf.containsKey(before.get().key())) {
                continue;
            }
            matchOf.put(before.get().key(), item);
            for (RowKey row : item.rows()) {
                for (Round round : Round.values()) {
                    Answer a = ScopeMapping.map(before.get(), answers, row, round);
                    if (!a.isEmpty()) {
                        carried.add(a);
                        used(before.get(), row, round, answers, carriedFrom);
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

    /** The older rows a newer row's answer was read from (one row, or the device rows it combines). */
    private static void used(Item before, RowKey target, Round round, AnswerSheet answers, Set<RowKey> out) {
        for (RowKey r : before.rows()) {
            boolean same = r.scope() == target.scope();
            boolean whole = isWhole(r.scope()) && (isWhole(target.scope()) || !before.scopes().contains(target.scope()));
            boolean devices = isWhole(target.scope()) && Scope.devices().contains(r.scope())
                    && before.scopes().stream().noneMatch(EditionMove::isWhole);
            if ((same || whole || devices) && !answers.get(r, round).isEmpty()) {
                out.add(r);
            }
        }
    }

    private static boolean isWhole(Scope s) {
        return s == Scope.ALL || s == Scope.NONE;
    }

    private static String normal(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFKC).replaceAll("\\s+", "").replaceAll("[。.]+$", "");
    }
}
