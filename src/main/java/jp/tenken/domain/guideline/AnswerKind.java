package jp.tenken.domain.guideline;

import java.util.regex.Pattern;

/**
 * What the ministry did with a public comment, read from the wording of its answer. An answer that says several
 * things takes the strongest kind, in the order 修正した &gt; 原案どおり &gt; 今後の検討・参考 &gt; 説明:
 * <ul>
 *   <li>修正した: the guideline (or a supplement such as the Q&amp;A) was changed — 「修正いたします」「修正しました」
 *       「修正します」, 「追記しました」「追記いたします」, 「削除しました」「削除します」, 「統一いたしました」,
 *       「盛り込みました」, 「目次を作成しました」, 「なお書きで記載いたします」;</li>
 *   <li>原案どおり: the draft stands — 「原案のとおり」「原案どおり」「原案通り」;</li>
 *   <li>今後の検討・参考: taken as input for later — 「今後の検討」, 「参考とさせていただ…」「参考にさせていただ…」,
 *       「今後の参考」, 「検討いたします」;</li>
 *   <li>説明: anything else (the answer explains where or how the draft already covers the point).</li>
 * </ul>
 */
public enum AnswerKind {
    MODIFIED("修正した"),
    AS_DRAFTED("原案どおり"),
    FUTURE_OR_REFERENCE("今後の検討・参考"),
    EXPLANATION("説明");

    private static final Pattern MODIFIED_WORDS = Pattern.compile(
            "(修正|追記|削除|統一)(いた)?し(ます|ました)|盛り込みました|目次を作成しました|なお書きで記載いたします");
    private static final Pattern AS_DRAFTED_WORDS = Pattern.compile("原案(の)?(とおり|どおり|通り)");
    private static final Pattern FUTURE_WORDS = Pattern.compile(
            "今後の検討|今後の参考|参考(と|に)させていただ|検討いたします");

    private final String label;

    AnswerKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The kind of an answer, by the rules above. */
    public static AnswerKind of(String answer) {
        if (MODIFIED_WORDS.matcher(answer).find()) {
            return MODIFIED;
        }
        if (AS_DRAFTED_WORDS.matcher(answer).find()) {
            return AS_DRAFTED;
        }
        if (FUTURE_WORDS.matcher(answer).find()) {
            return FUTURE_OR_REFERENCE;
        }
        return EXPLANATION;
    }
}
