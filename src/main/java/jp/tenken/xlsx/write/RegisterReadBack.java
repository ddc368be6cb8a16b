package jp.tenken.xlsx.write;

import java.util.ArrayList;
import java.util.List;
import jp.tenken.domain.Circled;
import jp.tenken.i18n.Messages;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Proves the printed registers as {@link ReadBack} proves the forms: the 「機器台帳」 holds one row per device, in
 * order and by name, and the 「連絡体制図」 one row per call; a mismatch throws {@link ExportMismatchException}.
 */
final class RegisterReadBack {
    private RegisterReadBack() {
    }

    /** Checks {@code wb}, the written file as read back. */
    static void verify(XSSFWorkbook wb, RegisterData d) {
        if (d.hasDevices()) {
            Sheet s = wb.getSheet(DeviceRegisterSheetWriter.SHEET_NAME);
            List<String> names = new ArrayList<>();
            for (int r = DeviceRegisterSheetWriter.HEADER_ROW + 1; s != null && r <= s.getLastRowNum(); r++) {
                names.add(text(s.getRow(r), 1));
            }
            List<String> meant = d.devices().stream().map(l -> l.device().name()).toList();
            if (!names.equals(meant)) {
                throw mismatch(DeviceRegisterSheetWriter.SHEET_NAME, meant.size());
            }
        }
        if (d.hasChart()) {
            Sheet s = wb.getSheet(ContactChartSheetWriter.SHEET_NAME);
            int calls = 0;
            for (int r = 0; s != null && r <= s.getLastRowNum(); r++) {
                String first = text(s.getRow(r), 0);
                calls += !first.isEmpty() && first.equals(Circled.of(calls + 1)) ? 1 : 0;
            }
            if (calls != d.chart().calls().size()) {
                throw mismatch(ContactChartSheetWriter.SHEET_NAME, d.chart().calls().size());
            }
        }
    }

    private static String text(Row row, int col) {
        Cell c = row == null ? null : row.getCell(col);
        return c == null || c.getCellType() != CellType.STRING ? "" : c.getStringCellValue();
    }

    private static ExportMismatchException mismatch(String sheet, int rows) {
        return new ExportMismatchException(Messages.get("export.check.rows", sheet, Integer.toString(rows)));
    }
}
