package jp.tenken.ui.official;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import jp.tenken.ui.common.UiExecutor;

/** Holds background work until the test runs it, so a test can let a user act while a read is still under way. */
final class QueuedUiExecutor implements UiExecutor {
    private final Deque<Runnable> queued = new ArrayDeque<>();

    @Override
    public <T> void submit(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        queued.add(() -> {
            T result;
            try {
                result = work.call();
            } catch (Throwable e) {
                onFailure.accept(e);
                return;
            }
            onSuccess.accept(result);
        });
    }

    @Override
    public void onUiThread(Runnable r) {
        r.run();
    }

    @Override
    public void later(Runnable r) {
        r.run();
    }

    /** Runs what is queued, and what that queues, in order. */
    void runAll() {
        while (!queued.isEmpty()) {
            queued.poll().run();
        }
    }
}
