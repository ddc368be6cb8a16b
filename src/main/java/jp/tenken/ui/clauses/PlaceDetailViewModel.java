package jp.tenken.ui.clauses;

import java.util.List;
import java.util.regex.Pattern;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import jp.tenken.domain.edition.Item;
import jp.tenken.domain.guideline.Clause;
import jp.tenken.domain.guideline.ClauseStatus;
import jp.tenken.i18n.Messages;
import jp.tenken.service.GuidelineService.YearView;

/**
 * The selected place in the middle pane: its title, the 遵守事項 text (marked when not the verified wording), why
 * the pattern dims it, a summary of the answers under it, and the checklist items that reach it.
 */
public final class PlaceDetailViewModel {
    private final StringProperty title = new SimpleStringProperty("");
    private final StringProperty textMark = new SimpleStringProperty("");
    private final StringProperty text = new SimpleStringProperty("");
    private static final Pattern DEVELOPER_NOTE = Pattern.compile("[A-Za-z]{4,}");

    private final StringProperty textNote = new SimpleStringProperty("");
    private final StringProperty reason = new SimpleStringProperty("");
    private final StringProperty summary = new SimpleStringProperty("");
    private final ObservableList<ItemLine> items = FXCollections.observableArrayList();

    PlaceDetailViewModel() {
    }

    public ReadOnlyStringProperty titleProperty() {
        return title;
    }

    /** 「文言要確認」 or 「本文未取得」 when the clause text is not the verified official wording, else empty. */
    public ReadOnlyStringProperty textMarkProperty() {
        return textMark;
    }

    public ReadOnlyStringProperty textProperty() {
        return text;
    }

    public ReadOnlyStringProperty textNoteProperty() {
        return textNote;
    }

    public ReadOnlyStringProperty reasonProperty() {
        return reason;
    }

    /** Chapters and sections: 「チェック項目 4件（はい 3・いいえ 1・未回答 0）／自己点検 2/13」. */
    public ReadOnlyStringProperty summaryProperty() {
        return summary;
    }

    public ObservableList<ItemLine> items() {
        return items;
    }

    void show(ClauseNode n, YearView view) {
        items.clear();
        textMark.set("");
        text.set("");
        textNote.set("");
        summary.set("");
        if (n == null) {
            title.set(Messages.get("clauses.select"));
            reason.set("");
            return;
        }
        reason.set(n.reasonProperty().get());
        title.set(titleOf(n));
        if (n.clause() != null) {
            showText(n.clause());
        }
        List<Item> list = PlaceAnswers.itemsAt(view, n);
        for (Item i : list) {
            items.add(PlaceAnswers.line(view, i));
        }
        if (n.kind() != ClauseNode.Kind.CLAUSE && view != null) {
            AnswerCounts c = PlaceAnswers.counts(view, list);
            List<Clause> clauses = ClauseTree.clausesUnder(n);
            long answered = PlaceAnswers.deepAnswered(view, clauses);
            summary.set(Messages.get("clauses.summary", list.size(), c.yes(), c.no(), c.unanswered(), c.total())
                    + (clauses.isEmpty() ? "" : Messages.get("clauses.summary.deep", answered, clauses.size())));
        }
    }

    private void showText(Clause c) {
        if (!c.textVerified()) {
            textMark.set(Messages.get(c.status() == ClauseStatus.UNKNOWN || c.text() == null
                    ? "clauses.text.unknown" : "clauses.text.unverified"));
        }
        text.set(c.text() == null ? "" : c.text());
        textNote.set(forPeople(c.note()));
    }

    /**
     * The catalog's note on a clause when it is written for the people using the app; the English research notes
     * kept for the catalog's maintainers (which drafts were read, page numbers) are not shown.
     */
    static String forPeople(String note) {
        String taken = Messages.get("guidelinePdf.taken.source", "", "", "", "");
        if (note != null && note.startsWith(taken.substring(0, taken.indexOf(':') + 1))) {
            return note; // where a clause taken in from the ministry's PDF comes from
        }
        return note == null || DEVELOPER_NOTE.matcher(note).find() ? "" : note;
    }

    private static String titleOf(ClauseNode n) {
        return switch (n.kind()) {
            case PART -> n.part().name();
            case CHAPTER, SECTION -> n.part().name() + " " + n.label();
            case CLAUSE -> n.clause().printed() + "（" + n.chapter().number() + " "
                    + (n.chapter().title() == null ? Messages.get("clauses.untitled") : n.chapter().title()) + "）";
        };
    }
}
