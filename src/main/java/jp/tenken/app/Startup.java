package jp.tenken.app;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import jp.tenken.storage.Workbook;

/** Which workbook to open: a .tenken path on the command line, else the default one (created on first start). */
final class Startup {
    private Startup() {
    }

    static Workbook openWorkbook(AppPaths paths, List<String> args) {
        for (String a : args) {
            if (a.toLowerCase(java.util.Locale.ROOT).endsWith(".tenken")) {
                return Workbook.open(Path.of(a));
            }
        }
        Path f = paths.defaultWorkbook();
        return Files.exists(f) ? Workbook.open(f) : Workbook.create(f);
    }
}
