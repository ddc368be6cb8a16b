package jp.tenken.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import jp.tenken.catalog.Catalog;
import jp.tenken.catalog.CatalogReader;
import jp.tenken.domain.FiscalYear;
import jp.tenken.domain.edition.FormKind;
import jp.tenken.domain.edition.RowKey;
import jp.tenken.domain.vendor.Vendor;
import jp.tenken.domain.year.Answer;
import jp.tenken.domain.year.AnswerValue;
import jp.tenken.domain.year.Facility;
import jp.tenken.domain.year.FacilityKind;
import jp.tenken.domain.year.Round;
import jp.tenken.service.ChecklistService;
import jp.tenken.service.ComparisonService;
import jp.tenken.service.ExportService;
import jp.tenken.service.OpenForm;
import jp.tenken.service.PackParts;
import jp.tenken.storage.Backups;
import jp.tenken.storage.StoredFile;
import jp.tenken.testing.ChildJvm;
import jp.tenken.testing.TestWorkbook;
import jp.tenken.ui.checklist.ChecklistViewModel;
import jp.tenken.ui.common.ImmediateUiExecutor;
import jp.tenken.ui.compare.ComparisonViewModel;

/**
 * Prints the speed figures the issues ask for, on a workbook with 10 fiscal years and 20 vendors:
 * switching years (service + view model, no toolkit), opening the comparison of two years, exporting the 立入検査用 pack with 5 vendors (warm,
 * in-process), closing an unchanged workbook (the backup check), and the whole {@code tenken export} process. Run:
 * {@code mvn -q test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=jp.tenken.bench.Benchmarks}
 */
public final class Benchmarks {
    private static final ZoneId ZONE = ZoneId.of("Asia/Tokyo");

    public static void main(String[] args) throws Exception {
        boolean setupOnly = args.length > 0 && args[0].equals("--setup-only");
        Path dir = setupOnly ? Path.of(args[1]) : Files.createTempDirectory("tenken-bench");
        Files.createDirectories(dir);
        Path file = dir.resolve(setupOnly ? "点検簿.tenken" : "bench.tenken");
        Files.deleteIfExists(file);
        LocalDate today = LocalDate.of(2025, 10, 1);
        Clock clock = TestWorkbook.clockAt(today);
        Catalog catalog = TestWorkbook.bundledCatalog();
        setUp(file, catalog, clock);
        if (setupOnly) {
            try (TestWorkbook wb = TestWorkbook.open(file, catalog, clock)) {
                wb.export().exportOwnForm(new FiscalYear(2025), dir.resolve("checklist.xlsx"),
                        f -> { });
            }
            return;
        }
        try (TestWorkbook wb = TestWorkbook.open(file, catalog, clock)) {
            ExportService export = wb.export();
            List<Double> switching = switching(new ChecklistViewModel(wb.checklist(), wb.vendors(), export,
                    new ImmediateUiExecutor()));
            List<Double> pack = pack(export, dir.resolve("pack.xlsx"));
            List<Double> compare = compare(wb.comparisons(), export);
            System.out.println();
            System.out.println("| figure | median | p90 | goal |");
            System.out.println("| --- | --- | --- | --- |");
            row("switch fiscal year (service + view model, 10-year file)", switching, "≤ 100 ms");
            row("export 立入検査用 pack, 5 vendors, warm, in-process", pack, "≤ 300 ms");
            row("open comparison of two years (service + view model, facility or a vendor, 10-year file)", compare,
                    "≤ 200 ms");
        }
        row("open and close with backup, unchanged (content fingerprint, no copy), 10-year file",
                unchangedClose(file), "—");
        row("whole `tenken export` process (JVM start to exit)", cliExport(file, dir), "—");
    }

    private static void setUp(Path file, Catalog catalog, Clock clock) throws Exception {
        long t0 = System.nanoTime();
        List<Vendor> vendors = new ArrayList<>();
        try (TestWorkbook wb = TestWorkbook.create(file, catalog, clock)) {
            wb.checklist().saveFacility(new Facility("ベンチマーク診療所", FacilityKind.CLINIC));
            for (int v = 0; v < 20; v++) {
                vendors.add(wb.vendors().add("事業者" + (v + 1), "電子カルテ", "", v < 5));
            }
            for (int y = 2016; y <= 2025; y++) {
                fill(wb, new FiscalYear(y), FormKind.FACILITY, null);
                for (Vendor v : vendors) {
                    fill(wb, new FiscalYear(y), FormKind.VENDOR, v.id());
                }
            }
        }
        System.out.printf("setup: 10 years × (facility + 20 vendors) in %d ms, file %d KB%n",
                (System.nanoTime() - t0) / 1_000_000, Files.size(file) / 1024);
    }

