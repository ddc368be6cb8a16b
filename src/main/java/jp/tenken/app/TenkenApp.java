package jp.tenken.app;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.animation.PauseTransition;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.collections.ListChangeListener;
import javafx.scene.Scene;
import javafx.scene.image.Image;
import javafx.stage.Stage;
import javafx.util.Duration;
import jp.tenken.domain.FiscalYear;
import jp.tenken.domain.edition.GuidelineRef;
import jp.tenken.i18n.Messages;
import jp.tenken.service.BackupService;
import jp.tenken.service.ChecklistService;
import jp.tenken.service.ComparisonService;
import jp.tenken.service.ExportService;
import jp.tenken.service.GuidelineService;
import jp.tenken.service.ImportService;
import jp.tenken.service.VendorService;
import jp.tenken.ui.backup.RestoreDialog;
import jp.tenken.ui.checklist.ChecklistView;
import jp.tenken.ui.checklist.ChecklistViewModel;
import jp.tenken.ui.clauses.ClauseView;
import jp.tenken.ui.clauses.ClauseViewModel;
import jp.tenken.ui.common.Dialogs;
import jp.tenken.ui.common.DisplaySettings;
import jp.tenken.ui.common.Fonts;
import jp.tenken.ui.common.FxUiExecutor;
import jp.tenken.ui.common.Windows;
import jp.tenken.ui.compare.ComparisonView;
import jp.tenken.ui.compare.ComparisonViewModel;
import jp.tenken.ui.guideline.GuidelineTakeInView;
import jp.tenken.ui.guideline.GuidelineTakeInViewModel;
import jp.tenken.ui.official.OfficialImportView;
import jp.tenken.ui.official.OfficialImportViewModel;
import jp.tenken.ui.registers.RegistersWindow;
import jp.tenken.ui.vendors.VendorsWindow;

/**
 * The JavaFX application: takes the {@link AppContext} preloaded while the toolkit started (the default workbook,
 * created on first start), builds the screens and hands them their services, and manages the windows. On close it
 * keeps a copy of the workbook (the newest N kept).
 */
public final class TenkenApp extends Application {

    static final int DEFAULT_BACKUPS_KEPT = 10;
    /** The window's icon sizes (resources/ui/icon-N.png, drawn by installer/icons/make-icons.sh). */
    private static final int[] ICON_SIZES = {16, 32, 48, 64, 128};

    private AppPaths paths;
    private AppSettings settings;
    private volatile AppContext context;
    private Path workbookFile;
    private Throwable startupError;
    private Preload preload;
    private FxUiExecutor executor;
    private Stage stage;
    private final DisplaySettings display = new DisplaySettings();
    private final Windows windows = new Windows(display);
    private Stage clauseStage;
    private VendorsWindow vendorsWindow;
    private RegistersWindow registersWindow;

    /** With {@code -Dtenken.reportReady=true}, start-up phases are timed on stderr (for the launch benchmark). */
    private static void phase(String what) {
        if (Boolean.getBoolean("tenken.reportReady")) {
            System.err.println("TENKEN_PHASE " + what + " " + System.currentTimeMillis());
        }
    }

    /** The process's exit code once the window is gone: 2 when the workbook could not be opened (see Launcher). */
    private static volatile int exitCode;

    static int exitCode() {
        return exitCode;
    }

    @Override
    public void init() {
        phase("init");
        Fonts.openInBackground(); // while the workbook is taken and the view built
        Messages.use(Messages.preferred());
        preload = Preload.claim(getParameters().getRaw());
        paths = preload.paths;
        settings = AppSettings.load(paths.settingsFile());
        try {
            context = preload.context(TenkenApp::phase);
            workbookFile = context.workbookFile();
        } catch (RuntimeException e) {
            startupError = e;
        }
    }

