package jp.tenken.ui.clauses;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import jp.tenken.domain.guideline.AnswerKind;
import jp.tenken.domain.guideline.CommentTarget;
import jp.tenken.domain.guideline.PublicComment;
import jp.tenken.i18n.Messages;
import jp.tenken.service.GuidelineService;

/** The public-comment panel: the ministry's answers on the selected place, or the hits of a search over them all. */
public final class CommentsViewModel {
    private static final List<AnswerKind> KIND_ORDER = List.of(AnswerKind.MODIFIED, AnswerKind.EXPLANATION,
            AnswerKind.AS_DRAFTED, AnswerKind.FUTURE_OR_REFERENCE);

    private final ObservableList<CommentEntry> comments = FXCollections.observableArrayList();
    private final StringProperty commentsHeading = new SimpleStringProperty("");
    private final StringProperty search = new SimpleStringProperty("");
    private final ObservableList<CommentEntry> searchResults = FXCollections.observableArrayList();
    private final StringProperty searchSummary = new SimpleStringProperty("");
    private final GuidelineService service;

    CommentsViewModel(GuidelineService service) {
        this.service = service;
        search.addListener((o, a, b) -> runSearch());
    }

    /** The answers on the selected place, those that changed or explain the guideline first. */
    public ObservableList<CommentEntry> comments() {
        return comments;
    }

    public ReadOnlyStringProperty commentsHeadingProperty() {
        return commentsHeading;
    }

    public StringProperty searchProperty() {
        return search;
    }

    public ObservableList<CommentEntry> searchResults() {
        return searchResults;
    }

    /** 「12件」, empty when nothing is searched. */
    public ReadOnlyStringProperty searchSummaryProperty() {
        return searchSummary;
    }

    /** Whether the panel shows search hits rather than the selected place's answers. */
    public boolean searching() {
        return search.get() != null && !search.get().isBlank();
    }

    void show(ClauseNode n) {
        comments.clear();
        if (n == null) {
            commentsHeading.set(Messages.get("clauses.comments.heading", 0));
            return;
        }
        List<PublicComment> found = new ArrayList<>(commentsOf(n));
        // answers that changed or explain the guideline first; 「参考にさせていただきます」 last
        found.sort(Comparator.comparingInt((PublicComment pc) -> KIND_ORDER.indexOf(pc.answerKind()))
                .thenComparingInt(PublicComment::number));
        found.forEach(pc -> comments.add(CommentEntry.of(pc, null, service.comments().numbering(pc))));
        commentsHeading.set(Messages.get("clauses.comments.heading", found.size()));
    }

    private List<PublicComment> commentsOf(ClauseNode n) {
        return switch (n.kind()) {
            case PART -> service.comments().attached().stream()
                    .filter(a -> a.targets().stream().anyMatch(t -> t instanceof CommentTarget.Place p
                            && p.place().part().equals(n.part()) && p.place().chapter() == null))
                    .map(a -> a.comment()).toList();
            case CHAPTER -> service.comments().on(n.chapter());
            case SECTION -> service.commentsOn(n.chapter(), n.section());
            case CLAUSE -> service.comments().on(n.clause());
        };
    }

    private void runSearch() {
        String q = search.get() == null ? "" : search.get().strip();
        searchResults.clear();
        if (q.isEmpty()) {
            searchSummary.set("");
            return;
        }
        List<GuidelineService.CommentHit> hits = new ArrayList<>(service.searchComments(q));
        hits.sort(Comparator.comparingInt(h -> h.comment().number()));
        hits.forEach(h -> searchResults.add(CommentEntry.of(h.comment(), h.target(),
                service.comments().numbering(h.comment()))));
        searchSummary.set(Messages.get("clauses.search.count", hits.size()));
    }
}
