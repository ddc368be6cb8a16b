package jp.tenken.ui.official;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import jp.tenken.domain.FiscalYear;
import jp.tenken.domain.official.OfficialMapping;
import jp.tenken.domain.official.OfficialSheetPreview;
import jp.tenken.i18n.Messages;
import jp.tenken.service.OfficialEditionService;
import jp.tenken.service.OfficialMappingService;
import jp.tenken.ui.common.UiExecutor;
import jp.tenken.ui.common.mapping.ColumnMappingViewModel;

/**
 * The take-in of the ministry's Excel as a plain object: the files; the shown file's sheets, first rows and column
 * mapping (recognised, stated by the user, or remembered from a take-in before); the year and form when the file does
 * not say; what was read ({@link #summary}), re-read after every change; and {@link #confirm}, which adds the edition
 * and remembers the mappings stated. Reading runs on the worker thread; nothing is written before confirming.
 */
public final class OfficialImportViewModel {
    /** Rows of a sheet shown in the mapping grid. */
    static final int PREVIEW_ROWS = 60;

    private final ObservableList<Path> files = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<TakeInState> state = new ReadOnlyObjectWrapper<>(TakeInState.CHOOSING);
    private final ObservableList<String> summary = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper changed = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper editionName = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<Path> shownFile = new ReadOnlyObjectWrapper<>();
    private final ObservableList<String> sheets = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper sheet = new ReadOnlyStringWrapper("");
    private final BooleanProperty stated = new SimpleBooleanProperty(false);
    private final ObjectProperty<FiscalYear> year = new SimpleObjectProperty<>();
    private final ObservableList<FiscalYear> yearChoices = FXCollections.observableArrayList((FiscalYear) null);
    private final ObjectProperty<FormChoice> form = new SimpleObjectProperty<>(FormChoice.AS_LABELLED);
    private final BooleanProperty hasProblems = new SimpleBooleanProperty(false);
    private final BooleanBinding canConfirm = Bindings.createBooleanBinding(
            () -> state.get() == TakeInState.READY && !hasProblems.get(), state, hasProblems);
    private final ObservableList<Path> filesView = FXCollections.unmodifiableObservableList(files);
    private final ObservableList<String> summaryView = FXCollections.unmodifiableObservableList(summary);
    private final ObservableList<String> sheetsView = FXCollections.unmodifiableObservableList(sheets);
    private final ObservableList<FiscalYear> yearChoicesView = FXCollections.unmodifiableObservableList(yearChoices);
    private final ColumnMappingViewModel mapping = new ColumnMappingViewModel(OfficialRoles.roles());

    private final OfficialEditionService official;
    private final OfficialSheetReading reading;
    private final UiExecutor executor;
    private final Consumer<String> onAdded;
    private final TakeInFiles chosenFiles = new TakeInFiles();
    private OfficialEditionService.Preview preview;
    private Map<Path, OfficialMapping> previewMappings = Map.of();
    private boolean fileUnreadable;
    private String pendingSheet;
    private int generation;
    private int sheetGeneration;
    private final QuietChange quiet = new QuietChange(); // the screen showing what was read, not the user's edit

    /** {@code memory} keeps the mappings stated; {@code onAdded} gets the new edition's name once it is added. */
    public OfficialImportViewModel(OfficialEditionService official, OfficialMappingService memory,
                                   UiExecutor executor, Consumer<String> onAdded) {
        this.official = official;
        this.reading = new OfficialSheetReading(official, memory, PREVIEW_ROWS);
        this.executor = executor;
        this.onAdded = onAdded;
        mapping.setOnEdited(() -> {
            chosenFiles.rolesEdited(shownFile.get());
            mappingEdited();
        });
        stated.addListener((o, was, now) -> {
            if (!quiet.on() && !now) {
                chosenFiles.forget(shownFile.get());
                show(shownFile.get(), null);
            } else if (!quiet.on()) {
                mappingEdited();
            }
        });
        year.addListener((o, a, b) -> {
            if (!quiet.on()) {
                changed.set(true);
                restate();
            }
        });
        form.addListener((o, a, b) -> {
            if (!quiet.on() && b != FormChoice.AS_LABELLED) {
                mappingEdited(); // choosing the form states the table as shown, read as that form
            } else if (!quiet.on()) {
                changed.set(true);
                restate();
            }
        });
        state.addListener(o -> updateStatus());
        stated.addListener(o -> updateStatus());
        sheet.addListener(o -> updateStatus());
    }

    // --- state

