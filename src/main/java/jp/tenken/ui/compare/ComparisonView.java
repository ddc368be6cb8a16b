package jp.tenken.ui.compare;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableStringValue;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.geometry.Side;
import javafx.scene.Node;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.StackedBarChart;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.util.StringConverter;
import jp.tenken.domain.FiscalYear;
import jp.tenken.domain.comparison.AnswerTally;
import jp.tenken.domain.comparison.Change;
import jp.tenken.domain.comparison.Comparison;
import jp.tenken.domain.comparison.YearTally;
import jp.tenken.i18n.Messages;
import jp.tenken.ui.common.ExcelFileChooser;
import jp.tenken.ui.common.FontScaledColumns;
import jp.tenken.ui.common.Placeholder;

/**
 * The comparison screen: the form and the two fiscal years at the top, the rows with both years' answers and their
 * change on the left (a 目標日 passed without a はい in red), the counts per section and two stacked bar charts on
 * the right (every year in the file; each section in the two chosen years). Holds no logic.
 */
public final class ComparisonView extends BorderPane {
    private static final Change[] ORDER = {Change.IMPROVED, Change.REGRESSED, Change.UNCHANGED, Change.NEW,
        Change.UNANSWERED};

    private final ComparisonViewModel vm;
    private final TableView<Comparison.Row> table = new TableView<>();
    private final GridPane counts = new GridPane();
    private final CategoryAxis yearAxis = new CategoryAxis();
    private final StackedBarChart<String, Number> yearChart = new StackedBarChart<>(yearAxis, new NumberAxis());
    private final CategoryAxis sectionAxis = new CategoryAxis();
    private final StackedBarChart<String, Number> sectionChart = new StackedBarChart<>(sectionAxis, new NumberAxis());
    private final TableColumn<Comparison.Row, String> beforeColumn = new TableColumn<>();
    private final TableColumn<Comparison.Row, String> afterColumn = new TableColumn<>();
    private final Path exportFolder;
    /** True while the view puts the view model's choice into a combo box: that is not the user choosing. */
    private boolean syncing;

    public ComparisonView(ComparisonViewModel vm, Path exportFolder) {
        this.vm = vm;
        this.exportFolder = exportFolder;
        setId("comparison-view");
        getStyleClass().add("comparison-view");
        setTop(header());
        SplitPane split = new SplitPane(table(), side());
        split.setDividerPositions(0.6);
        setCenter(split);
        Label status = new Label();
        status.setId("compare-status");
        status.getStyleClass().add("status");
        status.textProperty().bind(vm.statusProperty());
        FontScaledColumns.follow(status, table);
        HBox bottom = new HBox(status);
        bottom.setPadding(new Insets(4, 12, 4, 12));
        setBottom(bottom);
        vm.reportProperty().addListener((o, a, b) -> {
            if (b != null) {
                beforeColumn.setText(b.comparison().earlierYear().label());
                afterColumn.setText(b.comparison().laterYear().label());
            }
        });
        vm.history().addListener((ListChangeListener<YearTally>) c -> showHistory());
        vm.sections().addListener((ListChangeListener<Comparison.SectionCount>) c -> showSections());
    }

    private Node header() {
        Label title = new Label(Messages.get("compare.title"));
        title.getStyleClass().add("form-title");
        ComboBox<FormChoice> form = new ComboBox<>(vm.forms());
        form.setId("compare-form");
        vm.formProperty().addListener((o, a, b) -> sync(() -> form.setValue(b)));
        form.setOnAction(e -> {
            if (!syncing) {
                vm.chooseForm(form.getValue());
            }
        });
        Label formLabel = new Label(Messages.get("compare.form"));
        formLabel.setLabelFor(form);

        ComboBox<FiscalYear> from = yearBox("compare-from");
        vm.earlierProperty().addListener((o, a, b) -> sync(() -> from.setValue(b)));
        from.setOnAction(e -> {
            if (!syncing) {
                vm.chooseEarlier(from.getValue());
            }
        });
        ComboBox<FiscalYear> to = yearBox("compare-to");
        vm.laterProperty().addListener((o, a, b) -> sync(() -> to.setValue(b)));
        to.setOnAction(e -> {
            if (!syncing) {
                vm.chooseLater(to.getValue());
            }
        });
        // replacing the list clears a combo box's value: put the view model's choice back
        vm.years().addListener((ListChangeListener<FiscalYear>) c -> sync(() -> {
            from.setValue(vm.earlierProperty().get());
            to.setValue(vm.laterProperty().get());
        }));
        Label fromLabel = new Label(Messages.get("compare.from"));
        fromLabel.setLabelFor(from);

        ProgressIndicator loading = new ProgressIndicator();
        loading.setPrefSize(18, 18);
        loading.visibleProperty().bind(vm.loadingProperty());
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        Button export = new Button(Messages.get("compare.export"));
        export.setId("compare-export");
        export.setMnemonicParsing(true);
        export.disableProperty().bind(vm.exportingProperty().or(vm.reportProperty().isNull()));
        export.setOnAction(e -> chooseAndExport());
        HBox choose = new HBox(8, formLabel, form, fromLabel, from, new Label("→"), to, loading, grow, export);
        choose.setAlignment(Pos.CENTER_LEFT);

        Label summary = bound("compare-summary", "summary", vm.summaryProperty());
        Label missed = bound("compare-missed", "missed", vm.missedProperty());
        Label removed = bound("compare-removed", "removed-items", vm.removedProperty());
        removed.visibleProperty().bind(vm.removedProperty().isNotEmpty());
        removed.managedProperty().bind(removed.visibleProperty());
        VBox top = new VBox(6, title, choose, summary, missed, removed);
        top.setPadding(new Insets(8, 12, 8, 12));
        top.getStyleClass().add("form-header");
        return top;
    }

