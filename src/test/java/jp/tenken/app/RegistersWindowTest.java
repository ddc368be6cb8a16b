package jp.tenken.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import jp.tenken.domain.year.Facility;
import jp.tenken.domain.year.FacilityKind;
import jp.tenken.testing.TestWorkbook;
import jp.tenken.ui.registers.DeviceRow;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** The real app: the 機器台帳・連絡体制図 window opens from the navigation, a device typed in is saved and listed. */
class RegistersWindowTest extends FxRobot {

    @TempDir
    static Path home;

    @BeforeAll
    static void workbook() {
        LocalDate today = LocalDate.of(2025, 10, 1);
        try (TestWorkbook wb = TestWorkbook.create(TestWorkbook.appAt(home, today), today)) {
            wb.checklist().saveFacility(new Facility("さくら内科クリニック", FacilityKind.CLINIC));
            wb.vendors().add("株式会社メディカル", "電子カルテ", "0120-000-000", true);
        }
    }

    @AfterAll
    static void clear() throws Exception {
        FxToolkit.cleanupStages();
        TestWorkbook.leaveApp();
    }

    private Node waitFor(String id) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> lookup("#" + id).tryQuery().isPresent());
        return lookup("#" + id).query();
    }

    @Test
    void aDeviceTypedInIsSavedAndTheChartShowsEveryRole() throws Exception {
        FxToolkit.registerPrimaryStage();
        TenkenApp app = new TenkenApp();
        FxToolkit.setupApplication(() -> app);
        clickOn((Node) waitFor("nav-registers"));
        Label notes = (Label) waitFor("registers-notes");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> notes.getText().contains("機器台帳が空です"));
        assertEquals("令和7年度", ((Label) lookup("#registers-year").query()).getText());
        @SuppressWarnings("unchecked")
        TableView<DeviceRow> table = (TableView<DeviceRow>) waitFor("devices-table");
        TextField name = (TextField) lookup("#device-name").query();
        clickOn(name).write("受付PC");
        clickOn("#device-save");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> table.getItems().size() == 1);
        assertEquals("受付PC", table.getItems().get(0).device().name());
        assertTrue(table.getItems().get(0).flagged(), "no administrator, no update this year");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !notes.getText().contains("機器台帳が空です"));
        assertTrue(notes.getText().contains("連絡体制図が未記入です"), notes.getText());

        TabPane tabs = (TabPane) lookup("#registers-tabs").query();
        interact(() -> tabs.getSelectionModel().select(1));
        ListView<?> boxes = (ListView<?>) waitFor("contacts-list");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> boxes.getItems().size() == 9);
        assertTrue(String.valueOf(boxes.getItems().get(4)).contains("株式会社メディカル"));
        FxToolkit.cleanupApplication(app);
    }
}
