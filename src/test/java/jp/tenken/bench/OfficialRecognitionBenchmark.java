package jp.tenken.bench;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import jp.tenken.catalog.CatalogReader;
import jp.tenken.domain.official.OfficialReading;
import jp.tenken.service.OfficialEditionService;
import jp.tenken.xlsx.read.OfficialGridReader;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Prints how long recognising a 2,000-item official sheet takes (the target is at most 1 s): a synthetic workbook of
 * our own in the likely shape (title, form label, No. | チェック項目 | 対象 | 1回目 はい・いいえ | 確認日 | 目標日 |
 * 2回目 はい・いいえ | 確認日 | 備考, 50 sections of 40 items numbered 1-(1) …), read by the reader alone and by the
 * whole preview (keys, edition, provenance), median of several warm runs. Run:
 * {@code mvn -q test-compile exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=jp.tenken.bench.OfficialRecognitionBenchmark}
 */
public final class OfficialRecognitionBenchmark {
    private static final int SECTIONS = 50;
    private static final int ITEMS = 40;
    private static final int WARM_UP = 3;
    private static final int RUNS = 9;

    private OfficialRecognitionBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Files.createTempDirectory("tenken-official-bench");
        Path file = build(dir.resolve("official-2000.xlsx"));
        OfficialGridReader reader = new OfficialGridReader();
        OfficialReading once = reader.read(file);
        int items = once.grids().stream().mapToInt(g -> g.items().size()).sum();
        System.out.printf("official sheet: %d items read, %d bytes%n", items, Files.size(file));
        List<Double> read = time(() -> reader.read(file));
        Path folder = dir.resolve("catalog");
        OfficialEditionService service = new OfficialEditionService(new CatalogReader().read(List.of(folder)), folder);
        List<Double> preview = time(() -> service.preview(List.of(file), null));
        print("recognition (reader)", read);
        print("preview (reader + edition + provenance)", preview);
    }

    private static List<Double> time(Runnable r) {
        for (int i = 0; i < WARM_UP; i++) {
            r.run();
        }
        List<Double> ms = new ArrayList<>();
        for (int i = 0; i < RUNS; i++) {
            long t = System.nanoTime();
            r.run();
            ms.add((System.nanoTime() - t) / 1e6);
        }
        Collections.sort(ms);
        return ms;
    }

    private static void print(String what, List<Double> ms) {
        System.out.printf("%s: median %.0f ms (min %.0f, max %.0f, %d runs after %d warm-up)%n", what,
                ms.get(ms.size() / 2), ms.get(0), ms.get(ms.size() - 1), ms.size(), WARM_UP);
    }

    private static Path build(Path file) throws Exception {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            XSSFSheet s = wb.createSheet("医療機関・薬局確認用");
            put(s, 0, 0, "令和8年度版 医療機関におけるサイバーセキュリティ対策チェックリスト（ベンチマーク用の合成データ）");
            put(s, 1, 0, "医療機関・薬局確認用");
            String[] head = {"No.", "チェック項目", "対象", "1回目 はい・いいえ", "1回目 確認日", "目標日",
                "2回目 はい・いいえ", "2回目 確認日", "備考"};
            for (int c = 0; c < head.length; c++) {
                put(s, 3, c, head[c]);
            }
            int r = 4;
            for (int sec = 1; sec <= SECTIONS; sec++) {
                put(s, r++, 0, sec + " 区分" + sec + "の対策");
                for (int i = 1; i <= ITEMS; i++) {
                    put(s, r, 0, sec + "-(" + i + ")");
                    put(s, r, 1, "区分" + sec + "の対策" + i + "について、手順を定めて実施している。");
                    put(s, r, 2, i % 3 == 0 ? "サーバ" : "医療情報システム全般");
                    r++;
                }
            }
            try (OutputStream out = Files.newOutputStream(file)) {
                wb.write(out);
            }
        }
        return file;
    }

    private static void put(XSSFSheet s, int r, int c, String text) {
        Row row = s.getRow(r) == null ? s.createRow(r) : s.getRow(r);
        row.createCell(c).setCellValue(text);
    }
}
