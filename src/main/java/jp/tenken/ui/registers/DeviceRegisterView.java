package jp.tenken.ui.registers;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.StringProperty;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import jp.tenken.domain.register.DeviceKind;
import jp.tenken.domain.vendor.Vendor;
import jp.tenken.i18n.Messages;
import jp.tenken.ui.common.ExcelFileChooser;
import jp.tenken.ui.common.FontScaledColumns;
import jp.tenken.ui.common.Placeholder;
import jp.tenken.ui.common.SelectionSync;
import jp.tenken.ui.common.Viewports;
import jp.tenken.ui.common.WarekiDateField;
import jp.tenken.ui.common.WrappingCell;

/**
 * The 機器台帳 tab: the year's devices on the left (a device with a warning is marked and says why), the selected
 * device's fields on the right. Holds no logic.
 */
public final class DeviceRegisterView extends BorderPane {
    private final DeviceRegisterViewModel vm;
    private final Path folder;
    private final TableView<DeviceRow> table = new TableView<>();

    public DeviceRegisterView(DeviceRegisterViewModel vm, Path folder, String suggestedName) {
        this.vm = vm;
        this.folder = folder;
        setId("devices-view");
        Label nameLabel = label("registers.field.name", null);
        SplitPane split = new SplitPane(table(nameLabel), details(nameLabel, suggestedName));
        split.setDividerPositions(0.6);
        setCenter(split);
    }

