package jp.tenken.ui.common;

import java.util.List;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import javafx.beans.InvalidationListener;
import javafx.geometry.Bounds;
import javafx.geometry.Rectangle2D;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ComboBoxBase;
import javafx.scene.control.Dialog;
import javafx.scene.control.DialogPane;
import javafx.scene.control.IndexedCell;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.Region;
import javafx.stage.Modality;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.stage.WindowEvent;

/**
 * The one factory for the app's windows and dialogs: each gets the stylesheet, the font size and contrast, its owner,
 * Esc to close (unless the window asks first) and a size that never exceeds its owner's screen.
 */
public final class Windows {

    /** The app's stylesheet, shared by every scene. */
    public static final String STYLESHEET = Windows.class.getResource("/ui/app.css").toExternalForm();

    /** What the focus ring of ui/app.css ({@code -fx-border-width: 2} on a focused button) takes across a button. */
    private static final double FOCUS_RING = 4;

    private final DisplaySettings display;

    public Windows(DisplaySettings display) {
        this.display = display;
    }

    /** The font size and contrast every window follows. */
    public DisplaySettings display() {
        return display;
    }

    /** Dresses the main window: its scene on {@code root}, styled as the app, at most as large as the screen. */
    public Scene main(Stage stage, Parent root, double width, double height) {
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        display.applyTo(root);
        Scene scene = new Scene(root, Math.min(width, screen.getWidth()), Math.min(height, screen.getHeight()));
        scene.getStylesheets().add(STYLESHEET);
        ZoomKeys.install(scene, display);
        stage.setScene(scene);
        return scene;
    }

    /** Puts a new root into the main window (after a restore or a new edition), styled as the old one. */
    public void replaceRoot(Stage stage, Parent root) {
        display.applyTo(root);
        stage.getScene().setRoot(root);
    }

    /** Starts a window owned by {@code owner} showing {@code content}; finish it with {@link Builder#build()}. */
    public Builder owned(Window owner, Parent content) {
        return new Builder(owner, content);
    }

    /**
     * Gives a dialog its owner and the owner's look (stylesheet, font size, contrast: a dialog is a scene of its own
     * and would otherwise keep JavaFX's default look), and keeps it within the owner's screen.
     */
    public static <D extends Dialog<?>> D dialog(D dialog, Window owner) {
        if (owner != null && dialog.getOwner() == null) {
            dialog.initOwner(owner);
        }
        styleLike(dialog.getDialogPane(), owner);
        Rectangle2D screen = screenOf(owner);
        DialogPane pane = dialog.getDialogPane();
        pane.setMaxWidth(within(pane.getMaxWidth(), screen.getWidth()));
        pane.setMaxHeight(within(pane.getMaxHeight(), screen.getHeight()));
        pane.setPrefWidth(pane.getPrefWidth() > screen.getWidth() ? screen.getWidth() : pane.getPrefWidth());
        pane.setPrefHeight(pane.getPrefHeight() > screen.getHeight() ? screen.getHeight() : pane.getPrefHeight());
        if (dialog.getDialogPane().getScene() != null
                && dialog.getDialogPane().getScene().getWindow() instanceof Stage stage) {
            stage.setMaxWidth(screen.getWidth());
            stage.setMaxHeight(screen.getHeight());
            double askedWidth = pane.getPrefWidth();
            double askedHeight = pane.getPrefHeight();
            Optional<DisplaySettings> display = DisplaySettings.of(owner);
            Runnable size = () -> { // as the caller asked, each time (the font size may differ)
                pane.setPrefWidth(askedWidth);
                pane.setPrefHeight(askedHeight);
                sizeAtItsWidth(pane, screen);
            };
            Runnable place = () -> { // at the size it now has: it was placed at the size it first asked for
                tallEnough(stage, pane, screen);
                stage.centerOnScreen();
                keepOnScreen(stage, screen);
            };
            stage.addEventHandler(WindowEvent.WINDOW_SHOWING, e -> {
                display.ifPresent(d -> d.dress(pane)); // the size and contrast chosen by now
                size.run();
            });
            stage.addEventHandler(WindowEvent.WINDOW_SHOWN, e -> place.run());
            display.ifPresent(d -> followWhileShown(d, stage, pane, () -> {
                size.run();
                stage.sizeToScene();
                place.run();
            }));
            // Esc cancels from any control, as in the app's windows: a list with the focus took it for itself
            stage.getScene().addEventFilter(KeyEvent.KEY_PRESSED, e -> {
                if (e.getCode() == KeyCode.ESCAPE && !usesEsc(stage.getScene().getFocusOwner())) {
                    pane.lookupAll(".button").stream().filter(b -> b instanceof Button c && c.isCancelButton()
                            && !c.isDisabled()).findFirst().ifPresent(b -> {
                                e.consume();
                                ((Button) b).fire();
                            });
                }
            });
            stage.getScene().addPostLayoutPulseListener(() -> {
                if (stage.isShowing() && !stage.isResizable()) { // one the clerk sizes is left as sized
                    tallEnough(stage, pane, screen); // a message that grows after it shows
                }
            });
        }
        return dialog;
    }

