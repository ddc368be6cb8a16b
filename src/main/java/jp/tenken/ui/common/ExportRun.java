package jp.tenken.ui.common;

import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import jp.tenken.domain.ExportProgress;
import jp.tenken.service.ExportResult;

/**
 * A view model's exports: one at a time, written off the FX thread, with its progress as a fraction for the view
 * to show (0 when it starts, 1 when the file is written).
 */
public final class ExportRun {
    private final BooleanProperty exporting = new SimpleBooleanProperty(false);
    private final DoubleProperty progress = new SimpleDoubleProperty(0);
    private final UiExecutor executor;

    public ExportRun(UiExecutor executor) {
        this.executor = executor;
    }

    /** What writes one file, given where to report its progress. */
    public interface Write {
        ExportResult to(ExportProgress progress) throws Exception;
    }

    public ReadOnlyBooleanProperty exportingProperty() {
        return exporting;
    }

    public ReadOnlyDoubleProperty progressProperty() {
        return progress;
    }

    /** Claims the run for a new export: false while another is still being written. */
    public boolean begin() {
        if (exporting.get()) {
            return false;
        }
        exporting.set(true);
        progress.set(0);
        return true;
    }

    /** Writes the export claimed by {@link #begin()} on the worker; then {@code done} or {@code failed} on the FX thread. */
    public void submit(Write write, Consumer<ExportResult> done, Consumer<Throwable> failed) {
        ExportProgress p = f -> executor.onUiThread(() -> progress.set(f));
        executor.submit(() -> write.to(p), result -> {
            exporting.set(false);
            progress.set(1);
            done.accept(result);
        }, e -> {
            exporting.set(false);
            failed.accept(e);
        });
    }
}
