package jp.tenken.ui.common;

import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
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
        show(Alert.AlertType.INFORMATION, Messages.get("dialog.info.title"), owner, message);
    }

    public static void error(Window owner, String message) {
        show(Alert.AlertType.ERROR, Messages.get("error.title"), owner, message);
    }

    /** Asks before a change of several rows: the message, the list it applies to, OK or cancel. */
    public static boolean confirm(Window owner, String title, String message, String list) {
        ButtonType ok = DialogButtons.action(Messages.get("dialog.ok"));
        Alert a = question(title, message, list, 520, ok, DialogButtons.cancel());
        Windows.dialog(a, owner);
        return a.showAndWait().filter(b -> b == ok).isPresent();
    }

    /**
     * Asks before a change that moves, replaces or locks answers: the message, what it applies to (none when
     * {@code list} is empty), and a button named for the action ({@code action}, e.g. 「移す」) that is not the
     * default: Enter alone cancels.
     */
    public static boolean confirmAction(Window owner, String title, String message, String list, String action) {
        ButtonType act = DialogButtons.action(action);
        ButtonType cancel = DialogButtons.cancel();
        Alert a = question(title, message, list, 560, act, cancel);
        ((Button) a.getDialogPane().lookupButton(act)).setDefaultButton(false);
        ((Button) a.getDialogPane().lookupButton(cancel)).setDefaultButton(true);
        Windows.dialog(a, owner);
        return a.showAndWait().filter(b -> b == act).isPresent();
    }

    /** A question with its message and, when there is one, the list it applies to in a scrolling box. */
    private static Alert question(String title, String message, String list, double width, ButtonType... buttons) {
        Alert a = new Alert(Alert.AlertType.CONFIRMATION, "", buttons);
        a.setTitle(title);
        a.setHeaderText(null);
        Label l = new Label(message);
        l.setWrapText(true);
        l.setMaxWidth(width);
        l.setPrefWidth(width); // else the dialog is as wide as the message on one line, even wider than the screen
        VBox content = new VBox(8, l);
        if (!list.isEmpty()) {
            TextArea rows = new TextArea(list);
            rows.setEditable(false);
            rows.setWrapText(true);
            rows.setPrefRowCount(10);
            content.getChildren().add(rows);
        }
        a.getDialogPane().setContent(content);
        return a;
    }

    private static void show(Alert.AlertType type, String title, Window owner, String message) {
        Alert a = new Alert(type, "", DialogButtons.close());
        if (title != null) {
            a.setTitle(title);
        }
        a.setHeaderText(null);
        Label l = new Label(message);
        l.setWrapText(true);
        l.setMaxWidth(520);
        l.setPrefWidth(520); // else the dialog is as wide as the message on one line, even wider than the screen
        a.getDialogPane().setContent(l);
        Windows.dialog(a, owner);
        a.showAndWait();
    }
}
