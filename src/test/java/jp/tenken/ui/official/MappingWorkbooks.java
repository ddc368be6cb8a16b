package jp.tenken.ui.official;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Synthetic ministry-like workbooks of our own for the take-in window's tests: a filled-in example sheet before the
 * form itself, and a table whose headers say nothing recognition knows (so the user maps it), in two versions.
 */
final class MappingWorkbooks {
    static final String EXAMPLE = "記入例";
    static final String FORM = "医療機関・薬局確認用";
    static final String OFFICER = "医療情報システム安全管理責任者を設置している。";
    static final String LEDGER = "サーバ、端末PC、ネットワーク機器の台帳管理を行っている。";
    static final String PATCH = "セキュリティパッチ（最新ファームウェアや更新プログラム）を適用している。";
    /** Items after the first three, so the grid has more rows than a screen shows. */
    static final int MORE_ITEMS = 12;

    private MappingWorkbooks() {
    }

    /** 「記入例」 (answered, as the ministry's example would be) first, then 「医療機関・薬局確認用」 unanswered. */
    static Path exampleFirst(Path file) throws IOException {
        try (Workbook wb = new XSSFWorkbook()) {
            for (String name : List.of(EXAMPLE, FORM)) {
                Sheet s = wb.createSheet(name);
                put(s, 0, "令和8年度版 医療機関におけるサイバーセキュリティ対策チェックリスト");
                put(s, 1, FORM);
                put(s, 2, "No.", "チェック項目", "1回目 はい・いいえ", "1回目 確認日", "目標日");
                boolean example = name.equals(EXAMPLE);
                put(s, 3, "1-①", OFFICER, example ? "はい" : "", example ? "2026/5/1" : "");
                put(s, 4, "2-①", LEDGER, example ? "いいえ" : "", example ? "2026/5/1" : "");
                put(s, 5, "2-②", PATCH, example ? "はい" : "", example ? "2026/5/1" : "");
                for (int i = 0; i < MORE_ITEMS; i++) {
                    put(s, 6 + i, "3-" + (i + 1), "合成の確認項目 " + (i + 1) + " を実施している。", example ? "はい" : "");
                }
            }
            return save(wb, file);
        }
    }

    /**
     * A table under headers 欄1〜欄4 (number, item, answer, date) that recognition cannot read: {@code corrected}
     * makes another file (different bytes) with the same headers, as a corrected or next year's file would be.
     */
    static Path unlabelled(Path file, boolean corrected) throws IOException {
        try (Workbook wb = new XSSFWorkbook()) {
            Sheet s = wb.createSheet("表紙");
            put(s, 0, "令和8年度版（合成）");
            s = wb.createSheet("チェックリスト");
            put(s, 0, corrected ? "令和8年度版（合成・修正版）" : "令和8年度版（合成）");
            put(s, 2, "欄1", "欄2", "欄3", "欄4");
            put(s, 3, "1-①", OFFICER);
            put(s, 4, "2-①", LEDGER);
            if (corrected) {
                put(s, 5, "2-②", PATCH);
            }
            return save(wb, file);
        }
    }

    private static void put(Sheet s, int r, String... cells) {
        Row row = s.createRow(r);
        for (int c = 0; c < cells.length; c++) {
            row.createCell(c).setCellValue(cells[c]);
        }
    }

    private static Path save(Workbook wb, Path file) throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            wb.write(out);
        }
        return file;
    }
}
