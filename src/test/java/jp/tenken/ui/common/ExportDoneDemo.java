package jp.tenken.ui.common;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import jp.tenken.domain.FiscalYear;
import jp.tenken.domain.year.Facility;
import jp.tenken.domain.year.FacilityKind;
import jp.tenken.service.ExportResult;
import jp.tenken.testing.TestWorkbook;

/** For looking at the export completion dialog as a user would (a screenshot), on a real export. Not a test. */
public final class ExportDoneDemo extends Application {
    @Override
    public void start(Stage stage) throws Exception {
        Path dir = Files.createTempDirectory("tenken-done");
        TestWorkbook wb = TestWorkbook.create(dir.resolve("demo.tenken"), LocalDate.of(2025, 10, 1));
        wb.checklist().saveFacility(new Facility("さくら内科クリニック", FacilityKind.CLINIC));
        wb.vendors().add("株式会社メディカル", "電子カルテ", "", true);
        ExportResult r = wb.export().exportPack(new FiscalYear(2025), dir.resolve("立入検査用.xlsx"), f -> { });
        stage.setScene(new Scene(new Label("Tenken"), 900, 600));
        stage.show();
        Platform.runLater(() -> ExportDoneDialog.show(stage, r.message(), r.file(), new FxUiExecutor()));
    }

    /** The entry point: on the class path the main class must not extend Application. */
    public static final class Main {
        public static void main(String[] args) {
            Application.launch(ExportDoneDemo.class, args);
        }
    }
}
