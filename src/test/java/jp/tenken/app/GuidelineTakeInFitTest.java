package jp.tenken.app;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import jp.tenken.catalog.PublishedFileReader;
import jp.tenken.pdf.GuidelinePdfs;
import jp.tenken.service.GuidelineTakeInService;
import jp.tenken.testing.TestWorkbook;
import jp.tenken.ui.common.DisplaySettings;
import jp.tenken.ui.common.DisplaySettings.FontSize;
import jp.tenken.ui.common.ImmediateUiExecutor;
import jp.tenken.ui.common.Windows;
import jp.tenken.ui.guideline.GuidelineTakeInView;
import jp.tenken.ui.guideline.GuidelineTakeInViewModel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The window that reads the ministry's guideline PDFs, as a clerk sees it on a 1366×768 laptop after choosing a
 * volume: at 標準, 大 and 特大 every control inside the window, no label cut, no texts drawn over each other.
 */
class GuidelineTakeInFitTest extends FxRobot {
    @TempDir
    Path dir;

    @AfterEach
    void clear() throws Exception {
        FxToolkit.cleanupStages();
    }

    @Test
    void theReadingOfAVolumeReadsWholeAtEverySize() throws Exception {
        Path pdf = GuidelinePdfs.sample(dir.resolve("001716292.pdf"));
        FxToolkit.registerPrimaryStage();
        List<String> problems = new ArrayList<>();
        for (FontSize size : FontSize.values()) {
            DisplaySettings display = new DisplaySettings();
            display.fontSizeProperty().set(size);
            GuidelineTakeInViewModel vm = new GuidelineTakeInViewModel(new GuidelineTakeInService(
                    new PublishedFileReader().bundled(), TestWorkbook::guideline, dir.resolve("guidelines"),
                    Clock.systemDefaultZone()), new ImmediateUiExecutor(), kept -> { });
            Stage[] window = new Stage[1];
            FxToolkit.setupStage(owner -> {
                Scene main = new Scene(new StackPane(), 1366, 740);
                main.getStylesheets().add(Windows.STYLESHEET);
                owner.setScene(main);
                owner.setWidth(1366);
                owner.setHeight(740);
                owner.show();
                window[0] = GuidelineTakeInView.window(new Windows(display), owner, vm);
                window[0].show();
                vm.choose(List.of(pdf));
            });
            WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS,
                    () -> vm.stateProperty().get() == GuidelineTakeInViewModel.State.READY);
            WaitForAsyncUtils.waitForFxEvents();
            WaitForAsyncUtils.sleep(300, TimeUnit.MILLISECONDS);
            for (String p : FitProbe.problems(window[0].getScene())) {
                problems.add(size + ": " + p);
            }
            for (String p : Mnemonics.shared(window[0].getScene())) {
                problems.add(size + ": " + p);
            }
            interact(window[0]::close);
        }
        System.out.println("TAKEIN\n" + String.join("\n", problems));
        assertTrue(problems.isEmpty(), problems.size() + " problems:\n" + String.join("\n", problems));
    }
}
