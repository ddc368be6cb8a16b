package jp.tenken.domain.official;

import java.util.List;
import java.util.Optional;

/**
 * How a checklist table was recognised, so the app can show it and the user can correct it: the header rows (Excel
 * rows, 1-based), for each column the role assumed and why, and how sure the reader is.
 */
public record OfficialRecognition(int firstHeaderRow, int lastHeaderRow, List<Assumption> assumptions,
                                  Confidence confidence) {
    public OfficialRecognition {
        assumptions = List.copyOf(assumptions);
    }

    /** CERTAIN: every role named by a header word; PROBABLE: some taken from the cells; UNSURE: guessed by place. */
    public enum Confidence { CERTAIN, PROBABLE, UNSURE }

    /** What a role was recognised by. */
    public enum Evidence { HEADER_WORD, DATA_VALIDATION, CELL_DATA, POSITION, MAPPING }

    /** One column's role, its 0-based index, the evidence and its detail (the header word, the list values …). */
    public record Assumption(OfficialColumn column, int index, Evidence evidence, String detail) {

        /** E.g. {@code header word 回答}, {@code data validation はい,いいえ}, {@code position}. */
        public String describe() {
            String kind = switch (evidence) {
                case HEADER_WORD -> "header word";
                case DATA_VALIDATION -> "data validation";
                case CELL_DATA -> "cell data";
                case POSITION -> "position";
                case MAPPING -> "mapping";
            };
            return detail.isEmpty() ? kind : kind + " " + detail;
        }
    }

    /** The assumption made for a role, if the table has that column. */
    public Optional<Assumption> about(OfficialColumn column) {
        return assumptions.stream().filter(a -> a.column() == column).findFirst();
    }

    /** The confidence the evidence supports: any guess by place makes it UNSURE, any cell evidence PROBABLE. */
    public static Confidence judge(List<Assumption> assumptions) {
        if (assumptions.stream().anyMatch(a -> a.evidence() == Evidence.POSITION)) {
            return Confidence.UNSURE;
        }
        boolean cells = assumptions.stream().anyMatch(a -> a.evidence() == Evidence.DATA_VALIDATION
                || a.evidence() == Evidence.CELL_DATA);
        return cells ? Confidence.PROBABLE : Confidence.CERTAIN;
    }
}
