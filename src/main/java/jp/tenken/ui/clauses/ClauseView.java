package jp.tenken.ui.clauses;

import java.util.HashMap;
import java.util.Map;
import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextField;
import javafx.scene.control.TitledPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.control.TreeCell;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import jp.tenken.domain.AnswerValue;
import jp.tenken.domain.DeepCheckValue;
import jp.tenken.i18n.Messages;
import jp.tenken.ui.common.ExcelFileChooser;

/**
 * The clause view: the 参照パターン and comment search on top, the guideline tree on the left, the selected place's
 * text, items, answers and deep self-check in the middle, and the ministry's answers to the public comments on the
 * right. Builds nodes and binds them; the logic is in {@link ClauseViewModel}.
 */
public final class ClauseView extends BorderPane {
    private final ClauseViewModel vm;
    private final TreeView<ClauseNode> tree = new TreeView<>();
    private final Map<ClauseNode, TreeItem<ClauseNode>> treeItems = new HashMap<>();
    private final VBox itemsBox = new VBox(4);
    private final VBox commentsBox = new VBox(8);
    private final ToggleGroup deepGroup = new ToggleGroup();
    private final TextField deepNote = new TextField();
    private final java.nio.file.Path exportFolder;
    private boolean syncing;

    public ClauseView(ClauseViewModel vm, java.nio.file.Path exportFolder) {
        this.vm = vm;
        this.exportFolder = exportFolder;
        setId("clause-view");
        getStyleClass().add("clause-view");
        setTop(top());
        setLeft(tree());
        SplitPane split = new SplitPane(detail(), comments());
        split.setOrientation(Orientation.HORIZONTAL);
        split.setDividerPositions(0.5);
        setCenter(split);
        setBottom(statusBar());
        vm.focusRequestProperty().addListener((o, a, b) -> {
            if (b != null) {
                reveal(b);
            }
        });
        vm.revisionProperty().addListener((o, a, b) -> tree.refresh());
        vm.items().addListener((javafx.collections.ListChangeListener<ClauseViewModel.ItemLine>) c -> showItems());
        vm.comments().addListener((javafx.collections.ListChangeListener<ClauseViewModel.CommentEntry>) c -> showComments());
        vm.searchResults().addListener((javafx.collections.ListChangeListener<ClauseViewModel.CommentEntry>) c -> showComments());
        showItems();
        showComments();
    }

