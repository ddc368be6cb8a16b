package jp.tenken.ui.official;

/** Where the take-in of the ministry's Excel stands. */
public enum TakeInState {
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
