package jp.tenken.app;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;
import jp.tenken.catalog.Catalog;
import jp.tenken.catalog.CatalogReader;
import jp.tenken.catalog.GuidelineReader;
import jp.tenken.catalog.PublicCommentReader;
import jp.tenken.domain.Guideline;
import jp.tenken.domain.GuidelineComments;
import jp.tenken.service.GuidelineService;
import jp.tenken.ui.clauses.ClauseView;
import jp.tenken.ui.clauses.ClauseViewModel;
import jp.tenken.i18n.Messages;
import jp.tenken.service.ChecklistService;
import jp.tenken.service.ExportService;
import jp.tenken.storage.Workbook;
import jp.tenken.ui.checklist.ChecklistView;
import jp.tenken.ui.checklist.ChecklistViewModel;
import jp.tenken.ui.common.Dialogs;
import jp.tenken.ui.common.DisplaySettings;
import jp.tenken.ui.common.FxUiExecutor;

/**
 * The JavaFX application and composition root: opens the default workbook (creating it on first start) before the
 * window shows, then builds the services and the checklist screen and hands them their dependencies.
 */
public final class TenkenApp extends Application {

    private AppPaths paths;
    private AppSettings settings;
    private Catalog catalog;
    private Workbook workbook;
    private Throwable startupError;
    private FxUiExecutor executor;
    private Guideline guideline;
    private GuidelineComments comments;
    private Stage clauseStage;

    @Override
    public void init() {
        Messages.use(Messages.preferred());
        paths = AppPaths.fromSystem();
        settings = AppSettings.load(paths.settingsFile());
        try {
            catalog = new CatalogReader().read(List.of(paths.catalogFolder()));
            guideline = new GuidelineReader().bundled();
            comments = GuidelineComments.attach(guideline, new PublicCommentReader().bundled());
            workbook = Startup.openWorkbook(paths, getParameters().getRaw());
        } catch (RuntimeException e) {
            startupError = e;
        }
    }

    @Override
    public void start(Stage stage) {
        if (startupError != null) {
            Dialogs.error(null, startupError.getMessage());
            Platform.exit();
            return;
        }
        executor = new FxUiExecutor();
        ChecklistService service = new ChecklistService(workbook, catalog, clock());
        GuidelineService guidelineService = new GuidelineService(service, guideline, comments);
        ExportService export = new ExportService(service, guidelineService);
        ChecklistViewModel vm = new ChecklistViewModel(service, export, executor);
        ClauseViewModel clauses = new ClauseViewModel(guidelineService, export, executor);
        DisplaySettings display = new DisplaySettings();
        display.fontSizeProperty().set(parseSize(settings.get("fontSize", "NORMAL")));
        display.highContrastProperty().set(Boolean.parseBoolean(settings.get("highContrast", "false")));
        ChecklistView view = new ChecklistView(vm, display, paths.documents());
        display.applyTo(view);
        Runnable remember = () -> {
            settings.set("fontSize", display.fontSizeProperty().get().name());
            settings.set("highContrast", String.valueOf(display.highContrastProperty().get()));
            executor.submit(() -> {
                settings.save();
                return null;
            }, ok -> { }, e -> { });
        };
        display.fontSizeProperty().addListener((o, a, b) -> remember.run());
        display.highContrastProperty().addListener((o, a, b) -> remember.run());

        javafx.geometry.Rectangle2D screen = javafx.stage.Screen.getPrimary().getVisualBounds();
        Scene scene = new Scene(view, Math.min(1366, screen.getWidth()), Math.min(740, screen.getHeight()));
        scene.getStylesheets().add(TenkenApp.class.getResource("/ui/app.css").toExternalForm());
        stage.setScene(scene);
        stage.setTitle(Messages.get("app.title") + " — " + workbook.file().getFileName());

        // The clause view: its own window owned by the main one, opened from the nav or from a reference.
        java.util.function.Consumer<jp.tenken.domain.GuidelineRef> openClauses = ref -> {
            if (clauseStage == null) {
                clauseStage = new Stage();
                clauseStage.initOwner(stage);
                ClauseView clauseView = new ClauseView(clauses, paths.documents());
                display.applyTo(clauseView);
                Scene s = new Scene(clauseView, Math.min(1366, screen.getWidth()), Math.min(740, screen.getHeight()));
                s.getStylesheets().add(TenkenApp.class.getResource("/ui/app.css").toExternalForm());
                clauseStage.setScene(s);
                clauseStage.setTitle(Messages.get("clauses.title") + " — " + workbook.file().getFileName());
            }
            clauses.load(vm.openYear().orElse(service.currentYear()));
            if (ref != null) {
                clauses.open(ref);
            }
            clauseStage.show();
            clauseStage.toFront();
        };
        vm.setReferenceOpener(openClauses);
        vm.setReferenceComments(ref -> guidelineService.commentsAt(ref).size());
        clauses.setItemOpener(key -> {
            stage.toFront();
            stage.requestFocus();
            vm.revealItem(key);
        });
        view.addNavigationEntry(Messages.get("clauses.nav"), "nav-clauses", () -> openClauses.accept(null));
        stage.setMinWidth(1000);
        stage.setMinHeight(600);
        stage.show();
        vm.load();
    }

    @Override
    public void stop() throws IOException {
        if (executor != null) {
            executor.close();
        }
        if (workbook != null) {
            workbook.close();
        }
    }

    /** {@code -Dtenken.today=2025-06-10} fixes "today" (demonstrations, tests); otherwise the system clock. */
    static Clock clock() {
        String fixed = System.getProperty("tenken.today");
        ZoneId zone = ZoneId.systemDefault();
        if (fixed != null && !fixed.isBlank()) {
            return Clock.fixed(LocalDate.parse(fixed).atTime(9, 0).atZone(zone).toInstant(), zone);
        }
        return Clock.system(zone);
    }

    private static DisplaySettings.FontSize parseSize(String s) {
        try {
            return DisplaySettings.FontSize.valueOf(s);
        } catch (IllegalArgumentException e) {
            return DisplaySettings.FontSize.NORMAL;
        }
    }
}
