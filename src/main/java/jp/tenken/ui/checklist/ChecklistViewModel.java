package jp.tenken.ui.checklist;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.ToIntFunction;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import jp.tenken.domain.FiscalYear;
import jp.tenken.domain.edition.GuidelineRef;
import jp.tenken.domain.edition.RowKey;
import jp.tenken.domain.year.Facility;
import jp.tenken.domain.year.FacilityKind;
import jp.tenken.domain.year.Readiness;
import jp.tenken.domain.year.YearSummary;
import jp.tenken.i18n.Messages;
import jp.tenken.service.ChecklistService;
import jp.tenken.service.EditionMoveService;
import jp.tenken.service.ExportService;
import jp.tenken.service.OpenForm;
import jp.tenken.service.VendorService;
import jp.tenken.ui.common.UiExecutor;

/**
 * State and commands of the checklist screen: which year and form is open, its rows, and the parts of the screen
 * as their own view models (header, year list, readiness, filter, answers, export, guidance). Every read and
 * write goes through the executor, off the FX thread.
 */
public final class ChecklistViewModel implements AnswersViewModel.Screen, ChecklistExportViewModel.Screen {

    // --- state
    private final ObservableList<RowViewModel> rows = FXCollections.observableArrayList();
    private final ObjectProperty<RowViewModel> selectedRow = new SimpleObjectProperty<>();
    private final ObjectProperty<RowViewModel> focusRequest = new SimpleObjectProperty<>();
    private final StringProperty status = new SimpleStringProperty("");
    private final BooleanProperty sharedFolder = new SimpleBooleanProperty(false);
    private final BooleanProperty loading = new SimpleBooleanProperty(false);
    private final BooleanProperty needsFacility = new SimpleBooleanProperty(false);
    private final StringProperty errorMessage = new SimpleStringProperty("");

    // --- parts
    private final FormHeaderViewModel header = new FormHeaderViewModel();
    private final YearListViewModel yearList = new YearListViewModel();
    private final ReadinessViewModel readiness = new ReadinessViewModel();
    private final RowFilterViewModel rowFilter = new RowFilterViewModel(rows);
    private final AnswersViewModel answers;
    private final ChecklistExportViewModel exports;
    private final YearEditionViewModel edition;
    private final GuidanceViewModel guidance = new GuidanceViewModel(selectedRow);

    private Function<FiscalYear, Optional<String>> guidelineNotice = year -> Optional.empty();
    private final ChecklistService service;
    private final VendorService vendors;
    private final UiExecutor executor;
    private OpenForm open;
    private long loadGeneration;

    public ChecklistViewModel(ChecklistService service, VendorService vendors, ExportService exportService,
                              UiExecutor executor) {
        this.service = service;
        this.vendors = vendors;
        this.executor = executor;
        this.answers = new AnswersViewModel(service, executor, this);
        this.exports = new ChecklistExportViewModel(exportService, executor, this);
        this.edition = new YearEditionViewModel(executor, this::selectYear, status::set, this::failed);
    }

    @Override
    public ObservableList<RowViewModel> rows() {
        return rows;
    }

    @Override
    public ObjectProperty<RowViewModel> selectedRowProperty() {
        return selectedRow;
    }

    /** The row the keyboard focus should go to (after a form opens: the first unanswered row). */
    public ReadOnlyObjectProperty<RowViewModel> focusRequestProperty() {
        return focusRequest;
    }

    /** Whether the workbook lies on a shared folder (the status bar says 「共有フォルダ上の点検簿です」). */
    public ReadOnlyBooleanProperty sharedFolderProperty() {
        return sharedFolder;
    }

    public ReadOnlyStringProperty statusProperty() {
        return status;
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading;
    }

    public ReadOnlyBooleanProperty needsFacilityProperty() {
        return needsFacility;
    }

    public ReadOnlyStringProperty errorMessageProperty() {
        return errorMessage;
    }

    @Override
    public FormHeaderViewModel header() {
        return header;
    }

    @Override
    public YearListViewModel yearList() {
        return yearList;
    }

    public ReadinessViewModel readiness() {
        return readiness;
    }

    public RowFilterViewModel rowFilter() {
        return rowFilter;
    }

    public AnswersViewModel answers() {
        return answers;
    }

    public ChecklistExportViewModel exports() {
        return exports;
    }

