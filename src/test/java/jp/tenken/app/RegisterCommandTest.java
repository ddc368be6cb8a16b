package jp.tenken.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import jp.tenken.domain.FiscalYear;
import jp.tenken.domain.register.Device;
import jp.tenken.service.MessyRegisterLists;
import jp.tenken.testing.TestWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code tenken import-register}: a dry run prints the devices and writes nothing; a real run takes them in. */
class RegisterCommandTest {
    @TempDir
    Path dir;
    Path workbook;
    final ByteArrayOutputStream out = new ByteArrayOutputStream();
    final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @BeforeEach
    void setUp() {
        System.setProperty("tenken.appdata", dir.resolve("appdata").toString());
        System.setProperty("tenken.today", "2025-06-10");
        workbook = dir.resolve("clinic.tenken");
        try (TestWorkbook wb = TestWorkbook.create(workbook, LocalDate.of(2025, 6, 10))) {
            wb.vendors().add("株式会社メディカル", "電子カルテ", "", true);
        }
    }

    @AfterEach
    void tearDown() {
        System.clearProperty("tenken.appdata");
        System.clearProperty("tenken.today");
    }

    private int run(String... args) {
        out.reset();
        err.reset();
        return RegisterCommand.run(List.of(args), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private List<Device> devices(FiscalYear year) {
        try (TestWorkbook wb = TestWorkbook.open(workbook, LocalDate.of(2025, 6, 10))) {
            return wb.context().registers().devices(year);
        }
    }

    @Test
    void aDryRunPrintsOneDevicePerLineAndWritesNothing() throws Exception {
        Path list = MessyRegisterLists.csv(dir, "機器一覧.csv");
        assertEquals(0, run("--workbook", workbook.toString(), "--dry-run", list.toString()));
        assertEquals(List.of(
                "電子カルテサーバ\tサーバ\tサーバ室\tWindows Server 2019\t2029-01-09",
                "診察室ＰＣ\t端末PC\t診察室1\tWindows 10\t2025-10-14",
                "ルーター\tネットワーク機器\t受付裏\t\t2025-01-21",
                "ラベルプリンタ\tその他\t受付\t\t2027-01-31"), out.toString(StandardCharsets.UTF_8).lines().toList());
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("注意: 8行目: 種別「プリンタ」は分からないため「その他」"),
                err.toString(StandardCharsets.UTF_8));
        assertTrue(devices(new FiscalYear(2025)).isEmpty());
    }

    @Test
    void aRealRunTakesTheListIntoTheYearNamed() throws Exception {
        Path list = MessyRegisterLists.xlsx(dir, "機器一覧.xlsx");
        assertEquals(0, run("--workbook", workbook.toString(), "--year", "R6", list.toString()));
        assertTrue(err.toString(StandardCharsets.UTF_8).strip()
                .endsWith("「機器一覧.xlsx」から 4 台を令和6年度の機器台帳に取り込みました。"),
                "a summary goes to standard error: " + err.toString(StandardCharsets.UTF_8));
        assertEquals("", out.toString(StandardCharsets.UTF_8), "standard output is for data only");
        assertEquals(4, devices(new FiscalYear(2024)).size());
        assertTrue(devices(new FiscalYear(2025)).isEmpty());
    }

    @Test
    void wrongUsageAndBadFilesHaveTheirExitCodes() throws Exception {
        assertEquals(64, run("--workbook", workbook.toString()));
        assertEquals(64, run("--workbook", workbook.toString(), "--year", "来年", "a.csv"));
        assertEquals(64, run("--workbook", workbook.toString(), "--force", "a.csv"));
        assertEquals(64, run("--workbook", workbook.toString(), "a.csv", "--year"));
        assertTrue(err.toString(StandardCharsets.UTF_8).startsWith("--year の後に値を書いてください。"),
                err.toString(StandardCharsets.UTF_8));
        Path broken = dir.resolve("壊れた.csv");
        Files.writeString(broken, "機器名\n\"受付PC\n");
        assertEquals(2, run("--workbook", workbook.toString(), broken.toString()));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("「壊れた.csv」は CSV として読めません"));
        Path noNames = dir.resolve("見出しなし.csv");
        Files.writeString(noNames, "a,b\n1,2\n");
        assertEquals(2, run("--workbook", workbook.toString(), noNames.toString()));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("機器名の列が見つかりません"));
        assertTrue(devices(new FiscalYear(2025)).isEmpty());
    }

    @Test
    void aFinalisedYearsRegisterIsRefusedInWordsAndLeftAsItWas() throws Exception {
        try (TestWorkbook wb = TestWorkbook.open(workbook, LocalDate.of(2025, 6, 10))) {
            wb.context().vendors().finalise(new FiscalYear(2025));
        }
        Path list = MessyRegisterLists.csv(dir, "機器一覧.csv");
        assertEquals(2, run("--workbook", workbook.toString(), "--year", "R7", list.toString()));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("令和7年度は確定済みのため、機器台帳と連絡体制図は変更できません。"),
                err.toString(StandardCharsets.UTF_8));
        assertTrue(devices(new FiscalYear(2025)).isEmpty());
    }
}
