package jp.tenken.ui.checklist;

import java.util.List;
import java.util.Optional;
import javafx.scene.control.ChoiceDialog;
import javafx.stage.Window;
import jp.tenken.domain.FiscalYear;
import jp.tenken.i18n.Messages;
import jp.tenken.ui.common.Dialogs;
import jp.tenken.ui.common.Windows;
import jp.tenken.ui.common.DialogButtons;

/** 「過去の年度を追加」: the choice among the past years the workbook does not hold yet. */
final class AddYearDialog {
    private AddYearDialog() {
    }

    /** Asks which year to add; empty when cancelled, or (after saying so) when there is none left to add. */
    static Optional<FiscalYear> choose(Window owner, List<FiscalYear> addable) {
        if (addable.isEmpty()) {
            Dialogs.info(owner, Messages.get("checklist.addYear.none"));
            return Optional.empty();
        }
        List<String> labels = addable.stream().map(FiscalYear::label).toList();
        ChoiceDialog<String> d = new ChoiceDialog<>(labels.get(0), labels);
        d.setTitle(Messages.get("checklist.addYear.title"));
        d.setHeaderText(Messages.get("checklist.addYear.prompt"));
        d.getDialogPane().setId("add-year-dialog");
        d.getDialogPane().setMaxWidth(560);
        DialogButtons.name(d, Messages.get("checklist.addYear.add"));
        Windows.dialog(d, owner);
        return d.showAndWait().map(labels::indexOf).filter(i -> i >= 0).map(addable::get);
    }
}
