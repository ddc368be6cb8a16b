package jp.tenken.app;

import java.util.concurrent.TimeUnit;
import javafx.stage.Stage;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** The real app started as a clinic opens it, in a window of a clinic laptop's size (1366×768). */
final class ChecklistWindow {

    private ChecklistWindow() {
    }

    /** Starts the app on the default workbook and waits until all {@code rows} rows of its form are built. */
    static TenkenApp start(FxRobot robot, int rows) throws Exception {
        Stage stage = FxToolkit.registerPrimaryStage();
        TenkenApp app = new TenkenApp();
        FxToolkit.setupApplication(() -> app);
        robot.interact(() -> {
            stage.setWidth(1366);
            stage.setHeight(768);
        });
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup(".answer-yes").queryAll().size() == rows * 2);
        WaitForAsyncUtils.waitForFxEvents();
        return app;
    }
}