    public GuidanceViewModel guidance() {
        return guidance;
    }

    @Override
    public Optional<FiscalYear> openYear() {
        return open == null ? Optional.empty() : Optional.of(open.assessment().year());
    }

    public Optional<RowViewModel> rowFor(RowKey key) {
        return rows.stream().filter(r -> r.key().equals(key)).findFirst();
    }

    // --- commands

    /**
     * Loads the workbook: asks for the facility on first run, else opens the current fiscal year. One task on the
     * worker reads the facility and the year together, so a launch waits for one trip off the FX thread, not two.
     */
    public void load() {
        loading.set(true);
        long generation = ++loadGeneration;
        executor.submit(() -> service.onSharedFolder(), shared -> sharedFolder.set(shared), e -> { });
        executor.submit(() -> {
            Optional<Facility> f = service.facility();
            return f.isEmpty() ? null : new FirstLoad(f.get(), loadYear(service.currentYear()));
        }, first -> {
            if (first == null) {
                loading.set(false);
                needsFacility.set(true);
            } else if (generation == loadGeneration) {
                header.showFacility(first.facility().name());
                shown(first.year());
            }
        }, e -> {
            loading.set(false);
            failed(e);
        });
    }

    /** What a launch reads before the first rows show: the facility and its current year. */
    private record FirstLoad(Facility facility, LoadedYear year) {
    }

    public void saveFacility(String name, FacilityKind kind) {
        Facility f = new Facility(name, kind);
        executor.submit(() -> {
            service.saveFacility(f);
            return f;
        }, saved -> {
            needsFacility.set(false);
            header.showFacility(saved.name());
            selectYear(service.currentYear());
        }, this::failed);
    }

    /** Opens a fiscal year's own form (starting it if new), off the FX thread. */
    public void selectYear(FiscalYear year) {
        loadAndShow(() -> loadYear(year), null);
    }

    /**
     * Adds a past fiscal year to the file (「過去の年度を追加…」) and opens it, to be typed in from paper; the
     * status says so and where a form Tenken exported can be taken in. A refusal leaves the file as it was.
     */
    public void addYear(FiscalYear year) {
        loadAndShow(() -> {
            service.addYear(year);
            return loadYear(year);
        }, Messages.get("checklist.addYear.done", year.label()));
    }

    /** Reads a year on the worker and shows it unless a newer choice came meanwhile; {@code done}, if any, then. */
    private void loadAndShow(Callable<LoadedYear> read, String done) {
        long generation = ++loadGeneration;
        loading.set(true);
        executor.submit(read, loaded -> {
            if (generation == loadGeneration) { // else a newer selection won
                shown(loaded);
            }
            if (done != null) {
                status.set(done);
            }
        }, e -> {
            loading.set(false);
            failed(e);
        });
    }

    /** Reads what the screen shows of a year (on the worker). */
    private LoadedYear loadYear(FiscalYear year) {
        OpenForm form = service.open(year, service.ownForm(), null);
        List<YearSummary> list = service.years();
        return new LoadedYear(form, list, service.carryover(form), vendors.flags(year),
                guidelineNotice.apply(year).orElse(""), readiness.notesOf(year), edition.read(year),
                service.addableYears());
    }

    private void shown(LoadedYear loaded) {
        readiness.showVendorFlags(loaded.vendorFlags());
        guidance.showGuidelineNotice(loaded.guidelineNotice());
        guidance.showYear(loaded.form().assessment().year());
        readiness.showNotes(loaded.notes());
        OpenForm form = loaded.form();
        this.open = form;
        answers.reset();
        yearList.show(loaded.years(), form.assessment().year(), loaded.addableYears());
        header.showForm(form);
        exports.showForm(form);
        List<RowViewModel> built = FormRows.of(form, loaded.carryover());
        rows.setAll(built);
        header.showRemoved(loaded.carryover());
        selectedRow.set(built.isEmpty() ? null : built.get(0));
        status.set("");
        answers.clearFailure();
        refreshReadiness();
        requestFocus(rowFilter.nextUnanswered(null).orElse(built.isEmpty() ? null : built.get(0)));
        edition.show(loaded.edition());
        loading.set(false);
    }

