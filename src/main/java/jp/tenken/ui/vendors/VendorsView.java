package jp.tenken.ui.vendors;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.StringProperty;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Separator;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import jp.tenken.domain.vendor.VendorFormStatus;
import jp.tenken.i18n.Messages;
import jp.tenken.service.VendorStatus;
import jp.tenken.ui.common.Dialogs;
import jp.tenken.ui.common.ExcelFileChooser;
import jp.tenken.ui.common.FontScaledColumns;
import jp.tenken.ui.common.Placeholder;
import jp.tenken.ui.common.SelectionSync;
import jp.tenken.ui.common.WrappingCell;
import jp.tenken.ui.common.Viewports;

/**
 * The 「事業者」 screen: the vendors with their 事業者確認用's status for the fiscal year on the left, the selected
 * vendor's details and the send / receive commands on the right. A file read for import opens the preview dialog;
 * nothing is written until it is confirmed. Holds no logic.
 */
public final class VendorsView extends BorderPane {
    private final VendorsViewModel vm;
    private final Path folder;
    private final TableView<VendorStatus> table = new TableView<>();
    private final FlowPane vendorActions = new FlowPane(8, 6);

    public VendorsView(VendorsViewModel vm, Path folder) {
        this.vm = vm;
        this.folder = folder;
        setId("vendors-view");
        getStyleClass().add("vendors-view");
        setTop(header());
        ScrollPane detailsScroll = Viewports.uncached(new ScrollPane(details())); // the details scroll at 特大 rather than spill over
        detailsScroll.setFitToWidth(true);
        detailsScroll.getStyleClass().add("window-scroll");
        SplitPane split = new SplitPane(table(), detailsScroll);
        split.setDividerPositions(0.62);
        setCenter(split);
        Label status = new Label();
        status.setId("vendors-status");
        status.getStyleClass().add("status");
        status.setWrapText(true);
        status.textProperty().bind(vm.statusProperty());
        FontScaledColumns.follow(status, table);
        HBox bottom = new HBox(status);
        bottom.setPadding(new Insets(4, 12, 4, 12));
        setBottom(bottom);
        vm.previewProperty().addListener((o, a, p) -> {
            if (p != null) {
                boolean ok = new ImportPreviewDialog(getScene() == null ? null : getScene().getWindow(), vm, p)
                        .showAndWait().orElse(false);
                if (ok) {
                    vm.applyPreview();
                } else {
                    vm.cancelPreview();
                }
            }
        });
        vm.importErrorProperty().addListener((o, a, e) -> {
            if (e != null && !e.isEmpty()) {
                Dialogs.error(getScene() == null ? null : getScene().getWindow(), e);
                vm.clearImportError();
            }
        });
    }

    private Node header() {
        Label title = new Label(Messages.get("vendors.title"));
        title.getStyleClass().add("form-title");
        Label year = new Label();
        year.setId("vendors-year");
        year.textProperty().bind(Bindings.createStringBinding(
                () -> vm.yearProperty().get() == null ? "" : vm.yearProperty().get().label(), vm.yearProperty()));
        year.getStyleClass().add("form-label");
        Label summary = new Label();
        summary.setId("vendors-summary");
        summary.textProperty().bind(vm.summaryProperty());
        ProgressIndicator busy = new ProgressIndicator();
        busy.setPrefSize(18, 18);
        busy.visibleProperty().bind(vm.busyProperty());
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        Button importAny = new Button(Messages.get("vendors.importAny"));
        importAny.setId("vendors-import-any");
        importAny.setMnemonicParsing(true);
        importAny.setOnAction(e -> chooseFile().ifPresent(vm::previewAny));
        Label yearState = new Label();
        yearState.setId("vendors-year-state");
        yearState.textProperty().bind(vm.yearFinal().stateTextProperty());
        yearState.getStyleClass().add("form-label");
        Button finalise = new Button();
        finalise.setId("vendors-year-final");
        finalise.textProperty().bind(vm.yearFinal().buttonTextProperty());
        finalise.setDefaultButton(false);
        finalise.setOnAction(e -> {
            // never at one key: locking the year is asked first, and Enter in that question cancels
            String question = vm.yearFinal().confirmation();
            if (question == null || Dialogs.confirmAction(getScene().getWindow(),
                    Messages.get("vendors.year.finalise"), question, "", Messages.get("vendors.year.confirmButton"))) {
                vm.yearFinal().toggle();
            }
        });
        HBox line = new HBox(12, title, year, yearState, summary, busy, grow, finalise, importAny);
        line.setAlignment(Pos.CENTER_LEFT);
        Label help = new Label(Messages.get("vendors.help"));
        help.setWrapText(true);
        help.setMinHeight(Region.USE_PREF_SIZE); // wrapped whole at every size, never under the panes below
        help.getStyleClass().add("key-help");
        for (Node n : new Node[] {title, year, yearState, finalise, importAny}) {
            ((Region) n).setMinWidth(Region.USE_PREF_SIZE);
        }
        VBox top = new VBox(4, line, help);
        top.setPadding(new Insets(8, 12, 8, 12));
        top.getStyleClass().add("form-header");
        return top;
    }

