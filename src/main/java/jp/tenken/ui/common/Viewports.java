package jp.tenken.ui.common;

import javafx.scene.Node;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.ScrollPane.ScrollBarPolicy;
import javafx.scene.control.SkinBase;
import javafx.scene.control.skin.ScrollPaneSkin;

/**
 * Scroll panes without a bitmap of their viewport, and without the parts of a scroll bar they never show.
 *
 * <p>JavaFX's scroll pane skin caches its viewport as an image ({@code Node.setCache(true)}) so that scrolling can
 * move a picture instead of drawing again. Tenken's scrolling content changes under the clerk (every answer, every row
 * built after the first frame, every font size), which throws the picture away each time, and each picture is an
 * image of the pane's size kept for as long as the window: on the checklist at 1366×768 its four panes held 3.4 MB of
 * such images, drawn at every change besides the window itself.
 *
 * <p>The skin also makes both scroll bars, each a track, a thumb and two arrow buttons, whether the pane's policy
 * ever shows them or not; styled and laid out with the rest, they were 7 of the first frame's nodes per bar. A bar
 * whose policy is {@link ScrollBarPolicy#NEVER} when the skin is made gets a skin of nothing instead.
 */
public final class Viewports {
    private static final String VIEWPORT = "viewport";

    private Viewports() {
    }

    /** {@code scroll}, drawing its content straight into the window (also after a new skin). */
    public static <S extends ScrollPane> S uncached(S scroll) {
        scroll.skinProperty().addListener((o, a, skin) -> {
            uncache(scroll);
            if (skin instanceof ScrollPaneSkin s) {
                unmadeIfNever(s.getHorizontalScrollBar(), scroll.getHbarPolicy());
                unmadeIfNever(s.getVerticalScrollBar(), scroll.getVbarPolicy());
            }
        });
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

    private static void unmadeIfNever(ScrollBar bar, ScrollBarPolicy policy) {
        if (policy == ScrollBarPolicy.NEVER && bar.getSkin() == null) {
            bar.setSkin(new Unmade(bar));
        }
    }

    /** A scroll bar's skin of nothing, for a bar never shown. */
    private static final class Unmade extends SkinBase<ScrollBar> {
        Unmade(ScrollBar bar) {
            super(bar);
        }
    }
}