    @Override
    public void start(Stage stage) {
        if (startupError != null) {
            // also on stderr, for whoever started it from a terminal or a script; the process then ends with 2
            System.err.println(startupError.getMessage());
            exitCode = 2;
            if (!Boolean.getBoolean("tenken.exitWhenReady")) { // a timed or scripted start ends without waiting
                Dialogs.error(null, startupError.getMessage());
            }
            Platform.exit();
            return;
        }
        phase("start");
        this.stage = stage;
        executor = new FxUiExecutor();
        display.fontSizeProperty().set(parseSize(settings.get("fontSize", "NORMAL")));
        display.highContrastProperty().set(Boolean.parseBoolean(settings.get("highContrast", "false")));
        display.fontSizeProperty().addListener((o, a, b) -> remember());
        display.highContrastProperty().addListener((o, a, b) -> remember());

        windows.main(stage, buildMain(), 1366, 740);
        // the sizes a title bar and a task switcher draw, not one large picture (set, not added: a stage may be
        // given to a new start, as the tests do)
        stage.getIcons().setAll(Arrays.stream(ICON_SIZES).mapToObj(size -> new Image(
                TenkenApp.class.getResource("/ui/icon-" + size + ".png").toExternalForm(), true)).toList());
        stage.setTitle(Messages.get("app.title") + " " + Version.get() + " — " + workbookFile.getFileName());
        stage.setMinWidth(1000);
        stage.setMinHeight(600);
        stage.show();
        phase("shown");
    }

    /** Builds the main screen on the context's services (again after a restore or a new edition). */
    private ChecklistView buildMain() {
        AppContext ctx = context;
        ChecklistService service = ctx.checklist();
        GuidelineService guidelineService = ctx.guideline();
        ExportService export = ctx.export();
        VendorService vendorService = ctx.vendors();
        ChecklistViewModel vm = new ChecklistViewModel(service, vendorService, export, executor);
        vm.setGuidelineNotice(guidelineService::guidelineNotice);
        vm.setEditions(ctx.editionMoves(), this::takeInOfficialWorkbook);
        if (registersWindow != null) {
            registersWindow.close(); // it showed the workbook as it was before a restore
        }
        registersWindow = new RegistersWindow(ctx.registers(), ctx.maintenance(), export, executor, windows,
                paths.documents(),
                () -> vm.openYear().ifPresent(vm::selectYear));
        Runnable openRegisters = () -> registersWindow.show(stage, vm.openYear().orElse(service.currentYear()),
                workbookFile.getFileName().toString());
        vm.setRegisters(ctx.registers()::readinessNotes, openRegisters);
        vm.setMaintenance(ctx.maintenance()::readinessNotes, () -> registersWindow.showMaintenance(stage,
                vm.openYear().orElse(service.currentYear()), workbookFile.getFileName().toString()));
        whenRowsShow(vm);
        // the year is read on the worker while the screen is built and shown
        vm.load();
        phase("services");
        ChecklistView view = new ChecklistView(vm, display, paths.documents());
        phase("view");
        if (clauseStage != null) {
            clauseStage.close(); // it showed the workbook as it was before a restore
            clauseStage = null;
        }
        if (vendorsWindow != null) {
            vendorsWindow.close();
        }
        // The clause view: its own window owned by the main one, opened from the nav or from a reference. Its model
        // (the whole guideline as a tree) is made when it is first opened, not before the checklist's first frame.
        Supplier<ClauseViewModel> clauseModel = AppContext.once(() -> {
            ClauseViewModel clauses = new ClauseViewModel(guidelineService, export, executor);
            clauses.setItemOpener(key -> {
                stage.toFront();
                stage.requestFocus();
                vm.revealItem(key);
            });
            return clauses;
        });
        Consumer<GuidelineRef> openClauses = ref -> openClauses(clauseModel.get(),
                vm.openYear().orElse(service.currentYear()), ref);
        vm.setReferenceOpener(openClauses);
        vm.setReferenceComments(ref -> guidelineService.commentsAt(ref).size());
        view.addNavigationEntry(Messages.get("clauses.nav"), "nav-clauses", () -> openClauses.accept(null));
        ComparisonService comparisons = ctx.comparisons();
        view.addNavigationEntry(Messages.get("compare.nav"), "nav-compare",
                () -> openComparison(stage, comparisons, export, vm.openYear().orElse(service.currentYear())));
        ImportService importService = ctx.imports();
        // what the 事業者 window saves reads the year again (its readiness, answers an import changed)
        vendorsWindow = new VendorsWindow(vendorService, export, importService, ctx.mdsSds(), executor, windows,
                paths.documents(), () -> vm.openYear().ifPresent(vm::selectYear));
        Runnable openVendors = () -> vendorsWindow.show(stage, vm.openYear().orElse(service.currentYear()),
                titled("vendors.title"));
        vm.setVendors(ctx.mdsSds()::readinessNotes, openVendors);
        view.addNavigationEntry(Messages.get("vendors.nav"), "nav-vendors", openVendors);
        view.addNavigationEntry(Messages.get("registers.nav"), "nav-registers", openRegisters);
        view.addFirstStartEntry(Messages.get("backup.nav"), "nav-backup", this::restoreFromBackup);
        view.addNavigationEntry(Messages.get("official.nav"), "nav-official", this::takeInOfficialWorkbook);
        view.addNavigationEntry(Messages.get("guidelinePdf.nav"), "nav-guideline-pdf", this::takeInGuidelinePdfs);
        return view;
    }

