package jp.tenken.domain.official;

import java.util.regex.Pattern;

/**
 * The one rule for a filled-in example of the ministry's form (記入例, 見本, 記載例, 回答例): such a sheet is never
 * taken as the form nor written into. The reader also looks for a 【記入例】 line; the take-in window names the sheet.
 */
public final class ExampleSheet {
    /** The words that mark an example, in a sheet's name or alone in a cell. */
    public static final Pattern WORDS = Pattern.compile("記入例|見本|記載例|回答例");

    private ExampleSheet() {
    }

    /** Whether a sheet's name says it is an example. */
    public static boolean named(String sheet) {
        return sheet != null && WORDS.matcher(sheet).find();
    }
}
