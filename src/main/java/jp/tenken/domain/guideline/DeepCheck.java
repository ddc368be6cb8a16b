package jp.tenken.domain.guideline;

import java.time.Instant;
import java.util.Objects;

/**
 * One 遵守事項's answer in a fiscal year's deep self-check: 実施済 / 一部実施 / 未実施 / 該当なし (null while not
 * answered) with a free note. {@code changedAt} is when it was last saved.
 */
public record DeepCheck(String clauseRef, DeepCheckValue value, String note, Instant changedAt) {

    public DeepCheck {
        Objects.requireNonNull(clauseRef, "clauseRef");
        note = note == null ? "" : note;
    }

    public static DeepCheck empty(String clauseRef) {
        return new DeepCheck(clauseRef, null, "", null);
    }

    public boolean answered() {
        return value != null;
    }

    public DeepCheck withValue(DeepCheckValue v) {
        return new DeepCheck(clauseRef, v, note, changedAt);
    }

    public DeepCheck withNote(String n) {
        return new DeepCheck(clauseRef, value, n, changedAt);
    }
}