    private Node top() {
        Label patternLabel = new Label(Messages.get("clauses.pattern.label"));
        patternLabel.getStyleClass().add("clauses-heading");
        ComboBox<ClauseViewModel.PatternChoice> pattern = new ComboBox<>(vm.patterns());
        pattern.setId("clauses-pattern");
        pattern.setPromptText(Messages.get("clauses.pattern.prompt"));
        Runnable sync = () -> {
            syncing = true;
            pattern.getSelectionModel().select(vm.patterns().stream()
                    .filter(p -> p.pattern() == vm.patternProperty().get()).findFirst().orElse(null));
            syncing = false;
        };
        vm.patternProperty().addListener((o, a, b) -> sync.run());
        sync.run();
        pattern.valueProperty().addListener((o, a, b) -> {
            if (!syncing && b != null) {
                vm.choosePattern(b.pattern());
            }
        });
        Label explain = new Label();
        explain.setId("clauses-pattern-explanation");
        explain.getStyleClass().add("clauses-small");
        explain.setWrapText(true);
        explain.textProperty().bind(vm.patternExplanationProperty());
        explain.setMaxWidth(Double.MAX_VALUE);

        TextField search = new TextField();
        search.setId("clauses-search");
        search.setPromptText(Messages.get("clauses.search.prompt"));
        search.setPrefColumnCount(26);
        search.textProperty().bindBidirectional(vm.searchProperty());
        Button export = new Button(Messages.get("clauses.export"));
        export.setId("clauses-export");
        export.disableProperty().bind(vm.exportingProperty().or(vm.yearProperty().isNull()));
        export.setOnAction(e -> chooseAndExport());
        Label year = new Label();
        year.getStyleClass().add("clauses-heading");
        year.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(
                () -> vm.yearProperty().get() == null ? "" : vm.yearProperty().get().label(), vm.yearProperty()));
        for (Region r : new Region[] {year, patternLabel, pattern, export}) {
            r.setMinWidth(Region.USE_PREF_SIZE);
        }
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox row = new HBox(10, year, patternLabel, pattern, gap, search, export);
        row.setAlignment(Pos.CENTER_LEFT);
        VBox bar = new VBox(4, row, explain);
        bar.setPadding(new Insets(8, 10, 8, 10));
        bar.getStyleClass().add("clauses-top");
        return bar;
    }

    private Node tree() {
        TreeItem<ClauseNode> root = new TreeItem<>();
        for (ClauseNode n : vm.roots()) {
            TreeItem<ClauseNode> t = item(n);
            t.setExpanded(true);
            root.getChildren().add(t);
        }
        tree.setRoot(root);
        tree.setShowRoot(false);
        tree.setId("clauses-tree");
        tree.setPrefWidth(470);
        tree.setMinWidth(300);
        tree.setCellFactory(t -> new NodeCell());
        tree.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> {
            if (!syncing) {
                vm.selectedProperty().set(b == null ? null : b.getValue());
            }
        });
        return tree;
    }

    private TreeItem<ClauseNode> item(ClauseNode n) {
        TreeItem<ClauseNode> t = new TreeItem<>(n);
        treeItems.put(n, t);
        for (ClauseNode c : n.children()) {
            t.getChildren().add(item(c));
        }
        return t;
    }

    private void reveal(ClauseNode n) {
        TreeItem<ClauseNode> t = treeItems.get(n);
        if (t == null) {
            return;
        }
        for (TreeItem<ClauseNode> p = t.getParent(); p != null; p = p.getParent()) {
            p.setExpanded(true);
        }
        syncing = true;
        tree.getSelectionModel().select(t);
        syncing = false;
        int row = tree.getRow(t);
        Platform.runLater(() -> tree.scrollTo(Math.max(0, row - 3)));
    }

    private Node detail() {
        Label title = label("clauses-title", "clauses-title");
        title.textProperty().bind(vm.titleProperty());
        Label reason = label("clauses-reason", "clauses-reason");
        reason.textProperty().bind(vm.reasonProperty());
        hideWhenEmpty(reason);
        Label mark = label("clauses-mark", "clauses-mark");
        mark.textProperty().bind(vm.textMarkProperty());
        hideWhenEmpty(mark);
        Label text = label("clauses-text", "clauses-text");
        text.textProperty().bind(vm.textProperty());
        hideWhenEmpty(text);
        Label note = label("clauses-note", "clauses-small");
        note.textProperty().bind(vm.textNoteProperty());
        hideWhenEmpty(note);
        Label summary = label("clauses-summary", "clauses-summary");
        summary.textProperty().bind(vm.summaryProperty());
        hideWhenEmpty(summary);
        Label itemsHeading = label(null, "clauses-heading");
        itemsHeading.setText(Messages.get("clauses.items"));

        Label deepHeading = label(null, "clauses-heading");
        deepHeading.setText(Messages.get("clauses.deep.heading"));
        HBox buttons = new HBox(4);
        for (DeepCheckValue v : DeepCheckValue.values()) {
            ToggleButton b = new ToggleButton(v.label());
            b.setId("deep-" + v.name().toLowerCase());
            b.setUserData(v);
            b.setToggleGroup(deepGroup);
            b.getStyleClass().add("deep-" + v.name().toLowerCase().replace('_', '-'));
            b.setOnAction(e -> vm.setDeepValue(b.isSelected() ? v : null));
            buttons.getChildren().add(b);
        }
        vm.deepValueProperty().addListener((o, a, b) -> syncDeep());
        deepNote.setId("deep-note");
        deepNote.setPromptText(Messages.get("clauses.deep.note"));
        deepNote.setOnAction(e -> vm.setDeepNote(deepNote.getText()));
        deepNote.focusedProperty().addListener((o, a, b) -> {
            if (!b) {
                vm.setDeepNote(deepNote.getText());
            }
        });
        vm.deepNoteProperty().addListener((o, a, b) -> deepNote.setText(b));
        Label deepHint = label(null, "clauses-small");
        deepHint.setText(Messages.get("clauses.deep.hint"));
        VBox deep = new VBox(6, deepHeading, deepHint, buttons, deepNote);
        deep.visibleProperty().bind(vm.deepCheckableProperty());
        deep.managedProperty().bind(deep.visibleProperty());
        deep.getStyleClass().add("clauses-deep");

        VBox box = new VBox(8, title, reason, mark, text, note, summary, itemsHeading, itemsBox, deep);
        box.setPadding(new Insets(10));
        ScrollPane scroll = new ScrollPane(box);
        scroll.setFitToWidth(true);
        scroll.setId("clauses-detail");
        return scroll;
    }

    private void syncDeep() {
        DeepCheckValue v = vm.deepValueProperty().get();
        deepGroup.getToggles().forEach(t -> t.setSelected(t.getUserData() == v));
    }

    private void showItems() {
        itemsBox.getChildren().clear();
        if (vm.items().isEmpty()) {
            itemsBox.getChildren().add(label(null, "clauses-small", Messages.get("clauses.items.none")));
            return;
        }
        for (ClauseViewModel.ItemLine line : vm.items()) {
            Hyperlink link = new Hyperlink((line.number().isEmpty() ? "" : line.number() + "　") + line.text());
            link.setWrapText(true);
            link.getStyleClass().add("clauses-item");
            link.setOnAction(e -> vm.revealItem(line.itemKey()));
            link.setTooltip(new Tooltip(Messages.get("clauses.items.open")));
            FlowPane answers = new FlowPane(6, 2);
            for (ClauseViewModel.ScopeAnswer a : line.answers()) {
                String scope = a.scope().isEmpty() || a.scope().equals(jp.tenken.domain.Scope.ALL.label()) ? ""
                        : a.scope() + "：";
                Label l = new Label(scope + a.value().label()
                        + (a.second() == AnswerValue.UNANSWERED ? "" : "（2回目 " + a.second().label() + "）"));
                l.getStyleClass().addAll("answer-chip", "answer-chip-" + a.value().name().toLowerCase());
                answers.getChildren().add(l);
            }
            answers.setPadding(new Insets(0, 0, 4, 18));
            itemsBox.getChildren().addAll(link, answers);
        }
    }

    private Node comments() {
        Label heading = label("clauses-comments-heading", "clauses-heading");
        heading.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(
                () -> vm.searchProperty().get() == null || vm.searchProperty().get().isBlank()
                        ? vm.commentsHeadingProperty().get()
                        : Messages.get("clauses.search.heading", vm.searchProperty().get().strip())
                        + "　" + vm.searchSummaryProperty().get(),
                vm.searchProperty(), vm.commentsHeadingProperty(), vm.searchSummaryProperty()));
        Label hint = label(null, "clauses-small", Messages.get("clauses.comments.hint"));
        hint.visibleProperty().bind(vm.searchProperty().isEmpty());
        hint.managedProperty().bind(hint.visibleProperty());
        commentsBox.setPadding(new Insets(4, 10, 10, 10));
        ScrollPane scroll = new ScrollPane(commentsBox);
        scroll.setFitToWidth(true);
        scroll.setId("clauses-comments");
        VBox.setVgrow(scroll, Priority.ALWAYS);
        VBox panel = new VBox(4, heading, hint, scroll);
        panel.setPadding(new Insets(10, 0, 0, 10));
        panel.getStyleClass().add("clauses-comments");
        return panel;
    }

    private void showComments() {
        commentsBox.getChildren().clear();
        boolean searching = vm.searchProperty().get() != null && !vm.searchProperty().get().isBlank();
        var list = searching ? vm.searchResults() : vm.comments();
        if (list.isEmpty()) {
            commentsBox.getChildren().add(label(null, "clauses-small",
                    Messages.get(searching ? "clauses.search.none" : "clauses.comments.none")));
            return;
        }
        for (ClauseViewModel.CommentEntry c : list) {
            Label kind = new Label(c.kindLabel());
            kind.getStyleClass().addAll("comment-kind", "comment-kind-" + c.kind().name().toLowerCase().replace('_', '-'));
            Label source = new Label(c.source());
            source.getStyleClass().add("clauses-small");
            HBox head = new HBox(8, kind, source);
            head.setAlignment(Pos.CENTER_LEFT);
            if (searching && !c.where().isEmpty()) {
                Hyperlink where = new Hyperlink(c.where());
                where.setDisable(c.place() == null);
                where.setOnAction(e -> vm.open(c));
                head.getChildren().add(where);
            }
            Label answer = label(null, "comment-answer", c.answer());
            Label comment = label(null, "comment-text", c.comment());
            TitledPane fold = new TitledPane(Messages.get("clauses.comments.comment"), comment);
            fold.setExpanded(false);
            fold.setAnimated(false);
            fold.getStyleClass().add("comment-fold");
            VBox entry = new VBox(4, head, answer, fold);
            entry.getStyleClass().add("comment-entry");
            commentsBox.getChildren().add(entry);
        }
    }

    private Node statusBar() {
        Label status = new Label();
        status.textProperty().bind(vm.statusProperty());
        ProgressBar bar = new ProgressBar();
        bar.progressProperty().bind(vm.exportProgressProperty());
        bar.visibleProperty().bind(vm.exportingProperty());
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox box = new HBox(10, status, gap, bar);
        box.setPadding(new Insets(4, 10, 4, 10));
        box.getStyleClass().add("status-bar");
        return box;
    }

    private void chooseAndExport() {
        ExcelFileChooser.save(this, Messages.get("export.chooser.title"), exportFolder, vm.suggestedExportName())
                .ifPresent(vm::export);
    }

    private static Label label(String id, String style) {
        return label(id, style, null);
    }

    private static Label label(String id, String style, String text) {
        Label l = new Label(text);
        if (id != null) {
            l.setId(id);
        }
        l.getStyleClass().add(style);
        l.setWrapText(true);
        l.setMaxWidth(Double.MAX_VALUE);
        l.setMinHeight(Region.USE_PREF_SIZE);
        return l;
    }

    private static void hideWhenEmpty(Label l) {
        l.visibleProperty().bind(l.textProperty().isNotEmpty());
        l.managedProperty().bind(l.visibleProperty());
    }

    /** A tree entry: its label, dimmed with the reason when the pattern does not need it, and chapter counts. */
    private final class NodeCell extends TreeCell<ClauseNode> {
        @Override
        protected void updateItem(ClauseNode n, boolean empty) {
            super.updateItem(n, empty);
            getStyleClass().removeAll("clause-dimmed", "clause-part", "clause-chapter", "clause-clause");
            setTooltip(null);
            if (empty || n == null) {
                setText(null);
                setGraphic(null);
                return;
            }
            setText(null);
            // fit the tree's width: the label shortens with "…" and the chips stay whole
            setPrefWidth(0);
            Label text = new Label(n.label());
            text.getStyleClass().add("clause-node-text");
            text.setMinWidth(0);
            HBox box = new HBox(6, text);
            box.setMinWidth(0);
            box.setAlignment(Pos.CENTER_LEFT);
            if (n.kind() == ClauseNode.Kind.CHAPTER && !n.reasonProperty().get().isEmpty()) {
                box.getChildren().add(chip(Messages.get(n.dimmedProperty().get() ? "clauses.notNeeded"
                        : "clauses.partlyNeeded"), "reason"));
            }
            if (n.kind() == ClauseNode.Kind.CHAPTER) {
                if (n.yesProperty().get() > 0) {
                    box.getChildren().add(chip(Messages.get("clauses.count.yes", n.yesProperty().get()), "yes"));
                }
                if (n.noProperty().get() > 0) {
                    box.getChildren().add(chip(Messages.get("clauses.count.no", n.noProperty().get()), "no"));
                }
                if (n.unansweredProperty().get() > 0) {
                    box.getChildren().add(chip(Messages.get("clauses.count.unanswered",
                            n.unansweredProperty().get()), "unanswered"));
                }
                if (!n.progressProperty().get().isEmpty()) {
                    Label p = new Label(n.progressProperty().get());
                    p.getStyleClass().add("clauses-small");
                    box.getChildren().add(p);
                }
            }
            setGraphic(box);
            getStyleClass().add("clause-" + n.kind().name().toLowerCase());
            if (n.dimmedProperty().get()) {
                getStyleClass().add("clause-dimmed");
            }
            setTooltip(new Tooltip(n.reasonProperty().get().isEmpty() ? n.label()
                    : n.label() + "\n" + n.reasonProperty().get()));
        }

        private Label chip(String text, String kind) {
            Label l = new Label(text);
            l.setMinWidth(Region.USE_PREF_SIZE);
            l.getStyleClass().addAll("count-chip", "count-chip-" + kind);
            return l;
        }
    }
}
