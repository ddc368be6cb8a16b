package jp.tenken.ui.checklist;

import java.nio.file.Path;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import jp.tenken.domain.FiscalYear;
import jp.tenken.i18n.Messages;
import jp.tenken.service.ExportResult;
import jp.tenken.service.ExportService;
import jp.tenken.service.OpenForm;
import jp.tenken.ui.common.UiExecutor;
import jp.tenken.domain.ExportProgress;

/** The export commands of the checklist: the 立入検査用 pack or this form alone, written off the FX thread. */
public final class ChecklistExportViewModel {
    private final DoubleProperty exportProgress = new SimpleDoubleProperty(0);
    private final BooleanProperty exporting = new SimpleBooleanProperty(false);
    private final ReadOnlyObjectWrapper<ExportResult> done = new ReadOnlyObjectWrapper<>();
    private final ExportService exportService;
    private final UiExecutor executor;
    private final ChecklistViewModel screen;

    ChecklistExportViewModel(ExportService exportService, UiExecutor executor, ChecklistViewModel screen) {
        this.exportService = exportService;
        this.executor = executor;
        this.screen = screen;
    }

    public ReadOnlyDoubleProperty exportProgressProperty() {
        return exportProgress;
    }

    /** The last export finished: its file and what it holds, as read back from the file (the view shows it). */
    public ReadOnlyObjectProperty<ExportResult> doneProperty() {
        return done.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty exportingProperty() {
        return exporting;
    }

    /** A file name for the export that a person recognises: さくら内科_立入検査用_令和7年度.xlsx. */
    public String suggestedExportName(boolean pack) {
        String facility = screen.header().facilityNameProperty().get().replaceAll("[\\\\/:*?\"<>|]", "_").strip();
        FiscalYear selected = screen.yearList().selectedYearProperty().get();
        String year = selected == null ? "" : selected.label();
        return pack ? Messages.get("export.defaultName.pack", facility, year)
                : Messages.get("export.defaultName.form", facility, screen.header().formLabelProperty().get(), year);
    }

    /** Writes the 立入検査用 pack (or this form only) off the FX thread, reporting progress. */
    public void export(boolean pack, Path out) {
        OpenForm open = screen.open();
        if (open == null || exporting.get()) {
            return;
        }
        FiscalYear year = open.assessment().year();
        exporting.set(true);
        exportProgress.set(0);
        screen.showStatus(Messages.get("export.running"));
        executor.submit(() -> {
            ExportProgress p = f -> executor.onUiThread(() -> exportProgress.set(f));
            return pack ? exportService.exportPack(year, out, p) : exportService.exportOwnForm(year, out, p);
        }, path -> {
            exporting.set(false);
            exportProgress.set(1);
            screen.showStatus(Messages.get("export.done", path.file().toAbsolutePath()) + "：" + path.summary());
            done.set(path);
        }, e -> {
            exporting.set(false);
            screen.failed(e);
        });
    }
}
