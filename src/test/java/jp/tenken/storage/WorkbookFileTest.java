package jp.tenken.storage;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import jp.tenken.domain.FiscalYear;
import jp.tenken.domain.edition.FormKind;
import jp.tenken.domain.edition.RowKey;
import jp.tenken.domain.edition.Scope;
import jp.tenken.domain.year.Answer;
import jp.tenken.domain.year.AnswerValue;
import jp.tenken.domain.year.Assessment;
import jp.tenken.domain.year.Facility;
import jp.tenken.domain.year.FacilityKind;
import jp.tenken.domain.year.Round;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WorkbookFileTest {

    @TempDir
    Path dir;

    private static final Instant NOW = Instant.parse("2025-06-01T01:02:03Z");

    @Test
    void aNewWorkbookIsMigratedToTheLatestSchemaAndMarkedAsOurs() throws Exception {
        Path f = dir.resolve("新しい 点検簿.tenken");
        try (StoredFile wb = StoredFile.create(f)) {
            assertEquals(Migrations.latest(), wb.database().schemaVersion());
            assertEquals("ok", wb.database().integrityCheck());
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + f)) {
            assertEquals(Database.APPLICATION_ID, Database.intPragma(c, "application_id"));
            assertEquals("wal", Database.stringPragma(c, "journal_mode"));
        }
        assertFalse(Files.exists(Database.lockFileOf(f)), "the lock file goes with the close");
    }

    @Test
    void answersFacilityAndChangeLogSurviveAReopen() {
        Path f = dir.resolve("wb.tenken");
        RowKey row = new RowKey("ops.security-patch", Scope.SERVER);
        long id;
        try (StoredFile wb = StoredFile.create(f)) {
            wb.facility().save(new Facility("さくら内科クリニック", FacilityKind.CLINIC), NOW);
            Assessment a = wb.assessments().findOrCreate(new FiscalYear(2025), "R7", FormKind.FACILITY, null, NOW);
            id = a.id();
            wb.answers().save(id, new Answer(row, Round.FIRST, AnswerValue.NO, LocalDate.of(2025, 5, 16),
                    LocalDate.of(2025, 12, 1), "=SUM(A1) 事業者に確認", null), NOW);
            wb.answers().save(id, new Answer(row, Round.FIRST, AnswerValue.YES, LocalDate.of(2025, 5, 17),
                    null, "", null), NOW);
        }
        try (StoredFile wb = StoredFile.open(f)) {
            assertEquals("さくら内科クリニック", wb.facility().get().orElseThrow().name());
            List<Answer> answers = wb.answers().load(id);
            assertEquals(1, answers.size());
            assertEquals(AnswerValue.YES, answers.get(0).value());
            assertEquals(LocalDate.of(2025, 5, 17), answers.get(0).checkedOn());
            List<ChangeLog.Entry> log = wb.changeLog().recent(10);
            assertTrue(log.get(0).oldValue().startsWith("NO"), "old → new is kept: " + log.get(0));
            assertTrue(log.get(0).newValue().startsWith("YES"));
            assertEquals(4, wb.changeLog().count());
        }
    }

    @Test
    void theChangeLogIsAppendOnly() {
        try (StoredFile wb = StoredFile.create(dir.resolve("log.tenken"))) {
            wb.facility().save(new Facility("A", FacilityKind.CLINIC), NOW);
            StorageException e = assertThrows(StorageException.class, () -> wb.database().inTransaction(c -> {
                try (Statement s = c.createStatement()) {
                    s.execute("DELETE FROM change_log");
                }
                return null;
            }));
            assertEquals(1, wb.changeLog().count(), e.getMessage());
        }
    }

    @Test
    void anOlderSchemaIsUpgradedAfterACopyIsMade() throws Exception {
        Path f = dir.resolve("old.tenken");
        try (StoredFile wb = StoredFile.create(f)) {
            wb.facility().save(new Facility("古い点検簿", FacilityKind.HOSPITAL), NOW);
        }
        // roll the file back to schema 1, as version 0.1 of the app wrote it
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + f); Statement s = c.createStatement()) {
            VendorYearsStorageTest.rollBackVendorYears(s);
            s.execute("DROP TABLE deep_check");
            s.execute("DROP TABLE vendor_form");
            s.execute("DROP TABLE workbook_setting");
            s.execute("DROP INDEX change_log_at");
            RegisterStorageTest.dropRegisterTables(s); // added by V005
            s.execute("PRAGMA user_version = 1");
        }
        try (StoredFile wb = StoredFile.open(f)) {
            assertEquals(Migrations.latest(), wb.database().schemaVersion());
            assertEquals("古い点検簿", wb.facility().get().orElseThrow().name());
            wb.settings().put("pattern", "IV", NOW);
        }
        List<Path> backups;
        try (var s = Files.list(dir.resolve("backups"))) {
            backups = s.toList();
        }
        assertEquals(1, backups.size());
        assertTrue(backups.get(0).getFileName().toString().contains("before-v" + Migrations.latest()));
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + backups.get(0))) {
            assertEquals(1, Database.intPragma(c, "user_version"), "the copy is the file as it was");
        }
    }

    @Test
    void aFileFromANewerVersionIsRefusedAndLeftAsItWas() throws Exception {
        Path f = dir.resolve("newer.tenken");
        StoredFile.create(f).close();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + f); Statement s = c.createStatement()) {
            s.execute("PRAGMA user_version = 99");
        }
        assertRefusedUnchanged(f, StorageException.Kind.NEWER_VERSION, "より新しいバージョン");
    }

    @Test
    void anotherProgramsDatabaseIsRefused() throws Exception {
        Path f = dir.resolve("other.tenken");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + f); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE patients (id INTEGER PRIMARY KEY, name TEXT)");
            s.execute("INSERT INTO patients (name) VALUES ('山田')");
        }
        assertRefusedUnchanged(f, StorageException.Kind.OTHER_DATABASE, "別のソフトウェア");
    }

    @Test
    void aTruncatedWorkbookIsRefused() throws Exception {
        Path f = dir.resolve("truncated.tenken");
        try (StoredFile wb = StoredFile.create(f)) {
            Assessment a = wb.assessments().findOrCreate(new FiscalYear(2025), "R7", FormKind.FACILITY, null, NOW);
            for (int i = 0; i < 300; i++) {
                wb.answers().save(a.id(), new Answer(new RowKey("k.item" + i, Scope.ALL), Round.FIRST, AnswerValue.YES,
                        LocalDate.of(2025, 5, 1), null, "メモ".repeat(40), null), NOW);
            }
        }
        byte[] all = Files.readAllBytes(f);
        Files.write(f, Arrays.copyOf(all, all.length / 2));
        assertRefusedUnchanged(f, StorageException.Kind.CORRUPT, "壊れている");
    }

    @Test
    void randomBytesAnEmptyFileAndAZipAreNotWorkbooks() throws Exception {
        Path random = dir.resolve("random.tenken");
        byte[] bytes = new byte[8192];
        new Random(7).nextBytes(bytes);
        Files.write(random, bytes);
        assertRefusedUnchanged(random, StorageException.Kind.NOT_A_WORKBOOK, "点検簿ファイルではありません");
        Path empty = dir.resolve("empty.tenken");
        Files.write(empty, new byte[0]);
        assertRefusedUnchanged(empty, StorageException.Kind.EMPTY_FILE, "空のファイル");
        Path zip = dir.resolve("zip.tenken");
        Files.write(zip, new byte[] {'P', 'K', 3, 4, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0});
        assertRefusedUnchanged(zip, StorageException.Kind.NOT_A_WORKBOOK, "点検簿ファイルではありません");
    }

    @Test
    void aWorkbookOpenInThisProcessCannotBeOpenedTwice() throws Exception {
        Path f = dir.resolve("twice.tenken");
        try (StoredFile wb = StoredFile.create(f)) {
            byte[] before = Files.readAllBytes(f);
            StorageException e = assertThrows(StorageException.class, () -> StoredFile.open(f));
            assertEquals(StorageException.Kind.ALREADY_OPEN, e.kind());
            assertTrue(e.getMessage().contains("すでに開かれています"), e.getMessage());
            assertArrayEquals(before, Files.readAllBytes(f));
            assertTrue(Files.exists(Database.lockFileOf(f)), "the first window keeps its lock");
        }
        StoredFile.open(f).close();
    }

    @Test
    void aLinkToAWorkbookOpenInThisProcessIsRefusedAndTheFirstKeepsItsLock() throws Exception {
        Path f = dir.resolve("held.tenken");
        Files.createDirectories(dir.resolve("elsewhere"));
        try (StoredFile wb = StoredFile.create(f)) {
            wb.facility().save(new Facility("最初の画面", FacilityKind.CLINIC), NOW);
            Path hard = Files.createLink(dir.resolve("hard.tenken"), f);
            Path symbolic = Files.createSymbolicLink(dir.resolve("elsewhere").resolve("symbolic.tenken"), f);
            byte[] before = digest(f);
            for (Path other : List.of(hard, symbolic, dir.resolve("elsewhere").resolve("..").resolve("held.tenken"))) {
                StorageException e = assertThrows(StorageException.class, () -> StoredFile.open(other));
                assertEquals(StorageException.Kind.ALREADY_OPEN, e.kind(), other + ": " + e.getMessage());
                assertArrayEquals(before, digest(f), other.toString());
            }
            wb.facility().save(new Facility("最初の画面で続ける", FacilityKind.CLINIC), NOW);
        }
        try (StoredFile wb = StoredFile.open(dir.resolve("hard.tenken"))) {
            assertEquals("最初の画面で続ける", wb.facility().get().orElseThrow().name(), "one file, one history");
        }
    }

    private void assertRefusedUnchanged(Path f, StorageException.Kind kind, String words) throws Exception {
        byte[] before = digest(f);
        StorageException e = assertThrows(StorageException.class, () -> StoredFile.open(f));
        assertEquals(kind, e.kind(), e.getMessage());
        assertTrue(e.getMessage().contains(words), e.getMessage());
        assertTrue(e.getMessage().contains(f.getFileName().toString()), "names the file: " + e.getMessage());
        assertArrayEquals(before, digest(f), "the file is left as it was");
        assertFalse(Files.exists(f.resolveSibling(f.getFileName() + "-wal")) && Files.size(f.resolveSibling(f.getFileName() + "-wal")) > 0,
                "no WAL was started on a refused file");
    }

    static byte[] digest(Path f) throws IOException {
        try {
            return MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(f));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