    /** Selects the first row of an item and asks the view to bring it into sight (from another screen). */
    public boolean revealItem(String itemKey) {
        Optional<RowViewModel> row = rows.stream().filter(r -> r.item().key().equals(itemKey)).findFirst();
        if (row.isEmpty()) {
            return false;
        }
        if (!rowFilter.visibleRows().contains(row.get())) {
            rowFilter.showAll();
        }
        selectedRow.set(row.get());
        requestFocus(row.get());
        return true;
    }

    /** Reads the vendors' part of readiness again (after the 事業者 screen sent or received a form). */
    public void refreshVendorFlags() {
        if (open == null) {
            return;
        }
        FiscalYear year = open.assessment().year();
        executor.submit(() -> vendors.flags(year), list -> {
            if (open != null && open.assessment().year().equals(year)) {
                readiness.showVendorFlags(list);
            }
        }, this::failed);
    }

    /** Set by the composition root when a guideline view exists; references in the guidance pane then open it. */
    public void setReferenceOpener(Consumer<GuidelineRef> opener) {
        guidance.setReferenceOpener(opener);
    }

    /**
     * Set by the composition root: for a year whose edition is based on a guideline version whose clauses the app
     * does not hold (令和8年度版 on 第7.0版), the words the guidance pane shows instead of presenting the held
     * version's clauses as current.
     */
    public void setGuidelineNotice(Function<FiscalYear, Optional<String>> notice) {
        this.guidelineNotice = notice;
    }

    /**
     * Set by the composition root: what the year's 機器台帳 and 連絡体制図 lack (「機器台帳が空です（2-①）」…), shown in
     * the readiness line, and how to open them (from that line and from items 2-① and 3-①).
     */
    public void setRegisters(Function<FiscalYear, List<String>> notes, Runnable opener) {
        readiness.setNoteSources(notes, null, null);
        readiness.setRegisterOpener(opener);
        guidance.setRegisterOpener(opener);
    }

    /**
     * What guideline 第7.0版 asks that is still open in a year (保守委託機関編, 二要素認証), shown on the readiness
     * line after the registers' notes, each opening the registers window at its 「保守委託機関編」 tab.
     */
    public void setMaintenance(Function<FiscalYear, List<String>> notes, Runnable opener) {
        readiness.setNoteSources(null, notes, null);
        readiness.setMaintenanceOpener(opener);
    }

    /**
     * Set by the composition root when the public comments are known: how many of the ministry's answers concern a
     * reference's clauses, so the guidance pane can offer them one click away (opening them with the reference).
     */
    public void setReferenceComments(ToIntFunction<GuidelineRef> counter) {
        guidance.setReferenceComments(counter);
    }

    /**
     * Set by the composition root: which edition each year is on, and how the banner's 「厚生労働省の Excel を取り込む」
     * opens the take-in.
     */
    public void setEditions(EditionMoveService service, Runnable takeIn) {
        edition.set(service, takeIn);
    }

    /** The banner on which edition the open year is answered, and moving it to a newer one. */
    public YearEditionViewModel edition() {
        return edition;
    }

    /**
     * Set by the composition root: the vendors' MDS/SDS 「いいえ」 not yet assessed, on the readiness line; those notes
     * and a vendor flag there open the 事業者 screen.
     */
    public void setVendors(Function<FiscalYear, List<String>> mdsSdsNotes, Runnable opener) {
        readiness.setNoteSources(null, null, mdsSdsNotes);
        readiness.setVendorOpener(opener);
        guidance.setVendorOpener(opener);
    }

    // --- for the parts (through their Screen interfaces)

    @Override
    public OpenForm open() {
        return open;
    }

    LocalDate today() {
        return service.today();
    }

    UiExecutor executor() {
        return executor;
    }

    @Override
    public boolean yearFinal() {
        return edition.finalisedProperty().get();
    }

    @Override
    public void showStatus(String text) {
        status.set(text);
    }

    @Override
    public void failed(Throwable e) {
        errorMessage.set(Messages.forUser(e));
        status.set(Messages.forUser(e));
    }

    @Override
    public void refreshReadiness() {
        if (open == null) {
            return;
        }
        Readiness now = readiness.refresh(open.form(), rows, today());
        yearList.update(open.assessment().year(), now);
        edition.answered(now.answered());
        rowFilter.apply();
    }

    private void requestFocus(RowViewModel row) {
        focusRequest.set(null);
        focusRequest.set(row);
    }
}