    private static List<Double> switching(ChecklistViewModel vm) {
        vm.load();
        List<Double> switching = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            FiscalYear y = new FiscalYear(2016 + i % 10);
            long a = System.nanoTime();
            vm.selectYear(y);
            double ms = (System.nanoTime() - a) / 1e6;
            if (i >= 10) {
                switching.add(ms);
            }
            if (vm.rows().isEmpty()) {
                throw new IllegalStateException("no rows for " + y);
            }
        }
        return switching;
    }

    private static List<Double> pack(ExportService export, Path out) {
        List<Double> pack = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            long a = System.nanoTime();
            export.exportPack(new FiscalYear(2025), PackParts.FORMS_ONLY, out, f -> { });
            if (i >= 20) {
                pack.add((System.nanoTime() - a) / 1e6);
            }
        }
        return pack;
    }

    private static List<Double> compare(ComparisonService comparisons, ExportService export) {
        List<Double> compare = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            long a = System.nanoTime();
            ComparisonViewModel cvm = new ComparisonViewModel(comparisons, export, new ImmediateUiExecutor());
            cvm.load(new FiscalYear(2025));
            if (i % 2 == 1) {
                cvm.chooseForm(cvm.forms().get(1 + i % 20)); // a vendor's 事業者確認用
            }
            double ms = (System.nanoTime() - a) / 1e6;
            if (i >= 10) {
                compare.add(ms);
            }
            if (cvm.rows().isEmpty() || cvm.history().size() != 10) {
                throw new IllegalStateException("comparison not loaded");
            }
        }
        return compare;
    }

    private static List<Double> unchangedClose(Path file) {
        StoredFile.open(file).closeWithBackup(3); // the first copy
        List<Double> close = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            long a = System.nanoTime();
            StoredFile.open(file).closeWithBackup(3);
            close.add((System.nanoTime() - a) / 1e6);
        }
        if (new Backups(file).list().size() != 1) {
            throw new IllegalStateException("an unchanged workbook was copied again");
        }
        return close;
    }

    private static List<Double> cliExport(Path file, Path dir) throws InterruptedException {
        List<Double> cli = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            long a = System.nanoTime();
            ChildJvm p = ChildJvm.start("jp.tenken.app.Launcher", List.of(), "export",
                    "--workbook", file.toString(), "--year", "2025", "--out", dir.resolve("cli.xlsx").toString());
            if (p.waitFor(Duration.ofMinutes(5)) != 0) {
                throw new IllegalStateException("tenken export failed:\n" + p.output());
            }
            cli.add((System.nanoTime() - a) / 1e6);
        }
        return cli;
    }

    private static void fill(TestWorkbook wb, FiscalYear y, FormKind kind, Long vendor) {
        OpenForm f = wb.checklist().open(y, kind, vendor);
        List<Answer> answers = new ArrayList<>();
        int i = 0;
        for (RowKey row : f.form().rows()) {
            boolean no = ++i % 6 == 0;
            answers.add(new Answer(row, Round.FIRST, no ? AnswerValue.NO : AnswerValue.YES, y.firstDay().plusDays(40),
                    no ? y.lastDay().minusDays(30) : null, "", null));
        }
        wb.workbook().answers().saveAll(f.assessment().id(), answers, Instant.now());
    }

    private static void row(String what, List<Double> ms, String goal) {
        List<Double> sorted = new ArrayList<>(ms);
        Collections.sort(sorted);
        double median = sorted.get(sorted.size() / 2);
        double p90 = sorted.get((int) Math.min(sorted.size() - 1, Math.round(sorted.size() * 0.9)));
        System.out.printf("| %s | %.1f ms | %.1f ms | %s |%n", what, median, p90, goal);
    }
}