    /** The files chosen (the facility's and the vendors' workbooks can be chosen together). */
    public ObservableList<Path> files() {
        return filesView;
    }

    public ReadOnlyObjectProperty<TakeInState> stateProperty() {
        return state.getReadOnlyProperty();
    }

    /** What was read, one line each: problems first, then the edition, each table and how it was read, each item. */
    public ObservableList<String> summary() {
        return summaryView;
    }

    /** Why reading or adding failed, in the user's words; empty otherwise. */
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    /** The status line: how the file was read, or the real reason it cannot be yet and what to choose. */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** Whether the user changed the mapping (sheet, form, year, rows or columns) since the files were chosen. */
    public ReadOnlyBooleanProperty changedProperty() {
        return changed.getReadOnlyProperty();
    }

    /** The name of the edition recognised (and, once added, the one added). */
    public ReadOnlyStringProperty editionNameProperty() {
        return editionName.getReadOnlyProperty();
    }

    /** The file whose sheet the mapping step shows. */
    public ReadOnlyObjectProperty<Path> shownFileProperty() {
        return shownFile.getReadOnlyProperty();
    }

    /** The sheets of the file shown, and the one shown. */
    public ObservableList<String> sheets() {
        return sheetsView;
    }

    public ReadOnlyStringProperty sheetProperty() {
        return sheet.getReadOnlyProperty();
    }

    /** Whether the file shown is read through the mapping on screen rather than by recognition. */
    public BooleanProperty statedProperty() {
        return stated;
    }

    /** The fiscal year chosen, or null for the one the file prints. */
    public ObjectProperty<FiscalYear> yearProperty() {
        return year;
    }

    /** The form a stated table is. */
    public ObjectProperty<FormChoice> formProperty() {
        return form;
    }

    /** The column-mapping step of the file shown. */
    public ColumnMappingViewModel mapping() {
        return mapping;
    }

    /** Whether the edition read can be added now: read without problems, and not being read again. */
    public BooleanBinding canConfirmProperty() {
        return canConfirm;
    }

    /** The fiscal years offered (null first: as the file prints): last year to two years ahead of this one. */
    public ObservableList<FiscalYear> yearChoices() {
        return yearChoicesView;
    }

    /** Sets the fiscal year the app is in (its clock's), which the year choices are around. */
    public void setCurrentYear(FiscalYear current) {
        yearChoices.setAll(Arrays.asList(null, current.previous(), current, current.following(),
                current.following().following()));
    }

    // --- commands

    /** Chooses the files, shows the first one's sheet and reads them all. */
    public void choose(List<Path> chosen) {
        files.setAll(chosen);
        chosenFiles.clear();
        changed.set(false);
        quiet.run(() -> { // nothing of the files chosen before stays on screen
            stated.set(false);
            shownFile.set(null);
            sheets.clear();
            sheet.set("");
            mapping.load(List.of(), Set.of(), 1, 2, Map.of());
        });
        if (!chosen.isEmpty()) {
            error.set("");
            state.set(TakeInState.READING);
            List<Path> all = List.copyOf(chosen);
            int mine = ++sheetGeneration;
            executor.submit(() -> reading.readAll(all), read -> {
                if (mine == sheetGeneration) {
                    read.forEach((f, s) -> chosenFiles.firstRead(f, s.tableSheet(), s));
                    display(all.get(0), read.get(all.get(0)).shown());
                    preview();
                }
            }, this::fileFailed);
        }
    }

    /** Shows another chosen file in the mapping step (as stated before, or as recognised). */
    public void showFile(Path file) {
        if (file != null && files.contains(file) && !file.equals(shownFile.get())) {
            OfficialMapping m = chosenFiles.stated(file);
            show(file, m == null ? null : m.sheet());
        }
    }

    /** Reads the file through another sheet, keeping the form, year and columns chosen (else those it recognises). */
    public void showSheet(String name) {
        Path file = shownFile.get();
        if (name == null || quiet.on() || file == null || name.equals(pendingSheet)
                || pendingSheet == null && name.equals(sheet.get())) {
            return; // the list echoing what was shown, or the sheet already on its way
        }
        OfficialMapping carry = OfficialRoles.mapping(name, mapping, year.get(), form.get().kinds);
        boolean keepColumns = chosenFiles.hasRolesEdited(file);
        changed.set(true);
        pendingSheet = name;
        int mine = ++sheetGeneration;
        executor.submit(() -> reading.sheet(file, name), p -> {
            if (mine == sheetGeneration) {
                OfficialMapping m = keepColumns ? carry : OfficialRoles.restated(p.recognised().orElse(null), name,
                        year.get(), form.get().kinds);
                chosenFiles.state(file, m);
                display(file, p);
                preview();
            }
        }, e -> {
            if (mine == sheetGeneration) {
                pendingSheet = null;
                fileFailed(e);
            }
        });
    }

