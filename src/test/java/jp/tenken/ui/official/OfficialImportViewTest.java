package jp.tenken.ui.official;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import jp.tenken.testing.TestWorkbook;
import jp.tenken.ui.common.ImmediateUiExecutor;
import jp.tenken.xlsx.read.OfficialSamples;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;

/** The take-in's confirmation content on a real screen: the recognised lines as read, an error only when one. */
class OfficialImportViewTest extends FxRobot {
    @TempDir
    Path dir;

    @AfterAll
    static void clear() throws Exception {
        FxToolkit.cleanupStages();
    }

    @Test
    void theSummaryShowsWhatWasRecognisedAndAFailureShowsWhy() throws Exception {
        FxToolkit.registerPrimaryStage();
        try (TestWorkbook wb = TestWorkbook.create(dir.resolve("clinic.tenken"), LocalDate.of(2026, 6, 1))) {
            OfficialImportViewModel vm = new OfficialImportViewModel(wb.context().official(),
                    wb.context().officialMappings(), new ImmediateUiExecutor(), name -> { });
            Path facility = OfficialSamples.facilityStandard(dir.resolve("001716187.xlsx"));
            Path staff = OfficialSamples.notAChecklist(dir.resolve("staff.xlsx"));
            FxToolkit.setupStage(stage -> {
                vm.choose(List.of(facility));
                stage.setScene(new Scene(new OfficialImportView(vm), 760, 480));
                stage.show();
            });
            TextArea summary = lookup("#official-preview").queryAs(TextArea.class);
            Label error = lookup("#official-error").queryAs(Label.class);
            assertEquals(String.join("\n", vm.summary()), summary.getText());
            assertTrue(summary.getText().contains("001716187.xlsx"), summary.getText());
            assertFalse(error.isVisible());

            interact(() -> vm.choose(List.of(staff)));
            assertTrue(error.isVisible());
            assertTrue(error.getText().contains("「staff.xlsx」はチェックリストの表として読み取れませんでした"),
                    error.getText());
            assertEquals("", summary.getText());
        }
    }
}
