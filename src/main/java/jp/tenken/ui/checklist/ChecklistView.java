package jp.tenken.ui.checklist;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.application.Platform;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import jp.tenken.domain.AnswerValue;
import jp.tenken.domain.FiscalYear;
import jp.tenken.domain.ReadinessFlag;
import jp.tenken.domain.Round;
import jp.tenken.domain.YearSummary;
import jp.tenken.i18n.Messages;
import jp.tenken.ui.common.ExcelFileChooser;
import jp.tenken.ui.common.DisplaySettings;
import jp.tenken.ui.common.Dialogs;
import org.controlsfx.control.SegmentedButton;
import org.controlsfx.control.textfield.TextFields;

/**
 * The checklist screen: fiscal years on the left, the form's header (progress, いいえ, readiness, filters) and
 * rows in the middle, the guidance pane on the right, a quiet save status at the bottom. Keyboard first:
 * Y/N/T/U, arrows and Tab complete the whole form.
 */
public final class ChecklistView extends BorderPane {
    private static final int MAX_FLAG_LINKS = 8;

    private final ChecklistViewModel vm;
    private final VBox rowBox = new VBox();
    private final ScrollPane scroll = new ScrollPane(rowBox);
    private final Map<RowViewModel, RowView> views = new HashMap<>();
    private final ListView<YearSummary> yearList = new ListView<>();
    private final TextField search = TextFields.createClearableTextField();
    private final FlowPane flagLinks = new FlowPane(8, 2);
    private final VBox toolEntries = new VBox(4);
    private boolean syncingYear;
    private boolean swallowTyped;

    private final java.nio.file.Path exportFolder;

    public ChecklistView(ChecklistViewModel vm, DisplaySettings display, java.nio.file.Path exportFolder) {
        this.vm = vm;
        this.exportFolder = exportFolder;
        setId("checklist-view");
        getStyleClass().add("checklist-view");
        setLeft(navigation(display));
        setTop(header());
        scroll.setFitToWidth(true);
        scroll.setId("rows");
        scroll.getStyleClass().add("rows");
        rowBox.getStyleClass().add("row-box");
        Label empty = new Label(Messages.get("checklist.empty"));
        StackPaneLike center = new StackPaneLike(scroll, empty);
        setCenter(center);
        GuidanceView guidance = new GuidanceView(vm);
        guidance.setPrefWidth(310);
        guidance.setMinWidth(240);
        setRight(guidance);
        setBottom(statusBar());

        vm.visibleRows().addListener((ListChangeListener<RowViewModel>) c -> rebuildRows());
        empty.visibleProperty().bind(javafx.beans.binding.Bindings.isEmpty(vm.visibleRows())
                .and(vm.loadingProperty().not()).and(vm.needsFacilityProperty().not())
                .and(vm.formLabelProperty().isNotEmpty()));
        addEventFilter(KeyEvent.KEY_PRESSED, this::onKey);
        // The character of a shortcut (Y, N, T, U) must not land in the field the shortcut moved the focus to.
        addEventFilter(KeyEvent.KEY_TYPED, e -> {
            if (swallowTyped) {
                swallowTyped = false;
                e.consume();
            }
        });
        vm.focusRequestProperty().addListener((o, a, b) -> {
            if (b != null) {
                Platform.runLater(() -> reveal(b));
            }
        });
        vm.needsFacilityProperty().addListener((o, a, b) -> {
            if (b) {
                Platform.runLater(this::askFacility);
            }
        });
        vm.errorMessageProperty().addListener((o, a, b) -> {
            if (b != null && !b.isEmpty() && getScene() != null) {
                Dialogs.error(getScene().getWindow(), b);
            }
        });
    }