    /** The window opens on the list of vendors: no key press there locks or changes anything. */
    public void focusTable() {
        table.requestFocus();
    }

    private Node table() {
        table.setId("vendors-table");
        table.setItems(vm.vendors());
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPlaceholder(Placeholder.of(Messages.get("vendors.empty")));
        table.getColumns().add(column(Messages.get("vendors.col.name"), 270, s -> s.vendor().name()));
        table.getColumns().add(column(Messages.get("vendors.col.systems"), 170, s -> s.vendor().systems()));
        table.getColumns().add(column(Messages.get("vendors.col.period"), 150, vm::contractPeriodText));
        table.getColumns().add(column(Messages.get("vendors.col.status"), 70, vm::statusText));
        table.getColumns().add(column(Messages.get("vendors.col.sent"), 96, s -> vm.dateText(s.form().sentOn())));
        table.getColumns().add(column(Messages.get("vendors.col.received"), 96,
                s -> vm.dateText(s.form().receivedOn())));
        table.getColumns().add(column(Messages.get("vendors.col.flags"), 90, vm::flagText));
        table.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(VendorStatus s, boolean empty) {
                super.updateItem(s, empty);
                getStyleClass().remove("flagged");
                if (!empty && s != null && !s.flags().isEmpty()) {
                    getStyleClass().add("flagged");
                }
            }
        });
        SelectionSync.bind(table.getSelectionModel(), vm.selectedProperty(), vm::select);
        return table;
    }

    private static TableColumn<VendorStatus, String> column(String title, double width,
                                                            Function<VendorStatus, String> value) {
        TableColumn<VendorStatus, String> c = new TableColumn<>(title);
        c.setPrefWidth(width);
        c.setCellValueFactory(v -> new ReadOnlyStringWrapper(value.apply(v.getValue())));
        WrappingCell.install(c);
        return c;
    }

    private Node details() {
        Label heading = new Label();
        heading.getStyleClass().add("section-heading");
        heading.textProperty().bind(Bindings.when(vm.creatingProperty())
                .then(Messages.get("vendors.new.heading")).otherwise(Messages.get("vendors.edit.heading")));
        TextField name = field("vendor-name", vm.nameProperty(), "vendors.name.prompt");
        GridPane grid = editGrid(name);
        Button save = new Button();
        save.setId("vendor-save");
        save.setDefaultButton(true);
        save.textProperty().bind(Bindings.when(vm.creatingProperty())
                .then(Messages.get("vendors.add")).otherwise(Messages.get("vendors.save")));
        save.setOnAction(e -> vm.save());
        Button add = new Button(Messages.get("vendors.new"));
        add.setId("vendor-new");
        add.setMnemonicParsing(true);
        add.setOnAction(e -> {
            vm.newVendor();
            name.requestFocus();
        });
        HBox editButtons = new HBox(8, save, add);
        Label formHeading = new Label(Messages.get("vendors.form.heading"));
        formHeading.getStyleClass().add("section-heading");
        Label formHelp = new Label(Messages.get("vendors.form.help"));
        formHelp.setWrapText(true);
        formHelp.setMinHeight(Region.USE_PREF_SIZE); // wrapped whole, never cut (the window scrolls)
        formHelp.getStyleClass().add("key-help");
        vendorActions.setId("vendor-actions");
        VBox box = new VBox(8, heading, grid, editButtons, new Separator(), formHeading, formButtons(), formHelp,
                vendorActions);
        box.setPadding(new Insets(12));
        box.setMinWidth(320);
        return box;
    }

    /**
     * Adds a command on the selected vendor under its 事業者確認用 (e.g. its MDS/SDS), usable while a stored vendor
     * is selected; the composition root wires what it opens.
     */
    public void addVendorAction(String text, String id, Runnable action) {
        Button b = new Button(text);
        b.setId(id);
        b.disableProperty().bind(vm.selectedProperty().isNull());
        b.setOnAction(e -> action.run());
        vendorActions.getChildren().add(b);
    }

    /** The vendor's name, systems, contact and contract, as one grid of labelled fields. */
    private GridPane editGrid(TextField name) {
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(6);
        TextField systems = field("vendor-systems", vm.systemsProperty(), "vendors.systems.prompt");
        TextField contact = field("vendor-contact", vm.contactProperty(), "vendors.contact.prompt");
        CheckBox contracted = new CheckBox(Messages.get("vendors.contracted"));
        contracted.setId("vendor-contracted");
        contracted.setWrapText(true);
        contracted.setMinHeight(Region.USE_PREF_SIZE);
        contracted.selectedProperty().bindBidirectional(vm.contractedProperty());
        grid.addRow(0, label("vendors.name", name), name);
        grid.addRow(1, label("vendors.systems", systems), systems);
        grid.addRow(2, label("vendors.contact", contact), contact);
        grid.add(contracted, 1, 3);
        grid.add(periodHelp(), 1, 4);
        GridPane.setHgrow(name, Priority.ALWAYS);
        return grid;
    }

    /** Send, receive and set the status of the selected vendor's 事業者確認用 (wrapping rather than cut at 特大). */
    private FlowPane formButtons() {
        MenuButton send = new MenuButton(Messages.get("vendors.send"));
        send.setId("vendor-send");
        send.setMnemonicParsing(true);
        MenuItem blank = new MenuItem(Messages.get("vendors.send.blank"));
        blank.setId("vendor-send-blank");
        blank.setOnAction(e -> chooseSendTarget().ifPresent(p -> vm.send(false, p)));
        MenuItem hints = new MenuItem(Messages.get("vendors.send.hints"));
        hints.setId("vendor-send-hints");
        hints.setOnAction(e -> chooseSendTarget().ifPresent(p -> vm.send(true, p)));
        send.getItems().addAll(blank, hints);
        Button receive = new Button(Messages.get("vendors.receive"));
        receive.setId("vendor-receive");
        receive.setMnemonicParsing(true);
        receive.setOnAction(e -> chooseFile().ifPresent(vm::previewReturn));
        MenuButton setStatus = new MenuButton(Messages.get("vendors.setStatus"));
        setStatus.setId("vendor-status");
        for (VendorFormStatus s : vm.statuses()) {
            MenuItem i = new MenuItem(s.label());
            i.setId("vendor-status-" + s.name().toLowerCase(Locale.ROOT));
            i.setOnAction(e -> vm.setStatus(s));
            setStatus.getItems().add(i);
        }
        for (Node n : new Node[] {send, receive, setStatus}) {
            n.disableProperty().bind(vm.selectedProperty().isNull().or(vm.busyProperty()));
        }
        return new FlowPane(8, 6, send, receive, setStatus);
    }

    /** Says that adding or changing a vendor applies from the year shown on, never to the years before. */
    private static Label periodHelp() {
        Label help = new Label(Messages.get("vendors.period.help"));
        help.setId("vendor-period-help");
        help.setWrapText(true);
        help.setMinHeight(Region.USE_PREF_SIZE);
        help.getStyleClass().add("key-help");
        return help;
    }

    private TextField field(String id, StringProperty p, String prompt) {
        TextField f = new TextField();
        f.setId(id);
        f.setPromptText(Messages.get(prompt));
        f.textProperty().bindBidirectional(p);
        return f;
    }

    private static Label label(String key, Node target) {
        Label l = new Label(Messages.get(key));
        l.setMinWidth(Region.USE_PREF_SIZE); // a field's name is never cut to 「事…」
        l.setLabelFor(target);
        l.setMnemonicParsing(true);
        return l;
    }

    private Optional<Path> chooseSendTarget() {
        return ExcelFileChooser.save(this, Messages.get("vendors.send.chooser"), folder, vm.suggestedSendName());
    }

    private Optional<Path> chooseFile() {
        return ExcelFileChooser.open(this, Messages.get("vendors.receive.chooser"), folder);
    }
}
