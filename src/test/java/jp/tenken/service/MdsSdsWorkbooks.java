package jp.tenken.service;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Workbooks built like a vendor's MDS/SDS, for tests (the JAHIS form's own layout is not known here). */
public final class MdsSdsWorkbooks {
    private MdsSdsWorkbooks() {
    }

    /** An MDS-like workbook: 41 items, items 7 and 23 answered いいえ, 30 and 31 対象外. */
    public static Path disclosure(Path file, String noAnswer) throws Exception {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            Sheet cover = wb.createSheet("表紙");
            cover.createRow(0).createCell(0).setCellValue("製造業者による医療情報セキュリティ開示書（MDS）");
            cover.createRow(2).createCell(0).setCellValue("製品名：メディカルカルテ 9");
            Sheet s = wb.createSheet("確認事項");
            Row h = s.createRow(1);
            h.createCell(0).setCellValue("番号");
            h.createCell(1).setCellValue("質問");
            h.createCell(2).setCellValue("回答");
            h.createCell(3).setCellValue("補足");
            int r = 2;
            for (int i = 1; i <= 41; i++) {
                if (i == 1 || i == 21) {
                    s.createRow(r++).createCell(1).setCellValue(i == 1 ? "1. 管理体制" : "2. 技術的対策");
                }
                Row row = s.createRow(r++);
                row.createCell(0).setCellValue(i <= 20 ? "1-" + i : "2-" + (i - 20));
                row.createCell(1).setCellValue("確認事項その" + i + "：製品はこの対策を備えていますか。");
                row.createCell(2).setCellValue(i == 7 || i == 23 ? noAnswer : i == 30 || i == 31 ? "対象外" : "はい");
                if (i == 7) {
                    row.createCell(3).setCellValue("次版で対応予定");
                }
            }
            s.createRow(r + 1).createCell(0).setCellValue("※ 本書は JAHIS 標準に基づく");
            try (OutputStream out = Files.newOutputStream(file)) {
                wb.write(out);
            }
        }
        return file;
    }

}
