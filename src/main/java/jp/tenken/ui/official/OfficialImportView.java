package jp.tenken.ui.official;

import java.io.File;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ChangeListener;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import jp.tenken.i18n.Messages;
import jp.tenken.ui.common.Dialogs;

/**
 * What was recognised in the ministry's Excel, shown in the confirmation dialog of the take-in; {@link #start}
 * asks for the files and drives the dialogs, the view model does the work.
 */
public final class OfficialImportView extends VBox {

    public OfficialImportView(OfficialImportViewModel vm) {
        super(8);
        TextArea summary = new TextArea();
        summary.setId("official-preview");
        summary.setEditable(false);
        summary.setWrapText(true);
        summary.setPrefSize(720, 420);
        summary.textProperty().bind(Bindings.createStringBinding(() -> String.join("\n", vm.summary()),
                vm.summary()));
        VBox.setVgrow(summary, Priority.ALWAYS);
        Label error = new Label();
        error.setId("official-error");
        error.setWrapText(true);
        error.textProperty().bind(vm.errorProperty());
        error.visibleProperty().bind(vm.errorProperty().isNotEmpty());
        error.managedProperty().bind(error.visibleProperty());
        getChildren().addAll(summary, error);
    }

    /**
     * 「厚生労働省の Excel を取り込む」: choose the file(s); once they are read, a confirmation shows what was
     * recognised, and OK adds the edition. A failure is shown as an error and adds nothing.
     */
    public static void start(Window owner, OfficialImportViewModel vm) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(Messages.get("official.chooser.title"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("Excel (*.xlsx)", "*.xlsx"));
        List<File> chosen = chooser.showOpenMultipleDialog(owner);
        if (chosen == null || chosen.isEmpty()) {
            return;
        }
        ChangeListener<OfficialImportViewModel.State> follow = new ChangeListener<>() {
            @Override
            public void changed(javafx.beans.value.ObservableValue<? extends OfficialImportViewModel.State> o,
                                OfficialImportViewModel.State was, OfficialImportViewModel.State now) {
                switch (now) {
                    case READY -> {
                        if (confirm(owner, vm)) {
                            vm.confirm();
                        } else {
                            vm.cancel();
                        }
                    }
                    case FAILED -> {
                        vm.stateProperty().removeListener(this);
                        Dialogs.error(owner, vm.errorProperty().get());
                    }
                    case ADDED, CHOOSING -> vm.stateProperty().removeListener(this);
                    default -> { }
                }
            }
        };
        vm.stateProperty().addListener(follow);
        vm.choose(chosen.stream().map(File::toPath).toList());
    }

    private static boolean confirm(Window owner, OfficialImportViewModel vm) {
        Alert confirm = new Alert(Alert.AlertType.CONFIRMATION);
        confirm.initOwner(owner);
        confirm.setTitle(Messages.get("official.preview.title"));
        confirm.setHeaderText(Messages.get("official.preview.header"));
        confirm.getDialogPane().setContent(new OfficialImportView(vm));
        return confirm.showAndWait().filter(b -> b == ButtonType.OK).isPresent();
    }
}
