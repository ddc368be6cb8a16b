package jp.tenken.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import jp.tenken.domain.year.YearSummary;
import jp.tenken.testing.TestWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The real app on a file started in 令和8年度 (6 December 2026): 「過去の年度を追加…」 offers the past years with an
 * edition, adds the one chosen to the year list and opens it; its export menu says why the ministry's Excel is not
 * offered for it.
 */
class AddYearWindowTest extends FxRobot {

    @TempDir
    static Path home;

    @BeforeAll
    static void workbook() {
        TestWorkbook.clinicAt(home, LocalDate.of(2026, 12, 6));
    }

    @AfterAll
    static void clear() throws Exception {
        FxToolkit.cleanupStages();
        TestWorkbook.leaveApp();
    }

    @Test
    void aPastYearIsChosenAddedToTheListAndOpened() throws Exception {
        FxToolkit.registerPrimaryStage();
        TenkenApp app = new TenkenApp();
        FxToolkit.setupApplication(() -> app);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> lookup("#progress").tryQuery()
                .map(n -> ((Label) n).getText().contains("0 / 22")).orElse(false));
        @SuppressWarnings("unchecked")
        ListView<YearSummary> years = lookup("#years").queryAs(ListView.class);
        assertEquals(1, years.getItems().size(), "only 令和8年度");

        clickOn("#add-year");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> lookup("#add-year-dialog").tryQuery().isPresent());
        DialogPane dialog = lookup("#add-year-dialog").queryAs(DialogPane.class);
        assertTrue(dialog.getHeaderText().startsWith("点検簿に追加する年度を選んでください。"), dialog.getHeaderText());
        ComboBox<?> choice = (ComboBox<?>) dialog.lookup(".combo-box");
        assertEquals("[令和7年度, 令和6年度, 令和5年度]", choice.getItems().toString());
        assertEquals("令和7年度", choice.getValue());
        Button ok = (Button) dialog.getButtonTypes().stream()
                .filter(t -> t.getButtonData() == ButtonBar.ButtonData.OK_DONE).map(dialog::lookupButton)
                .findFirst().orElseThrow();
        assertEquals("追加する", ok.getText());
        interact(ok::fire); // the robot's pointer is not needed to press OK; other windows of the run may cover it

        Label status = lookup("#status").queryAs(Label.class);
        try {
            WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> years.getItems().size() == 2
                    && years.getSelectionModel().getSelectedItem() != null
                    && years.getSelectionModel().getSelectedItem().year().label().equals("令和7年度"));
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("years: " + years.getItems() + " selected: "
                    + years.getSelectionModel().getSelectedItem() + " status: " + status.getText()
                    + " dialog showing: " + dialog.getScene().getWindow().isShowing(), e);
        }
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(status.getText().startsWith("令和7年度を追加しました"), "[" + status.getText() + "]");

        MenuButton export = lookup("#export").queryAs(MenuButton.class);
        MenuItem official = export.getItems().stream().filter(i -> "export-official".equals(i.getId()))
                .findFirst().orElseThrow();
        assertTrue(official.isDisable());
        assertTrue(official.getText().contains("「令和7年度版」で回答しているため使えません"), official.getText());
        FxToolkit.cleanupApplication(app);
    }
}
