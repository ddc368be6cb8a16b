package jp.tenken.domain.year;

import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import jp.tenken.domain.edition.RowKey;

/** The answers of one assessment, looked up by row and round; a missing answer reads as unanswered. */
public final class AnswerSheet {
    private final Map<RowKey, Answer[]> answers = new HashMap<>();

    public AnswerSheet(Collection<Answer> all) {
        all.forEach(this::put);
    }

    public Answer get(RowKey row, Round round) {
        Answer[] pair = answers.get(row);
        Answer a = pair == null ? null : pair[round.number() - 1];
        return a == null ? Answer.empty(row, round) : a;
    }

    public void put(Answer a) {
        answers.computeIfAbsent(a.row(), k -> new Answer[2])[a.round().number() - 1] = a;
    }

    public Collection<Answer> all() {
        return answers.values().stream().flatMap(Arrays::stream).filter(Objects::nonNull).toList();
    }
}
