package jp.tenken.app;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.TimeUnit;
import javafx.stage.Stage;
import jp.tenken.testing.TestWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The real app on a clinic's workbook of 令和8年度 (its 22 rows), as the clerk opens it, in a window of a clinic
 * laptop's size (1366×768): what the tests of the checklist window share. Each test class has a home folder of its
 * own and ends the app after its tests.
 */
abstract class ChecklistWindowTest extends FxRobot {

    @TempDir
    static Path home;

    @BeforeAll
    static void workbook() {
        TestWorkbook.clinicAt(home, LocalDate.of(2026, 6, 10));
    }

    @AfterAll
    static void clear() throws Exception {
        FxToolkit.cleanupStages();
        TestWorkbook.leaveApp();
    }

    /** Starts the app on the default workbook and waits until all {@code rows} rows of its form are built. */
    TenkenApp startWindow(int rows) throws Exception {
        Stage stage = FxToolkit.registerPrimaryStage();
        TenkenApp app = new TenkenApp();
        FxToolkit.setupApplication(() -> app);
        interact(() -> {
            stage.setWidth(1366);
            stage.setHeight(768);
        });
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> lookup(".answer-yes").queryAll().size() == rows * 2);
        WaitForAsyncUtils.waitForFxEvents();
        return app;
    }
}
