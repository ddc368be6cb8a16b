package jp.tenken.ui.official;

import java.util.List;
import jp.tenken.domain.official.ExampleSheet;
import jp.tenken.i18n.Messages;

/**
 * The take-in window's status line: the real reason a file cannot be read yet (not an Excel file, a filled-in example
 * sheet, no fiscal year, the wrong sheet, no form, columns not chosen) and what to choose; or how it was read.
 */
final class OfficialStatus {
    /** How the file shown came to be read through a mapping it did not state itself. */
    enum Recall {
        NONE,
        /** A mapping remembered for the same file. */
        SAME_FILE,
        /** A mapping remembered for a table with the same header cells. */
        SAME_TABLE,
        /** Recognition found the table first on a filled-in example sheet; the form's own sheet is read instead. */
        EXAMPLE_SKIPPED
    }

    /**
     * What the line is made from. {@code fileUnreadable}: the file itself could not be opened; {@code tableSheet}:
     * the sheet recognition found the checklist on, or null; {@code missing}: the roles still needed, by label.
     */
    record Facts(TakeInState state, boolean fileUnreadable, String error, String sheet, List<String> sheets,
                 String tableSheet, boolean stated, FormChoice form, List<String> missing,
                 Recall recall) {
    }

    private OfficialStatus() {
    }

    /** Whether a sheet's name marks a filled-in example rather than the form itself. */
    static boolean example(String sheet) {
        return ExampleSheet.named(sheet);
    }

    static String text(Facts f) {
        return switch (f.state()) {
            case CHOOSING -> "";
            case READING -> Messages.get("official.window.reading");
            case ADDING, ADDED -> Messages.get("official.status.adding");
            case FAILED -> failed(f);
            case READY -> f.recall() == Recall.EXAMPLE_SKIPPED
                    ? Messages.get("official.status.exampleSkipped", f.tableSheet(), f.sheet())
                    : recalled(f) + ready(f);
        };
    }

    private static String failed(Facts f) {
        if (f.fileUnreadable()) {
            return Messages.get("official.status.fileType");
        }
        if (example(f.sheet())) {
            return Messages.get("official.status.example", f.sheet(), other(f));
        }
        if (Messages.get("official.error.noYear").equals(f.error())) {
            return Messages.get("official.status.noYear");
        }
        if (f.tableSheet() != null && !f.tableSheet().equals(f.sheet()) && !example(f.tableSheet()) && f.stated()) {
            return Messages.get("official.status.wrongSheet", f.sheet(), f.tableSheet());
        }
        if (Messages.get("official.error.noFacility").equals(f.error())) {
            return Messages.get("official.status.noForm");
        }
        if (f.stated() && !f.missing().isEmpty()) {
            return Messages.get("official.status.columns", String.join("」「", f.missing()));
        }
        return Messages.get(f.stated() ? "official.window.manualFailed" : "official.window.autoFailed");
    }

    private static String ready(Facts f) {
        if (example(f.sheet())) {
            return Messages.get("official.status.exampleRead", f.sheet(), other(f));
        }
        return Messages.get(f.stated() ? "official.window.manual" : "official.window.auto");
    }

    private static String recalled(Facts f) {
        return switch (f.recall()) {
            case NONE, EXAMPLE_SKIPPED -> "";
            case SAME_FILE -> Messages.get("official.status.sameFile");
            case SAME_TABLE -> Messages.get("official.status.sameTable");
        };
    }

    /** The sheet to choose instead of an example: the first other sheet not named as one. */
    private static String other(Facts f) {
        return f.sheets().stream().filter(s -> !s.equals(f.sheet()) && !example(s)).findFirst()
                .orElse(Messages.get("official.status.otherSheet"));
    }
}
