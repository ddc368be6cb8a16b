package jp.tenken.ui.common;

import java.util.List;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import jp.tenken.i18n.Messages;

/** Message boxes in the app's words, built through {@link Windows#dialog}. */
public final class Dialogs {
    private Dialogs() {
    }

    public static void info(Window owner, String message) {
        show(Alert.AlertType.INFORMATION, null, owner, message);
    }

    public static void error(Window owner, String message) {
        show(Alert.AlertType.ERROR, Messages.get("error.title"), owner, message);
    }

    /** Asks before a change of several rows: the message, the list it applies to, OK or cancel. */
    public static boolean confirm(Window owner, String title, String message, String list) {
        Alert a = new Alert(Alert.AlertType.CONFIRMATION, "", ButtonType.OK, ButtonType.CANCEL);
        a.setTitle(title);
        a.setHeaderText(null);
        Label l = new Label(message);
        l.setWrapText(true);
        l.setMaxWidth(520);
        TextArea rows = new TextArea(list);
        rows.setEditable(false);
        rows.setWrapText(true);
        rows.setPrefRowCount(10);
        a.getDialogPane().setContent(new VBox(8, l, rows));
        Windows.dialog(a, owner);
        return a.showAndWait().filter(b -> b == ButtonType.OK).isPresent();
    }

    /**
     * Asks before a change that moves or replaces many answers: the message, what it applies to, and a button named
     * for the action ({@code action}, e.g. 「移す」) that is not the default: Enter alone cancels.
     */
    public static boolean confirmAction(Window owner, String title, String message, String list, String action) {
        ButtonType act = new ButtonType(action, javafx.scene.control.ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(Messages.get("dialog.cancel"),
                javafx.scene.control.ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert a = new Alert(Alert.AlertType.CONFIRMATION, "", act, cancel);
        a.setTitle(title);
        a.setHeaderText(null);
        Label l = new Label(message);
        l.setWrapText(true);
        l.setMaxWidth(560);
        VBox content = new VBox(8, l);
        if (!list.isEmpty()) {
            TextArea rows = new TextArea(list);
            rows.setEditable(false);
            rows.setWrapText(true);
            rows.setPrefRowCount(10);
            content.getChildren().add(rows);
        }
        a.getDialogPane().setContent(content);
        List<javafx.scene.control.Button> buttons = List.of(act, cancel).stream()
                .map(t -> (javafx.scene.control.Button) a.getDialogPane().lookupButton(t)).toList();
        buttons.get(0).setDefaultButton(false);
        buttons.get(1).setDefaultButton(true);
        // never 「キャン…」: each button as wide as its words need at the window's font, once the stylesheet applies
        a.setOnShown(e -> {
            // (+8: the 2-pixel focus border on each side, which a focused button adds to its insets)
            buttons.forEach(b -> {
                double w = b.prefWidth(-1) + 8;
                b.setMinWidth(w);
                b.setPrefWidth(w);
            });
            a.getDialogPane().requestLayout();
        });
        Windows.dialog(a, owner);
        return a.showAndWait().filter(b -> b == act).isPresent();
    }

    private static void show(Alert.AlertType type, String title, Window owner, String message) {
        Alert a = new Alert(type, "", ButtonType.OK);
        if (title != null) {
            a.setTitle(title);
        }
        a.setHeaderText(null);
        Label l = new Label(message);
        l.setWrapText(true);
        l.setMaxWidth(520);
        a.getDialogPane().setContent(l);
        Windows.dialog(a, owner);
        a.showAndWait();
    }
}
