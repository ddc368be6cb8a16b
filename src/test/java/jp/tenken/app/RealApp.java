package jp.tenken.app;

import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** The real app started on the test's workbook, as a clerk opens it, for a test to drive. */
final class RealApp {
    private RealApp() {
    }

    /**
     * Starts the app in the primary stage and waits until its progress line shows {@code progress} (such as 「0 /
     * 22」: the year's rows are there). End it with {@code FxToolkit.cleanupApplication}.
     */
    static TenkenApp start(FxRobot robot, String progress) throws Exception {
        FxToolkit.registerPrimaryStage();
        TenkenApp app = new TenkenApp();
        FxToolkit.setupApplication(() -> app);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#progress").tryQuery()
                .map(n -> ((Label) n).getText().contains(progress)).orElse(false));
        return app;
    }

    /**
     * Starts the app as on first use (no workbook yet) in the primary stage, laid over a 1366×768 screen at its
     * corner, and waits for the facility question. End it with {@code FxToolkit.cleanupApplication}.
     */
    static TenkenApp firstStart(FxRobot robot) throws Exception {
        Stage stage = FxToolkit.registerPrimaryStage();
        TenkenApp app = new TenkenApp();
        FxToolkit.setupApplication(() -> app);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#facility-name").tryQuery().isPresent());
        robot.interact(() -> {
            stage.setX(0);
            stage.setY(0);
            stage.setWidth(1366);
            stage.setHeight(768);
        });
        return app;
    }
}
