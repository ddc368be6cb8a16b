package jp.tenken.service;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import jp.tenken.domain.FiscalYear;
import jp.tenken.storage.Backups;

/** Lists the copies of a workbook and restores one (the workbook must be closed while it is replaced). */
public final class BackupService {

    /**
     * A copy as the restore dialog shows it: when, why (閉じたとき / 更新前 / 復元前), how big, and what it holds —
     * each fiscal year with its answers; {@code readable} is false for a copy that does not open as a workbook.
     */
    public record Entry(Path file, Instant made, String reason, long bytes, boolean readable, List<YearAnswers> years) {
        public Entry {
            years = List.copyOf(years);
        }
    }

    /** A fiscal year a copy holds and how many answers (はい or いいえ) were given in it. */
    public record YearAnswers(FiscalYear year, int answers) {
    }

    private final Path workbook;

    public BackupService(Path workbook) {
        this.workbook = workbook;
    }

    /** Every copy, newest first, each looked into (read-only) for what it holds. */
    public List<Entry> list() {
        Backups backups = new Backups(workbook);
        return backups.list().stream().map(b -> {
            Optional<List<Backups.YearAnswers>> held = backups.contents(b);
            List<YearAnswers> years = held.orElse(List.of()).stream()
                    .map(y -> new YearAnswers(y.year(), y.answers())).toList();
            return new Entry(b.file(), b.made(), reasonLabel(b.reason()), b.bytes(), held.isPresent(), years);
        }).toList();
    }

    /**
     * Replaces the closed workbook with the copy, after checking it (it opens as a Tenken workbook of a version we
     * read, and passes integrity_check); returns where the previous file was kept.
     */
    public Path restoreClosed(Entry entry) {
        Backups backups = new Backups(workbook);
        Backups.Backup b = backups.list().stream().filter(x -> x.file().equals(entry.file())).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no such backup: " + entry.file()));
        return backups.restore(b);
    }

    static String reasonLabel(String reason) {
        if (reason.startsWith("close")) {
            return "閉じたとき";
        }
        if (reason.startsWith("before-restore")) {
            return "復元する前";
        }
        if (reason.startsWith("before-v")) {
            return "ファイル形式の更新前";
        }
        return reason;
    }
}
