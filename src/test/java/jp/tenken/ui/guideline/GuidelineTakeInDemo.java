package jp.tenken.ui.guideline;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.stage.Stage;
import jp.tenken.app.AppContext;
import jp.tenken.catalog.PublishedFileReader;
import jp.tenken.domain.FiscalYear;
import jp.tenken.pdf.GuidelinePdfs;
import jp.tenken.service.GuidelineSevenTest;
import jp.tenken.service.GuidelineTakeInService;
import jp.tenken.testing.TestWorkbook;
import jp.tenken.ui.clauses.ClauseNode;
import jp.tenken.ui.clauses.ClauseView;
import jp.tenken.ui.clauses.ClauseViewModel;
import jp.tenken.ui.common.DisplaySettings;
import jp.tenken.ui.common.FxUiExecutor;
import jp.tenken.xlsx.read.OfficialSamples;

/**
 * For looking at the guideline take-in as a user would (screenshots at 1366×768): {@code review} opens the review
 * window on a generated 企画管理編 of 第7.0版, {@code refused} on a file that is not a PDF, {@code clauses} the clause
 * window of a 令和8 year once 第7.0版 was taken in (a clause selected). Not a test.
 */
public final class GuidelineTakeInDemo extends Application {
    @Override
    public void start(Stage stage) throws Exception {
        Path dir = Files.createTempDirectory("tenken-demo");
        List<String> args = getParameters().getRaw();
        String kind = args.isEmpty() ? "review" : args.get(0);
        DisplaySettings display = new DisplaySettings();
        if (kind.equals("clauses")) {
            TestWorkbook wb = TestWorkbook.create(dir.resolve("demo.tenken"), LocalDate.of(2026, 12, 6));
            AppContext context = wb.context();
            context.official().add(context.official().preview(List.of(
                    OfficialSamples.facilityStandard(dir.resolve("001716187.xlsx"))), null));
            GuidelineTakeInService takeIn = new GuidelineTakeInService(new PublishedFileReader().bundled(),
                    TestWorkbook::guideline, dir.resolve("guidelines"), TestWorkbook.clockAt(LocalDate.of(2026, 12, 6)));
            takeIn.keep(takeIn.preview(List.of(GuidelineSevenTest.volume(dir.resolve("001716292.pdf"))), "7.0"));
            AppContext reloaded = context.withCatalogReloaded();
            ClauseViewModel vm = new ClauseViewModel(reloaded.guideline(), reloaded.export(), new FxUiExecutor());
            ClauseView view = new ClauseView(vm, dir);
            display.applyTo(view);
            show(stage, view, "ガイドライン対応");
            vm.load(new FiscalYear(2026));
            ClauseNode part = vm.roots().get(0);
            ClauseNode chapter = part.children().get(1);
            vm.selectedProperty().set(chapter.children().get(0));
            return;
        }
        GuidelineTakeInViewModel vm = new GuidelineTakeInViewModel(new GuidelineTakeInService(
                new PublishedFileReader().bundled(), TestWorkbook::guideline, dir.resolve("guidelines"),
                java.time.Clock.systemDefaultZone()), new FxUiExecutor(), kept -> { });
        Path file = kind.equals("refused") ? Files.writeString(dir.resolve("guideline.pdf"), "not a pdf")
                : GuidelinePdfs.sample(dir.resolve("001716292.pdf"));
        stage.setWidth(1366);
        stage.setHeight(740);
        stage.show();
        jp.tenken.ui.common.Windows windows = new jp.tenken.ui.common.Windows(display);
        GuidelineTakeInView.window(windows, stage, vm).show();
        vm.choose(List.of(file));
    }

    private static void show(Stage stage, javafx.scene.Parent view, String title) {
        Scene scene = new Scene(view, 1366, 740);
        scene.getStylesheets().add(GuidelineTakeInDemo.class.getResource("/ui/app.css").toExternalForm());
        stage.setScene(scene);
        stage.setTitle(title);
        stage.show();
    }

    /** The entry point: on the class path the main class must not extend Application. */
    public static final class Main {
        public static void main(String[] args) {
            Application.launch(GuidelineTakeInDemo.class, args);
        }
    }
}
