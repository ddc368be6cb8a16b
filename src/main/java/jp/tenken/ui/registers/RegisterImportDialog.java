package jp.tenken.ui.registers;

import java.util.List;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import jp.tenken.domain.register.Device;
import jp.tenken.domain.register.RegisterList;
import jp.tenken.i18n.Messages;
import jp.tenken.ui.common.mapping.ColumnMappingView;
import jp.tenken.ui.common.Windows;
import jp.tenken.ui.common.DialogButtons;

/**
 * The take-in of a device list: the shared column-mapping step (the file's first rows as a grid, the header row,
 * the first data row, a column per field) above what would be taken in and every liberty the reading took. Nothing
 * is written unless 「取り込む」 is pressed.
 */
public final class RegisterImportDialog extends Dialog<Boolean> {
    private final RegisterImportViewModel vm;

    public RegisterImportDialog(Window owner, RegisterImportViewModel vm) {
        this.vm = vm;
        RegisterList list = vm.listProperty().get();
        setTitle(Messages.get("registers.import.title"));
        setHeaderText(Messages.get("registers.import.heading", list.file(), list.sheet()));
        setResizable(true);
        ButtonType take = new ButtonType(Messages.get("registers.import.confirm"), ButtonBar.ButtonData.OK_DONE);
        getDialogPane().getButtonTypes().addAll(take, DialogButtons.cancel());
        getDialogPane().lookupButton(take).setId("register-import-confirm");
        getDialogPane().lookupButton(take).disableProperty().bind(vm.previewProperty().isNull());
        getDialogPane().setId("register-import");
        getDialogPane().setContent(content());
        getDialogPane().setPrefSize(1180, 700);
        setResultConverter(b -> b == take);
        Windows.dialog(this, owner);
    }

    private Node content() {
        ColumnMappingView mapping = new ColumnMappingView(vm.mapping());
        mapping.setPrefHeight(360);
        Label summary = new Label(vm.summaryText());
        summary.setId("register-import-summary");
        summary.setWrapText(true);
        summary.setMinHeight(Region.USE_PREF_SIZE); // at 特大 the grid gives up rows, not the summary its lines
        ListView<String> devices = new ListView<>();
        devices.setId("register-import-devices");
        devices.setPrefHeight(120);
        ListView<String> notes = new ListView<>();
        notes.setId("register-import-notes");
        notes.setPrefHeight(120);
        Runnable show = () -> {
            summary.setText(vm.summaryText());
            devices.getItems().setAll(vm.previewProperty().get() == null ? List.of()
                    : vm.previewProperty().get().devices().stream().map(RegisterImportDialog::deviceLine).toList());
            notes.getItems().setAll(vm.previewProperty().get() == null ? List.of() : vm.previewProperty().get().notes());
        };
        vm.previewProperty().addListener((o, a, p) -> show.run());
        show.run();
        Label help = new Label(Messages.get("registers.import.help"));
        help.setWrapText(true);
        help.setMinHeight(Region.USE_PREF_SIZE);
        help.getStyleClass().add("key-help");
        Node left = labelled("registers.import.devices", devices);
        Node right = labelled("registers.import.notes", notes);
        HBox.setHgrow(left, Priority.ALWAYS);
        HBox.setHgrow(right, Priority.ALWAYS);
        VBox box = new VBox(8, help, mapping, summary, new HBox(8, left, right));
        VBox.setVgrow(mapping, Priority.ALWAYS);
        box.setPadding(new Insets(8));
        return box;
    }

    private static String deviceLine(Device d) {
        return String.join("　", d.name(), d.kind().label(), d.location(), d.osLine());
    }

    private static Node labelled(String key, Node n) {
        VBox v = new VBox(4, new Label(Messages.get(key)), n);
        v.setPrefWidth(560);
        return v;
    }
}
