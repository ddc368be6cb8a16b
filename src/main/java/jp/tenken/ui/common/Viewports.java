package jp.tenken.ui.common;

import javafx.scene.Node;
import javafx.scene.control.ScrollPane;

/**
 * Scroll panes without a bitmap of their viewport. JavaFX's scroll pane skin caches its viewport as an image
 * ({@code Node.setCache(true)}) so that scrolling can move a picture instead of drawing again. Tenken's scrolling
 * content changes under the clerk (every answer, every row built after the first frame, every font size), which
 * throws the picture away each time, and each picture is an image of the pane's size kept for as long as the
 * window: on the checklist at 1366×768 its four panes held 3.4 MB of such images, drawn at every change besides the
 * window itself.
 */
public final class Viewports {
    private static final String VIEWPORT = "viewport";

    private Viewports() {
    }

    /** {@code scroll}, drawing its content straight into the window (also after a new skin). */
    public static <S extends ScrollPane> S uncached(S scroll) {
        scroll.skinProperty().addListener((o, a, skin) -> uncache(scroll));
        uncache(scroll);
        return scroll;
    }

    private static void uncache(ScrollPane scroll) {
        for (Node child : scroll.getChildrenUnmodifiable()) {
            if (child.getStyleClass().contains(VIEWPORT)) {
                child.setCache(false);
            }
        }
    }
}
