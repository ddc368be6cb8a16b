package jp.tenken.domain.year;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import jp.tenken.domain.edition.Form;
import jp.tenken.domain.edition.Item;
import jp.tenken.domain.edition.RowKey;

/**
 * What an inspector looks for on a form: every row's 1回目 answer and date, a 目標日 for every いいえ, and no
 * 目標日 left to pass without the item being met. A gate row answered いいえ means nothing else needs checking.
 */
public record Readiness(int rows, int answered, int noCount, LocalDate earliestTarget, List<ReadinessFlag> flags) {

    public Readiness {
        flags = List.copyOf(flags);
    }

    public boolean ready() {
        return flags.isEmpty();
    }

    public static Readiness of(Form form, AnswerSheet sheet, LocalDate today) {
        List<ReadinessFlag> flags = new ArrayList<>();
        int rows = 0;
        int answered = 0;
        int no = 0;
        LocalDate earliest = null;
        Optional<Item> gate = form.gate();
        boolean gateClosed = gate.isPresent()
                && sheet.get(gate.get().rows().get(0), Round.FIRST).value() == AnswerValue.NO;
        for (Item item : form.items()) {
            if (gateClosed && !item.gate()) {
                continue;
            }
            for (RowKey row : item.rows()) {
                if (item.isAdvisory(row.scope())) {
                    continue;
                }
                rows++;
                Answer first = sheet.get(row, Round.FIRST);
                Answer second = sheet.get(row, Round.SECOND);
                if (first.value() == AnswerValue.UNANSWERED) {
                    flags.add(new ReadinessFlag(ReadinessFlag.Kind.NO_FIRST_ANSWER, row, item.number(), null));
                    continue;
                }
                answered++;
                if (first.checkedOn() == null) {
                    flags.add(new ReadinessFlag(ReadinessFlag.Kind.NO_FIRST_DATE, row, item.number(), null));
                }
                if (first.value() == AnswerValue.NO && !item.gate()) {
                    no++;
                    boolean metLater = second.value() == AnswerValue.YES;
                    if (first.targetDate() == null) {
                        flags.add(new ReadinessFlag(ReadinessFlag.Kind.NO_TARGET_DATE, row, item.number(), null));
                    } else if (!metLater) {
                        if (earliest == null || first.targetDate().isBefore(earliest)) {
                            earliest = first.targetDate();
                        }
                        if (first.targetDate().isBefore(today)) {
                            flags.add(new ReadinessFlag(ReadinessFlag.Kind.TARGET_OVERDUE, row, item.number(),
                                    first.targetDate()));
                        }
                    }
                }
            }
        }
        flags.sort(Comparator.comparingInt(f -> f.kind().ordinal()));
        return new Readiness(rows, answered, no, earliest, flags);
    }
}
