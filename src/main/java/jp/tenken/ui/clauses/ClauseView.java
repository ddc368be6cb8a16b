package jp.tenken.ui.clauses;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
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
import jp.tenken.domain.edition.Scope;
import jp.tenken.domain.guideline.DeepCheckValue;
import jp.tenken.domain.year.AnswerValue;
import jp.tenken.i18n.Messages;
import jp.tenken.ui.common.ExcelFileChooser;
import jp.tenken.ui.common.Viewports;

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
    private final Path exportFolder;
    private boolean syncing;

    public ClauseView(ClauseViewModel vm, Path exportFolder) {
        this.vm = vm;
        this.exportFolder = exportFolder;
        setId("clause-view");
        getStyleClass().add("clause-view");
        setTop(top());
        setLeft(tree());
        SplitPane split = new SplitPane(detail(), new CommentPanelView(vm));
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
        vm.detail().items().addListener((ListChangeListener<ItemLine>) c -> showItems());
        showItems();
    }

    private Node top() {
        Label patternLabel = new Label(Messages.get("clauses.pattern.label"));
        patternLabel.getStyleClass().add("clauses-heading");
        ComboBox<PatternChoice> pattern = new ComboBox<>(vm.patterns());
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
        // wide enough for its prompt (a column is a Latin letter's width, narrower than a Japanese character's)
        search.setPrefColumnCount(search.getPromptText().length() + 4);
        search.setMinWidth(Region.USE_PREF_SIZE);
        search.textProperty().bindBidirectional(vm.commentPanel().searchProperty());
        Button export = new Button(Messages.get("clauses.export"));
        export.setId("clauses-export");
        export.disableProperty().bind(vm.exportingProperty().or(vm.yearProperty().isNull()));
        export.setOnAction(e -> chooseAndExport());
        Label year = new Label();
        year.getStyleClass().add("clauses-heading");
        year.textProperty().bind(Bindings.createStringBinding(
                () -> vm.yearProperty().get() == null ? "" : vm.yearProperty().get().label(), vm.yearProperty()));
        for (Region r : new Region[] {year, patternLabel, pattern, export}) {
            r.setMinWidth(Region.USE_PREF_SIZE);
        }
        HBox choice = new HBox(10, year, patternLabel, pattern);
        choice.setAlignment(Pos.CENTER_LEFT);
        HBox tools = new HBox(10, search, export);
        tools.setAlignment(Pos.CENTER_LEFT);
        // the search and the export go under the year's line where both do not fit beside it (特大)
        FlowPane row = new FlowPane(24, 6, choice, tools);
        row.setAlignment(Pos.CENTER_LEFT);
        Label notice = new Label();
        notice.setId("clauses-guideline-notice");
        notice.getStyleClass().add("guideline-notice");
        notice.setWrapText(true);
        notice.textProperty().bind(vm.guidelineNoticeProperty());
        notice.visibleProperty().bind(vm.guidelineNoticeProperty().isNotEmpty());
        notice.managedProperty().bind(notice.visibleProperty());
        VBox bar = new VBox(4, row, notice, explain);
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
        tree.setCellFactory(t -> new ClauseTreeCell());
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
        vm.executor().later(() -> tree.scrollTo(Math.max(0, row - 3)));
    }

    private Node detail() {
        PlaceDetailViewModel detail = vm.detail();
        Label title = label("clauses-title", "clauses-title");
        title.textProperty().bind(detail.titleProperty());
        Label reason = label("clauses-reason", "clauses-reason");
        reason.textProperty().bind(detail.reasonProperty());
        hideWhenEmpty(reason);
        Label mark = label("clauses-mark", "clauses-mark");
        mark.textProperty().bind(detail.textMarkProperty());
        hideWhenEmpty(mark);
        Label text = label("clauses-text", "clauses-text");
        text.textProperty().bind(detail.textProperty());
        hideWhenEmpty(text);
        Label note = label("clauses-note", "clauses-small");
        note.textProperty().bind(detail.textNoteProperty());
        hideWhenEmpty(note);
        Label summary = label("clauses-summary", "clauses-summary");
        summary.textProperty().bind(detail.summaryProperty());
        hideWhenEmpty(summary);
        Label itemsHeading = label(null, "clauses-heading");
        itemsHeading.setText(Messages.get("clauses.items"));

        VBox box = new VBox(8, title, reason, mark, text, note, summary, itemsHeading, itemsBox, deepPane());
        box.setPadding(new Insets(10));
        ScrollPane scroll = Viewports.uncached(new ScrollPane(box));
        scroll.setFitToWidth(true);
        scroll.setId("clauses-detail");
        return scroll;
    }

    private Node deepPane() {
        DeepCheckViewModel deepCheck = vm.deepCheck();
        Label deepHeading = label(null, "clauses-heading");
        deepHeading.setText(Messages.get("clauses.deep.heading"));
        HBox buttons = new HBox(4);
        for (DeepCheckValue v : DeepCheckValue.values()) {
            ToggleButton b = new ToggleButton(v.label());
            b.setId("deep-" + v.name().toLowerCase());
            b.setUserData(v);
            b.setToggleGroup(deepGroup);
            b.getStyleClass().add("deep-" + v.name().toLowerCase().replace('_', '-'));
            b.setOnAction(e -> deepCheck.setValue(b.isSelected() ? v : null));
            buttons.getChildren().add(b);
        }
        deepCheck.valueProperty().addListener((o, a, b) -> syncDeep());
        deepNote.setId("deep-note");
        deepNote.setPromptText(Messages.get("clauses.deep.note"));
        deepNote.setOnAction(e -> deepCheck.setNote(deepNote.getText()));
        deepNote.focusedProperty().addListener((o, a, b) -> {
            if (!b) {
                deepCheck.setNote(deepNote.getText());
            }
        });
        deepCheck.noteProperty().addListener((o, a, b) -> deepNote.setText(b));
        Label deepHint = label(null, "clauses-small");
        deepHint.setText(Messages.get("clauses.deep.hint"));
        VBox deep = new VBox(6, deepHeading, deepHint, buttons, deepNote);
        deep.visibleProperty().bind(deepCheck.checkableProperty());
        deep.managedProperty().bind(deep.visibleProperty());
        deep.getStyleClass().add("clauses-deep");

        return deep;
    }

    private void syncDeep() {
        DeepCheckValue v = vm.deepCheck().valueProperty().get();
        deepGroup.getToggles().forEach(t -> t.setSelected(t.getUserData() == v));
    }

    private void showItems() {
        itemsBox.getChildren().clear();
        if (vm.detail().items().isEmpty()) {
            itemsBox.getChildren().add(label(null, "clauses-small", Messages.get("clauses.items.none")));
            return;
        }
        for (ItemLine line : vm.detail().items()) {
            Hyperlink link = new Hyperlink((line.number().isEmpty() ? "" : line.number() + "　") + line.text());
            link.setWrapText(true);
            link.getStyleClass().add("clauses-item");
            link.setOnAction(e -> vm.revealItem(line.itemKey()));
            link.setTooltip(new Tooltip(Messages.get("clauses.items.open")));
            FlowPane answers = new FlowPane(6, 2);
            for (ScopeAnswer a : line.answers()) {
                String scope = a.scope().isEmpty() || a.scope().equals(Scope.ALL.label()) ? ""
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

    static Label label(String id, String style) {
        return label(id, style, null);
    }

    static Label label(String id, String style, String text) {
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
}
