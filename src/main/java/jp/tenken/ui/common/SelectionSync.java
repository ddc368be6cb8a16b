package jp.tenken.ui.common;

import java.util.function.Consumer;
import javafx.beans.value.ObservableValue;
import javafx.scene.control.SelectionModel;

/**
 * Keeps a list's or table's selection and its view model's selected item in step, both ways, without the two
 * calling each other in a loop: a row chosen on screen is handed to the view model, an item the view model selects
 * (or clears) is shown selected.
 */
public final class SelectionSync {
    private SelectionSync() {
    }

    public static <T> void bind(SelectionModel<T> shown, ObservableValue<T> selected, Consumer<T> select) {
        shown.selectedItemProperty().addListener((o, a, b) -> {
            if (b != null && b != selected.getValue()) {
                select.accept(b);
            }
        });
        selected.addListener((o, a, b) -> {
            if (b != shown.getSelectedItem()) {
                if (b == null) {
                    shown.clearSelection();
                } else {
                    shown.select(b);
                }
            }
        });
    }
}
