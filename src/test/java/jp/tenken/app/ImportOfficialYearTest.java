package jp.tenken.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import jp.tenken.i18n.Messages;
import jp.tenken.xlsx.read.OfficialSamples;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code import-official --year} that the file's title contradicts is said on standard error, not taken silently. */
class ImportOfficialYearTest {
    @TempDir
    Path dir;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @BeforeEach
    void appData() {
        System.setProperty("tenken.appdata", dir.resolve("appdata").toString());
        Messages.use(Locale.JAPANESE);
    }

    @AfterEach
    void restore() {
        System.clearProperty("tenken.appdata");
    }

    private int run(String... args) {
        out.reset();
        err.reset();
        return ImportOfficialCommand.run(Arrays.asList(args), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @Test
    void aYearThatContradictsTheTitleIsSaid() throws Exception {
        Path file = OfficialSamples.facilityStandard(dir.resolve("001716187.xlsx"));
        assertEquals(0, run("--dry-run", "--year", "R9", file.toString()), err.toString(StandardCharsets.UTF_8));
        String said = err.toString(StandardCharsets.UTF_8);
        assertTrue(said.contains("ファイルの表題は令和8年度ですが、--year で指定した令和9年度として読みます"), said);
        assertFalse(out.toString(StandardCharsets.UTF_8).contains("令和8年度ですが"), "the note is not data");
    }

    @Test
    void aYearThatAgreesWithTheTitleSaysNothingMore() throws Exception {
        Path file = OfficialSamples.facilityStandard(dir.resolve("001716187.xlsx"));
        assertEquals(0, run("--dry-run", "--year", "令和8", file.toString()));
        assertFalse(err.toString(StandardCharsets.UTF_8).contains("表題は"), err.toString(StandardCharsets.UTF_8));
    }
}
