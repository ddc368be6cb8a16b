package jp.tenken.ui.vendors;

import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import jp.tenken.i18n.Messages;
import jp.tenken.service.ImportChange;
import jp.tenken.service.ImportPreview;
import jp.tenken.ui.common.Placeholder;
import jp.tenken.ui.common.Windows;

/**
 * Shows what taking a file in would change — each row and round, old → new, with its Excel row — and asks before
 * anything is written. 「取り込む」 returns true.
 */
public final class ImportPreviewDialog extends Dialog<Boolean> {

    public ImportPreviewDialog(Window owner, VendorsViewModel vm, ImportPreview p) {
        setTitle(Messages.get("vendors.preview.title"));
        setHeaderText(vm.previewTitle(p));
        setResizable(true);
        Label counts = new Label(vm.previewCounts(p));
        counts.setId("preview-counts");
        counts.setWrapText(true);
        counts.setMinHeight(Region.USE_PREF_SIZE); // at 特大 the table gives up rows, not a text its lines
        VBox box = new VBox(8, counts);
        for (String w : p.warnings()) {
            Label l = new Label(w);
            l.setWrapText(true);
            l.setMinHeight(Region.USE_PREF_SIZE);
            l.getStyleClass().add("warning");
            box.getChildren().add(l);
        }
        TableView<ImportChange> table = new TableView<>();
        table.setId("preview-changes");
        table.getItems().setAll(p.changes());
        table.setPlaceholder(Placeholder.of(Messages.get("vendors.preview.nothing")));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().add(column(Messages.get("vendors.preview.col.row"), 56,
                c -> Integer.toString(c.excelRow())));
        table.getColumns().add(column(Messages.get("vendors.preview.col.item"), 110, vm::whereText));
        table.getColumns().add(column(Messages.get("vendors.preview.col.round"), 56, vm::roundText));
        table.getColumns().add(column(Messages.get("vendors.preview.col.before"), 200, c -> vm.answerText(c.before())));
        table.getColumns().add(column(Messages.get("vendors.preview.col.after"), 320, c -> vm.answerText(c.after())));
        table.setPrefSize(860, 420);
        box.getChildren().add(table);
        VBox.setVgrow(table, Priority.ALWAYS);
        Label note = new Label(Messages.get(p.vendorForm() ? "vendors.preview.noteVendor" : "vendors.preview.noteOwn"));
        note.setWrapText(true);
        note.setMinHeight(Region.USE_PREF_SIZE);
        box.getChildren().add(note);
        getDialogPane().setContent(box);
        ButtonType apply = new ButtonType(Messages.get("vendors.preview.apply"), ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(Messages.get("vendors.preview.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        getDialogPane().getButtonTypes().setAll(apply, cancel);
        getDialogPane().lookupButton(apply).setId("preview-apply");
        setResultConverter(b -> b == apply);
        Windows.dialog(this, owner);
    }

    private static TableColumn<ImportChange, String> column(String title, double width,
                                                            Function<ImportChange, String> value) {
        TableColumn<ImportChange, String> c = new TableColumn<>(title);
        c.setPrefWidth(width);
        c.setCellValueFactory(v -> new ReadOnlyStringWrapper(value.apply(v.getValue())));
        c.setCellFactory(col -> new TableCell<>() {
            private final Label text = new Label();

            {
                text.setWrapText(true);
                text.setMinHeight(Region.USE_PREF_SIZE); // wrap to more lines, never "…"
                text.maxWidthProperty().bind(col.widthProperty().subtract(10));
            }

            @Override
            protected void updateItem(String s, boolean empty) {
                super.updateItem(s, empty);
                text.setText(empty || s == null ? "" : s);
                setGraphic(empty ? null : text);
            }
        });
        return c;
    }
}
