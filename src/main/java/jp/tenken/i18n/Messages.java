package jp.tenken.i18n;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** Looks up UI and message text by dotted, feature-prefixed keys ({@code checklist.answer.yes}). */
public final class Messages {

    private static volatile ResourceBundle bundle = load(preferred());

    private Messages() {
    }

    /**
     * Japanese always, unless English is asked for with {@code -Dtenken.lang=en}: the forms, the inspector and
     * the guideline are Japanese whatever the PC's language.
     */
    public static Locale preferred() {
        return "en".equalsIgnoreCase(System.getProperty("tenken.lang", "ja")) ? Locale.ENGLISH : Locale.JAPANESE;
    }

    /** Japanese unless the requested language is English. */
    public static Locale uiLocale(Locale requested) {
        return "en".equals(requested.getLanguage()) ? Locale.ENGLISH : Locale.JAPANESE;
    }

    public static void use(Locale locale) {
        bundle = load(locale);
    }

    private static ResourceBundle load(Locale locale) {
        return ResourceBundle.getBundle("i18n/messages", uiLocale(locale),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    public static String get(String key, Object... args) {
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            return "!" + key + "!";
        }
        if (args.length == 0) {
            return pattern;
        }
        return new MessageFormat(pattern, bundle.getLocale()).format(args);
    }

    /**
     * What to tell the user about a failure: its own message when it was written for the user (also when wrapped
     * once), else the general 「予期しないエラー」 text naming it.
     */
    public static String forUser(Throwable e) {
        if (e instanceof UserMessageException) {
            return e.getMessage();
        }
        if (e.getCause() instanceof UserMessageException) {
            return e.getCause().getMessage();
        }
        return get("error.unexpected", String.valueOf(e));
    }

    public static boolean has(String key) {
        return bundle.containsKey(key);
    }

    public static ResourceBundle bundle() {
        return bundle;
    }
}
