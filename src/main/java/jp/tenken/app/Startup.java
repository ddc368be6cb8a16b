package jp.tenken.app;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import jp.tenken.storage.TenkenFile;

/** Which workbook to open: a .tenken path on the command line, else the default one (created on first start). */
final class Startup {
    private Startup() {
    }

    static TenkenFile openWorkbook(AppPaths paths, List<String> args) {
        for (String a : args) {
            if (a.toLowerCase(java.util.Locale.ROOT).endsWith(".tenken")) {
                return TenkenFile.open(Path.of(a));
            }
        }
        Path f = paths.defaultWorkbook();
        return Files.exists(f) ? TenkenFile.open(f) : TenkenFile.create(f);
    }
}
