package jp.tenken.app;

import java.util.List;
import jp.tenken.i18n.Messages;

/** {@code tenken export --workbook FILE --year 2025 --out FILE.xlsx [--form …]}: the Excel export without a window. */
final class ExportCommand {
    private ExportCommand() {
    }

    static int run(List<String> args) {
        System.err.println(Messages.get("cli.usage"));
        return 64;
    }
}
