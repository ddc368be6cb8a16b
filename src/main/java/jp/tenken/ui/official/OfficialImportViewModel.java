package jp.tenken.ui.official;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import jp.tenken.domain.FiscalYear;
import jp.tenken.domain.FormKind;
import jp.tenken.domain.OfficialMapping;
import jp.tenken.domain.OfficialSheetPreview;
import jp.tenken.i18n.Messages;
import jp.tenken.service.OfficialEditionService;
import jp.tenken.ui.common.UiExecutor;
import jp.tenken.ui.common.mapping.ColumnMappingViewModel;

/**
 * The take-in of the ministry's Excel as a plain object: the chosen files; for the file shown, its sheets, its first
 * rows and how its columns are read (recognised, or stated by the user in the column-mapping step); the fiscal year
 * and form when the file does not say; what was read ({@link #summary}), re-read after every change; and the command
 * that adds the edition ({@link #confirm}). Reading runs on the worker thread; nothing is written before confirming,
 * and a preview with problems cannot be confirmed.
 */
public final class OfficialImportViewModel {
    /** Rows of a sheet shown in the mapping grid. */
    static final int PREVIEW_ROWS = 60;

    /** Where the take-in stands. */
    public enum State {
        /** No files read yet. */
        CHOOSING,
        /** Reading the chosen files. */
        READING,
        /** The summary is shown and waits for a confirmation. */
        READY,
        /** Writing the edition to the catalog folder. */
        ADDING,
        /** The edition was added. */
        ADDED,
        /** Reading or adding failed; the error message says why and nothing was added. */
        FAILED
    }

    /** Which form a stated table is: as its sheet labels it, or chosen here. */
    public enum FormChoice {
        AS_LABELLED(List.of()), FACILITY(List.of(FormKind.FACILITY, FormKind.PHARMACY)), VENDOR(List.of(FormKind.VENDOR));

        final List<FormKind> kinds;

        FormChoice(List<FormKind> kinds) {
            this.kinds = kinds;
        }
    }

