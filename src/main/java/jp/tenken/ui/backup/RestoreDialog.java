package jp.tenken.ui.backup;

import java.nio.file.Path;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import javafx.geometry.Pos;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Spinner;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.stage.Window;
import jp.tenken.domain.Wareki;
import jp.tenken.i18n.Messages;
import jp.tenken.service.BackupService;
import jp.tenken.ui.common.DialogButtons;
import jp.tenken.ui.common.Placeholder;
import jp.tenken.ui.common.SystemOpen;
import jp.tenken.ui.common.UiExecutor;
import jp.tenken.ui.common.Windows;
import jp.tenken.ui.common.WrappingCell;

/**
 * Lists the workbook's copies, newest first, with date, time, why each was made and the fiscal years it holds with
 * their answers; the chosen one is restored
 * after a confirmation that says the current file is kept aside first. Also sets how many copies to keep.
 */
public final class RestoreDialog extends Dialog<BackupService.Entry> {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("H:mm:ss");
    private final Spinner<Integer> keep;

    /**
     * The copies of {@code workbook} in {@code entries}; the dialog also says where the workbook's folder is and opens
     * it, for a clinic that keeps a copy of its own or moves to a new PC.
     */
    public RestoreDialog(Window owner, List<BackupService.Entry> entries, int kept, Path workbook,
            UiExecutor executor) {
        setTitle(Messages.get("backup.title"));
        setHeaderText(Messages.get("backup.header"));
        ListView<BackupService.Entry> list = new ListView<>();
        list.setId("backups");
        list.getItems().setAll(entries);
        list.setPrefSize(520, 300);
        list.setCellFactory(l -> new ListCell<>() {
            // wraps at the list's width (less the cell's padding and a scroll bar): the years a copy holds are read
            // whole, not scrolled sideways to
            private final Text text = WrappingCell.text(this, l.widthProperty().subtract(40));

            @Override
            protected void updateItem(BackupService.Entry e, boolean empty) {
                super.updateItem(e, empty);
                if (empty || e == null) {
                    setText(null);
                    setGraphic(null);
                    return;
                }
                var t = e.made().atZone(ZoneId.systemDefault());
                String line = Wareki.format(t.toLocalDate()) + " " + TIME.format(t) + "　" + e.reason() + "　"
                        + Math.max(1, e.bytes() / 1024) + " KB\n" + holds(e);
                setText(line); // read by tests and screen readers; shown through the wrapping text
                text.setText(line);
                setGraphic(text);
            }
        });
        list.setPlaceholder(Placeholder.of(Messages.get("backup.none")));
        keep = new Spinner<>(1, 100, kept);
        keep.setId("backup-keep");
        keep.setEditable(true);
        Label keepLabel = new Label(Messages.get("backup.keep"));
        keepLabel.setLabelFor(keep);
        Path folder = workbook.toAbsolutePath().getParent();
        Label where = new Label(Messages.get("backup.where", folder));
        where.setId("backup-where");
        where.setWrapText(true);
        where.setMinHeight(Region.USE_PREF_SIZE);
        where.setPrefWidth(360); // wrapped beside the button, not one line as wide as the screen
        where.setMaxWidth(Double.MAX_VALUE); // and as wide as the dialog leaves it
        Button open = new Button(Messages.get("backup.openFolder"));
        open.setId("backup-open-folder");
        open.setMinWidth(Region.USE_PREF_SIZE);
        open.setOnAction(e -> SystemOpen.open(getDialogPane().getScene().getWindow(), folder, executor));
        HBox whereLine = new HBox(8, where, open);
        whereLine.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(where, Priority.ALWAYS);
        VBox box = new VBox(8, list, new HBox(8, keepLabel, keep), whereLine);
        getDialogPane().setContent(box);
        ButtonType restore = new ButtonType(Messages.get("backup.restore"), ButtonBar.ButtonData.OK_DONE);
        getDialogPane().getButtonTypes().setAll(restore, DialogButtons.cancel());
        getDialogPane().lookupButton(restore).disableProperty()
                .bind(list.getSelectionModel().selectedItemProperty().isNull());
        setResultConverter(b -> b == restore ? list.getSelectionModel().getSelectedItem() : null);
        Windows.dialog(this, owner);
    }

    /** What a copy holds, e.g. 「令和6年度 120件・令和7年度 80件」, or that it cannot be opened. */
    static String holds(BackupService.Entry e) {
        if (!e.readable()) {
            return Messages.get("backup.holds.unreadable");
        }
        if (e.years().isEmpty()) {
            return Messages.get("backup.holds.nothing");
        }
        return String.join(Messages.get("backup.holds.separator"), e.years().stream()
                .map(y -> Messages.get("backup.holds.year", y.year().label(), y.answers())).toList());
    }

    public int kept() {
        return keep.getValue();
    }

    /** Asks once more, naming the copy, before anything is replaced. */
    public static boolean confirm(Window owner, BackupService.Entry e) {
        var t = e.made().atZone(ZoneId.systemDefault());
        Alert a = new Alert(Alert.AlertType.CONFIRMATION,
                Messages.get("backup.confirm", Wareki.format(t.toLocalDate()) + " " + TIME.format(t)),
                DialogButtons.action(Messages.get("backup.restore")), DialogButtons.cancel());
        a.setTitle(Messages.get("backup.title"));
        a.setHeaderText(null);
        Windows.dialog(a, owner);
        Optional<ButtonType> r = a.showAndWait();
        return r.isPresent() && r.get().getButtonData() == ButtonBar.ButtonData.OK_DONE;
    }
}
