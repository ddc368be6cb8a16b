package jp.tenken.ui.official;

/**
 * Marks a change the take-in window makes itself (showing what was read), so that listeners waiting for the user's
 * choices let it pass; changes may nest (a list echoing a value while the screen is set).
 */
final class QuietChange {
    private int depth;

    void run(Runnable change) {
        depth++;
        try {
            change.run();
        } finally {
            depth--;
        }
    }

    /** Whether a quiet change is under way. */
    boolean on() {
        return depth > 0;
    }
}
