package jp.tenken.app;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import javafx.application.Application;
import jp.tenken.i18n.Messages;
import jp.tenken.storage.StorageException;

/**
 * The entry point. Not an {@code Application} subclass, so the app starts from a plain class path. Without
 * arguments (or with a {@code .tenken} file) it opens the window; {@code --help}, {@code --version},
 * {@code --self-test} and {@code export} run headless; anything else is refused with exit 64.
 */
public final class Launcher {
    /** The exit code for wrong usage (sysexits.h EX_USAGE). */
    static final int EX_USAGE = 64;

    private Launcher() {
    }

    public static void main(String[] args) {
        if (Boolean.getBoolean("tenken.reportReady")) {
            System.err.println("TENKEN_PHASE main " + System.currentTimeMillis());
        }
        namedLogging();
        List<String> a = Arrays.asList(args);
        int code = command(a);
        if (code >= 0) {
            System.exit(code);
        }
        Preload.start(a); // read the catalogs and open the workbook while JavaFX starts
        Application.launch(TenkenApp.class, args);
        if (TenkenApp.exitCode() != 0) {
            System.exit(TenkenApp.exitCode()); // the workbook could not be opened: said in a message, then 2
        }
    }

    /**
     * Names SLF4J's provider (slf4j-simple, see simplelogger.properties) unless the user did. Without the name, the
     * first logger (sqlite-jdbc's, as the workbook opens) makes SLF4J look for providers in every jar on the class
     * path: about 40 ms of a processor at every start, on two cores shared with the window. Its note that it loads the
     * named provider is left out; its warnings stay.
     */
    static void namedLogging() {
        if (System.getProperty("slf4j.provider") == null) {
            System.setProperty("slf4j.provider", "org.slf4j.simple.SimpleServiceProvider");
            if (System.getProperty("slf4j.internal.verbosity") == null) {
                System.setProperty("slf4j.internal.verbosity", "WARN");
            }
        }
    }

    /**
     * Runs a headless command and returns its exit code, or -1 when the arguments ask for the window (none, or a
     * {@code .tenken} file). Anything else is refused with exit 64 and the usage, never a window.
     */
    static int command(List<String> a) {
        if (a.isEmpty()) {
            return -1;
        }
        String first = a.get(0);
        switch (first) {
            case "--help", "-h", "help" -> {
                System.out.println(Messages.get("cli.usage"));
                return 0;
            }
            case "--version" -> {
                return a.size() == 1 ? version() : usage(Messages.get("cli.unexpected", a.get(1)));
            }
            case "--self-test" -> {
                return a.size() == 1 ? selfTest() : usage(Messages.get("cli.unexpected", a.get(1)));
            }
            case "export" -> {
                return ExportCommand.run(a.subList(1, a.size()));
            }
            case "import-official" -> {
                return ImportOfficialCommand.run(a.subList(1, a.size()), System.out, System.err);
            }
            case "import-guideline" -> {
                return ImportGuidelineCommand.run(a.subList(1, a.size()), System.out, System.err);
            }
            case "import-register" -> {
                return RegisterCommand.run(a.subList(1, a.size()));
            }
            default -> {
                boolean workbook = a.size() == 1 && !first.startsWith("-")
                        && first.toLowerCase(Locale.ROOT).endsWith(".tenken");
                return workbook ? -1 : usage(Messages.get(first.startsWith("-") ? "cli.unknownOption"
                        : "cli.unknownCommand", first));
            }
        }
    }

    private static int version() {
        System.out.println(Messages.get("cli.version", Version.get()));
        return 0;
    }

    /** Wrong usage: what was wrong and how it is used, on stderr; exit 64 (EX_USAGE). */
    static int usage(String problem) {
        System.err.println(problem);
        System.err.println(Messages.get("cli.usage"));
        return EX_USAGE;
    }

    /** Opens (creating if needed) the default workbook, checks it and closes it; 0 when all is well. */
    static int selfTest() {
        AppPaths paths = AppPaths.fromSystem();
        try (AppContext context = AppContext.open(paths, List.of())) {
            String check = context.integrityCheck();
            System.out.println("Tenken " + Version.get() + " self-test: " + context.workbookFile() + " integrity="
                    + check);
            return "ok".equals(check) ? 0 : 1;
        } catch (StorageException e) {
            System.err.println(e.getMessage());
            return 2;
        }
    }
}
