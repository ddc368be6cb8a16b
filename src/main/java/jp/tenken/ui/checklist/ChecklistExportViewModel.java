package jp.tenken.ui.checklist;

import java.nio.file.Path;
import java.util.Optional;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import jp.tenken.domain.FiscalYear;
import jp.tenken.i18n.Messages;
import jp.tenken.service.ExportResult;
import jp.tenken.service.ExportService;
import jp.tenken.service.OpenForm;
import jp.tenken.ui.common.ExportRun;
import jp.tenken.ui.common.UiExecutor;

/**
 * The export commands of the checklist: the 立入検査用 pack, this form alone, or (for a year answered on an edition
 * taken in from the ministry's Excel) the ministry's own workbook filled in for submission, written off the FX thread.
 */
public final class ChecklistExportViewModel {

    /** What the export commands ask of the screen they belong to, and nothing more. */
    interface Screen {
        /** The year whose form is on screen, if any. */
        Optional<FiscalYear> openYear();

        /** The facility's name and the form's label, for file names. */
        FormHeaderViewModel header();

        /** The year chosen in the list, for file names. */
        YearListViewModel yearList();

        void showStatus(String text);

        void failed(Throwable e);
    }

    private final ReadOnlyObjectWrapper<ExportResult> done = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper officialAvailable = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper officialLabel = new ReadOnlyStringWrapper(Messages.get("export.official"));
    private final ExportService exportService;
    private final Screen screen;
    private final ExportRun exports;

    ChecklistExportViewModel(ExportService exportService, UiExecutor executor, Screen screen) {
        this.exportService = exportService;
        this.screen = screen;
        this.exports = new ExportRun(executor);
    }

    public ReadOnlyDoubleProperty exportProgressProperty() {
        return exports.progressProperty();
    }

    /** The last export finished: its file and what it holds, as read back from the file (the view shows it). */
    public ReadOnlyObjectProperty<ExportResult> doneProperty() {
        return done.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty exportingProperty() {
        return exports.exportingProperty();
    }

    /** Whether the open year can be written into the ministry's own Excel (it is answered on a taken-in edition). */
    public ReadOnlyBooleanProperty officialAvailableProperty() {
        return officialAvailable.getReadOnlyProperty();
    }

    /**
     * The menu text of that export: 「厚生労働省の Excel に記入（提出用）」, and when it is not available, why
     * (the year is answered on an edition bundled with Tenken).
     */
    public ReadOnlyStringProperty officialLabelProperty() {
        return officialLabel.getReadOnlyProperty();
    }

    /** Called when a year's form is shown: whether its edition keeps the ministry's layout. */
    void showForm(OpenForm form) {
        boolean available = exportService.writesOfficial(form.edition().edition().id());
        officialAvailable.set(available);
        officialLabel.set(available ? Messages.get("export.official")
                : Messages.get("export.official.unavailable", form.edition().edition().name()));
    }

    /** A file name for the export that a person recognises: さくら内科_立入検査用_令和7年度.xlsx. */
    public String suggestedExportName(boolean pack) {
        String year = yearLabel();
        return pack ? Messages.get("export.defaultName.pack", facility(), year)
                : Messages.get("export.defaultName.form", facility(), screen.header().formLabelProperty().get(), year);
    }

    /** A file name for the ministry's workbook filled in: さくら内科_チェックリスト提出用_令和8年度.xlsx. */
    public String suggestedOfficialName() {
        return Messages.get("export.defaultName.official", facility(), yearLabel());
    }

    private String facility() {
        return screen.header().facilityNameProperty().get().replaceAll("[\\\\/:*?\"<>|]", "_").strip();
    }

    private String yearLabel() {
        FiscalYear selected = screen.yearList().selectedYearProperty().get();
        return selected == null ? "" : selected.label();
    }

    /** Writes the 立入検査用 pack (or this form only) off the FX thread, reporting progress. */
    public void export(boolean pack, Path out) {
        FiscalYear year = screen.openYear().orElse(null);
        if (year == null) {
            return;
        }
        run(p -> pack ? exportService.exportPack(year, out, p) : exportService.exportOwnForm(year, out, p));
    }

    /**
     * Writes the open year's answers into a copy of the ministry's own workbook (提出用) off the FX thread, with the
     * same progress and completion as the other exports; a year on a bundled edition gets the reason in Japanese.
     */
    public void exportOfficial(Path out) {
        FiscalYear year = screen.openYear().orElse(null);
        if (year == null) {
            return;
        }
        run(p -> exportService.exportOfficial(year, out, p));
    }

    private void run(ExportRun.Write write) {
        if (!exports.begin()) {
            return;
        }
        screen.showStatus(Messages.get("export.running"));
        exports.submit(write, path -> {
            screen.showStatus(Messages.get("export.done", path.file().toAbsolutePath()) + "：" + path.summary());
            done.set(path);
        }, screen::failed);
    }
}
