package jp.tenken.app;

import java.util.Arrays;
import java.util.List;
import javafx.application.Application;
import jp.tenken.i18n.Messages;
import jp.tenken.storage.StorageException;

/**
 * The entry point. Not an {@code Application} subclass, so the app starts from a plain class path. Without
 * arguments it opens the window; {@code --version}, {@code --self-test} and {@code export} run headless.
 */
public final class Launcher {
    private Launcher() {
    }

    public static void main(String[] args) {
        if (Boolean.getBoolean("tenken.reportReady")) {
            System.err.println("TENKEN_PHASE main " + System.currentTimeMillis());
        }
        List<String> a = Arrays.asList(args);
        if (a.contains("--help") || a.contains("-h")) {
            System.out.println(Messages.get("cli.usage"));
            return;
        }
        if (a.contains("--version")) {
            System.out.println(Messages.get("cli.version", Version.get()));
            return;
        }
        if (a.contains("--self-test")) {
            System.exit(selfTest());
        }
        if (!a.isEmpty() && a.get(0).equals("import-official")) {
            System.exit(ImportOfficialCommand.run(a.subList(1, a.size()), System.out, System.err));
        }
        if (!a.isEmpty() && a.get(0).equals("export")) {
            System.exit(ExportCommand.run(a.subList(1, a.size())));
        }
        if (!a.isEmpty() && a.get(0).equals("import-register")) {
            System.exit(RegisterCommand.run(a.subList(1, a.size())));
        }
        Preload.start(a); // read the catalogs and open the workbook while JavaFX starts
        Application.launch(TenkenApp.class, args);
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
