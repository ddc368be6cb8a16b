package jp.tenken.ui.registers;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Spinner;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import jp.tenken.domain.Device;
import jp.tenken.domain.RegisterColumn;
import jp.tenken.domain.RegisterList;
import jp.tenken.i18n.Messages;

/**
 * The column mapping of a device list: the file's first rows as a grid, the header row, the column of each field,
 * and what would be taken in (with every liberty the reading took). Nothing is written unless 「取り込む」 is
 * pressed. A plain dialog of its own until the shared mapping component is on main.
 */
public final class RegisterImportDialog extends Dialog<Boolean> {
    private final RegisterImportViewModel vm;
    private final Map<RegisterColumn, ComboBox<Integer>> choices = new EnumMap<>(RegisterColumn.class);
    private boolean updating;

    public RegisterImportDialog(Window owner, RegisterImportViewModel vm) {
        this.vm = vm;
        initOwner(owner);
        RegisterList list = vm.listProperty().get();
        setTitle(Messages.get("registers.import.title"));
        setHeaderText(Messages.get("registers.import.heading", list.file(), list.sheet()));
        setResizable(true);
        ButtonType take = new ButtonType(Messages.get("registers.import.confirm"), ButtonBar.ButtonData.OK_DONE);
        getDialogPane().getButtonTypes().addAll(take, ButtonType.CANCEL);
        getDialogPane().lookupButton(take).setId("register-import-confirm");
        getDialogPane().lookupButton(take).disableProperty().bind(vm.previewProperty().isNull());
        getDialogPane().setId("register-import");
        getDialogPane().setContent(content(list));
        getDialogPane().setPrefSize(1100, 760);
        setResultConverter(b -> b == take);
    }

    private Node content(RegisterList list) {
        Spinner<Integer> header = new Spinner<>(1, Math.max(1, list.rows().size()), vm.headerRowProperty().get());
        header.setId("register-import-header-row");
        header.setEditable(true);
        header.valueProperty().addListener((o, a, b) -> {
            if (!updating && b != null) {
                vm.setHeaderRow(b);
            }
        });
        GridPane roles = new GridPane();
        roles.setHgap(8);
        roles.setVgap(4);
        RegisterColumn[] all = RegisterColumn.values();
        for (int i = 0; i < all.length; i++) {
            RegisterColumn role = all[i];
            ComboBox<Integer> c = new ComboBox<>(FXCollections.observableArrayList(vm.columnChoices()));
            c.setId("register-import-col-" + role.name().toLowerCase(Locale.ROOT));
            c.setCellFactory(l -> choiceCell());
            c.setButtonCell(choiceCell());
            c.setValue(vm.columnOf(role));
            c.valueProperty().addListener((o, a, b) -> {
                if (!updating && b != null) {
                    vm.assign(role, b);
                }
            });
            choices.put(role, c);
            int col = i < (all.length + 1) / 2 ? 0 : 2;
            int row = i % ((all.length + 1) / 2);
            roles.add(new Label(role.label()), col, row);
            roles.add(c, col + 1, row);
        }
        TableView<List<String>> grid = grid(list);
        Label summary = new Label(vm.summaryText());
        summary.setId("register-import-summary");
        ListView<String> notes = new ListView<>();
        notes.setId("register-import-notes");
        notes.setPrefHeight(130);
        ListView<String> devices = new ListView<>();
        devices.setId("register-import-devices");
        devices.setPrefHeight(130);
        vm.mappingProperty().addListener((o, a, m) -> {
            if (m == null) {
                return;
            }
            updating = true;
            header.getValueFactory().setValue(m.headerRow());
            choices.forEach((role, c) -> c.setValue(vm.columnOf(role)));
            updating = false;
            grid.refresh();
        });
        vm.previewProperty().addListener((o, a, p) -> {
            summary.setText(vm.summaryText());
            notes.getItems().setAll(p == null ? List.of() : p.notes());
            devices.getItems().setAll(p == null ? List.of() : p.devices().stream().map(this::deviceLine).toList());
        });
        Label help = new Label(Messages.get("registers.import.help"));
        help.setWrapText(true);
        help.getStyleClass().add("key-help");
        HBox headerLine = new HBox(8, new Label(Messages.get("registers.import.headerRow")), header);
        VBox box = new VBox(8, help, headerLine, roles, grid, summary,
                new HBox(8, labelled("registers.import.devices", devices), labelled("registers.import.notes", notes)));
        box.setPadding(new Insets(8));
        return box;
    }

    private String deviceLine(Device d) {
        return String.join("　", d.name(), d.kind().label(), d.location(), d.osLine());
    }

    private static Node labelled(String key, Node n) {
        VBox v = new VBox(4, new Label(Messages.get(key)), n);
        v.setPrefWidth(520);
        return v;
    }

    private TableView<List<String>> grid(RegisterList list) {
        TableView<List<String>> t = new TableView<>();
        t.setId("register-import-grid");
        t.setPrefHeight(260);
        TableColumn<List<String>, String> number = new TableColumn<>("");
        number.setPrefWidth(40);
        number.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(String s, boolean empty) {
                super.updateItem(s, empty);
                setText(empty ? "" : Integer.toString(getIndex() + 1));
            }
        });
        t.getColumns().add(number);
        for (int c = 0; c < list.width(); c++) {
            int col = c;
            TableColumn<List<String>, String> tc = new TableColumn<>(RegisterImportViewModel.columnLetter(c));
            tc.setPrefWidth(110);
            tc.setCellValueFactory(v -> new ReadOnlyStringWrapper(col < v.getValue().size() ? v.getValue().get(col) : ""));
            t.getColumns().add(tc);
        }
        List<List<String>> first = new ArrayList<>(list.rows().subList(0,
                Math.min(RegisterImportViewModel.GRID_ROWS, list.rows().size())));
        t.getItems().setAll(first);
        t.setRowFactory(v -> new TableRow<>() {
            @Override
            protected void updateItem(List<String> row, boolean empty) {
                super.updateItem(row, empty);
                getStyleClass().remove("header-row");
                if (!empty && getIndex() == vm.headerRowProperty().get() - 1) {
                    getStyleClass().add("header-row");
                }
            }
        });
        return t;
    }

    private ListCell<Integer> choiceCell() {
        return new ListCell<>() {
            @Override
            protected void updateItem(Integer c, boolean empty) {
                super.updateItem(c, empty);
                setText(empty || c == null ? "" : vm.choiceText(c));
            }
        };
    }
}
