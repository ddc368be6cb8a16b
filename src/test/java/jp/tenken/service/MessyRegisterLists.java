package jp.tenken.service;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Device lists as clinics keep them: a title above the headers, headers in their own words, dates as real date
 * cells, 和暦 text, slashes and bare Excel serials, kinds nobody listed, a vendor not in the vendors list, blank
 * rows, a row without a name; and the same as a Shift_JIS CSV the way Excel saves one.
 */
public final class MessyRegisterLists {
    static final String[] HEADERS = {"No.", "機器名称", "種類", "設置場所", "メーカー", "型番", "ＯＳ", "用途", "保守業者",
        "リモート保守", "サポート期限", "最終アップデート", "管理者", "備考"};
    static final Object[][] ROWS = {
        {1, "電子カルテサーバ", "サーバー", "サーバ室", "富士通", "TX1320", "Windows Server 2019", "電子カルテ", "メディカル",
            "○", LocalDate.of(2029, 1, 9), "令和7年5月20日", "院長", ""},
        {2, "診察室ＰＣ", "ＰＣ", "診察室1", "NEC", "Mate", "Windows 10", "電子カルテ端末", "株式会社メディカル", "×",
            "R7.10.14", "2025/4/1", "", "入替予定"},
        {},
        {3, "ルーター", "ルーター", "受付裏", "YAMAHA", "RTX830", "", "インターネット接続", "〇〇電機", "要確認",
            45678, "未定", "業者", ""},
        {4, "ラベルプリンタ", "プリンタ", "受付", "Brother", "QL-820", "", "", "", "", "2027年1月", "", "", ""},
        {"", "", "端末PC", "2階", "", "", "", "", "", "", "", "", "", "名前を書き忘れた行"},
    };

    private MessyRegisterLists() {
    }

    /** The list as an .xlsx: a title and a blank row above the headers (row 3). */
    public static Path xlsx(Path dir, String name) throws IOException {
        Path file = dir.resolve(name);
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            wb.createSheet("メモ").createRow(0).createCell(0).setCellValue("古いメモ");
            Sheet s = wb.createSheet("機器一覧");
            s.createRow(0).createCell(0).setCellValue("当院の機器一覧（令和6年4月現在）");
            Row h = s.createRow(2);
            for (int c = 0; c < HEADERS.length; c++) {
                h.createCell(c).setCellValue(HEADERS[c]);
            }
            CellStyle date = wb.createCellStyle();
            date.setDataFormat(wb.createDataFormat().getFormat("yyyy/m/d"));
            for (int r = 0; r < ROWS.length; r++) {
                Row x = s.createRow(3 + r);
                for (int c = 0; c < ROWS[r].length; c++) {
                    Object v = ROWS[r][c];
                    if (v instanceof Integer i) {
                        x.createCell(c).setCellValue(i);
                    } else if (v instanceof LocalDate d) {
                        x.createCell(c).setCellValue(d);
                        x.getCell(c).setCellStyle(date);
                    } else if (!v.toString().isEmpty()) {
                        x.createCell(c).setCellValue(v.toString());
                    }
                }
            }
            try (OutputStream out = Files.newOutputStream(file)) {
                wb.write(out);
            }
        }
        return file;
    }

    /** The same list as Excel saves a CSV in Japan: Shift_JIS, CRLF, dates as typed. */
    public static Path csv(Path dir, String name) throws IOException {
        StringBuilder b = new StringBuilder("当院の機器一覧（令和6年4月現在）\r\n\r\n").append(String.join(",", HEADERS)).append("\r\n");
        for (Object[] row : ROWS) {
            for (int c = 0; c < row.length; c++) {
                Object v = row[c];
                String t = v instanceof LocalDate d ? d.getYear() + "/" + d.getMonthValue() + "/" + d.getDayOfMonth()
                        : v.toString();
                b.append(c == 0 ? "" : ",").append(t.contains(",") ? "\"" + t + "\"" : t);
            }
            b.append("\r\n");
        }
        Path file = dir.resolve(name);
        Files.write(file, b.toString().getBytes(Charset.forName("Windows-31J")));
        return file;
    }
}
