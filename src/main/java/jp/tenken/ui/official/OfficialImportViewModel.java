package jp.tenken.ui.official;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import jp.tenken.i18n.Messages;
import jp.tenken.service.OfficialEditionService;
import jp.tenken.ui.common.UiExecutor;

/**
 * The take-in of the ministry's Excel as a plain object: the chosen files, what was recognised in them, and the
 * commands to read them ({@link #preview}) and to add the edition ({@link #confirm}); reading and writing run on
 * the worker thread, and nothing is written before the confirmation.
 */
public final class OfficialImportViewModel {

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

    private final ObservableList<Path> files = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<State> state = new ReadOnlyObjectWrapper<>(State.CHOOSING);
    private final ObservableList<String> summary = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper editionName = new ReadOnlyStringWrapper("");

    private final OfficialEditionService official;
    private final UiExecutor executor;
    private final Consumer<String> onAdded;
    private OfficialEditionService.Preview preview;

    /** {@code onAdded} gets the new edition's name once it is in the catalog folder (the app then reloads it). */
    public OfficialImportViewModel(OfficialEditionService official, UiExecutor executor, Consumer<String> onAdded) {
        this.official = official;
        this.executor = executor;
        this.onAdded = onAdded;
    }

    /** The files chosen (the facility's and the vendors' workbooks can be chosen together). */
    public ObservableList<Path> files() {
        return FXCollections.unmodifiableObservableList(files);
    }

    public ReadOnlyObjectProperty<State> stateProperty() {
        return state.getReadOnlyProperty();
    }

    /** What was recognised, one line each: the edition, each table found, each form's items. */
    public ObservableList<String> summary() {
        return FXCollections.unmodifiableObservableList(summary);
    }

    /** Why reading or adding failed, in the user's words; empty otherwise. */
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    /** The name of the edition recognised (and, once added, the one added). */
    public ReadOnlyStringProperty editionNameProperty() {
        return editionName.getReadOnlyProperty();
    }

    /** Chooses the files and reads them. */
    public void choose(List<Path> chosen) {
        files.setAll(chosen);
        preview();
    }

    /** Reads the chosen files and shows what was recognised; writes nothing. */
    public void preview() {
        if (files.isEmpty() || state.get() == State.READING || state.get() == State.ADDING) {
            return;
        }
        List<Path> reading = List.copyOf(files);
        preview = null;
        summary.clear();
        error.set("");
        editionName.set("");
        state.set(State.READING);
        executor.submit(() -> official.preview(reading, null), p -> {
            preview = p;
            summary.setAll(p.summary());
            editionName.set(p.edition().name());
            state.set(State.READY);
        }, this::failed);
    }

    /** Adds the recognised edition to the catalog folder; does nothing unless a summary waits for it. */
    public void confirm() {
        if (state.get() != State.READY || preview == null) {
            return;
        }
        OfficialEditionService.Preview adding = preview;
        state.set(State.ADDING);
        executor.submit(() -> official.add(adding), path -> {
            state.set(State.ADDED);
            onAdded.accept(adding.edition().name());
        }, this::failed);
    }

    /** Leaves the recognised edition unadded. */
    public void cancel() {
        if (state.get() == State.READY) {
            preview = null;
            state.set(State.CHOOSING);
        }
    }

    private void failed(Throwable e) {
        preview = null;
        error.set(Messages.forUser(e));
        state.set(State.FAILED);
    }
}
