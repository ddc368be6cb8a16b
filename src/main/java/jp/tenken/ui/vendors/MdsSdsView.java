package jp.tenken.ui.vendors;

import java.nio.file.Path;
import java.util.Locale;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.StringProperty;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import jp.tenken.domain.vendor.MdsSds;
import jp.tenken.i18n.Messages;
import jp.tenken.ui.common.ExcelFileChooser;
import jp.tenken.ui.common.Placeholder;
import jp.tenken.ui.common.SelectionSync;
import jp.tenken.ui.common.WarekiDateField;

/**
 * The MDS/SDS window's content: MDS or SDS, when it came and its version, the file kept and the answers counted,
 * then the いいえ items on the left and the clinic's risk assessment and response for the selected one on the right
 * (saved on leaving each field). An Excel taken in opens the column mapping first. Holds no logic.
 */
public final class MdsSdsView extends BorderPane {
    private final MdsSdsViewModel vm;

    public MdsSdsView(MdsSdsViewModel vm, Path folder) {
        this.vm = vm;
        setId("mds-sds-view");
        setTop(header(folder));
        setCenter(items());
        Label status = new Label();
        status.setId("mds-sds-status");
        status.getStyleClass().add("status");
        status.setWrapText(true);
        status.textProperty().bind(vm.statusProperty());
        HBox bottom = new HBox(status);
        bottom.setPadding(new Insets(4, 12, 4, 12));
        setBottom(bottom);
        vm.sheetProperty().addListener((o, a, s) -> {
            if (s != null) {
                boolean ok = new MdsSdsMappingDialog(getScene() == null ? null : getScene().getWindow(), vm)
                        .showAndWait().orElse(false);
                if (ok) {
                    vm.confirmMapping();
                } else {
                    vm.cancelMapping();
                }
            }
        });
    }

    private Node header(Path folder) {
        Label help = new Label(Messages.get("mdsSds.help"));
        help.setWrapText(true);
        help.setMinHeight(Region.USE_PREF_SIZE);
        help.getStyleClass().add("key-help");
        ToggleGroup kinds = new ToggleGroup();
        HBox kindBox = new HBox(0);
        for (MdsSds.Kind k : MdsSds.Kind.values()) {
            ToggleButton b = new ToggleButton(vm.kindText(k));
            b.setId("mds-sds-kind-" + k.name().toLowerCase(Locale.ROOT));
            b.setToggleGroup(kinds);
            b.setUserData(k);
            b.setSelected(vm.kindProperty().get() == k);
            kindBox.getChildren().add(b);
        }
        kinds.selectedToggleProperty().addListener((o, a, t) -> {
            if (t == null) {
                a.setSelected(true); // one is always shown
            } else {
                vm.kindProperty().set((MdsSds.Kind) t.getUserData());
            }
        });
        Button carry = new Button(Messages.get("mdsSds.carryOver"));
        carry.setId("mds-sds-carry-over");
        carry.visibleProperty().bind(vm.canCarryOverProperty());
        carry.managedProperty().bind(carry.visibleProperty());
        carry.setOnAction(e -> vm.carryOver());
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        HBox line = new HBox(12, kindBox, grow, carry);
        line.setAlignment(Pos.CENTER_LEFT);

        WarekiDateField received = new WarekiDateField();
        received.setId("mds-sds-received");
        received.valueProperty().bindBidirectional(vm.receivedOnProperty());
        received.setMinWidth(170);
        TextField version = new TextField();
        version.setId("mds-sds-version");
        version.setPrefColumnCount(12);
        version.textProperty().bindBidirectional(vm.versionProperty());
        version.setOnAction(e -> vm.saveRecord());
        version.focusedProperty().addListener((o, was, is) -> {
            if (!is) {
                vm.saveRecord();
            }
        });
        Label file = new Label();
        file.setId("mds-sds-file");
        file.textProperty().bind(vm.fileTextProperty());
        Button take = new Button(Messages.get("mdsSds.takeIn"));
        take.setId("mds-sds-take-in");
        take.setOnAction(e -> {
            received.commitTyped();
            vm.saveRecord();
            ExcelFileChooser.open(this, Messages.get("mdsSds.chooser"), folder, Messages.get("mdsSds.filter"),
                    "*.xlsx", "*.xlsm", "*.pdf", "*.xls", "*.docx").ifPresent(vm::takeIn);
        });
        Label counts = new Label();
        counts.setId("mds-sds-counts");
        counts.getStyleClass().add("form-label");
        counts.textProperty().bind(vm.countsTextProperty());
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(6);
        grid.addRow(0, labelFor("mdsSds.received", received), received, labelFor("mdsSds.version", version), version);
        grid.addRow(1, new Label(Messages.get("mdsSds.file")), file);
        GridPane.setColumnSpan(file, 3);
        grid.add(take, 4, 1);
        grid.add(counts, 1, 2, 4, 1);
        VBox top = new VBox(8, help, line, grid);
        top.setPadding(new Insets(8, 12, 8, 12));
        top.getStyleClass().add("form-header");
        return top;
    }

