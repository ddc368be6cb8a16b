package jp.tenken.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import javafx.beans.value.ChangeListener;
import javafx.css.PseudoClass;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import jp.tenken.ui.common.DisplaySettings.FontSize;
import jp.tenken.ui.common.NodeNames;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The row a key acts on is the row the clerk sees: the selected row stays in view through a change of font size,
 * a key meant for a row that was scrolled away brings it back instead of changing it, and a click on a row's text
 * selects that row. The first frame holds the rows the clerk sees and not the rest of the form.
 */
class RowInViewTest extends ChecklistWindowTest {

    private ToggleButton button(String prefix, String rowId) {
        return lookup(".answer-toggle").queryAllAs(ToggleButton.class).stream()
                .filter(b -> NodeNames.of(b).equals(prefix + rowId)).findFirst().orElseThrow();
    }

    private Node rowView(String rowId) {
        return lookup(".answer-row").queryAll().stream()
                .filter(n -> NodeNames.of(n).equals("row-" + rowId)).findFirst().orElseThrow();
    }

    /** Whether the middle of {@code n} is inside the rows' viewport. */
    private boolean inView(Node n) {
        ScrollPane rows = lookup("#rows").queryAs(ScrollPane.class);
        Bounds port = rows.localToScene(rows.getBoundsInLocal());
        Bounds b = n.localToScene(n.getBoundsInLocal());
        double y = (b.getMinY() + b.getMaxY()) / 2;
        return y > port.getMinY() && y < port.getMaxY();
    }

    private String focusedRowId() {
        Node f = lookup("#rows").query().getScene().getFocusOwner();
        String name = f == null ? "" : NodeNames.of(f);
        assertTrue(name.startsWith("yes1-"), "the focus is on a row's 1回目 はい: " + name);
        return name.substring("yes1-".length());
    }

    private void fontSize(FontSize size) {
        ToggleButton b = lookup("#font-size-" + size.name()).queryAs(ToggleButton.class);
        interact(b::fire);
        for (int i = 0; i < 3; i++) {
            WaitForAsyncUtils.sleep(100, TimeUnit.MILLISECONDS);
            WaitForAsyncUtils.waitForFxEvents();
        }
    }

    @Test
    void keysActOnTheRowInViewThroughFontChangesAndClicks() throws Exception {
        TenkenApp app = startWindow(22);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> lookup("#progress").tryQuery()
                .map(n -> ((Label) n).getText().contains("0 / 22")).orElse(false));

        // ↓ twelve times from the first row: the thirteenth row is selected and in view
        ToggleButton first = lookup(".answer-yes").queryAllAs(ToggleButton.class).stream()
                .filter(b -> NodeNames.of(b).startsWith("yes1-")).findFirst().orElseThrow();
        interact(first::requestFocus);
        for (int i = 0; i < 12; i++) {
            type(KeyCode.DOWN);
            WaitForAsyncUtils.waitForFxEvents();
        }
        String id = focusedRowId();
        assertTrue(inView(button("yes1-", id)), "the row moved to is in view");

        // 特大 and back: the selected row stays in view each time
        for (FontSize size : new FontSize[] {FontSize.XLARGE, FontSize.LARGE, FontSize.NORMAL, FontSize.XLARGE}) {
            fontSize(size);
            assertTrue(inView(button("yes1-", id)), "the selected row is still in view at " + size);
        }

