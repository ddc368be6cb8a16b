package jp.tenken.ui.checklist;

import java.util.List;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import jp.tenken.domain.year.EditionMove;
import jp.tenken.i18n.Messages;
import jp.tenken.ui.common.Dialogs;

/**
 * The banner over the form on which edition the year is answered: its buttons (take in the ministry's Excel, answer
 * on last year's items, move to the newer edition, undo the move) above the sentence of {@link YearEditionViewModel}.
 * None of its buttons is a default button: Enter never moves or takes in anything.
 */
final class EditionBannerView extends VBox {

    EditionBannerView(YearEditionViewModel vm) {
        super(6);
        setId("edition-banner");
        getStyleClass().add("edition-note");
        Label text = new Label();
        text.setId("edition-banner-text");
        text.setWrapText(true);
        text.textProperty().bind(vm.textProperty());

        Button takeIn = button("edition-take-in", Messages.get("edition.takeIn"));
        takeIn.visibleProperty().bind(vm.canTakeInProperty());
        takeIn.setOnAction(e -> vm.takeIn());
        Button older = button("edition-choose-older", "");
        older.textProperty().bind(vm.olderLabelProperty());
        older.visibleProperty().bind(vm.canChooseOlderProperty());
        older.setOnAction(e -> vm.chooseOlderForm());
        Button move = button("edition-move", "");
        move.textProperty().bind(vm.moveLabelProperty());
        move.visibleProperty().bind(vm.canMoveProperty());
        move.setOnAction(e -> vm.previewMove(plans -> confirmMove(vm, plans)));
        Button undo = button("edition-undo", Messages.get("edition.undo"));
        undo.visibleProperty().bind(vm.canUndoProperty());
        undo.setOnAction(e -> {
            if (Dialogs.confirmAction(getScene() == null ? null : getScene().getWindow(), Messages.get("edition.undo"),
                    Messages.get("edition.undo.confirm", vm.year().label()), "", Messages.get("edition.undo"))) {
                vm.undo();
            }
        });
        for (Button b : List.of(takeIn, older, move, undo)) {
            b.managedProperty().bind(b.visibleProperty());
        }
        FlowPane buttons = new FlowPane(8, 6, takeIn, older, move, undo);
        // the buttons first: at 特大 the header shows only its top, and the sentence below them says what they do
        getChildren().addAll(buttons, text);
        setPadding(new Insets(6, 8, 6, 8));
        visibleProperty().bind(vm.textProperty().isNotEmpty());
        managedProperty().bind(visibleProperty());
    }

    private void confirmMove(YearEditionViewModel vm, List<EditionMove> plans) {
        if (plans.isEmpty()) {
            Dialogs.info(getScene().getWindow(), Messages.get("edition.move.nothing", vm.year().label()));
            return;
        }
        if (Dialogs.confirmAction(getScene().getWindow(), Messages.get("edition.move.title", plans.get(0).to().name()),
                YearEditionViewModel.previewHeader(vm.year(), plans), YearEditionViewModel.previewLines(plans),
                Messages.get("edition.move.confirm"))) {
            vm.move();
        }
    }

    private static Button button(String id, String text) {
        Button b = new Button(text);
        b.setId(id);
        b.setDefaultButton(false);
        b.setMnemonicParsing(false);
        return b;
    }
}
