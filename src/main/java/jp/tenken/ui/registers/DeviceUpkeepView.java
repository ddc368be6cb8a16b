package jp.tenken.ui.registers;

import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.value.ObservableBooleanValue;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TextField;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import jp.tenken.domain.register.UpkeepChoice.TwoFactor;
import jp.tenken.i18n.Messages;
import jp.tenken.ui.common.WarekiDateField;

/**
 * Under the 機器台帳: what guideline 第7.0版 asks of the selected device (server by chart processing, who applies its
 * security updates and where that is written, 二要素認証). Every choice saves at once; the clause saves on Enter or
 * on leaving the field. Holds no logic.
 */
final class DeviceUpkeepView extends VBox {

    /** {@code locked}: the year is finalised, nothing can be changed. */
    DeviceUpkeepView(DeviceUpkeepViewModel vm, ObservableBooleanValue locked) {
        super(6);
        setId("device-upkeep");
        getStyleClass().add("device-upkeep");
        setPadding(new Insets(8, 12, 8, 12));
        Label heading = new Label(Messages.get("maintenance.device.heading"));
        heading.getStyleClass().add("section-heading");
        Label server = new Label();
        server.setId("upkeep-server-text");
        server.getStyleClass().add("key-help");
        server.textProperty().bind(vm.serverTextProperty());
        HBox title = new HBox(12, heading, server);
        title.setAlignment(Pos.BASELINE_LEFT);

        CheckBox chart = new CheckBox(Messages.get("maintenance.device.chartProcessing"));
        chart.setId("upkeep-chart-processing");
        chart.selectedProperty().bindBidirectional(vm.chartProcessingProperty());
        chart.disableProperty().bind(vm.terminalProperty().not());
        chart.visibleProperty().bind(vm.terminalProperty());
        chart.managedProperty().bind(chart.visibleProperty());

        ComboBox<Object> updates = combo("upkeep-updates-by", vm, List.copyOf(vm.updatesByChoices()));
        bind(updates, vm.updatesByProperty());
        ComboBox<Object> written = combo("upkeep-written-in", vm, List.copyOf(vm.writtenInChoices()));
        bind(written, vm.writtenInProperty());
        TextField clause = new TextField();
        clause.setId("upkeep-clause");
        clause.setPromptText(Messages.get("maintenance.device.clause.prompt"));
        clause.textProperty().bindBidirectional(vm.clauseProperty());
        clause.setOnAction(e -> vm.save());
        clause.focusedProperty().addListener((o, was, is) -> {
            if (!is) {
                vm.save();
            }
        });
        HBox.setHgrow(clause, Priority.ALWAYS);
        HBox contract = new HBox(8, label("maintenance.device.updatesBy", updates), updates,
                label("maintenance.device.writtenIn", written), written,
                label("maintenance.device.clause", clause), clause);
        contract.setAlignment(Pos.CENTER_LEFT);
        contract.visibleProperty().bind(vm.serverProperty());
        contract.managedProperty().bind(contract.visibleProperty());

        ComboBox<Object> twoFactor = combo("upkeep-two-factor", vm, List.copyOf(vm.twoFactorChoices()));
        bind(twoFactor, vm.twoFactorProperty());
        WarekiDateField by = new WarekiDateField();
        by.setId("upkeep-two-factor-by");
        by.valueProperty().bindBidirectional(vm.twoFactorByProperty());
        by.setMinWidth(170);
        by.disableProperty().bind(vm.twoFactorProperty().isNotEqualTo(
                TwoFactor.PLANNED));
        Label byLabel = label("maintenance.device.twoFactorBy", by);
        FlowPane auth = new FlowPane(8, 4, label("maintenance.device.twoFactor", twoFactor), twoFactor, byLabel, by);
        auth.setAlignment(Pos.CENTER_LEFT);
        auth.visibleProperty().bind(vm.asksTwoFactorProperty());
        auth.managedProperty().bind(auth.visibleProperty());

        // only the fields wait for a device: the heading and its line (「機器を選ぶと…」) say what to do, and read
        // at full contrast while they do
        VBox fields = new VBox(6, chart, contract, auth);
        fields.disableProperty().bind(vm.availableProperty().not().or(locked));
        getChildren().addAll(title, fields);
    }

    @SuppressWarnings("unchecked")
    private static <T> void bind(ComboBox<Object> box, ObjectProperty<T> p) {
        box.setValue(p.get());
        p.addListener((o, a, b) -> box.setValue(b));
        box.valueProperty().addListener((o, a, b) -> {
            if (b != null && b != p.get()) {
                p.set((T) b);
            }
        });
    }

    private static ComboBox<Object> combo(String id, DeviceUpkeepViewModel vm, List<Object> items) {
        ComboBox<Object> box = new ComboBox<>();
        box.setId(id);
        box.getItems().setAll(items);
        box.setCellFactory(l -> cell(vm));
        box.setButtonCell(cell(vm));
        return box;
    }

    private static ListCell<Object> cell(DeviceUpkeepViewModel vm) {
        return new ListCell<>() {
            @Override
            protected void updateItem(Object item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? "" : vm.text(item));
            }
        };
    }

    private static Label label(String key, Node target) {
        Label l = new Label(Messages.get(key));
        l.setLabelFor(target);
        return l;
    }
}
