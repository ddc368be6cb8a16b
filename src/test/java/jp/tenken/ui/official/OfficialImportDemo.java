package jp.tenken.ui.official;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;
import jp.tenken.domain.FiscalYear;
import jp.tenken.testing.TestWorkbook;
import jp.tenken.ui.common.DisplaySettings;
import jp.tenken.ui.common.FxUiExecutor;
import jp.tenken.xlsx.read.OfficialVariants;

/**
 * For looking at the take-in window as a user would (screenshots at 1366×768): opens it on a synthetic sheet of
 * ours, {@code ambiguous} (mapped by hand, as the user would), {@code cover} (recognised) or {@code example} (a
 * filled-in example sheet first); a second argument {@code xlarge} shows it at 特大. Not a test.
 */
public final class OfficialImportDemo extends Application {
    @Override
    public void start(Stage stage) throws Exception {
        Path dir = Files.createTempDirectory("tenken-demo");
        TestWorkbook wb = TestWorkbook.create(dir.resolve("demo.tenken"), LocalDate.of(2026, 6, 1));
        OfficialImportViewModel vm = new OfficialImportViewModel(wb.context().official(),
                wb.context().officialMappings(), new FxUiExecutor(),
                name -> { });
        vm.setCurrentYear(new FiscalYear(2026));
        List<String> args = getParameters().getRaw();
        String kind = args.isEmpty() ? "ambiguous" : args.get(0);
        Path file = switch (kind) {
            case "cover" -> OfficialVariants.coverSheetFirst(dir.resolve("001716187.xlsx"));
            case "example" -> MappingWorkbooks.exampleFirst(dir.resolve("001716187.xlsx"));
            default -> OfficialVariants.ambiguousHeaders(dir.resolve("checklist.xlsx"));
        };
        OfficialImportView view = new OfficialImportView(vm);
        view.setBottom(OfficialImportView.buttons(stage, vm));
        DisplaySettings display = new DisplaySettings();
        if (args.contains("xlarge")) {
            display.fontSizeProperty().set(DisplaySettings.FontSize.XLARGE);
        }
        display.applyTo(view);
        Scene scene = new Scene(view, 1366, 740);
        scene.getStylesheets().add(OfficialImportDemo.class.getResource("/ui/app.css").toExternalForm());
        stage.setScene(scene);
        stage.setTitle("厚生労働省の Excel を取り込む");
        stage.show();
        vm.choose(List.of(file));
        if (kind.equals("ambiguous")) {
            new Thread(() -> {
                try {
                    Thread.sleep(4000); // as a user would: after the sheet shows
                } catch (InterruptedException e) {
                    return;
                }
                Platform.runLater(() -> {
                vm.formProperty().set(FormChoice.FACILITY);
                vm.mapping().headerRowProperty().set(3);
                vm.mapping().columnOf("NUMBER").set(0);
                vm.mapping().columnOf("ITEM").set(1);
                vm.mapping().columnOf("ANSWER_1").set(2);
                vm.mapping().columnOf("CHECKED_1").set(3);
                });
            }).start();
        }
    }

    /** The entry point: on the class path the main class must not extend Application. */
    public static final class Main {
        public static void main(String[] args) {
            Application.launch(OfficialImportDemo.class, args);
        }
    }
}
