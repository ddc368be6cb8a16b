package jp.tenken.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import jp.tenken.domain.year.Facility;
import jp.tenken.domain.year.FacilityKind;
import jp.tenken.testing.TestWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The command line as any good CLI: unknown commands and options are refused with exit 64, a message in Japanese and
 * the usage (never a window); {@code --help} lists every command and option; exports get normal permissions.
 */
class CommandLineTest {
    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private PrintStream savedOut;
    private PrintStream savedErr;

    @BeforeEach
    void capture() {
        savedOut = System.out;
        savedErr = System.err;
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        System.setProperty("tenken.appdata", dir.resolve("appdata").toString());
        System.setProperty("tenken.today", "2025-06-10");
    }

    @AfterEach
    void restore() {
        System.setOut(savedOut);
        System.setErr(savedErr);
        System.clearProperty("tenken.appdata");
        System.clearProperty("tenken.today");
    }

    private String errText() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void anUnknownExportOptionIsRefusedInJapanese() {
        assertEquals(64, Launcher.command(List.of("export", "--frm", "facility")));
        assertTrue(errText().contains("--frm というオプションはありません"), errText());
        assertTrue(errText().contains("使い方"), errText());
    }

    @Test
    void aMisspelledFlagIsRefusedAndOpensNoWindow() {
        assertEquals(64, Launcher.command(List.of("--versoin")));
        assertTrue(errText().contains("--versoin というオプションはありません"), errText());
        assertEquals(64, Launcher.command(List.of("exprot")));
        assertTrue(errText().contains("exprot というコマンドはありません"), errText());
        assertEquals(-1, Launcher.command(List.of()), "no arguments: the window");
        assertEquals(-1, Launcher.command(List.of("点検簿.tenken")), "a workbook: the window on it");
    }

    @Test
    void helpListsEveryCommandAndOption() {
        assertEquals(0, Launcher.command(List.of("--help")));
        String help = out.toString(StandardCharsets.UTF_8);
        for (String word : List.of("--help", "--version", "--self-test", "export", "--workbook", "--year", "--out",
                "--form", "--vendor", "--from", ".tenken", "-Dtenken.lang=en")) {
            assertTrue(help.contains(word), word + " in " + help);
        }
    }

    @Test
    void anExportGetsTheUsersNormalPermissions() throws Exception {
        Path workbook = dir.resolve("clinic.tenken");
        try (TestWorkbook wb = TestWorkbook.create(workbook, LocalDate.of(2025, 6, 10))) {
            wb.checklist().saveFacility(new Facility("さくら内科クリニック", FacilityKind.CLINIC));
        }
        Path xlsx = dir.resolve("医療機関確認用.xlsx");
        assertEquals(0, Launcher.command(List.of("export", "--workbook", workbook.toString(), "--year", "R7",
                "--form", "facility", "--out", xlsx.toString())), errText());
        if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            Path plain = Files.createFile(dir.resolve("plain.txt"));
            assertEquals(Files.getPosixFilePermissions(plain), Files.getPosixFilePermissions(xlsx),
                    "as any file the user makes");
        }
    }
}
