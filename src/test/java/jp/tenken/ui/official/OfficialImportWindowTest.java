package jp.tenken.ui.official;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.StackPane;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import javafx.stage.Window;
import jp.tenken.testing.TestWorkbook;
import jp.tenken.ui.common.DisplaySettings;
import jp.tenken.ui.common.ImmediateUiExecutor;
import jp.tenken.ui.common.Windows;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The take-in window as a clerk sees it on a 1366×768 laptop at 特大: the sheet chosen in its list stays chosen,
 * the grid shows at least five rows of the sheet and no label or button is cut, and Esc asks before a changed
 * mapping is discarded (and simply closes when nothing was changed).
 */
class OfficialImportWindowTest extends FxRobot {
    @TempDir
    Path dir;
    TestWorkbook wb;
    Stage window;

    @AfterEach
    void clear() throws Exception {
        if (window != null) {
            interact(() -> {
                window.setOnCloseRequest(null); // the test ends here: nothing to ask
                window.hide();
            });
        }
        FxToolkit.cleanupStages();
        if (wb != null) {
            wb.close();
        }
    }

    private OfficialImportViewModel open(Path file) throws Exception {
        wb = TestWorkbook.create(dir.resolve("clinic.tenken"), LocalDate.of(2026, 6, 1));
        OfficialImportViewModel vm = new OfficialImportViewModel(wb.context().official(),
                wb.context().officialMappings(), new ImmediateUiExecutor(), name -> { });
        DisplaySettings display = new DisplaySettings();
        display.fontSizeProperty().set(DisplaySettings.FontSize.XLARGE);
        FxToolkit.registerPrimaryStage();
        FxToolkit.setupStage(owner -> {
            Scene main = new Scene(new StackPane(), 1366, 768);
            main.getStylesheets().add(OfficialImportWindowTest.class.getResource("/ui/app.css").toExternalForm());
            owner.setScene(main);
            owner.setWidth(1366);
            owner.setHeight(768);
            owner.show();
            window = OfficialImportView.window(new Windows(display), owner, vm);
            vm.choose(List.of(file));
            window.show();
        });
        WaitForAsyncUtils.waitForFxEvents();
        return vm;
    }

    @Test
    void atTheLargestFontTheSheetChosenStaysAndEverythingFits() throws Exception {
        OfficialImportViewModel vm = open(MappingWorkbooks.exampleFirst(dir.resolve("001716187.xlsx")));
        @SuppressWarnings("unchecked")
        ComboBox<String> sheet = lookup("#official-sheet").queryAs(ComboBox.class);
        assertEquals(MappingWorkbooks.FORM, sheet.getValue(), "the form's own sheet, not the example before it");

        interact(() -> sheet.setValue(MappingWorkbooks.EXAMPLE));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(MappingWorkbooks.EXAMPLE, sheet.getValue(), "the chosen sheet does not snap back");
        assertEquals(MappingWorkbooks.EXAMPLE, vm.sheetProperty().get());
        interact(() -> sheet.setValue(MappingWorkbooks.FORM));
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals(MappingWorkbooks.FORM, sheet.getValue(), "the chosen sheet does not snap back");
        assertEquals(MappingWorkbooks.FORM, vm.sheetProperty().get());
        assertTrue(vm.statedProperty().get());
        assertEquals(TakeInState.READY, vm.stateProperty().get(), vm.errorProperty().get());

        TableView<?> grid = lookup("#mapping-grid").queryAs(TableView.class);
        int items = rowsShown(grid, vm.mapping().firstDataRowProperty().get() - 1);
        assertTrue(items >= 5, "item rows in sight: " + items);
        interact(() -> { });
        List<String> cut = new ArrayList<>();
        cuts(window.getScene().getRoot(), window.getScene(), cut);
        assertEquals(List.of(), cut);
    }

    @Test
    void escAsksBeforeAChangedMappingIsDiscarded() throws Exception {
        OfficialImportViewModel vm = open(MappingWorkbooks.exampleFirst(dir.resolve("001716187.xlsx")));
        interact(() -> vm.formProperty().set(FormChoice.VENDOR));

        assertTrue(vm.changedProperty().get());
        type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        Window ask = listTargetWindows().stream().filter(w -> w.getScene() != null
                && w.getScene().getRoot().lookup("#official-discard") != null).findFirst().orElseThrow();
        Button back = (Button) ask.getScene().getRoot().lookupAll(".button").stream()
                .filter(b -> ((Button) b).getText().equals("戻る")).findFirst().orElseThrow();
        interact(back::fire);
        assertTrue(window.isShowing(), "戻る keeps the window and the mapping");
        assertEquals(FormChoice.VENDOR, vm.formProperty().get());

        type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        ask = listTargetWindows().stream().filter(w -> w.getScene() != null
                && w.getScene().getRoot().lookup("#official-discard") != null).findFirst().orElseThrow();
        Button discard = (Button) ask.getScene().getRoot().lookupAll(".button").stream()
                .filter(b -> ((Button) b).getText().equals("破棄して閉じる")).findFirst().orElseThrow();
        interact(discard::fire);
        assertFalse(window.isShowing());
    }

    @Test
    void escWithNothingChangedJustCloses() throws Exception {
        open(MappingWorkbooks.exampleFirst(dir.resolve("001716187.xlsx")));
        type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(window.isShowing());
    }

    /** Rows of the grid wholly in sight from row {@code first} (0-based) on. */
    private static int rowsShown(TableView<?> grid, int first) {
        Node flow = grid.lookup(".virtual-flow");
        Node clip = flow.lookup(".clipped-container");
        Bounds view = clip.localToScene(clip.getLayoutBounds());
        int n = 0;
        for (Node r : grid.lookupAll(".table-row-cell")) {
            if (r instanceof TableRow<?> row && !row.isEmpty() && row.isVisible() && row.getIndex() >= first) {
                Bounds b = row.localToScene(row.getLayoutBounds());
                if (b.getMinY() >= view.getMinY() - 1 && b.getMaxY() <= view.getMaxY() + 1) {
                    n++;
                }
            }
        }
        return n;
    }

    /**
     * Labels and buttons shown cut short with an ellipsis, or outside the window. The grid's own cells are left out:
     * like a spreadsheet's, a cell shows what fits its column (the column's title is checked).
     */
    private static void cuts(Node n, Scene scene, List<String> out) {
        if (!n.isVisible() || n instanceof TableCell<?, ?>) {
            return;
        }
        if (n instanceof Labeled l && l.getText() != null && !l.getText().isBlank()) {
            Node inner = l.lookup(".text");
            String full = l.isMnemonicParsing() ? l.getText().replace("_", "") : l.getText();
            if (inner instanceof Text t && t.getText() != null && !t.getText().equals(full)
                    && t.getText().endsWith(l.getEllipsisString())) {
                out.add("cut: \"" + l.getText() + "\" shows as \"" + t.getText() + "\"");
            }
            Bounds b = l.localToScene(l.getLayoutBounds());
            if (l instanceof Button && (b.getMaxX() > scene.getWidth() + 1 || b.getMaxY() > scene.getHeight() + 1)) {
                out.add("outside the window: " + l.getText());
            }
        }
        if (n instanceof Parent p) {
            for (Node c : p.getChildrenUnmodifiable()) {
                cuts(c, scene, out);
            }
        }
    }
}