    /**
     * Lets a shown dialog follow the font size and contrast as they change, by the zoom keys pressed in it or in its
     * owner, and sized again for them with {@code refit}. It listens only while shown: the settings outlive it.
     */
    private static void followWhileShown(DisplaySettings display, Stage stage, DialogPane pane, Runnable refit) {
        ZoomKeys.install(stage.getScene(), display);
        InvalidationListener restyle = o -> {
            display.dress(pane);
            if (stage.isShowing()) {
                refit.run();
            }
        };
        stage.addEventHandler(WindowEvent.WINDOW_SHOWN, e -> {
            display.fontSizeProperty().addListener(restyle);
            display.highContrastProperty().addListener(restyle);
        });
        stage.addEventHandler(WindowEvent.WINDOW_HIDDEN, e -> {
            display.fontSizeProperty().removeListener(restyle);
            display.highContrastProperty().removeListener(restyle);
        });
    }

    /**
     * Sizes a dialog as it is about to show: as wide as it asks, within its maximum and the screen, and as high as its
     * texts need at that width. Left to itself, JavaFX sizes and places a dialog by the width its header would take on
     * one line and by that one line's height: a long header put the dialog partly off the screen and, held to the
     * dialog's maximum width, wrapped over the dialog's own field and buttons.
     */
    private static void sizeAtItsWidth(DialogPane pane, Rectangle2D screen) {
        pane.applyCss();
        if (pane.lookup(".button-bar") instanceof ButtonBar bar) {
            evenButtons(bar);
        }
        double width = Math.min(pane.prefWidth(-1), within(pane.getMaxWidth(), screen.getWidth()));
        pane.setPrefWidth(width);
        pane.setPrefHeight(Math.min(pane.prefHeight(width), screen.getHeight()));
    }

    /**
     * Gives a dialog's buttons one width again, the widest button's in the font they are now drawn in. The button bar
     * fixes that width when its buttons are made, before the dialog has the app's font size, so at 特大 「閉じる」 was
     * cut to 「閉…」. The width leaves room for the focus ring, which takes 2 pixels a side (ui/app.css) from a focused
     * button's text.
     */
    private static void evenButtons(ButtonBar bar) {
        List<Region> even = bar.getButtons().stream().filter(ButtonBar::isButtonUniformSize)
                .filter(Region.class::isInstance).map(Region.class::cast).toList();
        double widest = bar.getButtonMinWidth();
        for (Region b : even) {
            b.setPrefWidth(Region.USE_COMPUTED_SIZE);
            widest = Math.max(widest, b.prefWidth(-1));
        }
        for (Region b : even) {
            b.setPrefWidth(widest + FOCUS_RING);
        }
    }

    /**
     * Makes a shown dialog as high as its parts need at the widths they were given, where it came out lower: the
     * windowing system may make it as low as its minimum, and a dialog pane measures its message a little wider than it
     * lays it out (its padding), so a message that wraps near the edge was cut to 「…」 and the buttons pushed out.
     */
    private static void tallEnough(Stage stage, DialogPane pane, Rectangle2D screen) {
        pane.applyCss();
        pane.layout();
        double room = stage.getScene().getHeight();
        double missing = Math.max(pane.prefHeight(pane.getWidth()), pane.getHeight()) - room;
        for (Node part : pane.getChildrenUnmodifiable()) {
            if (part.isManaged() && part.isVisible()) {
                Bounds b = part.getLayoutBounds();
                missing = Math.max(missing, part.prefHeight(b.getWidth()) - b.getHeight());
                missing = Math.max(missing, part.getBoundsInParent().getMaxY() - room);
            }
        }
        if (missing > 0.5) { // half a pixel: a line's last pixel is enough to cut it to 「…」
            stage.setHeight(Math.min(stage.getHeight() + Math.ceil(missing), screen.getHeight()));
        }
    }

    /** Moves a shown window wholly onto {@code screen} where it lies partly off it. */
    private static void keepOnScreen(Stage stage, Rectangle2D screen) {
        double x = Math.max(screen.getMinX(), Math.min(stage.getX(), screen.getMaxX() - stage.getWidth()));
        double y = Math.max(screen.getMinY(), Math.min(stage.getY(), screen.getMaxY() - stage.getHeight()));
        if (x != stage.getX()) {
            stage.setX(x);
        }
        if (y != stage.getY()) {
            stage.setY(y);
        }
    }

