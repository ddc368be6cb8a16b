package jp.tenken.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import jp.tenken.xlsx.read.OfficialSamples;
import jp.tenken.xlsx.read.OfficialVariants;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code tenken import-official}: what an administrator's script sees on its streams and in its exit code. */
class ImportOfficialCommandTest {
    @TempDir
    Path dir;
    private final CommandStreams cli = new CommandStreams(ImportOfficialCommand::run);

    @BeforeEach
    void appData() {
        cli.useAppData(dir.resolve("appdata"));
    }

    @AfterEach
    void restore() {
        cli.restore();
    }

    private int run(String... args) {
        return cli.run(args);
    }

    private List<String> lines() {
        String text = cli.stdout();
        return text.isEmpty() ? List.of() : List.of(text.split("\n"));
    }

    private Path catalogFolder() {
        return dir.resolve("appdata").resolve("catalog");
    }

    @Test
    void aDryRunPrintsOneAnswerRowPerLineAndAddsNothing() throws Exception {
        Path file = OfficialVariants.scopeColumnSeveralDevices(dir.resolve("001716187.xlsx"));
        assertEquals(0, run("--dry-run", file.toString()), cli.stderr());
        List<String> rows = lines();
        assertFalse(rows.isEmpty());
        for (String row : rows) {
            assertEquals(4, row.split("\t", -1).length, "section, number, scope, text: " + row);
        }
        assertTrue(rows.stream().anyMatch(r -> r.split("\t")[2].equals("サーバ")), String.join("\n", rows));
        assertTrue(rows.stream().anyMatch(r -> r.split("\t")[2].equals("端末PC")), String.join("\n", rows));
        assertFalse(Files.exists(catalogFolder()), "a dry run adds nothing");
    }

    @Test
    void withoutDryRunTheEditionIsAddedAsTheScreenAddsIt() throws Exception {
        Path file = OfficialSamples.facilityStandard(dir.resolve("001716187.xlsx"));
        assertEquals(0, run(file.toString()), cli.stderr());
        assertTrue(lines().isEmpty(), "nothing on standard output");
        assertTrue(Files.isRegularFile(catalogFolder().resolve("R8-official.json")));
        assertTrue(cli.stderr().contains("令和8年度"));
    }

    @Test
    void aFileWithoutAYearIsRefusedUntilTheYearIsGiven() throws Exception {
        Path file = OfficialVariants.noYearAnywhere(dir.resolve("noyear.xlsx"));
        assertEquals(2, run("--dry-run", file.toString()));
        assertTrue(cli.stderr().contains("年度"), cli.stderr());
        assertTrue(lines().isEmpty());
        assertEquals(0, run("--dry-run", "--year", "令和8", file.toString()), cli.stderr());
        assertFalse(lines().isEmpty());
        assertEquals(0, run("--year", "R8", "--dry-run", file.toString()));
        assertEquals(0, run("--year", "2026", "--dry-run", file.toString()));
    }

    @Test
    void refusalsAreInJapaneseOnStandardErrorWithExitCodes() throws Exception {
        Path staff = OfficialSamples.notAChecklist(dir.resolve("staff.xlsx"));
        assertEquals(2, run("--dry-run", staff.toString()));
        String why = cli.stderr();
        assertTrue(why.contains("「staff.xlsx」") && why.contains("読み取れませんでした"), why);
        assertTrue(lines().isEmpty());
        Path renamed = Files.writeString(dir.resolve("list.xlsx"), "No,項目\n1,テスト\n");
        assertEquals(2, run("--dry-run", renamed.toString()));
        assertFalse(cli.stderr().matches("(?s).*(Exception|at jp\\.).*"));
        assertEquals(2, run(dir.resolve("none.xlsx").toString()));
        assertEquals(64, run("--frm", staff.toString()));
        assertTrue(cli.stderr().contains("使い方"));
        assertEquals(64, run("--dry-run"));
        assertEquals(64, run("--year", "来年", staff.toString()));
        assertFalse(Files.exists(catalogFolder()));
    }

    @Test
    void aVendorFileAloneIsListedWhenItsYearsFacilityFormWasTakenInEarlier() throws Exception {
        Path vendor = OfficialSamples.vendorOnly(dir.resolve("001716188.xlsx"));
        assertEquals(2, run("--dry-run", vendor.toString()), "no edition of its year yet");
        assertTrue(cli.stderr().contains("先に令和8年度の医療機関・薬局確認用"),
                cli.stderr());

        assertEquals(0, run(OfficialSamples.facilityStandard(dir.resolve("001716187.xlsx")).toString()));
        assertEquals(0, run("--dry-run", vendor.toString()), cli.stderr());
        List<String> rows = lines();
        assertEquals(3, rows.size(), String.join("\n", rows));
        assertTrue(rows.stream().anyMatch(r -> r.endsWith("\t" + OfficialSamples.VENDOR_MDS)), String.join("\n", rows));
        assertTrue(cli.stderr().contains("取り込み済みの「令和8年度版」に加えます"),
                cli.stderr());
    }
}