    private Node items() {
        TableView<MdsSds.Item> table = new TableView<>(vm.noItems());
        table.setId("mds-sds-no-items");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPlaceholder(Placeholder.of(Messages.get("mdsSds.noItems.none")));
        table.getColumns().add(column("mdsSds.col.number", 70, MdsSds.Item::number));
        table.getColumns().add(column("mdsSds.col.text", 360, MdsSds.Item::text));
        table.getColumns().add(column("mdsSds.col.state", 90, vm::stateText));
        SelectionSync.bind(table.getSelectionModel(), vm.selectedProperty(), vm.selectedProperty()::set);
        Label noHeading = new Label(Messages.get("mdsSds.noItems"));
        noHeading.getStyleClass().add("section-heading");
        VBox left = new VBox(6, noHeading, table);
        VBox.setVgrow(table, Priority.ALWAYS);
        Label text = new Label();
        text.setId("mds-sds-item-text");
        text.setWrapText(true);
        text.setMinHeight(Region.USE_PREF_SIZE);
        text.textProperty().bind(Bindings.createStringBinding(() -> vm.selectedProperty().get()
                == null ? "" : vm.selectedProperty().get().number() + "　" + vm.selectedProperty().get().text(),
                vm.selectedProperty()));
        TextArea risk = area("mds-sds-risk", vm.riskProperty());
        TextArea response = area("mds-sds-response", vm.responseProperty());
        VBox right = new VBox(6, text, labelFor("mdsSds.risk", risk), risk, labelFor("mdsSds.response", response),
                response);
        // only the fields wait for an item: their names stay readable (a disabled label is drawn faint)
        risk.disableProperty().bind(vm.selectedProperty().isNull());
        response.disableProperty().bind(vm.selectedProperty().isNull());
        right.setPadding(new Insets(0, 0, 0, 8));
        VBox.setVgrow(risk, Priority.ALWAYS);
        VBox.setVgrow(response, Priority.ALWAYS);
        SplitPane split = new SplitPane(left, right);
        split.setDividerPositions(0.55);
        split.setPadding(new Insets(8, 12, 0, 12));
        return split;
    }

    private TextArea area(String id, StringProperty p) {
        TextArea a = new TextArea();
        a.setId(id);
        a.setWrapText(true);
        a.setPrefRowCount(4);
        a.textProperty().bindBidirectional(p);
        a.focusedProperty().addListener((o, was, is) -> {
            if (!is) {
                vm.saveAssessment();
            }
        });
        return a;
    }

    private static TableColumn<MdsSds.Item, String> column(String key, double width,
                                                           Function<MdsSds.Item, String> value) {
        TableColumn<MdsSds.Item, String> c = new TableColumn<>(Messages.get(key));
        c.setPrefWidth(width);
        c.setCellValueFactory(v -> new ReadOnlyStringWrapper(value.apply(v.getValue())));
        return c;
    }

    private static Label labelFor(String key, Node target) {
        Label l = new Label(Messages.get(key));
        l.setLabelFor(target);
        l.setWrapText(true);
        l.setMinHeight(Region.USE_PREF_SIZE); // wraps rather than giving its lines to the growing field below
        return l;
    }
}
