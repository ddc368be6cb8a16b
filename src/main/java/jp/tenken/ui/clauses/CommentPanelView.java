package jp.tenken.ui.clauses;

import static jp.tenken.ui.clauses.ClauseView.label;

import java.util.List;
import java.util.Locale;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TitledPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import jp.tenken.i18n.Messages;
import jp.tenken.ui.common.Viewports;

/** The right pane: the ministry's answers to the public comments on the selected place, or the search hits. */
final class CommentPanelView extends VBox {
    private final CommentsViewModel vm;
    private final ClauseViewModel screen;
    private final VBox commentsBox = new VBox(8);

    CommentPanelView(ClauseViewModel screen) {
        super(4);
        this.screen = screen;
        this.vm = screen.commentPanel();
        Label heading = label("clauses-comments-heading", "clauses-heading");
        heading.textProperty().bind(Bindings.createStringBinding(
                () -> vm.searchProperty().get() == null || vm.searchProperty().get().isBlank()
                        ? vm.commentsHeadingProperty().get()
                        : Messages.get("clauses.search.heading", vm.searchProperty().get().strip())
                        + "　" + vm.searchSummaryProperty().get(),
                vm.searchProperty(), vm.commentsHeadingProperty(), vm.searchSummaryProperty()));
        Label hint = label(null, "clauses-small", Messages.get("clauses.comments.hint"));
        hint.visibleProperty().bind(vm.searchProperty().isEmpty());
        hint.managedProperty().bind(hint.visibleProperty());
        commentsBox.setPadding(new Insets(4, 10, 10, 10));
        ScrollPane scroll = Viewports.uncached(new ScrollPane(commentsBox));
        scroll.setFitToWidth(true);
        scroll.setId("clauses-comments");
        VBox.setVgrow(scroll, Priority.ALWAYS);
        getChildren().addAll(heading, hint, scroll);
        setPadding(new Insets(10, 0, 0, 10));
        getStyleClass().add("clauses-comments");
        vm.comments().addListener((ListChangeListener<CommentEntry>) c -> showComments());
        vm.searchResults().addListener((ListChangeListener<CommentEntry>) c -> showComments());
        showComments();
    }

    private void showComments() {
        commentsBox.getChildren().clear();
        boolean searching = vm.searching();
        List<CommentEntry> list = searching ? vm.searchResults() : vm.comments();
        if (list.isEmpty()) {
            commentsBox.getChildren().add(label(null, "clauses-small",
                    Messages.get(searching ? "clauses.search.none" : "clauses.comments.none")));
            return;
        }
        for (CommentEntry c : list) {
            commentsBox.getChildren().add(entry(c, searching));
        }
    }

    private VBox entry(CommentEntry c, boolean searching) {
        Label kind = new Label(c.kindLabel());
        kind.getStyleClass().addAll("comment-kind",
                "comment-kind-" + c.kind().name().toLowerCase(Locale.ROOT).replace('_', '-'));
        // the kind, the number and the place are short and kept whole; the numbering line, which can be as long as
        // the panel is wide, goes under them and wraps (in one row they were cut to 「…」 in a search's results)
        kind.setMinWidth(Region.USE_PREF_SIZE);
        Label source = new Label(c.heading());
        source.getStyleClass().add("clauses-small");
        source.setMinWidth(Region.USE_PREF_SIZE);
        HBox head = new HBox(8, kind, source);
        head.setAlignment(Pos.CENTER_LEFT);
        if (searching && !c.where().isEmpty()) {
            Hyperlink where = new Hyperlink(c.where());
            where.setDisable(c.place() == null);
            where.setOnAction(e -> screen.open(c));
            where.setMinWidth(Region.USE_PREF_SIZE);
            head.getChildren().add(where);
        }
        VBox entry = new VBox(4, head);
        if (c.numbering() != null && !c.numbering().isEmpty()) {
            entry.getChildren().add(label(null, "clauses-small", c.numbering()));
        }
        Label answer = label(null, "comment-answer", c.answer());
        Label comment = label(null, "comment-text", c.comment());
        TitledPane fold = new TitledPane(Messages.get("clauses.comments.comment"), comment);
        fold.setExpanded(false);
        fold.setAnimated(false);
        fold.getStyleClass().add("comment-fold");
        entry.getChildren().addAll(answer, fold);
        entry.getStyleClass().add("comment-entry");
        return entry;
    }
}
