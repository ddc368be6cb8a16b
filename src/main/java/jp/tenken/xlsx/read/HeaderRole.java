package jp.tenken.xlsx.read;

import java.util.regex.Pattern;

/**
 * The role a header cell names, recognised by meaning: a vocabulary of the words forms use for each column (確認結果,
 * 回答, はい・いいえ …; 確認日, 確認した日付, 実施日 …; 目標日, 対応予定日 …), compared on normalised text.
 */
enum HeaderRole {
    ITEM, NUMBER, SECTION, SCOPE, NOTE, REFERENCE, ANSWER, YES, NO, CHECKED, TARGET, ROUND;

    /** An example in parentheses: 「(例:R8.6.1)」「(記入例:令和8年4月1日)」 (compacted, so half-width). */
    private static final Pattern EXAMPLE = Pattern.compile("\\((?:記入|入力|記載)?例:[^)]*\\)");

    /** The role {@code raw} names as a header, or null when it is not a header word (or a field to fill in). */
    static HeaderRole classify(String raw) {
        // an example after the role word (「確認日（例：R8.6.1）」) does not hide the role
        String t = EXAMPLE.matcher(OfficialText.compact(raw)).replaceAll("");
        if (t.isEmpty() || t.length() > 24) {
            return null;
        }
        int colon = t.indexOf(':');
        if (colon >= 0 && colon < t.length() - 1) {
            return null; // 「確認日：令和 年 月 日」 is a field to fill in, not a column header
        }
        String w = t.replaceAll("\\(?(第?[12]回目?|初回)\\)?", "");
        HeaderRole date = dateRole(w);
        if (date != null) {
            return date;
        }
        HeaderRole answer = answerRole(w);
        if (answer != null) {
            return answer;
        }
        HeaderRole field = fieldRole(w);
        if (field != null) {
            return field;
        }
        return t.length() <= 12 && OfficialText.roundIn(t) != null ? ROUND : null;
    }

    private static HeaderRole dateRole(String w) {
        if (w.contains("目標日") || w.contains("予定日") || w.contains("目標年月日") || w.contains("期限")
                || w.contains("予定時期") || w.contains("予定年月")
                || w.length() <= 12 && (w.contains("目標") || w.matches(".*(対応|実施|改善|導入)予定.*"))) {
            return TARGET;
        }
        if (w.contains("確認日") || w.contains("確認年月日") || w.contains("確認した日") || w.contains("実施日")
                || w.contains("点検日") || w.contains("回答日") || w.contains("記入日")) {
            return CHECKED;
        }
        return null;
    }

    private static HeaderRole answerRole(String w) {
        if (w.contains("はい") && w.contains("いいえ")) {
            return ANSWER;
        }
        String bare = w.replaceAll("[「」『』()\\[\\]○〇:]", "");
        if (bare.equals("はい") || bare.matches("(実施|対応)済み?")) {
            return YES; // 「実施済」 | 「未実施」: a mark goes in one of the two, as under はい | いいえ
        }
        if (bare.equals("いいえ") || bare.matches("未(実施|対応)")) {
            return NO;
        }
        if (w.length() <= 12 && (w.contains("確認結果") || w.contains("回答") || w.equals("結果")
                || w.contains("実施状況") || w.contains("対応状況") || w.equals("判定") || w.equals("チェック欄"))) {
            return ANSWER;
        }
        return null;
    }

    private static HeaderRole fieldRole(String w) {
        if (w.length() <= 16 && (w.contains("参照") || w.contains("該当箇所") || w.equals("ガイドライン"))) {
            return REFERENCE;
        }
        if (w.length() <= 16 && (w.contains("チェック項目") || w.contains("確認項目") || w.contains("確認内容")
                || w.contains("チェック内容") || w.contains("確認事項") || w.contains("対策項目")
                || w.matches("(項目|内容|設問|質問|項目内容|項目名)"))) {
            return ITEM;
        }
        if (w.matches("(?i)(no\\.?|№|#|番号|項番|項目番号|通番|項目no\\.?)")) {
            return NUMBER;
        }
        if (w.matches("(区分|分類|大項目|章|カテゴリ|カテゴリー|分野)")) {
            return SECTION;
        }
        if (w.length() <= 10 && w.contains("対象")) {
            return SCOPE;
        }
        if (w.length() <= 12 && (w.contains("備考") || w.contains("メモ") || w.contains("特記事項")
                || w.contains("コメント"))) {
            return NOTE;
        }
        return null;
    }

    /** Whether the role is one of a round's answer fields (they come per 1回目/2回目). */
    boolean perRound() {
        return this == ANSWER || this == YES || this == NO || this == CHECKED || this == TARGET;
    }
}
