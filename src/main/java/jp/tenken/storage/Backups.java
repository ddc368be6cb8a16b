package jp.tenken.storage;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import jp.tenken.domain.FiscalYear;

/**
 * The copies of a workbook kept in the {@code backups} folder beside it: made on close when the workbook changed
 * since the last copy (the newest N kept, plus the last copy made in each fiscal year the workbook holds) and before
 * every schema upgrade, listed newest first with what each holds, and restored safely — the chosen copy is checked
 * (it opens as a Tenken workbook, integrity_check) and the current file is kept aside before anything is replaced.
 */
public final class Backups {

    /** One copy: its file, when it was made, why, and its size. */
    public record Backup(Path file, Instant made, String reason, long bytes) {

        /** Whether the copy was made when the workbook was closed (those are rotated). */
        public boolean madeOnClose() {
            return reason.startsWith("close");
        }
    }

    /** A fiscal year a copy holds and how many answers (はい or いいえ) were given in it. */
    public record YearAnswers(FiscalYear year, int answers) {
    }

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    private final Path workbook;

    public Backups(Path workbook) {
        this.workbook = workbook.toAbsolutePath();
    }

    public Path folder() {
        return workbook.getParent().resolve("backups");
    }

    private String base() {
        String name = workbook.getFileName().toString();
        return name.endsWith(Database.EXTENSION) ? name.substring(0, name.length() - Database.EXTENSION.length()) : name;
    }

    /** The copies of this workbook, newest first. */
    public List<Backup> list() {
        if (!Files.isDirectory(folder())) {
            return List.of();
        }
        String prefix = base() + "-";
        List<Backup> out = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder())) {
            for (Path f : (Iterable<Path>) files::iterator) {
                String n = f.getFileName().toString();
                if (!n.startsWith(prefix) || !n.endsWith(Database.EXTENSION)) {
                    continue;
                }
                String rest = n.substring(prefix.length(), n.length() - Database.EXTENSION.length());
                if (rest.length() < 15 || !rest.substring(0, 15).matches("\\d{8}-\\d{6}")) {
                    continue;
                }
                String reason = rest.length() > 16 ? rest.substring(16) : "";
                out.add(new Backup(f, Files.getLastModifiedTime(f).toInstant(), reason, Files.size(f)));
            }
        } catch (IOException e) {
            throw new StorageException(StorageException.kindOf(e), workbook, e);
        }
        out.sort(Comparator.comparing(Backup::made).thenComparing(b -> b.file().getFileName().toString()).reversed());
        return out;
    }

    /** The newest copy, of any kind. */
    public Optional<Backup> newest() {
        List<Backup> all = list();
        return all.isEmpty() ? Optional.empty() : Optional.of(all.get(0));
    }

    /** Whether the newest copy holds exactly what a workbook with this {@link ContentFingerprint} holds. */
    boolean newestHolds(String fingerprint) {
        return newest().flatMap(b -> BackupReader.fingerprint(b.file())).map(fingerprint::equals).orElse(false);
    }

    /** What a copy holds, each fiscal year with its answers; empty when the copy cannot be read. */
    public Optional<List<YearAnswers>> contents(Backup backup) {
        return BackupReader.contents(backup.file());
    }

    /** Keeps the newest {@code keep} copies made on close; copies made before upgrades or restores stay. */
    public void prune(int keep) {
        prune(keep, Set.of());
    }

    /**
     * Keeps the newest {@code keep} copies made on close and, for each fiscal year in {@code years}, the last copy
     * made on close within that fiscal year (by the copy's date here); copies made before upgrades or restores stay.
     */
    public void prune(int keep, Set<FiscalYear> years) {
        Set<FiscalYear> yearKept = new HashSet<>();
        int seen = 0;
        for (Backup b : list()) {
            if (!b.madeOnClose()) {
                continue;
            }
            FiscalYear madeIn = FiscalYear.of(LocalDate.ofInstant(b.made(), ZoneId.systemDefault()));
            boolean lastOfYear = years.contains(madeIn) && yearKept.add(madeIn);
            if (++seen > keep && !lastOfYear) {
                try {
                    Files.deleteIfExists(b.file());
                } catch (IOException ignored) {
                    // an old copy that cannot be removed now is removed next time
                }
            }
        }
    }

    /**
     * Replaces the (closed) workbook with a copy. The copy is first checked by opening it as a workbook; the
     * current file is moved into the backup folder as {@code …-before-restore}; then the copy is moved into place.
     * Returns where the previous file went.
     */
    public Path restore(Backup backup) {
        Path tmp = workbook.resolveSibling("." + workbook.getFileName() + ".restoring");
        try {
            Files.deleteIfExists(tmp);
            Files.copy(backup.file(), tmp, StandardCopyOption.REPLACE_EXISTING);
            try (Database check = Database.open(tmp)) {
                if (!"ok".equals(check.integrityCheck())) {
                    throw new StorageException(StorageException.Kind.CORRUPT, backup.file(), null);
                }
            }
            Files.createDirectories(folder());
            Path aside = folder().resolve(base() + "-" + STAMP.format(LocalDateTime.now()) + "-before-restore"
                    + Database.EXTENSION);
            if (Files.exists(workbook)) {
                Files.move(workbook, aside, StandardCopyOption.REPLACE_EXISTING);
            }
            for (String suffix : new String[] {"-wal", "-shm", "-journal"}) {
                Files.deleteIfExists(workbook.resolveSibling(workbook.getFileName() + suffix));
            }
            try {
                Files.move(tmp, workbook, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, workbook);
            }
            return aside;
        } catch (IOException e) {
            throw new StorageException(StorageException.kindOf(e), workbook, e);
        } finally {
            try {
                Files.deleteIfExists(tmp);
                Files.deleteIfExists(tmp.resolveSibling(tmp.getFileName() + "-wal"));
                Files.deleteIfExists(tmp.resolveSibling(tmp.getFileName() + "-shm"));
                Files.deleteIfExists(tmp.resolveSibling(tmp.getFileName() + "-journal"));
            } catch (IOException ignored) {
                // a leftover hidden temporary file does no harm
            }
        }
    }
}
