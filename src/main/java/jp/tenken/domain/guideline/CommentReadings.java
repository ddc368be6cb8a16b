package jp.tenken.domain.guideline;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Our reading of the public comments where the automatic attachment by what a row names is too broad or too narrow,
 * and what is known of the numbering they use. Every comment of the table refers to the draft put out for comment
 * (令和5年3月30日), so a clause number in a comment is a draft number; a block of 遵守事項 whose draft numbering was
 * checked against the final text says whether the numbers stayed the same.
 *
 * @param readings  per comment: the 遵守事項 it speaks to (final refs), replacing the clause-level attachment
 * @param numbering per block of 遵守事項 (「企10」, 「経1.2.2」): whether the draft numbers are the final ones
 */
public record CommentReadings(List<Reading> readings, List<BlockNumbering> numbering) {

    /** No reading: every comment attaches by what it names. */
    public static final CommentReadings NONE = new CommentReadings(List.of(), List.of());

    public CommentReadings {
        readings = List.copyOf(readings);
        numbering = List.copyOf(numbering);
    }

    /**
     * The 遵守事項 one comment speaks to, by their final refs, and why (what in the comment says so).
     *
     * @param draftNumbers the numbers as the comment prints them (draft numbering), e.g. 「②③④」
     */
    public record Reading(int comment, List<String> clauses, String draftNumbers, String reason) {
        public Reading {
            clauses = List.copyOf(clauses);
            Objects.requireNonNull(reason, "reason");
        }
    }

    /** Whether a block's draft numbers are its final numbers, with the evidence. */
    public record BlockNumbering(String block, NumberingMatch match, String evidence) {
        public BlockNumbering {
            Objects.requireNonNull(block, "block");
            Objects.requireNonNull(match, "match");
        }
    }

    /** How a block's draft numbering relates to the final one. */
    public enum NumberingMatch {
        /** Checked: each draft number names the same 遵守事項 in the final text. */
        SAME,
        /** Checked: some numbers moved between the draft and the final text. */
        DIFFERS,
        /** Not checked against the final text. */
        UNCHECKED
    }

    public Optional<Reading> reading(int comment) {
        return readings.stream().filter(r -> r.comment() == comment).findFirst();
    }

    /** The block a clause's number counts in: its chapter (「企10」), or its section in 経営管理編 (「経1.2.2」). */
    public static String blockOf(Clause c) {
        return c.ref().substring(0, 1) + (c.section() == null ? c.chapter() : c.section());
    }

    /** How the numbers of the block holding {@code clause} relate to the final text. */
    public NumberingMatch numberingOf(Clause clause) {
        String block = blockOf(clause);
        // an entry for the clause itself wins over one for its block
        return numbering.stream().filter(n -> n.block().equals(clause.ref())).map(BlockNumbering::match).findFirst()
                .or(() -> numbering.stream().filter(n -> n.block().equals(block)).map(BlockNumbering::match)
                        .findFirst())
                .orElse(NumberingMatch.UNCHECKED);
    }
}
