package jp.tenken.ui.checklist;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import jp.tenken.i18n.Messages;

/** The quiet status line at the bottom: 保存しました or what went wrong, with 再試行 and 元に戻す. */
final class StatusBarView extends HBox {

    StatusBarView(ChecklistViewModel vm) {
        super(10);
        AnswersViewModel answers = vm.answers();
        Label status = new Label();
        status.setId("status");
        status.getStyleClass().add("status");
        status.textProperty().bind(vm.statusProperty());
        status.setWrapText(true);
        HBox.setHgrow(status, Priority.ALWAYS);
        status.setMaxWidth(Double.MAX_VALUE);
        Button retry = new Button(Messages.get("checklist.saveRetry"));
        retry.setId("retry");
        retry.setMnemonicParsing(true);
        retry.visibleProperty().bind(answers.saveFailedProperty());
        retry.managedProperty().bind(retry.visibleProperty());
        retry.setOnAction(e -> answers.retryPending());
        Button undo = new Button(Messages.get("checklist.undo"));
        undo.setId("undo");
        undo.setMnemonicParsing(true);
        undo.setOnAction(e -> answers.undo());
        // a long status message shrinks itself, never the buttons' words (「元に戻す」 was cut to 「元...」)
        undo.setMinWidth(Button.USE_PREF_SIZE);
        retry.setMinWidth(Button.USE_PREF_SIZE);
        answers.saveFailedProperty().addListener((o, a, b) -> ChecklistView.toggleStyle(status, "failed", b));
        Label shared = new Label(Messages.get("checklist.sharedFolder"));
        shared.setId("shared-folder");
        shared.getStyleClass().add("status");
        shared.setMinWidth(Label.USE_PREF_SIZE);
        shared.visibleProperty().bind(vm.sharedFolderProperty());
        shared.managedProperty().bind(shared.visibleProperty());
        getChildren().addAll(status, shared, retry, undo);
        setAlignment(Pos.CENTER_LEFT);
        setPadding(new Insets(4, 12, 4, 12));
        getStyleClass().add("status-bar");
    }
}
