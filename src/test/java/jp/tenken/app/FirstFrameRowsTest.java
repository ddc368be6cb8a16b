package jp.tenken.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import javafx.beans.value.ChangeListener;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ScrollPane;
import javafx.stage.Stage;
import jp.tenken.domain.year.Facility;
import jp.tenken.domain.year.FacilityKind;
import jp.tenken.testing.TestWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The first frame of the checklist holds the rows the clerk sees and not the rest of the form: its rows fill the
 * viewport to the bottom, fewer than the form's rows are built for it, and every row is there soon after.
 */
class FirstFrameRowsTest extends FxRobot {

    @TempDir
    static Path home;

    @BeforeAll
    static void workbook() {
        LocalDate today = LocalDate.of(2026, 6, 10);
        try (TestWorkbook wb = TestWorkbook.create(TestWorkbook.appAt(home, today), today)) {
            wb.checklist().saveFacility(new Facility("さくら内科クリニック", FacilityKind.CLINIC));
        }
    }

    @AfterAll
    static void clear() throws Exception {
        FxToolkit.cleanupStages();
        System.clearProperty("tenken.documents");
        System.clearProperty("tenken.appdata");
        System.clearProperty("tenken.today");
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
        try {
            FxToolkit.setupApplication(TenkenApp::new);
            WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> lookup(".answer-yes").queryAll().size() == 22 * 2);
        } finally {
            interact(() -> stage.sceneProperty().removeListener(watch));
        }

        assertEquals(1, first.size(), "a frame showed rows");
        FirstFrame f = first.get(0);
        assertTrue(f.rows() < 22, "the first frame builds the rows in view, not all 22: " + f.rows());
        assertTrue(f.rowsBottom() >= f.viewportBottom(),
                "the first frame's rows fill the viewport to its bottom: " + f.rowsBottom() + " < " + f.viewportBottom());
        assertEquals(22, lookup(".answer-row").queryAll().size(), "every row is built after the first frame");
    }
}
