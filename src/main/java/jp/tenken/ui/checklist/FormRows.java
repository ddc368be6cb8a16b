package jp.tenken.ui.checklist;

import java.util.ArrayList;
import java.util.List;
import jp.tenken.domain.Wareki;
import jp.tenken.domain.edition.Item;
import jp.tenken.domain.edition.RowKey;
import jp.tenken.domain.edition.Scope;
import jp.tenken.domain.edition.Section;
import jp.tenken.domain.year.Answer;
import jp.tenken.domain.year.AnswerValue;
import jp.tenken.domain.year.Carryover;
import jp.tenken.domain.year.Round;
import jp.tenken.i18n.Messages;
import jp.tenken.service.OpenForm;

/** Builds the rows of an open form: one per item and scope, with its answers, 新規項目 and last year's hint. */
final class FormRows {
    private FormRows() {
    }

    static List<RowViewModel> of(OpenForm form, Carryover carry) {
        List<RowViewModel> built = new ArrayList<>();
        for (Section s : form.form().sections()) {
            boolean firstOfSection = true;
            for (Item item : s.items()) {
                boolean firstOfItem = true;
                for (Scope scope : item.scopes()) {
                    RowViewModel r = new RowViewModel(item, scope, s.heading(), firstOfItem, firstOfSection);
                    built.add(row(form, carry, r));
                    firstOfItem = false;
                    firstOfSection = false;
                }
            }
        }
        return built;
    }

    private static RowViewModel row(OpenForm form, Carryover carry, RowViewModel r) {
        boolean fresh = !carry.previousStarted() || carry.isNew(r.item().key());
        r.showCarryover(carry.isNew(r.item().key()), hint(carry, r.key()),
                fresh ? AnswerValue.UNANSWERED : carry.previous(r.key(), Round.FIRST).value());
        for (Round round : Round.values()) {
            Answer a = form.answers().get(r.key(), round);
            r.markSaved(a);
            r.show(a);
        }
        return r;
    }

    /**
     * 「前年度：いいえ（目標日 令和6年12月1日）・2回目 はい　メモ：…」 for a row, from last year's answers as read for
     * this year's row; empty when last year was not answered in this file or the item is new.
     */
    static String hint(Carryover carry, RowKey row) {
        if (!carry.previousStarted() || carry.isNew(row.itemKey())) {
            return "";
        }
        Answer first = carry.previous(row, Round.FIRST);
        Answer second = carry.previous(row, Round.SECOND);
        StringBuilder b = new StringBuilder(first.value() == AnswerValue.UNANSWERED
                ? Messages.get("checklist.previous.unanswered") : answerLabel(first.value()));
        if (first.value() == AnswerValue.NO && first.targetDate() != null) {
            b.append(Messages.get("checklist.previous.target", Wareki.format(first.targetDate())));
        }
        if (second.value() != AnswerValue.UNANSWERED) {
            b.append(Messages.get("checklist.previous.second", answerLabel(second.value())));
        }
        if (!first.note().isBlank()) {
            b.append(Messages.get("checklist.previous.note", first.note().strip()));
        }
        return Messages.get("checklist.previous", b.toString());
    }

    private static String answerLabel(AnswerValue v) {
        return Messages.get(v == AnswerValue.YES ? "checklist.answer.yes" : "checklist.answer.no");
    }
}
