package jp.tenken.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import jp.tenken.domain.year.Facility;
import jp.tenken.domain.year.FacilityKind;
import jp.tenken.i18n.Messages;
import jp.tenken.storage.TenkenFile;
import jp.tenken.testing.TestWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What {@code tenken export} says when it cannot do what was asked: the real reason, in Japanese, and no file. */
class ExportCommandMessagesTest {
    @TempDir
    Path dir;
    Path workbook;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private PrintStream savedOut;
    private PrintStream savedErr;

    @BeforeEach
    void setUp() {
        savedOut = System.out;
        savedErr = System.err;
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        System.setProperty("tenken.appdata", dir.resolve("appdata").toString());
        System.setProperty("tenken.today", "2025-06-10");
        Messages.use(Locale.JAPANESE);
        workbook = dir.resolve("clinic.tenken");
        try (TestWorkbook wb = TestWorkbook.create(workbook, LocalDate.of(2025, 6, 10))) {
            wb.checklist().saveFacility(new Facility("さくら内科クリニック", FacilityKind.CLINIC));
        }
    }

    @AfterEach
    void tearDown() {
        System.setOut(savedOut);
        System.setErr(savedErr);
        System.clearProperty("tenken.appdata");
        System.clearProperty("tenken.today");
    }

    private int export(String... more) {
        out.reset();
        err.reset();
        List<String> args = new java.util.ArrayList<>(List.of("export", "--workbook", workbook.toString()));
        args.addAll(List.of(more));
        return Launcher.command(args);
    }

    private String errText() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void aVendorNamedInAYearWithoutVendorsIsToldThereAreNone() {
        Path xlsx = dir.resolve("事業者確認用.xlsx");
        assertEquals(2, export("--year", "R7", "--form", "vendor", "--vendor", "株式会社メディカル", "--out",
                xlsx.toString()));
        assertTrue(errText().contains("令和7年度には事業者が登録されていない"), errText());
        assertFalse(errText().contains("名前を書いてください"), "not 'the name is missing': " + errText());
        assertFalse(Files.exists(xlsx));
    }

    @Test
    void anUnknownVendorIsNamedBesideTheYearsVendors() {
        try (TestWorkbook wb = TestWorkbook.open(workbook, LocalDate.of(2025, 6, 10))) {
            wb.vendors().add("株式会社メディカル", "電子カルテ", "", true);
        }
        assertEquals(2, export("--year", "R7", "--form", "vendor", "--vendor", "メディカル", "--out",
                dir.resolve("v.xlsx").toString()));
        assertTrue(errText().contains("「メディカル」という事業者は登録されていません"), errText());
        assertTrue(errText().contains("株式会社メディカル"), errText());
    }

    @Test
    void anOutThatIsAFolderIsCalledAFolder() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("出力先"));
        assertEquals(2, export("--year", "R7", "--out", folder.toString()));
        assertTrue(errText().contains("はフォルダです"), errText());
        assertFalse(errText().contains("Excel"), "not blamed on Excel: " + errText());
    }

    @Test
    void anOutNamedCsvIsRefusedAndNothingIsWritten() {
        Path csv = dir.resolve("x.csv");
        assertEquals(64, export("--year", "R7", "--out", csv.toString()));
        assertTrue(errText().contains(".xlsx で終わるように"), errText());
        assertFalse(Files.exists(csv), "never an .xlsx under a .csv name");
    }

    @Test
    void aYearTheWorkbookDoesNotHaveIsRefusedNotWrittenEmpty() {
        Path xlsx = dir.resolve("令和2年度.xlsx");
        assertEquals(2, export("--year", "2020", "--out", xlsx.toString()));
        assertTrue(errText().contains("この点検簿には令和2年度がありません"), errText());
        assertTrue(errText().contains("令和7年度"), "names the years it has: " + errText());
        assertFalse(Files.exists(xlsx));
    }

    @Test
    void aWorkbookAnotherTenkenHoldsIsSaidInTheCommandsWordsAndNothingIsWritten() {
        Path xlsx = dir.resolve("立入検査用.xlsx");
        try (TenkenFile held = TenkenFile.open(workbook)) { // as an open window holds it
            assertEquals(2, export("--year", "R7", "--out", xlsx.toString()));
        }
        assertTrue(errText().contains("「clinic.tenken」は、いま別の Tenken が使っています"), errText());
        assertTrue(errText().contains("もう一度書き出してください"), "what to do again is the export: " + errText());
        assertFalse(Files.exists(xlsx));
        assertEquals(0, export("--year", "R7", "--out", xlsx.toString()), "once it is let go: " + errText());
        assertTrue(Files.exists(xlsx));
    }

    @Test
    void theSummaryGoesToStandardErrorAndStandardOutputStaysEmpty() {
        Path xlsx = dir.resolve("立入検査用.xlsx");
        assertEquals(0, export("--year", "R7", "--out", xlsx.toString()), errText());
        assertTrue(Files.exists(xlsx));
        assertEquals("", out.toString(StandardCharsets.UTF_8));
        assertTrue(errText().contains("医療機関確認用"), errText());
    }
}
