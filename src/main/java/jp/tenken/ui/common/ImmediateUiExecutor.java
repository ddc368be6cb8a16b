package jp.tenken.ui.common;

import java.util.concurrent.Callable;
import java.util.function.Consumer;

/** Runs work at once on the caller's thread: for view-model tests without a toolkit. */
public final class ImmediateUiExecutor implements UiExecutor {
    @Override
    public <T> void submit(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        T result;
        try {
            result = work.call();
        } catch (Throwable e) {
            onFailure.accept(e);
            return;
        }
        onSuccess.accept(result);
    }

    @Override
    public void onUiThread(Runnable r) {
        r.run();
    }

    @Override
    public void later(Runnable r) {
        r.run();
    }
}
