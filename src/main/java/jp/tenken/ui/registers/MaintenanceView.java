package jp.tenken.ui.registers;

import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.VBox;
import jp.tenken.i18n.Messages;
import jp.tenken.ui.common.Viewports;

/**
 * The 「保守委託機関編」 tab: the answer for the year in large type, each server's reason, the 二要素認証 still open,
 * and what みなし遵守 means in plain words with its source. Holds no logic.
 */
final class MaintenanceView extends ScrollPane {

    MaintenanceView(MaintenanceViewModel vm) {
        setId("maintenance-view");
        Viewports.uncached(this);
        setFitToWidth(true);
        Label heading = new Label();
        heading.getStyleClass().add("section-heading");
        heading.textProperty().bind(vm.headingProperty());
        Label outcome = new Label();
        outcome.setId("maintenance-outcome");
        outcome.getStyleClass().add("maintenance-outcome");
        outcome.textProperty().bind(vm.outcomeProperty());
        Label notAsked = new Label();
        notAsked.setId("maintenance-not-asked");
        notAsked.setWrapText(true);
        notAsked.getStyleClass().add("registers-notes");
        notAsked.textProperty().bind(vm.notAskedProperty());
        notAsked.visibleProperty().bind(vm.notAskedProperty().isNotEmpty());
        notAsked.managedProperty().bind(notAsked.visibleProperty());
        Label reasonsTitle = new Label(Messages.get("maintenance.reasons"));
        reasonsTitle.getStyleClass().add("form-label");
        VBox reasons = list("maintenance-reasons", vm.reasons());
        Label twoFactorTitle = new Label(Messages.get("maintenance.twoFactorHeading"));
        twoFactorTitle.getStyleClass().add("form-label");
        VBox twoFactor = list("maintenance-two-factor", vm.twoFactor());
        Label explain = new Label(vm.explanation());
        explain.setId("maintenance-explain");
        explain.setWrapText(true);
        Label source = new Label(Messages.get("maintenance.sourceLabel", vm.source()));
        source.setWrapText(true);
        source.getStyleClass().add("key-help");
        VBox box = new VBox(8, heading, outcome, notAsked, reasonsTitle, reasons, twoFactorTitle, twoFactor, explain,
                source);
        box.setPadding(new Insets(12));
        setContent(box);
    }

    /** A list of sentences that wrap and stay whole at any width (a list cell would cut a long reason). */
    private static VBox list(String id, ObservableList<String> items) {
        VBox box = new VBox(4);
        box.setId(id);
        box.getStyleClass().add("maintenance-list");
        Runnable fill = () -> box.getChildren().setAll(items.stream().map(text -> {
            Label l = new Label("・" + text);
            l.setWrapText(true);
            return l;
        }).toList());
        items.addListener((ListChangeListener<String>) c -> fill.run());
        fill.run();
        return box;
    }
}