        // scrolled away with the focus still on it: N does not answer the unseen row, it brings it back
        ScrollPane rows = lookup("#rows").queryAs(ScrollPane.class);
        interact(() -> rows.setVvalue(0));
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(inView(button("yes1-", id)), "scrolled away");
        type(KeyCode.N);
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(button("no1-", id).isSelected(), "N did not change a row out of view");
        assertTrue(inView(button("yes1-", id)), "N brought the row back into view");
        type(KeyCode.N);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> button("no1-", id).isSelected());

        // a click on another row's text selects that row, and the next key acts on it
        fontSize(FontSize.NORMAL);
        Node other = lookup(".answer-row").queryAll().stream()
                .filter(n -> !NodeNames.of(n).equals("row-" + id) && n.lookup(".item-text") != null
                        && inView(n.lookup(".item-text")))
                .findFirst().orElseThrow();
        String otherId = NodeNames.of(other).substring("row-".length());
        assertNotEquals(id, otherId);
        clickOn(other.lookup(".item-text"));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(rowView(otherId).getPseudoClassStates().contains(PseudoClass.getPseudoClass("selected")),
                "the clicked row is selected");
        assertFalse(rowView(id).getPseudoClassStates().contains(PseudoClass.getPseudoClass("selected")));
        assertEquals(otherId, focusedRowId(), "the keys go to the clicked row");
        type(KeyCode.Y);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> button("yes1-", otherId).isSelected());
        FxToolkit.cleanupApplication(app);
    }

    /** What the first laid-out frame with rows held: rows built, the lowest row's bottom, the viewport's bottom. */
    private record FirstFrame(int rows, double rowsBottom, double viewportBottom) {
    }

    @Test
    void theFirstFrameHoldsTheRowsInViewAndTheRestFollow() throws Exception {
        Stage stage = FxToolkit.registerPrimaryStage();
        List<FirstFrame> first = new CopyOnWriteArrayList<>();
        ChangeListener<Scene> watch = (o, was, scene) -> {
            if (scene == null) {
                return;
            }
            Runnable[] probe = new Runnable[1];
            probe[0] = () -> {
                Set<Node> rows = scene.getRoot().lookupAll(".answer-row");
                if (rows.isEmpty() || !first.isEmpty()) {
                    return;
                }
                ScrollPane port = (ScrollPane) scene.getRoot().lookup("#rows");
                Bounds view = port.localToScene(port.getBoundsInLocal());
                double bottom = rows.stream().mapToDouble(n -> n.localToScene(n.getBoundsInLocal()).getMaxY())
                        .max().orElse(0);
                first.add(new FirstFrame(rows.size(), bottom, view.getMaxY()));
                scene.removePostLayoutPulseListener(probe[0]);
            };
            scene.addPostLayoutPulseListener(probe[0]);
        };
        interact(() -> stage.sceneProperty().addListener(watch));
        TenkenApp app = new TenkenApp();
        try {
            try {
                FxToolkit.setupApplication(() -> app);
                WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS,
                        () -> lookup(".answer-yes").queryAll().size() == 22 * 2);
            } finally {
                interact(() -> stage.sceneProperty().removeListener(watch));
            }
            firstFrameAndWindow(stage, first);
        } finally {
            FxToolkit.cleanupApplication(app); // the workbook closed for the other test
        }
    }

    /** The first frame's rows, then what the window holds beside them once every row is built. */
    private void firstFrameAndWindow(Stage stage, List<FirstFrame> first) throws Exception {
        assertEquals(1, first.size(), "a frame showed rows");
        FirstFrame f = first.get(0);
        assertTrue(f.rows() < 22, "the first frame builds the rows in view, not all 22: " + f.rows());
        assertTrue(f.rowsBottom() >= f.viewportBottom(),
                "the first frame's rows fill the viewport to its bottom: " + f.rowsBottom() + " < " + f.viewportBottom());
        assertEquals(22, lookup(".answer-row").queryAll().size(), "every row is built after the first frame");
        // what the window holds beside its rows: its scroll panes draw into the window (no picture of each kept),
        // and its icon comes in the sizes a title bar and a task switcher draw, not as one large picture
        Set<Node> viewports = lookup(".scroll-pane > .viewport").queryAll();
        assertTrue(viewports.size() >= 4, "navigation, header, rows and guidance scroll: " + viewports.size());
        viewports.forEach(v -> assertFalse(v.isCache(), "a scroll pane keeps no picture of its content: " + v));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> stage.getIcons().stream().allMatch(i -> i.getProgress() >= 1));
        List<Double> icons = stage.getIcons().stream().map(i -> i.getWidth()).toList();
        assertEquals(List.of(16.0, 32.0, 48.0, 64.0, 128.0), icons, "the window's icons, each loaded");
    }
}
