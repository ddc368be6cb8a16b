package jp.tenken.ui.clauses;

import jp.tenken.domain.year.AnswerValue;

/** One scope's answer of an item: 「サーバ」 はい (and the 2回目, when given). */
public record ScopeAnswer(String scope, AnswerValue value, AnswerValue second) {
}