    private final ObservableList<Path> files = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<State> state = new ReadOnlyObjectWrapper<>(State.CHOOSING);
    private final ObservableList<String> summary = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
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
            () -> state.get() == State.READY && !hasProblems.get(), state, hasProblems);
    private final ObservableList<Path> filesView = FXCollections.unmodifiableObservableList(files);
    private final ObservableList<String> summaryView = FXCollections.unmodifiableObservableList(summary);
    private final ObservableList<String> sheetsView = FXCollections.unmodifiableObservableList(sheets);
    private final ObservableList<FiscalYear> yearChoicesView = FXCollections.unmodifiableObservableList(yearChoices);
    private final ColumnMappingViewModel mapping = new ColumnMappingViewModel(OfficialRoles.roles());

    private final OfficialEditionService official;
    private final UiExecutor executor;
    private final Consumer<String> onAdded;
    private final Map<Path, OfficialMapping> statedMappings = new HashMap<>();
    private OfficialEditionService.Preview preview;
    private int generation;
    private int sheetGeneration;
    private boolean showing;

    /** {@code onAdded} gets the new edition's name once it is in the catalog folder (the app then reloads it). */
    public OfficialImportViewModel(OfficialEditionService official, UiExecutor executor, Consumer<String> onAdded) {
        this.official = official;
        this.executor = executor;
        this.onAdded = onAdded;
        mapping.setOnEdited(this::mappingEdited);
        stated.addListener((o, was, now) -> {
            if (!showing && !now) {
                statedMappings.remove(shownFile.get());
                show(shownFile.get(), null);
            } else if (!showing) {
                mappingEdited();
            }
        });
        year.addListener((o, a, b) -> {
            if (!showing) {
                restate();
            }
        });
        form.addListener((o, a, b) -> {
            if (!showing && b != FormChoice.AS_LABELLED) {
                mappingEdited(); // choosing the form states the table as shown, read as that form
            } else if (!showing) {
                restate();
            }
        });
    }

    // --- state

    /** The files chosen (the facility's and the vendors' workbooks can be chosen together). */
    public ObservableList<Path> files() {
        return filesView;
    }

    public ReadOnlyObjectProperty<State> stateProperty() {
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
        statedMappings.clear();
        setQuietly(() -> stated.set(false));
        if (!chosen.isEmpty()) {
            show(chosen.get(0), null);
        }
    }

    /** Shows another chosen file in the mapping step (as stated before, or as recognised). */
    public void showFile(Path file) {
        if (file != null && files.contains(file) && !file.equals(shownFile.get())) {
            OfficialMapping m = statedMappings.get(file);
            show(file, m == null ? null : m.sheet());
        }
    }

    /** Shows another sheet of the file; choosing a sheet states the mapping of the file. */
    public void showSheet(String name) {
        if (name != null && !name.equals(sheet.get()) && shownFile.get() != null) {
            statedMappings.remove(shownFile.get());
            show(shownFile.get(), name);
            setQuietly(() -> stated.set(true));
        }
    }

    /** Reads the chosen files (each as stated, or as recognised) and shows what was read; writes nothing. */
    public void preview() {
        if (files.isEmpty() || state.get() == State.ADDING || state.get() == State.ADDED) {
            return;
        }
        List<Path> reading = List.copyOf(files);
        Map<Path, OfficialMapping> mappings = Map.copyOf(statedMappings);
        FiscalYear asked = year.get();
        int mine = ++generation;
        preview = null;
        error.set("");
        state.set(State.READING);
        executor.submit(() -> official.preview(reading, asked, mappings), p -> {
            if (mine == generation) {
                preview = p;
                summary.setAll(p.summary());
                hasProblems.set(!p.problems().isEmpty());
                editionName.set(p.edition().name());
                state.set(State.READY);
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
        state.set(State.ADDING);
        executor.submit(() -> official.add(adding), path -> {
            state.set(State.ADDED);
            onAdded.accept(adding.edition().name());
        }, this::failed);
    }

    /** Leaves the edition read unadded. */
    public void cancel() {
        if (state.get() == State.READY || state.get() == State.FAILED) {
            generation++;
            preview = null;
            state.set(State.CHOOSING);
        }
    }

    // --- the mapping step

    private void show(Path file, String sheetName) {
        int mine = ++sheetGeneration;
        executor.submit(() -> official.sheet(file, sheetName, PREVIEW_ROWS), p -> {
            if (mine == sheetGeneration) {
                display(file, p);
                preview();
            }
        }, e -> {
            if (mine == sheetGeneration) {
                failed(e);
            }
        });
    }

    private void display(Path file, OfficialSheetPreview p) {
        setQuietly(() -> {
            shownFile.set(file);
            sheets.setAll(p.sheets());
            sheet.set(p.sheet());
            OfficialMapping m = statedMappings.get(file);
            if (m == null) {
                m = p.recognised().orElse(null);
            }
            if (m == null) {
                mapping.load(p.rows(), p.hiddenColumns(), 1, 2, Map.of());
            } else {
                mapping.load(p.rows(), p.hiddenColumns(), m.firstHeaderRow(), m.firstDataRow(),
                        OfficialRoles.assignment(m));
                m.year().ifPresent(year::set);
            }
            stated.set(statedMappings.containsKey(file));
        });
    }

    private void mappingEdited() {
        Path file = shownFile.get();
        if (file == null) {
            return;
        }
        statedMappings.put(file, OfficialRoles.mapping(sheet.get(), mapping, year.get(), form.get().kinds));
        setQuietly(() -> stated.set(true));
        preview();
    }

    private void restate() {
        if (shownFile.get() != null && statedMappings.containsKey(shownFile.get())) {
            mappingEdited();
        } else {
            preview();
        }
    }

    private void setQuietly(Runnable change) {
        showing = true;
        try {
            change.run();
        } finally {
            showing = false;
        }
    }

    private void failed(Throwable e) {
        preview = null;
        summary.clear();
        hasProblems.set(false);
        error.set(Messages.forUser(e));
        state.set(State.FAILED);
    }
}