    /** Shows the clause window (built on first use) on a year, at a reference when one is given. */
    private void openClauses(ClauseViewModel clauses, FiscalYear year, GuidelineRef ref) {
        if (clauseStage == null) {
            clauseStage = windows.owned(stage, new ClauseView(clauses, paths.documents()))
                    .title(titled("clauses.title")).size(1366, 740).build();
        }
        clauses.load(year);
        if (ref != null) {
            clauses.open(ref);
        }
        clauseStage.show();
        clauseStage.toFront();
    }

    /**
     * Once the first frame showing checklist rows has been laid out (the window is usable), the preload reads what
     * the first screen does not need. For the launch benchmark ({@code -Dtenken.reportReady=true}) it also prints
     * {@code TENKEN_READY <epoch ms>} then.
     */
    private void whenRowsShow(ChecklistViewModel vm) {
        boolean report = Boolean.getBoolean("tenken.reportReady");
        vm.rows().addListener((ListChangeListener<Object>) c -> {
            phase("rows");
            if (!vm.rows().isEmpty() && stage.getScene() != null) {
                Scene scene = stage.getScene();
                Runnable[] once = new Runnable[1];
                once[0] = () -> {
                    scene.removePostLayoutPulseListener(once[0]);
                    preload.rowsShown();
                    if (!report) {
                        return;
                    }
                    System.out.println("TENKEN_READY " + System.currentTimeMillis());
                    System.out.flush();
                    if (Boolean.getBoolean("tenken.trainingRun")) {
                        trainingRun();
                    } else if (Boolean.getBoolean("tenken.exitWhenReady")) {
                        Platform.exit();
                    }
                };
                scene.addPostLayoutPulseListener(once[0]);
            }
        });
    }

    /**
     * The installer build's training run for the class-data (AOT) cache: the window alone, as a clinic opens it.
     * With the checklist shown it waits until what is filled in after the first frame (the guidance pane, the
     * readiness line) has been laid out, then ends the app. Nothing is exported: classes the start does not need
     * would be loaded from the cache at every start (a cache trained on the exports too was 18 MB larger, held
     * 18 MB more in memory and started and exported more slowly).
     */
    private void trainingRun() {
        PauseTransition settle = new PauseTransition(Duration.seconds(2));
        settle.setOnFinished(e -> Platform.exit());
        settle.play();
    }

    private void remember() {
        settings.set("fontSize", display.fontSizeProperty().get().name());
        settings.set("highContrast", String.valueOf(display.highContrastProperty().get()));
        saveSettings();
    }

    private void saveSettings() {
        executor.submit(() -> {
            settings.save();
            return null;
        }, ok -> { }, e -> { });
    }

    private int backupsKept() {
        try {
            return Math.max(1, Integer.parseInt(settings.get("backupsKept", String.valueOf(DEFAULT_BACKUPS_KEPT))));
        } catch (NumberFormatException e) {
            return DEFAULT_BACKUPS_KEPT;
        }
    }

