package jp.tenken.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import jp.tenken.i18n.Messages;
import jp.tenken.pdf.GuidelinePdfs;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code tenken import-guideline}: what an administrator's script sees on its streams and in its exit code. */
class ImportGuidelineCommandTest {
    @TempDir
    Path dir;
    private String before;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @BeforeEach
    void appData() {
        before = System.getProperty("tenken.appdata");
        System.setProperty("tenken.appdata", dir.resolve("appdata").toString());
        Messages.use(java.util.Locale.JAPANESE);
    }

    @AfterEach
    void restore() {
        if (before == null) {
            System.clearProperty("tenken.appdata");
        } else {
            System.setProperty("tenken.appdata", before);
        }
    }

    private int run(String... args) {
        out.reset();
        err.reset();
        return ImportGuidelineCommand.run(Arrays.asList(args), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String stderr() {
        return err.toString(StandardCharsets.UTF_8);
    }

    private Path guidelines() {
        return dir.resolve("appdata").resolve("guidelines");
    }

    @Test
    void aDryRunPrintsOneClausePerLineAndKeepsNothing() {
        Path pdf = GuidelinePdfs.sample(dir.resolve("001716292.pdf"));
        assertEquals(0, run("--dry-run", "--version", "7.0", pdf.toString()), stderr());
        List<String> lines = List.of(out.toString(StandardCharsets.UTF_8).split("\n"));
        assertEquals(7, lines.size(), out.toString(StandardCharsets.UTF_8));
        assertEquals("企画管理編\t2\tリスク評価を踏まえた管理\t①\t医療情報システムで取り扱う情報を全てリストアップし、"
                + "安全管理上の重要度に応じて分類を行い、常に最新の状態を維持すること。", lines.get(2));
        for (String l : lines) {
            assertEquals(5, l.split("\t", -1).length, l);
        }
        assertTrue(stderr().contains("第3章: 遵守事項が読み取れませんでした"), stderr());
        assertTrue(stderr().contains("公表した PDF と異なります"), stderr());
        assertFalse(Files.exists(guidelines()), "a dry run keeps nothing");
    }

    @Test
    void withoutDryRunTheVersionIsKeptWithItsSource() throws Exception {
        Path pdf = GuidelinePdfs.sample(dir.resolve("001716292.pdf"));
        assertEquals(0, run(pdf.toString()), stderr());
        assertEquals("", out.toString(StandardCharsets.UTF_8));
        assertTrue(stderr().contains("ガイドライン第7.0版（企画管理編）を取り込みました。遵守事項 7 件。"), stderr());
        String kept = Files.readString(guidelines().resolve("guideline-7.0.taken.json"));
        assertTrue(kept.contains("\"file\" : \"001716292.pdf\""), kept);
        assertTrue(kept.contains("\"sha256\""), kept);
    }

    @Test
    void aVersionOtherThanTheTitlePagesIsRefused() {
        Path pdf = GuidelinePdfs.sample(dir.resolve("v.pdf"));
        assertEquals(2, run("--dry-run", "--version", "6.0", pdf.toString()));
        assertTrue(stderr().contains("「v.pdf」は第7.0版です。第6.0版として取り込むには"), stderr());
        assertEquals("", out.toString(StandardCharsets.UTF_8));
    }

    @Test
    void wrongUsageIs64AndAForeignFileIs2() throws Exception {
        assertEquals(64, run("--dry-run"));
        assertTrue(stderr().contains("使い方: tenken import-guideline"), stderr());
        assertEquals(64, run("--versoin", "7.0", "x.pdf"));
        assertEquals(64, run("--version", "seven", "x.pdf"));
        assertEquals(2, run("--dry-run", dir.resolve("none.pdf").toString()));
        Path text = Files.writeString(dir.resolve("notes.pdf"), "not a pdf at all");
        assertEquals(2, run("--dry-run", text.toString()));
        assertTrue(stderr().contains("「notes.pdf」は PDF ファイルではありません"), stderr());
        assertEquals("", out.toString(StandardCharsets.UTF_8));
        assertFalse(Files.exists(guidelines()));
    }

    @Test
    void aVolumeWhoseClausesCannotBeReadIsRefusedAndTheOverviewPassedOver() {
        Path none = GuidelinePdfs.volume(dir.resolve("no-clauses.pdf"), "システム運用編", "7.0", "令和8年6月",
                java.util.List.of(new GuidelinePdfs.Chapter("1", "基本的な考え方", java.util.List.of(), 1)));
        assertEquals(2, run("--dry-run", none.toString()));
        assertTrue(stderr().contains("「no-clauses.pdf」（システム運用編）から遵守事項を一つも読み取れませんでした"), stderr());
        Path overview = GuidelinePdfs.volume(dir.resolve("gaisetsu.pdf"), "概説編", "7.0", "令和8年6月",
                java.util.List.of(new GuidelinePdfs.Chapter("1", "はじめに", java.util.List.of(), 1)));
        Path pdf = GuidelinePdfs.sample(dir.resolve("001716292.pdf"));
        assertEquals(0, run("--dry-run", overview.toString(), pdf.toString()), stderr());
        assertTrue(stderr().contains("「gaisetsu.pdf」（概説編）には遵守事項がありません"), stderr());
        assertEquals(7, out.toString(StandardCharsets.UTF_8).split("\n").length);
    }
}
