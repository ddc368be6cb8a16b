package jp.tenken.service;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import jp.tenken.storage.Backups;

/** Lists the copies of a workbook and restores one (the workbook must be closed while it is replaced). */
public final class BackupService {

    /** A copy as the restore dialog shows it: when, why (閉じたとき / 更新前 / 復元前) and how big. */
    public record Entry(Path file, Instant made, String reason, long bytes) {
    }

    private final Path workbook;

    public BackupService(Path workbook) {
        this.workbook = workbook;
    }

    public List<Entry> list() {
        return new Backups(workbook).list().stream()
                .map(b -> new Entry(b.file(), b.made(), reasonLabel(b.reason()), b.bytes())).toList();
    }

    /** Replaces the closed workbook with the copy; returns where the previous file was kept. */
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