    private Node table(Label fontSource) {
        table.setId("devices-table");
        table.setItems(vm.devices());
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPlaceholder(Placeholder.of(Messages.get("registers.devices.empty")));
        table.getColumns().add(column("registers.col.name", 150, r -> r.device().name()));
        table.getColumns().add(column("registers.col.kind", 90, r -> r.device().kind().label()));
        table.getColumns().add(column("registers.col.location", 90, r -> r.device().location()));
        table.getColumns().add(column("registers.col.os", 130, r -> r.device().osLine()));
        table.getColumns().add(column("registers.col.vendor", 120, DeviceRow::vendorName));
        table.getColumns().add(column("registers.col.supportEnd", 130, r -> vm.dateText(r.device().supportEnd())));
        table.getColumns().add(column("registers.col.warnings", 220, r -> String.join(" ", r.warnings())));
        // at 大 and 特大 the columns widen with the font (the table scrolls sideways) rather than cut their headers
        FontScaledColumns.follow(fontSource, table);
        table.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(DeviceRow r, boolean empty) {
                super.updateItem(r, empty);
                getStyleClass().remove("flagged");
                setTooltip(null);
                if (!empty && r != null && r.flagged()) {
                    getStyleClass().add("flagged");
                    setTooltip(new Tooltip(String.join("\n", r.warnings())));
                }
            }
        });
        SelectionSync.bind(table.getSelectionModel(), vm.selectedProperty(), r -> {
            if (!vm.select(r)) { // typing that cannot be saved yet (no name): the device being typed stays chosen
                if (vm.selectedProperty().get() == null) {
                    table.getSelectionModel().clearSelection();
                } else {
                    table.getSelectionModel().select(vm.selectedProperty().get());
                }
            }
        });
        return table;
    }

    private static TableColumn<DeviceRow, String> column(String key, double width, Function<DeviceRow, String> value) {
        TableColumn<DeviceRow, String> c = new TableColumn<>(Messages.get(key));
        c.setPrefWidth(width);
        c.setCellValueFactory(v -> new ReadOnlyStringWrapper(value.apply(v.getValue())));
        WrappingCell.install(c);
        return c;
    }

    private Node details(Label nameLabel, String suggestedName) {
        Label heading = new Label();
        heading.getStyleClass().add("section-heading");
        heading.textProperty().bind(Bindings.when(vm.creatingProperty())
                .then(Messages.get("registers.device.new.heading")).otherwise(Messages.get("registers.device.edit.heading")));
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(6);
        TextField name = field("device-name", vm.nameProperty());
        ComboBox<DeviceKind> kind = new ComboBox<>();
        kind.setId("device-kind");
        kind.getItems().setAll(vm.kinds());
        kind.setCellFactory(l -> kindCell());
        kind.setButtonCell(kindCell());
        kind.valueProperty().bindBidirectional(vm.kindProperty());
        ComboBox<Vendor> vendor = new ComboBox<>();
        vendor.setId("device-vendor");
        vendor.setItems(vm.vendors());
        vendor.setCellFactory(l -> vendorCell());
        vendor.setButtonCell(vendorCell());
        vendor.valueProperty().bindBidirectional(vm.vendorProperty());
        Button noVendor = new Button(Messages.get("registers.vendor.clear"));
        noVendor.setId("device-vendor-clear");
        noVendor.setOnAction(e -> vm.vendorProperty().set(null));
        noVendor.setMinWidth(Region.USE_PREF_SIZE); // the list of vendors beside it gives way instead
        CheckBox remote = new CheckBox(Messages.get("registers.field.remote"));
        remote.setId("device-remote");
        remote.selectedProperty().bindBidirectional(vm.remoteProperty());
        remote.setWrapText(true); // 「リモート保守あり（2-② の対象）」 whole at 特大
        WarekiDateField supportEnd = date("device-support-end", vm.supportEndProperty());
        WarekiDateField lastUpdate = date("device-last-update", vm.lastUpdateProperty());
        int r = 0;
        nameLabel.setLabelFor(name);
        grid.addRow(r++, nameLabel, name);
        grid.addRow(r++, label("registers.field.kind", kind), kind);
        grid.addRow(r++, label("registers.field.location", null), field("device-location", vm.locationProperty()));
        grid.addRow(r++, label("registers.field.maker", null), field("device-maker", vm.makerProperty()));
        grid.addRow(r++, label("registers.field.model", null), field("device-model", vm.modelProperty()));
        grid.addRow(r++, label("registers.field.os", null), field("device-os", vm.osProperty()));
        grid.addRow(r++, label("registers.field.osVersion", null), field("device-os-version", vm.osVersionProperty()));
        grid.addRow(r++, label("registers.field.role", null), field("device-role", vm.roleProperty()));
        grid.addRow(r++, label("registers.field.vendor", vendor), new HBox(6, vendor, noVendor));
        grid.add(remote, 1, r++);
        grid.addRow(r++, label("registers.field.supportEnd", supportEnd), supportEnd);
        grid.addRow(r++, label("registers.field.lastUpdate", lastUpdate), lastUpdate);
        grid.addRow(r++, label("registers.field.administrator", null),
                field("device-administrator", vm.administratorProperty()));
        grid.addRow(r, label("registers.field.note", null), field("device-note", vm.noteProperty()));
        GridPane.setHgrow(name, Priority.ALWAYS);
        // the fields scroll on a small screen; the buttons stay in sight
        ScrollPane fields = Viewports.uncached(new ScrollPane(grid));
        fields.setFitToWidth(true);
        // typing is saved on leaving a field, like Enter; never thrown away
        for (Node n : grid.getChildren()) {
            Node field = n instanceof HBox h ? h.getChildren().get(0) : n;
            if (!(field instanceof Label)) {
                field.focusedProperty().addListener((o, was, now) -> {
                    if (was && !now) {
                        supportEnd.commitTyped();
                        lastUpdate.commitTyped();
                        vm.commitOnLeave();
                    }
                });
            }
        }
        grid.disableProperty().bind(vm.lockedProperty());
        VBox box = new VBox(8, heading, fields, buttons(name, supportEnd, lastUpdate, suggestedName));
        VBox.setVgrow(fields, Priority.ALWAYS);
        box.setPadding(new Insets(12));
        box.setMinWidth(340);
        return box;
    }

    private Node buttons(TextField name, WarekiDateField supportEnd, WarekiDateField lastUpdate, String suggestedName) {
        Button save = new Button();
        save.setId("device-save");
        save.setDefaultButton(true);
        save.textProperty().bind(Bindings.when(vm.creatingProperty())
                .then(Messages.get("registers.device.add")).otherwise(Messages.get("registers.device.save")));
        save.setOnAction(e -> {
            supportEnd.commitTyped();
            lastUpdate.commitTyped();
            vm.save();
        });
        Button add = new Button(Messages.get("registers.device.new"));
        add.setId("device-new");
        add.setMnemonicParsing(true);
        add.setOnAction(e -> {
            vm.newDevice();
            name.requestFocus();
        });
        Button delete = new Button(Messages.get("registers.device.delete"));
        delete.setId("device-delete");
        delete.disableProperty().bind(vm.selectedProperty().isNull().or(vm.lockedProperty()));
        save.disableProperty().bind(vm.lockedProperty());
        add.disableProperty().bind(vm.lockedProperty());
        delete.setOnAction(e -> vm.delete());
        Button print = new Button(Messages.get("registers.device.export"));
        print.setId("device-export");
        print.setOnAction(e -> ExcelFileChooser.save(this, Messages.get("export.chooser.title"), folder, suggestedName)
                .ifPresent(vm::export));
        return new VBox(8, new HBox(8, save, add, delete), print);
    }

    private static ListCell<DeviceKind> kindCell() {
        return new ListCell<>() {
            @Override
            protected void updateItem(DeviceKind k, boolean empty) {
                super.updateItem(k, empty);
                setText(empty || k == null ? "" : k.label());
            }
        };
    }

    private ListCell<Vendor> vendorCell() {
        return new ListCell<>() {
            @Override
            protected void updateItem(Vendor v, boolean empty) {
                super.updateItem(v, empty);
                setText(empty ? "" : vm.vendorText(v));
            }
        };
    }

    private static TextField field(String id, StringProperty p) {
        TextField f = new TextField();
        f.setId(id);
        f.textProperty().bindBidirectional(p);
        return f;
    }

    private static WarekiDateField date(String id, ObjectProperty<LocalDate> p) {
        WarekiDateField f = new WarekiDateField();
        f.setId(id);
        f.valueProperty().bindBidirectional(p);
        return f;
    }

    private static Label label(String key, Node target) {
        Label l = new Label(Messages.get(key));
        if (target != null) {
            l.setLabelFor(target);
        }
        l.setMnemonicParsing(true);
        l.setMinWidth(Region.USE_PREF_SIZE); // a field's name reads whole; the fields beside the names give way
        return l;
    }
}
