package jp.tenken.ui.common;

import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * Runs work (JDBC, POI, file I/O) off the FX thread and hands the result back on it. One worker thread, so writes
 * reach SQLite in the order they were made.
 */
public interface UiExecutor {

    <T> void submit(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure);

    /** Runs work on the FX thread (or at once, in tests). */
    void onUiThread(Runnable r);

    /**
     * Runs work on the FX thread after the current event or pulse has been handled (a layout, a focus change or
     * a dialog that must not open inside the event that asked for it); at once in tests.
     */
    void later(Runnable r);
}
