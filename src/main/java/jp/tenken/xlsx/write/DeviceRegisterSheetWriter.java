package jp.tenken.xlsx.write;

import static jp.tenken.xlsx.write.SheetCells.line;
import static jp.tenken.xlsx.write.SheetCells.cell;

import java.time.LocalDate;
import java.util.List;
import jp.tenken.domain.Wareki;
import jp.tenken.domain.register.Device;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;

/**
 * The 「機器台帳」 sheet (item 2-①): one row per device, A4 landscape, the header repeated on every page; a device
 * with a warning (support ended, no administrator, no update this year) is shaded and says why in 注意; a PC on which
 * the chart application completes its processing is marked サーバ扱い, and each terminal and server prints its
 * 二要素認証 (guideline 第7.0版).
 */
final class DeviceRegisterSheetWriter {
    static final String SHEET_NAME = "機器台帳";
    static final int HEADER_ROW = 4;
    static final List<String> HEADINGS = List.of("No.", "機器名", "種別", "設置場所", "メーカー・型番", "OS・バージョン",
            "役割", "保守事業者", "リモート保守", "サポート終了日", "最終更新日", "管理者アカウント", "備考", "注意",
            "二要素認証");
    private static final int[] WIDTHS = {4, 16, 9, 10, 16, 16, 14, 14, 6, 14, 14, 13, 16, 28, 13};

    private final Workbook wb;
    private final Styles styles;

    DeviceRegisterSheetWriter(Workbook wb, Styles styles) {
        this.wb = wb;
        this.styles = styles;
    }

    Sheet write(RegisterData d, LocalDate today) {
        Sheet sheet = wb.createSheet(SHEET_NAME);
        for (int c = 0; c < WIDTHS.length; c++) {
            sheet.setColumnWidth(c, WIDTHS[c] * 256 + 200);
        }
        sheet.setDisplayGridlines(false);
        line(sheet, 0, d.year().label() + " 機器台帳（サーバ・端末PC・ネットワーク機器等）", styles.title);
        line(sheet, 1, "医療機関名：" + PageSetup.headingName(d.facilityName()), styles.label);
        long warned = d.devices().stream().filter(l -> !l.warnings().isEmpty()).count();
        line(sheet, 2, "チェックリスト 2-① の台帳　登録 " + d.devices().size() + " 台（注意 " + warned + " 台）　出力："
                + Wareki.format(today), styles.small);
        sheet.addMergedRegion(new CellRangeAddress(2, 2, 0, WIDTHS.length - 1));
        Row h = sheet.createRow(HEADER_ROW);
        for (int c = 0; c < HEADINGS.size(); c++) {
            cell(h, c, HEADINGS.get(c), styles.header);
        }
        h.setHeightInPoints(30);
        int r = HEADER_ROW + 1;
        for (RegisterData.DeviceLine line : d.devices()) {
            writeDevice(sheet.createRow(r), r - HEADER_ROW, line);
            r++;
        }
        sheet.createFreezePane(0, HEADER_ROW + 1);
        sheet.setRepeatingRows(new CellRangeAddress(HEADER_ROW, HEADER_ROW, 0, WIDTHS.length - 1));
        PageSetup.a4OneWide(sheet, true, SHEET_NAME);
        return sheet;
    }

    private void writeDevice(Row x, int number, RegisterData.DeviceLine line) {
        Device v = line.device();
        boolean warn = !line.warnings().isEmpty();
        CellStyle text = warn ? styles.warn : styles.text;
        String kind = line.chartServer() ? v.kind().label() + "\nサーバ扱い" : v.kind().label();
        String[] values = {Integer.toString(number), v.name(), kind, v.location(), v.makerModel(),
            v.osLine(), v.role(), line.vendorName(), v.remoteMaintenance() ? "あり" : "なし"};
        for (int c = 0; c < values.length; c++) {
            CellStyle plain = c == 1 ? text : styles.text;
            cell(x, c, values[c], c == 0 || c == 2 || c == 8 ? styles.centered : styles.userText(values[c], plain,
                    styles.noteQuoted));
        }
        date(x, 9, v.supportEnd());
        date(x, 10, v.lastUpdate());
        cell(x, 11, v.administrator(), styles.userText(v.administrator(), styles.text, styles.noteQuoted));
        cell(x, 12, v.note(), styles.userText(v.note(), styles.note, styles.noteQuoted));
        String warnings = String.join("\n", line.warnings());
        cell(x, 13, warnings, warn ? styles.warn : styles.note);
        cell(x, 14, line.twoFactor(), styles.centered);
        int lines = 1;
        for (int c = 1; c < values.length; c++) {
            lines = Math.max(lines, FormSheetWriter.lines(values[c], WIDTHS[c]));
        }
        lines = Math.max(lines, Math.max(FormSheetWriter.lines(v.note(), WIDTHS[12]),
                Math.max(FormSheetWriter.lines(warnings, WIDTHS[13]), FormSheetWriter.lines(line.twoFactor(),
                        WIDTHS[14]))));
        x.setHeightInPoints((float) (Math.min(lines, 20) * 13.5 + 5));
    }

    private void date(Row x, int col, LocalDate value) {
        Cell c = x.createCell(col);
        c.setCellStyle(styles.date);
        if (value != null) {
            c.setCellValue(value);
        }
    }
}
