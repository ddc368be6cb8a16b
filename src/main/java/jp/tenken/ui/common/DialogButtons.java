package jp.tenken.ui.common;

import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import jp.tenken.i18n.Messages;

/**
 * The buttons of the app's dialogs in the app's words. JavaFX names its own ({@code ButtonType.OK}, {@code CANCEL},
 * {@code CLOSE}) in the language of the computer, so an English-language Windows showed 「OK」「Cancel」「Close」 in
 * a Japanese window; these are named from {@link Messages}. Each call makes a new type: compare a dialog's result
 * with the instance it was given.
 */
public final class DialogButtons {
    private DialogButtons() {
    }

    /** 「閉じる」: the one button of a message. */
    public static ButtonType close() {
        return new ButtonType(Messages.get("dialog.close"), ButtonBar.ButtonData.CANCEL_CLOSE);
    }

    /** 「やめる」: leaves a question without doing anything. */
    public static ButtonType cancel() {
        return new ButtonType(Messages.get("dialog.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
    }

    /** A button named for what it does (「復元する」「始める」…), the dialog's answer yes. */
    public static ButtonType action(String text) {
        return new ButtonType(text, ButtonBar.ButtonData.OK_DONE);
    }

    /**
     * Replaces the standard buttons of a JavaFX dialog (e.g. a {@code ChoiceDialog}) by ours, keeping their roles;
     * returns the one named {@code actionText} (null when the dialog had no OK).
     */
    public static ButtonType name(Dialog<?> d, String actionText) {
        ButtonType action = null;
        var types = d.getDialogPane().getButtonTypes();
        for (int i = 0; i < types.size(); i++) {
            ButtonType t = types.get(i);
            if (t == ButtonType.OK) {
                action = new ButtonType(actionText, ButtonBar.ButtonData.OK_DONE);
                types.set(i, action);
            } else if (t == ButtonType.CANCEL) {
                types.set(i, cancel());
            } else if (t == ButtonType.CLOSE) {
                types.set(i, close());
            }
        }
        return action;
    }
}
