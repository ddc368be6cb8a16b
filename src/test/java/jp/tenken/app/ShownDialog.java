package jp.tenken.app;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Rectangle2D;
import javafx.scene.control.Button;
import javafx.stage.Screen;
import javafx.stage.Window;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A dialog opened as a clerk opens it and looked at as shown: whether it lies wholly on the screen and what
 * {@link FitProbe} finds in it; then cancelled with its cancel button.
 */
final class ShownDialog {
    private final FxRobot robot;
    private final Window window;

    private ShownDialog(FxRobot robot, Window window) {
        this.robot = robot;
        this.window = window;
    }

    /**
     * Runs {@code opener} on the JavaFX thread without waiting for it (a dialog waits for its answer there) and waits
     * for the shown window holding {@code inDialog}, a CSS selector.
     */
    static ShownDialog open(FxRobot robot, Runnable opener, String inDialog) throws Exception {
        WaitForAsyncUtils.asyncFx(opener);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> find(inDialog) != null);
        WaitForAsyncUtils.sleep(400, TimeUnit.MILLISECONDS);
        robot.interact(() -> { });
        return new ShownDialog(robot, find(inDialog));
    }

    /** A dialog already shown, such as the first start's facility question. */
    static ShownDialog of(FxRobot robot, Window window) {
        return new ShownDialog(robot, window);
    }

    Window window() {
        return window;
    }

    /**
     * What does not fit, each line starting with {@code name}: off the screen, outside the dialog, cut, overlapping;
     * and an Alt key given to two of its controls.
     */
    List<String> problems(String name) {
        List<String> out = new ArrayList<>();
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        Window w = window;
        if (w.getX() < screen.getMinX() - 1 || w.getY() < screen.getMinY() - 1
                || w.getX() + w.getWidth() > screen.getMaxX() + 1 || w.getY() + w.getHeight() > screen.getMaxY() + 1) {
            out.add(name + ": the dialog lies partly off the screen at " + (int) w.getX() + "," + (int) w.getY() + " "
                    + (int) w.getWidth() + "×" + (int) w.getHeight());
        }
        for (String p : FitProbe.problems(w.getScene())) {
            out.add(name + ": " + p);
        }
        for (String p : Mnemonics.shared(w.getScene())) {
            out.add(name + ": " + p);
        }
        return out;
    }

    /** Presses the dialog's cancel button and waits until it is gone. */
    void cancel() throws Exception {
        Button cancel = (Button) window.getScene().getRoot().lookupAll(".button").stream()
                .filter(n -> n instanceof Button c && c.isCancelButton()).findFirst().orElseThrow();
        robot.interact(cancel::fire);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !window.isShowing());
    }

    /** Presses the dialog's button named {@code text} (its start: 「確定する」) and waits until it is gone. */
    void press(String text) throws Exception {
        Button b = (Button) window.getScene().getRoot().lookupAll(".button").stream()
                .filter(n -> n instanceof Button c && c.getText().startsWith(text)).findFirst().orElseThrow();
        robot.interact(b::fire);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !window.isShowing());
    }

    private static Window find(String inDialog) {
        return Window.getWindows().stream().filter(w -> w.isShowing() && w.getScene() != null
                && w.getScene().getRoot().lookup(inDialog) != null).findFirst().orElse(null);
    }
}