    /** 「バックアップから復元」: choose a copy, confirm, then close, replace and reopen the workbook. */
    private void restoreFromBackup() {
        BackupService backups = context.backups();
        executor.submit(backups::list, entries -> {
            RestoreDialog dialog = new RestoreDialog(stage, entries, backupsKept(), workbookFile, executor);
            var chosen = dialog.showAndWait();
            if (dialog.kept() != backupsKept()) {
                settings.set("backupsKept", String.valueOf(dialog.kept()));
                saveSettings();
            }
            if (chosen.isEmpty() || !RestoreDialog.confirm(stage, chosen.get())) {
                return;
            }
            executor.submit(() -> {
                context.close();
                try {
                    return backups.restoreClosed(chosen.get());
                } finally {
                    context = context.reopened();
                }
            }, aside -> {
                windows.replaceRoot(stage, buildMain());
                Dialogs.info(stage, Messages.get("backup.done", aside.getFileName()));
            }, e -> {
                windows.replaceRoot(stage, buildMain());
                Dialogs.error(stage, e.getMessage());
            });
        }, e -> Dialogs.error(stage, e.getMessage()));
    }

    /**
     * 「厚生労働省の Excel を取り込む」: the take-in screen adds the edition; the catalog is then read again and the
     * main screen rebuilt on it.
     */
    private void takeInOfficialWorkbook() {
        OfficialImportViewModel official = new OfficialImportViewModel(context.official(),
                context.officialMappings(), executor,
                name -> reloadCatalog(() -> Messages.get("official.added", name)));
        official.setCurrentYear(context.checklist().currentYear());
        OfficialImportView.start(windows, stage, official);
    }

    /**
     * 「ガイドライン PDF の取り込み」: the review window keeps the version in app data; the context is then read again
     * (the clause window rebuilt on its next opening) and the main screen rebuilt on it.
     */
    private void takeInGuidelinePdfs() {
        GuidelineTakeInViewModel vm = new GuidelineTakeInViewModel(AppContext.guidelineTakeIn(paths), executor,
                kept -> reloadCatalog(() -> Messages.get("guidelinePdf.keptDialog", kept.version(),
                        String.join("・", kept.volumes().stream().map(v -> v.volume().part()).toList()))));
        GuidelineTakeInView.start(windows, stage, vm);
    }

    /**
     * After a take-in: the catalogs are read again on the worker, the main screen is rebuilt on them (buildMain also
     * closes the clause and vendor windows, which showed the catalogs as they were) and {@code said} is shown.
     */
    private void reloadCatalog(Supplier<String> said) {
        executor.submit(context::withCatalogReloaded, reloaded -> {
            context = reloaded;
            windows.replaceRoot(stage, buildMain());
            Dialogs.info(stage, said.get());
        }, e -> Dialogs.error(stage, Messages.forUser(e)));
    }

    /** The comparison opens in its own window, owned by the main one, on the year the checklist shows. */
    private void openComparison(Stage owner, ComparisonService comparisons, ExportService export, FiscalYear year) {
        ComparisonViewModel cvm = new ComparisonViewModel(comparisons, export, executor);
        windows.owned(owner, new ComparisonView(cvm, paths.documents())).title(titled("compare.title"))
                .size(Math.max(1000, owner.getWidth() - 40), Math.max(600, owner.getHeight() - 40))
                .scrolling().build().show();
        cvm.load(year);
    }

    /** A window's title: its name and the workbook it shows. */
    private String titled(String key) {
        return Messages.get(key) + " — " + workbookFile.getFileName();
    }

    @Override
    public void stop() throws IOException {
        if (executor != null) {
            executor.close();
        }
        if (context != null) {
            try {
                context.closeWithBackup(backupsKept());
            } catch (RuntimeException e) {
                // the workbook itself is safe; a failed copy must not stop the app from closing
                context.close();
            }
        }
    }

    private static DisplaySettings.FontSize parseSize(String s) {
        try {
            return DisplaySettings.FontSize.valueOf(s);
        } catch (IllegalArgumentException e) {
            return DisplaySettings.FontSize.NORMAL;
        }
    }
}
