package jp.tenken.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.application.Platform;
import javafx.geometry.Rectangle2D;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The window factory on real windows: a window asked larger than the screen fits it, Esc closes it unless its hook
 * says no, and a dialog takes its owner's stylesheet, font size and contrast and fits the screen.
 */
class WindowsTest extends FxRobot {
    private final DisplaySettings display = new DisplaySettings();
    private final Windows windows = new Windows(display);
    private Stage owner;

    @AfterEach
    void clear() throws Exception {
        FxToolkit.cleanupStages();
    }

    private void owner() throws Exception {
        owner = FxToolkit.registerPrimaryStage();
        FxToolkit.setupStage(s -> {
            windows.main(s, new StackPane(), 800, 600);
            s.show();
        });
    }

    private Stage shown(Windows.Builder builder) throws Exception {
        Stage[] window = new Stage[1];
        interact(() -> {
            window[0] = builder.build();
            window[0].show();
        });
        WaitForAsyncUtils.waitForFxEvents();
        return window[0];
    }

    @Test
    void aWindowAskedLargerThanTheScreenFitsItAndEscClosesIt() throws Exception {
        owner();
        Rectangle2D screen = Windows.screenOf(owner);
        TextField field = new TextField();
        Stage window = shown(windows.owned(owner, new StackPane(field)).title("大きな窓")
                .size(screen.getWidth() + 500, screen.getHeight() + 500));
        assertTrue(window.getWidth() <= screen.getWidth(), window.getWidth() + " > " + screen.getWidth());
        assertTrue(window.getHeight() <= screen.getHeight(), window.getHeight() + " > " + screen.getHeight());
        assertEquals(owner, window.getOwner());
        assertTrue(window.getScene().getStylesheets().contains(Windows.STYLESHEET));
        clickOn(field);
        type(KeyCode.ESCAPE);
        assertFalse(window.isShowing(), "Esc closed the window");
    }

    @Test
    void aWindowThatAsksStaysOpenWhenTheAnswerIsNo() throws Exception {
        owner();
        AtomicBoolean asked = new AtomicBoolean();
        Stage window = shown(windows.owned(owner, new StackPane(new TextField())).closeAsking(() -> {
            asked.set(true);
            return false;
        }).size(400, 300));
        interact(window::requestFocus);
        type(KeyCode.ESCAPE);
        assertTrue(asked.get(), "Esc asked");
        assertTrue(window.isShowing(), "the window kept its unsaved work");
        interact(window::close);
    }

    @Test
    void aDialogLooksLikeItsOwnerAndFitsTheScreen() throws Exception {
        display.fontSizeProperty().set(DisplaySettings.FontSize.XLARGE);
        display.highContrastProperty().set(true);
        owner();
        Alert[] alert = new Alert[1];
        interact(() -> {
            Alert a = new Alert(Alert.AlertType.INFORMATION, "", ButtonType.OK);
            a.getDialogPane().setPrefSize(10_000, 10_000);
            alert[0] = Windows.dialog(a, owner);
        });
        Alert a = alert[0];
        Rectangle2D screen = Windows.screenOf(owner);
        assertEquals(owner, a.getOwner());
        assertTrue(a.getDialogPane().getStylesheets().contains(Windows.STYLESHEET));
        assertTrue(a.getDialogPane().getStyle().contains("20px"), a.getDialogPane().getStyle());
        assertTrue(a.getDialogPane().getStyleClass().contains("high-contrast"));
        assertTrue(a.getDialogPane().getPrefWidth() <= screen.getWidth());
        assertTrue(a.getDialogPane().getPrefHeight() <= screen.getHeight());
    }

    @Test
    void aLongMessageWrapsWithinTheScreenAndItsButtonIsJapanese() throws Exception {
        owner();
        String message = "点検簿「/home/clinic/Documents/Tenken/さくら内科クリニックの点検簿.tenken」はすでに開かれています。"
                .repeat(4);
        Platform.runLater(() -> Dialogs.error(null, message)); // waits for its answer: read, then closed here
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> lookup(".dialog-pane").tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents();
        DialogPane pane = lookup(".dialog-pane").queryAs(DialogPane.class);
        Rectangle2D screen = Windows.screenOf(owner);
        assertTrue(pane.getScene().getWindow().getWidth() <= Math.min(700, screen.getWidth()),
                "dialog " + pane.getScene().getWindow().getWidth() + " px wide");
        Button close = (Button) pane.lookupButton(pane.getButtonTypes().get(0));
        assertEquals("閉じる", close.getText());
        assertEquals("エラー", ((Stage) pane.getScene().getWindow()).getTitle());
        interact(close::fire);
    }
}
