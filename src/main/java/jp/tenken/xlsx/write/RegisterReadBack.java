package jp.tenken.xlsx.write;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import jp.tenken.domain.Circled;
import jp.tenken.i18n.Messages;

/**
 * Proves the printed registers as {@link ReadBack} proves the forms: the 「機器台帳」 holds one row per device, in
 * order and by name, and the 「連絡体制図」 one row per call; a mismatch throws {@link ExportMismatchException}.
 */
final class RegisterReadBack {
    private RegisterReadBack() {
    }

    /** Checks {@code wb}, the written file as read back. */
    static void verify(WrittenWorkbook wb, RegisterData d) throws IOException {
        if (d.hasDevices()) {
            WrittenWorkbook.Cells s = wb.sheet(DeviceRegisterSheetWriter.SHEET_NAME);
            List<String> names = new ArrayList<>();
            for (int r = DeviceRegisterSheetWriter.HEADER_ROW + 1; s != null && r <= s.lastRow(); r++) {
                names.add(s.text(r, 1));
            }
            List<String> meant = d.devices().stream().map(l -> l.device().name()).toList();
            if (!names.equals(meant)) {
                throw mismatch(DeviceRegisterSheetWriter.SHEET_NAME, meant.size());
            }
        }
        if (d.hasChart()) {
            WrittenWorkbook.Cells s = wb.sheet(ContactChartSheetWriter.SHEET_NAME);
            int calls = 0;
            for (int r = 0; s != null && r <= s.lastRow(); r++) {
                String first = s.text(r, 0);
                calls += !first.isEmpty() && first.equals(Circled.of(calls + 1)) ? 1 : 0;
            }
            if (calls != d.chart().calls().size()) {
                throw mismatch(ContactChartSheetWriter.SHEET_NAME, d.chart().calls().size());
            }
        }
    }

    private static ExportMismatchException mismatch(String sheet, int rows) {
        return new ExportMismatchException(Messages.get("export.check.rows", sheet, Integer.toString(rows)));
    }
}
