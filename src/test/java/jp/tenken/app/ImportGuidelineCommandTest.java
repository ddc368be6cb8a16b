package jp.tenken.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import jp.tenken.pdf.GuidelinePdfs;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code tenken import-guideline}: what an administrator's script sees on its streams and in its exit code. */
class ImportGuidelineCommandTest {
    @TempDir
    Path dir;
    private final CommandStreams cli = new CommandStreams(ImportGuidelineCommand::run);

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

    private String stderr() {
        return cli.stderr();
    }

    private Path guidelines() {
        return dir.resolve("appdata").resolve("guidelines");
    }

    @Test
    void aDryRunPrintsOneClausePerLineAndKeepsNothing() {
        Path pdf = GuidelinePdfs.sample(dir.resolve("001716292.pdf"));
        assertEquals(0, run("--dry-run", "--version", "7.0", pdf.toString()), stderr());
        List<String> lines = List.of(cli.stdout().split("\n"));
        assertEquals(7, lines.size(), cli.stdout());
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
        assertEquals("", cli.stdout());
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
        assertEquals("", cli.stdout());
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
        assertEquals("", cli.stdout());
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
        assertEquals(7, cli.stdout().split("\n").length);
    }
}
