package jp.tenken.ui.clauses;

import java.util.ArrayList;
import java.util.List;
import jp.tenken.domain.edition.Item;
import jp.tenken.domain.edition.RowKey;
import jp.tenken.domain.edition.Scope;
import jp.tenken.domain.guideline.Clause;
import jp.tenken.domain.year.Answer;
import jp.tenken.domain.year.AnswerValue;
import jp.tenken.domain.year.Round;
import jp.tenken.i18n.Messages;
import jp.tenken.service.GuidelineService.YearView;

/** What a fiscal year's answers say about a place of the guideline: its items, their answers, the deep checks. */
final class PlaceAnswers {
    private PlaceAnswers() {
    }

    /** The checklist items that reach a node (none before a year is loaded). */
    static List<Item> itemsAt(YearView view, ClauseNode n) {
        if (view == null) {
            return List.of();
        }
        return switch (n.kind()) {
            case PART -> List.of();
            case CHAPTER -> view.crosswalk().items(n.chapter());
            case SECTION -> {
                List<Item> list = new ArrayList<>(view.crosswalk().items(n.part().name(), n.section()));
                for (ClauseNode c : n.children()) {
                    view.crosswalk().items(c.clause()).stream().filter(i -> !list.contains(i)).forEach(list::add);
                }
                yield list;
            }
            case CLAUSE -> view.crosswalk().items(n.clause());
        };
    }

    /** The 1回目 answers of every row of the items. */
    static AnswerCounts counts(YearView view, List<Item> items) {
        int yes = 0;
        int no = 0;
        int unanswered = 0;
        for (Item i : items) {
            for (RowKey row : i.rows()) {
                AnswerValue v = view.answers().get(row, Round.FIRST).value();
                if (v == AnswerValue.YES) {
                    yes++;
                } else if (v == AnswerValue.NO) {
                    no++;
                } else {
                    unanswered++;
                }
            }
        }
        return new AnswerCounts(yes, no, unanswered);
    }

    /** How many of the 遵守事項 have a deep self-check answer. */
    static long deepAnswered(YearView view, List<Clause> clauses) {
        return clauses.stream().filter(cl -> view.deepCheck(cl).answered()).count();
    }

    /** An item with its answers per scope. */
    static ItemLine line(YearView view, Item i) {
        List<ScopeAnswer> answers = new ArrayList<>();
        for (Scope s : i.scopes()) {
            RowKey row = new RowKey(i.key(), s);
            Answer first = view == null ? Answer.empty(row, Round.FIRST) : view.answers().get(row, Round.FIRST);
            Answer second = view == null ? Answer.empty(row, Round.SECOND) : view.answers().get(row, Round.SECOND);
            answers.add(new ScopeAnswer(s.label(), first.value(), second.value()));
        }
        boolean estimated = view != null && view.crosswalk().estimated(i);
        return new ItemLine(i.key(), i.gate() ? "" : i.number(), i.text()
                + (estimated ? "（" + Messages.get("guidelinePdf.estimated") + "）" : ""), answers);
    }
}