    /** Whether Esc means something to the focused control: closing its open drop-down, or cancelling a cell's edit. */
    private static boolean usesEsc(Node focus) {
        if (focus instanceof ComboBoxBase<?> c && c.isShowing()) {
            return true;
        }
        for (Node n = focus; n != null; n = n.getParent()) {
            if (n instanceof IndexedCell<?> cell && cell.isEditing()) {
                return true;
            }
        }
        return false;
    }

    /** A maximum size no larger than {@code limit} (a computed maximum, negative, becomes the limit). */
    private static double within(double max, double limit) {
        return max < 0 || max > limit ? limit : max;
    }

    /** The visual bounds of the screen {@code owner} is on (the primary screen when there is no owner). */
    public static Rectangle2D screenOf(Window owner) {
        if (owner != null && owner.getWidth() > 0 && owner.getHeight() > 0) {
            List<Screen> on = Screen.getScreensForRectangle(owner.getX(), owner.getY(), owner.getWidth(),
                    owner.getHeight());
            if (!on.isEmpty()) {
                return on.get(0).getVisualBounds();
            }
        }
        return Screen.getPrimary().getVisualBounds();
    }

    private static void styleLike(DialogPane pane, Window owner) {
        if (owner == null || owner.getScene() == null) {
            pane.getStylesheets().setAll(STYLESHEET);
            return;
        }
        Parent root = owner.getScene().getRoot();
        pane.getStylesheets().setAll(owner.getScene().getStylesheets());
        pane.setStyle(root.getStyle());
        if (root.getStyleClass().contains("high-contrast")) {
            pane.getStyleClass().add("high-contrast");
        }
    }

    /** A window being set up: title, size, whether its content scrolls, modality, and what Esc and closing ask. */
    public final class Builder {
        private final Window owner;
        private final Parent content;
        private String title = "";
        private double width = 800;
        private double height = 600;
        private boolean scrolling;
        private boolean modal;
        private BooleanSupplier mayClose = () -> true;

        private Builder(Window owner, Parent content) {
            this.owner = owner;
            this.content = content;
        }

        public Builder title(String title) {
            this.title = title;
            return this;
        }

        /** The size asked for; the window is never made larger than its owner's screen. */
        public Builder size(double width, double height) {
            this.width = width;
            this.height = height;
            return this;
        }

        /** At large font sizes on a small screen the content scrolls rather than being cut. */
        public Builder scrolling() {
            this.scrolling = true;
            return this;
        }

        /** The owner takes no input while this window is open. */
        public Builder modal() {
            this.modal = true;
            return this;
        }

        /**
         * For a window that holds unsaved work: Esc and the close box close it only when {@code mayClose} says so
         * (it may ask the user).
         */
        public Builder closeAsking(BooleanSupplier mayClose) {
            this.mayClose = mayClose;
            return this;
        }

        /** The window, not yet shown. */
        public Stage build() {
            Stage window = new Stage();
            if (owner != null) {
                window.initOwner(owner);
            }
            if (modal) {
                window.initModality(Modality.WINDOW_MODAL);
            }
            Parent root = content;
            if (scrolling) {
                display.applyTo(content); // rules such as `.high-contrast.comparison-view` look for it on the view
                ScrollPane scroll = Viewports.uncached(new ScrollPane(content));
                scroll.setFitToWidth(true);
                scroll.setFitToHeight(true);
                scroll.getStyleClass().add("window-scroll");
                scroll.setFocusTraversable(false); // focus stays on the window's own controls
                root = scroll;
            }
            display.applyTo(root); // the scene's root carries the size and contrast the stylesheet looks for
            Rectangle2D screen = screenOf(owner);
            Scene scene = new Scene(root, Math.min(width, screen.getWidth()), Math.min(height, screen.getHeight()));
            scene.getStylesheets().add(STYLESHEET);
            ZoomKeys.install(scene, display);
            window.setMaxWidth(screen.getWidth());
            window.setMaxHeight(screen.getHeight());
            BooleanSupplier asking = mayClose;
            // Esc closes the window from any control, except where it has a use of its own there
            scene.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
                if (e.getCode() == KeyCode.ESCAPE && !usesEsc(scene.getFocusOwner())) {
                    e.consume();
                    if (asking.getAsBoolean()) {
                        window.close();
                    }
                }
            });
            window.setOnCloseRequest(e -> {
                if (!asking.getAsBoolean()) {
                    e.consume();
                }
            });
            window.setScene(scene);
            window.setTitle(title);
            return window;
        }
    }
}