    /** Reads the chosen files (each as stated, or as recognised) and shows what was read; writes nothing. */
    public void preview() {
        if (files.isEmpty() || state.get() == TakeInState.ADDING || state.get() == TakeInState.ADDED) {
            return;
        }
        List<Path> chosen = List.copyOf(files);
        Map<Path, OfficialMapping> mappings = chosenFiles.statedMappings();
        FiscalYear asked = year.get();
        int mine = ++generation;
        preview = null;
        fileUnreadable = false;
        error.set("");
        state.set(TakeInState.READING);
        executor.submit(() -> official.preview(chosen, asked, mappings), p -> {
            if (mine == generation) {
                preview = p;
                previewMappings = mappings;
                summary.setAll(p.summary());
                hasProblems.set(!p.problems().isEmpty());
                editionName.set(p.edition().name());
                state.set(TakeInState.READY);
            }
        }, e -> {
            if (mine == generation) {
                failed(e);
            }
        });
    }

    /** Adds the edition read to the catalog folder; does nothing unless it was read without problems. */
    public void confirm() {
        if (!canConfirmProperty().get() || preview == null) {
            return;
        }
        OfficialEditionService.Preview adding = preview;
        Map<Path, OfficialMapping> stating = previewMappings;
        state.set(TakeInState.ADDING);
        executor.submit(() -> {
            Path added = official.add(adding);
            reading.remember(stating);
            return added;
        }, path -> {
            state.set(TakeInState.ADDED);
            onAdded.accept(adding.edition().name());
        }, this::failed);
    }

    /** Leaves the edition read unadded. */
    public void cancel() {
        if (state.get() == TakeInState.READY || state.get() == TakeInState.FAILED) {
            generation++;
            preview = null;
            state.set(TakeInState.CHOOSING);
        }
    }

    // --- the mapping step

    /** Shows a file: through its stated (or remembered) mapping's sheet, else as recognised. */
    private void show(Path file, String sheetName) {
        int mine = ++sheetGeneration;
        pendingSheet = null;
        executor.submit(() -> reading.sheet(file, sheetName), p -> {
            if (mine == sheetGeneration) { // else a later choice was made while this was read
                display(file, p);
                preview();
            }
        }, e -> {
            if (mine == sheetGeneration) {
                fileFailed(e);
            }
        });
    }

    private void display(Path file, OfficialSheetPreview p) {
        pendingSheet = null;
        quiet.run(() -> {
            shownFile.set(file);
            sheets.setAll(p.sheets());
            sheet.set(p.sheet());
            OfficialMapping m = chosenFiles.isStated(file) ? chosenFiles.stated(file) : p.recognised().orElse(null);
            OfficialRoles.load(mapping, p, m);
            if (m != null) {
                m.year().ifPresent(year::set);
                form.set(chosenFiles.isStated(file) ? OfficialRoles.choiceOf(m.forms()) : form.get());
            }
            stated.set(chosenFiles.isStated(file));
        });
        updateStatus();
    }

    private void mappingEdited() {
        Path file = shownFile.get();
        if (file == null) {
            return;
        }
        changed.set(true);
        chosenFiles.state(file, OfficialRoles.mapping(sheet.get(), mapping, year.get(), form.get().kinds));
        quiet.run(() -> stated.set(true));
        preview();
    }

    private void restate() {
        if (chosenFiles.isStated(shownFile.get())) {
            mappingEdited();
        } else {
            preview();
        }
    }

    private void updateStatus() {
        Path file = shownFile.get();
        status.set(OfficialStatus.text(new OfficialStatus.Facts(state.get(), fileUnreadable, error.get(),
                sheet.get(), List.copyOf(sheets), chosenFiles.tableSheet(file), stated.get(), form.get(),
                OfficialRoles.missing(mapping), chosenFiles.recall(file))));
    }

    /** The file itself could not be opened (not an .xlsx, encrypted, too large…): the status says to choose another. */
    private void fileFailed(Throwable e) {
        failed(e);
        fileUnreadable = true;
        updateStatus();
    }

    private void failed(Throwable e) {
        preview = null;
        summary.clear();
        hasProblems.set(false);
        fileUnreadable = false;
        error.set(Messages.forUser(e));
        state.set(TakeInState.FAILED);
        updateStatus();
    }
}
