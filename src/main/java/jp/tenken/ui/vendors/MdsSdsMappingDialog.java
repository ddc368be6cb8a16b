package jp.tenken.ui.vendors;

import javafx.geometry.Insets;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import jp.tenken.i18n.Messages;
import jp.tenken.ui.common.DialogButtons;
import jp.tenken.ui.common.Windows;
import jp.tenken.ui.common.mapping.ColumnMappingView;

/**
 * The columns of an MDS/SDS Excel, as recognised by structure, in the same mapping window as the ministry's Excel and
 * the device lists: the clinic confirms or changes them, and sees how many items (and いいえ) would be taken in.
 * Nothing is written until 「取り込む」.
 */
public final class MdsSdsMappingDialog extends Dialog<Boolean> {

    public MdsSdsMappingDialog(Window owner, MdsSdsViewModel vm) {
        setTitle(Messages.get("mdsSds.mapping.title", vm.sheetProperty().get().file()));
        setHeaderText(vm.mappingHelp());
        setResizable(true);
        ButtonType take = new ButtonType(Messages.get("mdsSds.mapping.confirm"), ButtonBar.ButtonData.OK_DONE);
        getDialogPane().getButtonTypes().addAll(take, DialogButtons.cancel());
        getDialogPane().lookupButton(take).setId("mds-sds-mapping-confirm");
        getDialogPane().lookupButton(take).disableProperty().bind(vm.mappingReadyProperty().not());
        getDialogPane().setId("mds-sds-mapping");
        ColumnMappingView mapping = new ColumnMappingView(vm.mapping());
        mapping.setPrefHeight(420);
        Label summary = new Label();
        summary.setId("mds-sds-mapping-summary");
        summary.setWrapText(true);
        summary.setMinHeight(Region.USE_PREF_SIZE); // at 特大 the grid gives up rows, not the summary its lines
        summary.getStyleClass().add("form-label");
        summary.textProperty().bind(vm.mappingTextProperty());
        VBox box = new VBox(8, mapping, summary);
        VBox.setVgrow(mapping, Priority.ALWAYS);
        box.setPadding(new Insets(8));
        getDialogPane().setContent(box);
        getDialogPane().setPrefSize(1100, 640);
        setResultConverter(b -> b == take);
        Windows.dialog(this, owner);
    }
}