    private void sync(Runnable r) {
        syncing = true;
        try {
            r.run();
        } finally {
            syncing = false;
        }
    }

    private ComboBox<FiscalYear> yearBox(String id) {
        ComboBox<FiscalYear> box = new ComboBox<>(vm.years());
        box.setId(id);
        box.setConverter(new StringConverter<>() {
            @Override
            public String toString(FiscalYear y) {
                return y == null ? "" : y.label();
            }

            @Override
            public FiscalYear fromString(String s) {
                return null;
            }
        });
        return box;
    }

    private static Label bound(String id, String style, ObservableStringValue text) {
        Label l = new Label();
        l.setId(id);
        l.getStyleClass().add(style);
        l.textProperty().bind(text);
        l.setWrapText(true);
        return l;
    }

    private Node table() {
        table.setId("compare-rows");
        table.getStyleClass().add("comparison-table");
        table.setItems(vm.rows());
        Label empty = Placeholder.of(""); // 「読み込んでいます…」, not JavaFX's own words in the computer's language
        empty.textProperty().bind(vm.statusProperty());
        table.setPlaceholder(empty);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        TableColumn<Comparison.Row, String> number = column(Messages.get("compare.col.number"), 52,
                r -> r.item().number());
        TableColumn<Comparison.Row, String> text = column(Messages.get("compare.col.text"), 250, r -> r.item().text());
        text.setCellFactory(c -> wrapping(text));
        TableColumn<Comparison.Row, String> scope = column(Messages.get("compare.col.scope"), 110, vm::scopeText);
        scope.setCellFactory(c -> wrapping(scope));
        beforeColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(vm.earlierText(c.getValue())));
        beforeColumn.setPrefWidth(92);
        afterColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(vm.answerText(c.getValue().later())));
        afterColumn.setPrefWidth(92);
        TableColumn<Comparison.Row, Comparison.Row> change = new TableColumn<>(Messages.get("compare.col.change"));
        change.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
        change.setPrefWidth(72);
        change.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(Comparison.Row r, boolean empty) {
                super.updateItem(r, empty);
                getStyleClass().removeIf(s -> s.startsWith("change-"));
                if (empty || r == null) {
                    setText(null);
                } else {
                    setText(vm.changeText(r.change()));
                    getStyleClass().add("change-" + r.change().name());
                }
            }
        });
        TableColumn<Comparison.Row, String> remark = column(Messages.get("compare.col.remark"), 130, vm::remarkText);
        remark.setCellFactory(c -> wrapping(remark));
        table.getColumns().addAll(List.of(number, text, scope, beforeColumn, afterColumn, change, remark));
        table.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(Comparison.Row r, boolean empty) {
                super.updateItem(r, empty);
                getStyleClass().remove("missed-target");
                if (!empty && r != null && r.targetMissed()) {
                    getStyleClass().add("missed-target");
                }
            }
        });
        return table;
    }

    private static TableColumn<Comparison.Row, String> column(String title, double width,
                                                              Function<Comparison.Row, String> value) {
        TableColumn<Comparison.Row, String> c = new TableColumn<>(title);
        c.setCellValueFactory(d -> new ReadOnlyStringWrapper(value.apply(d.getValue())));
        c.setPrefWidth(width);
        c.setSortable(false);
        return c;
    }

    /** Item texts are long: they wrap inside the column instead of being cut. */
    private static TableCell<Comparison.Row, String> wrapping(TableColumn<Comparison.Row, String> column) {
        Text t = new Text();
        t.getStyleClass().add("wrapped-text");
        t.wrappingWidthProperty().bind(column.widthProperty().subtract(12));
        TableCell<Comparison.Row, String> cell = new TableCell<>() {
            @Override
            protected void updateItem(String s, boolean empty) {
                super.updateItem(s, empty);
                t.setText(empty || s == null ? "" : s);
                setGraphic(empty ? null : t);
                setText(null);
            }
        };
        t.fillProperty().bind(cell.textFillProperty()); // the cell's colour, in every mode and state
        cell.setPrefHeight(Region.USE_COMPUTED_SIZE);
        return cell;
    }

    private Node side() {
        counts.setId("compare-counts");
        counts.setHgap(12);
        counts.setVgap(3);
        yearChart.setId("chart-years");
        yearChart.setTitle(Messages.get("compare.chart.years"));
        sectionChart.setId("chart-sections");
        for (StackedBarChart<String, Number> chart : List.of(yearChart, sectionChart)) {
            chart.setAnimated(false);
            chart.setLegendSide(Side.BOTTOM);
            chart.setPrefHeight(250);
            chart.setMinHeight(180);
            VBox.setVgrow(chart, Priority.ALWAYS);
        }
        sectionAxis.setTickLabelRotation(0);
        for (StackedBarChart<String, Number> chart : List.of(yearChart, sectionChart)) {
            chart.setLegendVisible(false); // one legend for both charts, below
        }
        HBox legend = new HBox(14, legendEntry("compare.series.yes", "legend-yes"),
                legendEntry("compare.series.no", "legend-no"),
                legendEntry("compare.series.unanswered", "legend-unanswered"));
        legend.setId("chart-legend");
        legend.setAlignment(Pos.CENTER);
        VBox side = new VBox(8, counts, yearChart, sectionChart, legend);
        side.setPadding(new Insets(8));
        return side;
    }

    private static Node legendEntry(String key, String style) {
        Region swatch = new Region();
        swatch.getStyleClass().addAll("legend-swatch", style);
        swatch.setMinSize(12, 12);
        swatch.setPrefSize(12, 12);
        Label l = new Label(Messages.get(key), swatch);
        l.setGraphicTextGap(5);
        return l;
    }

    private void showSections() {
        counts.getChildren().clear();
        Label head = new Label(Messages.get("compare.col.section"));
        head.getStyleClass().add("nav-heading");
        counts.add(head, 0, 0);
        for (int i = 0; i < ORDER.length; i++) {
            Label l = new Label(vm.changeText(ORDER[i]));
            l.getStyleClass().add("nav-heading");
            l.setMinWidth(Region.USE_PREF_SIZE); // 「変化なし」 whole at every font size
            counts.add(l, i + 1, 0);
        }
        int row = 1;
        for (Comparison.SectionCount s : vm.sections()) {
            Label heading = new Label(s.heading());
            heading.setMinWidth(Region.USE_PREF_SIZE); // a section name whole at every size (the window scrolls)
            counts.add(heading, 0, row);
            for (int i = 0; i < ORDER.length; i++) {
                Label n = new Label(Integer.toString(s.count(ORDER[i])));
                n.setId("count-" + row + "-" + ORDER[i].name().toLowerCase(Locale.ROOT));
                counts.add(n, i + 1, row);
            }
            row++;
        }
        var r = vm.reportProperty().get();
        sectionChart.getData().clear();
        if (r == null) {
            return;
        }
        FiscalYear a = r.comparison().earlierYear();
        FiscalYear b = r.comparison().laterYear();
        sectionChart.setTitle(Messages.get("compare.chart.sections", a.label(), b.label()));
        List<String> categories = new ArrayList<>();
        List<AnswerTally> tallies = new ArrayList<>();
        for (Comparison.SectionCount s : vm.sections()) {
            categories.add(vm.sectionCategory(s, a));
            tallies.add(s.earlier());
            categories.add(vm.sectionCategory(s, b));
            tallies.add(s.later());
        }
        fill(sectionChart, sectionAxis, categories, tallies);
    }

    private void showHistory() {
        List<String> categories = vm.history().stream().map(y -> y.year().label()).toList();
        List<AnswerTally> tallies = vm.history().stream().map(YearTally::tally).toList();
        fill(yearChart, yearAxis, categories, tallies);
    }

    /** Categories must be set on the axis before the data, or a stacked chart misplaces its bars. */
    private static void fill(StackedBarChart<String, Number> chart, CategoryAxis axis, List<String> categories,
                             List<AnswerTally> tallies) {
        chart.getData().clear();
        axis.setCategories(FXCollections.observableArrayList(categories));
        XYChart.Series<String, Number> yes = new XYChart.Series<>();
        yes.setName(Messages.get("compare.series.yes"));
        XYChart.Series<String, Number> no = new XYChart.Series<>();
        no.setName(Messages.get("compare.series.no"));
        XYChart.Series<String, Number> none = new XYChart.Series<>();
        none.setName(Messages.get("compare.series.unanswered"));
        for (int i = 0; i < categories.size(); i++) {
            yes.getData().add(new XYChart.Data<>(categories.get(i), tallies.get(i).yes()));
            no.getData().add(new XYChart.Data<>(categories.get(i), tallies.get(i).no()));
            none.getData().add(new XYChart.Data<>(categories.get(i), tallies.get(i).unanswered()));
        }
        chart.getData().addAll(List.of(yes, no, none));
    }

    private void chooseAndExport() {
        ExcelFileChooser.save(this, Messages.get("export.chooser.title"), exportFolder, vm.suggestedExportName())
                .ifPresent(vm::export);
    }
}
