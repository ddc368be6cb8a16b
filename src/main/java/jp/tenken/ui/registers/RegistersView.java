package jp.tenken.ui.registers;

import java.nio.file.Path;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import jp.tenken.i18n.Messages;
import jp.tenken.ui.common.Dialogs;
import jp.tenken.ui.common.ExcelFileChooser;

/**
 * The 「機器台帳・連絡体制図」 window's content: the year and what the readiness line says about its registers on top
 * (with the start from last year, the review and the take-in of a list), the 機器台帳 and 連絡体制図 tabs, the status
 * line at the bottom. A list read for take-in opens the mapping dialog; nothing is written until it is confirmed.
 */
public final class RegistersView extends BorderPane {
    private final RegistersViewModel vm;
    private final Path folder;
    private TabPane tabs;

    public RegistersView(RegistersViewModel vm, Path folder) {
        this.vm = vm;
        this.folder = folder;
        setId("registers-view");
        getStyleClass().add("registers-view");
        setTop(header());
        TabPane tabs = new TabPane();
        tabs.setId("registers-tabs");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        // what 第7.0版 asks of the selected device sits under the 台帳, so the device's own tab stays as it is
        BorderPane deviceTab = new BorderPane(
                new DeviceRegisterView(vm.devices(), folder, Messages.get("registers.devices.fileName")));
        deviceTab.setBottom(new DeviceUpkeepView(vm.upkeep(), vm.devices().lockedProperty()));
        Tab devices = new Tab(Messages.get("registers.tab.devices"), deviceTab);
        devices.setId("registers-tab-devices");
        Tab chart = new Tab(Messages.get("registers.tab.chart"),
                new ContactChartView(vm.contacts(), folder, Messages.get("registers.chart.fileName")));
        chart.setId("registers-tab-chart");
        Tab maintenance = new Tab(Messages.get("maintenance.tab"), new MaintenanceView(vm.maintenance()));
        maintenance.setId("registers-tab-maintenance");
        tabs.getTabs().addAll(devices, chart, maintenance);
        this.tabs = tabs;
        setCenter(tabs);
        Label status = new Label();
        status.setId("registers-status");
        status.getStyleClass().add("status");
        status.setWrapText(true);
        status.textProperty().bind(vm.status().textProperty());
        HBox bottom = new HBox(status);
        bottom.setPadding(new Insets(4, 12, 4, 12));
        setBottom(bottom);
        RegisterImportViewModel imports = vm.imports();
        imports.listProperty().addListener((o, a, l) -> {
            if (l != null) {
                boolean ok = new RegisterImportDialog(getScene() == null ? null : getScene().getWindow(), imports)
                        .showAndWait().orElse(false);
                if (ok) {
                    imports.confirm();
                } else {
                    imports.cancel();
                }
            }
        });
        imports.errorProperty().addListener((o, a, e) -> {
            if (e != null && !e.isEmpty()) {
                Dialogs.error(getScene() == null ? null : getScene().getWindow(), e);
                imports.clearError();
            }
        });
    }

    /** Brings the 「保守委託機関編」 tab to the front (opened from the readiness line's entry on it). */
    public void showMaintenance() {
        tabs.getSelectionModel().select(2);
    }

    private Node header() {
        Label title = new Label(Messages.get("registers.title"));
        title.getStyleClass().add("form-title");
        Label year = new Label();
        year.setId("registers-year");
        year.getStyleClass().add("form-label");
        year.textProperty().bind(Bindings.createStringBinding(
                () -> vm.yearProperty().get() == null ? "" : vm.yearProperty().get().label(), vm.yearProperty()));
        Label notes = new Label();
        notes.setId("registers-notes");
        notes.getStyleClass().add("registers-notes");
        notes.setWrapText(true); // every note read whole, however many there are
        notes.textProperty().bind(Bindings.createStringBinding(() -> vm.notes().isEmpty()
                ? Messages.get("registers.notes.none") : String.join("　", vm.notes()), vm.notes()));
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        Button carry = new Button(Messages.get("registers.carryOver"));
        carry.setId("registers-carry-over");
        carry.visibleProperty().bind(vm.canCarryOverProperty());
        carry.managedProperty().bind(carry.visibleProperty());
        carry.setOnAction(e -> vm.carryOver());
        MenuButton review = new MenuButton(Messages.get("registers.review"));
        review.setId("registers-review");
        MenuItem reviewDevices = new MenuItem(Messages.get("registers.review.devices"));
        reviewDevices.setId("registers-review-devices");
        reviewDevices.setOnAction(e -> vm.markReviewed(true));
        MenuItem reviewChart = new MenuItem(Messages.get("registers.review.chart"));
        reviewChart.setId("registers-review-chart");
        reviewChart.setOnAction(e -> vm.markReviewed(false));
        review.getItems().addAll(reviewDevices, reviewChart);
        Button take = new Button(Messages.get("registers.import.button"));
        take.setId("registers-import");
        take.setOnAction(e -> chooseList().ifPresent(vm.imports()::read));
        // a finalised year's registers are shown as the 立入検査 saw them: nothing here changes them
        BooleanBinding locked = vm.devices().lockedProperty().and(vm.yearProperty().isNotNull());
        carry.disableProperty().bind(locked);
        review.disableProperty().bind(locked);
        take.disableProperty().bind(locked);
        Label finalNote = new Label();
        finalNote.setId("registers-final");
        finalNote.getStyleClass().add("registers-final");
        finalNote.setWrapText(true);
        finalNote.textProperty().bind(Bindings.createStringBinding(() -> vm.yearProperty().get() == null ? ""
                : Messages.get("registers.year.final", vm.yearProperty().get().label()), vm.yearProperty()));
        finalNote.visibleProperty().bind(locked);
        finalNote.managedProperty().bind(locked);
        HBox line = new HBox(12, title, year, grow, carry, review, take);
        line.setAlignment(Pos.CENTER_LEFT);
        Label help = new Label(Messages.get("registers.help"));
        help.setWrapText(true);
        help.getStyleClass().add("key-help");
        VBox top = new VBox(4, line, finalNote, notes, help);
        top.setPadding(new Insets(8, 12, 8, 12));
        top.getStyleClass().add("form-header");
        return top;
    }

    private Optional<Path> chooseList() {
        return ExcelFileChooser.open(this, Messages.get("registers.import.chooser"), folder,
                Messages.get("registers.import.filter"), "*.xlsx", "*.csv");
    }
}
