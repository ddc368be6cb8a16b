package jp.tenken.ui.clauses;

/** This year's 1回目 answers of the rows of the items that reach a place: はい, いいえ, 未回答. */
record AnswerCounts(int yes, int no, int unanswered) {

    int total() {
        return yes + no + unanswered;
    }
}