    private Node navigation(DisplaySettings display) {
        Label yearsLabel = new Label(Messages.get("checklist.nav.years"));
        yearsLabel.getStyleClass().add("nav-heading");
        yearList.setId("years");
        yearList.setItems(vm.years());
        yearList.setPrefWidth(190);
        yearList.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(YearSummary y, boolean empty) {
                super.updateItem(y, empty);
                setText(empty || y == null ? null : y.year().label() + "\n"
                        + Messages.get("checklist.nav.year", y.editionId(), y.answered(), y.rows()));
            }
        });
        yearList.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> {
            if (b != null && !syncingYear && !b.year().equals(vm.selectedYearProperty().get())) {
                vm.selectYear(b.year());
            }
        });
        vm.selectedYearProperty().addListener((o, a, b) -> selectYearInList(b));
        vm.years().addListener((ListChangeListener<YearSummary>) c -> selectYearInList(vm.selectedYearProperty().get()));
        VBox.setVgrow(yearList, Priority.ALWAYS);

        Label formsLabel = new Label(Messages.get("checklist.nav.forms"));
        formsLabel.getStyleClass().add("nav-heading");
        Label form = new Label();
        form.textProperty().bind(vm.formLabelProperty());
        form.getStyleClass().add("nav-form");

        Label sizeLabel = new Label(Messages.get("settings.fontSize"));
        ComboBox<DisplaySettings.FontSize> size = new ComboBox<>();
        size.setId("font-size");
        size.getItems().setAll(DisplaySettings.FontSize.values());
        size.setConverter(new StringConverter<>() {
            @Override
            public String toString(DisplaySettings.FontSize s) {
                return s == null ? "" : Messages.get("settings.fontSize." + s.name());
            }

            @Override
            public DisplaySettings.FontSize fromString(String s) {
                return null;
            }
        });
        size.valueProperty().bindBidirectional(display.fontSizeProperty());
        sizeLabel.setLabelFor(size);
        CheckBox contrast = new CheckBox(Messages.get("settings.highContrast"));
        contrast.setId("high-contrast");
        contrast.selectedProperty().bindBidirectional(display.highContrastProperty());

        Label toolsLabel = new Label(Messages.get("checklist.nav.tools"));
        toolsLabel.getStyleClass().add("nav-heading");
        toolsLabel.visibleProperty().bind(javafx.beans.binding.Bindings.isNotEmpty(toolEntries.getChildren()));
        toolsLabel.managedProperty().bind(toolsLabel.visibleProperty());
        VBox nav = new VBox(6, yearsLabel, yearList, formsLabel, form, toolsLabel, toolEntries, new Region(), sizeLabel,
                size, contrast);
        nav.setPadding(new Insets(10));
        nav.getStyleClass().add("navigation");
        return nav;
    }

    private void selectYearInList(FiscalYear year) {
        syncingYear = true;
        try {
            for (YearSummary y : vm.years()) {
                if (y.year().equals(year)) {
                    yearList.getSelectionModel().select(y);
                }
            }
        } finally {
            syncingYear = false;
        }
    }

    private Node header() {
        Label title = new Label();
        title.setId("form-title");
        title.getStyleClass().add("form-title");
        title.textProperty().bind(vm.formTitleProperty().concat("　").concat(vm.formLabelProperty()));
        title.setWrapText(true);
        Label facility = new Label();
        facility.setId("facility-name-label");
        facility.getStyleClass().add("facility-name");
        facility.textProperty().bind(vm.facilityNameProperty());
        Label note = new Label();
        note.setId("edition-note");
        note.getStyleClass().add("edition-note");
        note.textProperty().bind(vm.editionNoteProperty());
        note.visibleProperty().bind(vm.editionNoteProperty().isNotEmpty());
        note.managedProperty().bind(note.visibleProperty());
        note.setWrapText(true);

        Label removed = new Label();
        removed.setId("removed-items");
        removed.getStyleClass().add("removed-items");
        removed.textProperty().bind(vm.removedItemsProperty());
        removed.visibleProperty().bind(vm.removedItemsProperty().isNotEmpty());
        removed.managedProperty().bind(removed.visibleProperty());
        removed.setWrapText(true);

        Label progress = new Label();
        progress.setId("progress");
        progress.getStyleClass().add("progress-text");
        progress.textProperty().bind(vm.progressTextProperty());
        Label no = new Label();
        no.setId("no-count");
        no.getStyleClass().add("no-count");
        no.textProperty().bind(vm.noCountTextProperty());
        vm.overdueProperty().addListener((o, a, b) -> toggleStyle(no, "overdue", b));
        HBox counts = new HBox(20, progress, no);
        counts.setAlignment(Pos.CENTER_LEFT);

        Label gate = new Label(Messages.get("checklist.gateClosed"));
        gate.setId("gate-closed");
        gate.getStyleClass().add("gate-closed");
        gate.setWrapText(true);
        gate.visibleProperty().bind(vm.gateClosedProperty());
        gate.managedProperty().bind(gate.visibleProperty());

        Label readinessTitle = new Label(Messages.get("readiness.title") + "：");
        readinessTitle.getStyleClass().add("readiness-title");
        flagLinks.setId("readiness");
        flagLinks.getStyleClass().add("readiness");
        HBox readiness = new HBox(6, readinessTitle, flagLinks);
        HBox.setHgrow(flagLinks, Priority.ALWAYS);
        vm.flags().addListener((ListChangeListener<ReadinessFlag>) c -> rebuildFlags());
        vm.vendorFlags().addListener((ListChangeListener<jp.tenken.domain.VendorFlag>) c -> rebuildFlags());
        // an empty list set to empty fires no change: show the state once now, and whenever a form opens
        vm.formTitleProperty().addListener((o, a, b) -> rebuildFlags());

        SegmentedButton filters = new SegmentedButton();
        filters.setId("filters");
        for (ChecklistViewModel.Filter f : ChecklistViewModel.Filter.values()) {
            ToggleButton b = new ToggleButton(Messages.get("checklist.filter." + f.name().toLowerCase()));
            b.setId("filter-" + f.name().toLowerCase());
            b.setUserData(f);
            b.setSelected(f == vm.filterProperty().get());
            b.setOnAction(e -> {
                vm.filterProperty().set(f);
                b.setSelected(true);
            });
            filters.getButtons().add(b);
        }
        search.setId("search");
        search.setPromptText(Messages.get("checklist.search.prompt"));
        search.textProperty().bindBidirectional(vm.searchProperty());
        search.setPrefColumnCount(18);
        ProgressIndicator loading = new ProgressIndicator();
        loading.setPrefSize(18, 18);
        loading.visibleProperty().bind(vm.loadingProperty());
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        javafx.scene.control.MenuButton export = new javafx.scene.control.MenuButton(Messages.get("export.button"));
        export.setId("export");
        export.setMnemonicParsing(true);
        javafx.scene.control.MenuItem pack = new javafx.scene.control.MenuItem(Messages.get("export.pack"));
        pack.setId("export-pack");
        pack.setOnAction(e -> chooseAndExport(true));
        javafx.scene.control.MenuItem own = new javafx.scene.control.MenuItem(Messages.get("export.ownForm"));
        own.setId("export-own");
        own.setOnAction(e -> chooseAndExport(false));
        export.getItems().addAll(pack, own);
        export.disableProperty().bind(vm.exportingProperty());
        javafx.scene.control.ProgressBar exportBar = new javafx.scene.control.ProgressBar();
        exportBar.setId("export-progress");
        exportBar.progressProperty().bind(vm.exportProgressProperty());
        exportBar.visibleProperty().bind(vm.exportingProperty());
        exportBar.managedProperty().bind(exportBar.visibleProperty());
        exportBar.setPrefWidth(120);
        HBox tools = new HBox(10, filters, grow, loading, exportBar, export, search);
        tools.setAlignment(Pos.CENTER_LEFT);

        Label keys = new Label(Messages.get("checklist.keys"));
        keys.getStyleClass().add("key-help");
        keys.setWrapText(true);

        VBox header = new VBox(4, title, facility, note, removed, counts, gate, readiness, tools, keys);
        header.setPadding(new Insets(8, 12, 8, 12));
        header.getStyleClass().add("form-header");
        return header;
    }

    private void rebuildFlags() {
        flagLinks.getChildren().clear();
        List<ReadinessFlag> flags = vm.flags();
        for (jp.tenken.domain.VendorFlag vf : vm.vendorFlags()) {
            Hyperlink link = new Hyperlink(vm.describe(vf));
            link.getStyleClass().addAll("readiness-link", "vendor-flag");
            link.setOnAction(e -> vm.openVendors());
            flagLinks.getChildren().add(link);
        }
        if (flags.isEmpty() && !vm.vendorFlags().isEmpty()) {
            return;
        }
        if (flags.isEmpty()) {
            Label ok = new Label(Messages.get("readiness.ready"));
            ok.getStyleClass().add("readiness-ok");
            flagLinks.getChildren().add(ok);
            return;
        }
        for (int i = 0; i < Math.min(MAX_FLAG_LINKS, flags.size()); i++) {
            ReadinessFlag f = flags.get(i);
            Hyperlink link = new Hyperlink(vm.describe(f));
            link.getStyleClass().add("readiness-link");
            if (f.kind() == ReadinessFlag.Kind.TARGET_OVERDUE) {
                link.getStyleClass().add("overdue");
            }
            link.setOnAction(e -> vm.rowFor(f.row()).ifPresent(this::reveal));
            flagLinks.getChildren().add(link);
        }
        if (flags.size() > MAX_FLAG_LINKS) {
            Hyperlink more = new Hyperlink("…ほか " + (flags.size() - MAX_FLAG_LINKS) + " 件（要対応で絞り込み）");
            more.setOnAction(e -> vm.filterProperty().set(ChecklistViewModel.Filter.FLAGGED));
            flagLinks.getChildren().add(more);
        }
    }

    private Node statusBar() {
        Label status = new Label();
        status.setId("status");
        status.getStyleClass().add("status");
        status.textProperty().bind(vm.statusProperty());
        status.setWrapText(true);
        HBox.setHgrow(status, Priority.ALWAYS);
        status.setMaxWidth(Double.MAX_VALUE);
        Button retry = new Button(Messages.get("checklist.saveRetry"));
        retry.setId("retry");
        retry.setMnemonicParsing(true);
        retry.visibleProperty().bind(vm.saveFailedProperty());
        retry.managedProperty().bind(retry.visibleProperty());
        retry.setOnAction(e -> vm.retryPending());
        Button undo = new Button(Messages.get("checklist.undo"));
        undo.setId("undo");
        undo.setMnemonicParsing(true);
        undo.setOnAction(e -> vm.undo());
        vm.saveFailedProperty().addListener((o, a, b) -> toggleStyle(status, "failed", b));
        HBox bar = new HBox(10, status, retry, undo);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(4, 12, 4, 12));
        bar.getStyleClass().add("status-bar");
        return bar;
    }

    private void rebuildRows() {
        FiscalYear year = vm.openYear().orElse(null);
        if (year == null) {
            rowBox.getChildren().clear();
            return;
        }
        // drop the views of another year's rows; keep those of this form (a filter change reuses them)
        views.keySet().retainAll(new java.util.HashSet<>(vm.rows()));
        List<Node> nodes = new java.util.ArrayList<>();
        String lastSection = null;
        for (RowViewModel r : vm.visibleRows()) {
            if (!r.sectionHeading().equals(lastSection)) {
                Label h = new Label(r.sectionHeading());
                h.getStyleClass().add("section-heading");
                h.setMaxWidth(Double.MAX_VALUE);
                nodes.add(h);
                lastSection = r.sectionHeading();
            }
            nodes.add(views.computeIfAbsent(r, k -> new RowView(k, vm, year)));
        }
        rowBox.getChildren().setAll(nodes);
    }

    private void onKey(KeyEvent e) {
        Node focus = getScene() == null ? null : getScene().getFocusOwner();
        if (new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN).match(e)) {
            search.requestFocus();
            e.consume();
            return;
        }
        // a date field takes typed text too (its editor is not the focus owner: the picker is)
        boolean typing = focus instanceof TextInputControl || focus instanceof javafx.scene.control.DatePicker;
        if (new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN).match(e) && !typing) {
            vm.undo();
            e.consume();
            return;
        }
        if (typing) {
            if (e.getCode() == KeyCode.ENTER && isTargetEditor(focus)) {
                // the typed 目標日 was committed by the field; move on to the next row
                RowView rv = rowViewOf(focus);
                if (rv != null) {
                    Platform.runLater(() -> moveBy(rv.row(), 1));
                }
            }
            return;
        }
        if (e.isShortcutDown() || e.isAltDown()) {
            return;
        }
        RowView current = rowViewOf(focus);
        RowViewModel row = current != null ? current.row() : vm.selectedRowProperty().get();
        swallowTyped = switch (e.getCode()) {
            case Y, N, T, U -> true;
            default -> false;
        };
        Round round = current != null && current.inSecondRound(focus) ? Round.SECOND : Round.FIRST;
        switch (e.getCode()) {
            case Y -> {
                if (row != null) {
                    vm.answer(row, round, AnswerValue.YES);
                    if (round == Round.FIRST) {
                        moveBy(row, 1);
                    }
                }
                e.consume();
            }
            case N -> {
                if (row != null) {
                    vm.answer(row, round, AnswerValue.NO);
                    RowView rv = views.get(row);
                    if (rv != null && round == Round.FIRST && !row.item().gate()) {
                        rv.focusTarget();
                    } else if (round == Round.FIRST) {
                        moveBy(row, 1);
                    }
                }
                e.consume();
            }
            case T -> {
                if (row != null) {
                    vm.checkedToday(row, round);
                }
                e.consume();
            }
            case U -> {
                vm.nextUnanswered(current == null ? null : row).ifPresent(this::reveal);
                e.consume();
            }
            case DOWN -> {
                if (row != null) {
                    moveBy(row, 1);
                    e.consume();
                }
            }
            case UP -> {
                if (row != null) {
                    moveBy(row, -1);
                    e.consume();
                }
            }
            default -> {
                // other keys keep their usual meaning (Tab, Space, Enter on buttons)
            }
        }
    }

    private void moveBy(RowViewModel from, int delta) {
        List<RowViewModel> list = vm.visibleRows();
        int i = list.indexOf(from);
        int j = i + delta;
        if (i < 0 || j < 0 || j >= list.size()) {
            return;
        }
        reveal(list.get(j));
    }

    /** Scrolls a row into view and puts the focus on its 1回目 はい. */
    void reveal(RowViewModel row) {
        if (!vm.visibleRows().contains(row)) {
            vm.filterProperty().set(ChecklistViewModel.Filter.ALL);
            vm.searchProperty().set("");
        }
        RowView rv = views.get(row);
        if (rv == null) {
            return;
        }
        vm.selectedRowProperty().set(row);
        rv.focusFirst();
        Platform.runLater(() -> scrollTo(rv));
    }

    private void scrollTo(Node n) {
        double contentHeight = rowBox.getBoundsInLocal().getHeight();
        double viewport = scroll.getViewportBounds().getHeight();
        if (contentHeight <= viewport) {
            return;
        }
        double y = n.getBoundsInParent().getMinY();
        double maxY = n.getBoundsInParent().getMaxY();
        double top = scroll.getVvalue() * (contentHeight - viewport);
        if (y < top) {
            scroll.setVvalue(y / (contentHeight - viewport));
        } else if (maxY > top + viewport) {
            scroll.setVvalue(Math.min(1, (maxY - viewport + 8) / (contentHeight - viewport)));
        }
    }

    private static RowView rowViewOf(Node n) {
        for (Node p = n; p != null; p = p.getParent()) {
            if (p instanceof RowView rv) {
                return rv;
            }
        }
        return null;
    }

    private boolean isTargetEditor(Node focus) {
        RowView rv = rowViewOf(focus);
        return rv != null && (rv.targetField() == focus || rv.targetField().getEditor() == focus);
    }

    /**
     * Adds an entry to the navigation column (e.g. 前年度比較, ガイドライン, 事業者): the composition root wires
     * each further screen here, so this view does not depend on them.
     */
    public void addNavigationEntry(String text, String id, Runnable action) {
        Button b = new Button(text);
        b.setId(id);
        b.setMnemonicParsing(true);
        b.setMaxWidth(Double.MAX_VALUE);
        b.getStyleClass().add("nav-entry");
        b.setOnAction(e -> action.run());
        toolEntries.getChildren().add(b);
    }

    private void chooseAndExport(boolean pack) {
        ExcelFileChooser.save(this, Messages.get("export.chooser.title"), exportFolder, vm.suggestedExportName(pack))
                .ifPresent(p -> vm.export(pack, p));
    }

    private void askFacility() {
        FacilityDialog dialog = new FacilityDialog();
        if (getScene() != null && getScene().getWindow() != null) {
            dialog.initOwner(getScene().getWindow());
        }
        dialog.ask().ifPresent(f -> vm.saveFacility(f.name(), f.kind()));
        if (getScene() != null && getScene().getWindow() != null) {
            getScene().getWindow().requestFocus();
        }
    }

    private static void toggleStyle(Node n, String style, boolean on) {
        n.getStyleClass().remove(style);
        if (on) {
            n.getStyleClass().add(style);
        }
    }

    /** The rows with a message laid over them when nothing matches. */
    private static final class StackPaneLike extends javafx.scene.layout.StackPane {
        StackPaneLike(Node content, Node overlay) {
            super(content, overlay);
            setAlignment(Pos.TOP_CENTER);
            StackPaneLike.setMargin(overlay, new Insets(40, 0, 0, 0));
        }
    }
}
