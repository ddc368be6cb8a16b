package jp.tenken.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
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

class BackupsTest {
    @TempDir
    Path dir;

    private static final Instant NOW = Instant.parse("2025-06-01T00:00:00Z");

    @Test
    void everyCloseKeepsACopyAndOnlyTheNewestNAreKept() throws Exception {
        Path f = dir.resolve("点検簿.tenken");
        StoredFile.create(f).close();
        for (int i = 0; i < 5; i++) {
            try (StoredFile wb = StoredFile.open(f)) {
                wb.facility().save(new Facility("医院" + i, FacilityKind.CLINIC), NOW);
                wb.closeWithBackup(3);
            }
            Thread.sleep(20);
        }
        List<Backups.Backup> list = new Backups(f).list();
        assertEquals(3, list.size(), list.toString());
        assertTrue(list.stream().allMatch(b -> b.reason().startsWith("close")));
        try (StoredFile newest = StoredFile.open(list.get(0).file())) {
            assertEquals("医院4", newest.facility().get().orElseThrow().name(), "newest first");
        }
    }

    @Test
    void restoringKeepsTheCurrentFileAsideFirst() throws Exception {
        Path f = dir.resolve("wb.tenken");
        try (StoredFile wb = StoredFile.create(f)) {
            wb.facility().save(new Facility("復元される前", FacilityKind.CLINIC), NOW);
            wb.closeWithBackup(10);
        }
        try (StoredFile wb = StoredFile.open(f)) {
            wb.facility().save(new Facility("後で間違えた名前", FacilityKind.CLINIC), NOW);
        }
        Backups backups = new Backups(f);
        Backups.Backup copy = backups.list().get(0);
        Path aside = backups.restore(copy);
        try (StoredFile wb = StoredFile.open(f)) {
            assertEquals("復元される前", wb.facility().get().orElseThrow().name());
        }
        try (StoredFile old = StoredFile.open(aside)) {
            assertEquals("後で間違えた名前", old.facility().get().orElseThrow().name(), "the replaced file is kept");
        }
        assertTrue(backups.list().stream().anyMatch(b -> b.reason().startsWith("before-restore")));
    }

    @Test
    void aDamagedCopyIsNotRestoredAndTheWorkbookStaysAsItWas() throws Exception {
        Path f = dir.resolve("wb.tenken");
        try (StoredFile wb = StoredFile.create(f)) {
            wb.facility().save(new Facility("今の点検簿", FacilityKind.CLINIC), NOW);
            wb.closeWithBackup(10);
        }
        Backups backups = new Backups(f);
        Backups.Backup copy = backups.list().get(0);
        Files.write(copy.file(), new byte[] {1, 2, 3});
        byte[] before = Files.readAllBytes(f);
        assertThrows(StorageException.class, () -> backups.restore(copy));
        assertEquals(Arrays.toString(before), Arrays.toString(Files.readAllBytes(f)));
        try (var s = Files.list(dir)) {
            assertTrue(s.noneMatch(p -> p.getFileName().toString().contains("restoring")), "no temporary copy left");
        }
    }

    @Test
    void tenOpensAndClosesWithoutAChangeKeepOneCopyAndAChangeMakesANewOne() throws Exception {
        Path f = dir.resolve("点検簿.tenken");
        try (StoredFile wb = StoredFile.create(f)) {
            wb.facility().save(new Facility("さくら内科", FacilityKind.CLINIC), NOW);
        }
        for (int i = 0; i < 10; i++) {
            StoredFile.open(f).closeWithBackup(3);
        }
        assertEquals(1, new Backups(f).list().size(), "ten launches without a change: one copy");
        try (StoredFile wb = StoredFile.open(f)) {
            Assessment a = wb.assessments().findOrCreate(new FiscalYear(2025), "R7", FormKind.FACILITY, null, NOW);
            wb.answers().save(a.id(), answer("a.item1", AnswerValue.YES), NOW);
            wb.closeWithBackup(3);
        }
        List<Backups.Backup> list = new Backups(f).list();
        assertEquals(2, list.size(), "a change: a new copy");
        StoredFile.open(f).closeWithBackup(3);
        assertEquals(2, new Backups(f).list().size());
        try (StoredFile newest = StoredFile.open(list.get(0).file())) {
            assertEquals(1, newest.answers().load(newest.assessments().find(new FiscalYear(2025), FormKind.FACILITY,
                    null).orElseThrow().id()).size(), "the new copy holds the change");
        }
    }

    @Test
    void theListSaysWhichFiscalYearsEachCopyHoldsWithItsAnswers() throws Exception {
        Path f = dir.resolve("wb.tenken");
        try (StoredFile wb = StoredFile.create(f)) {
            fill(wb, 2024, 3);
            fill(wb, 2025, 2);
            wb.closeWithBackup(3);
        }
        Backups backups = new Backups(f);
        assertEquals(List.of(new Backups.YearAnswers(new FiscalYear(2024), 3), new Backups.YearAnswers(
                new FiscalYear(2025), 2)), backups.contents(backups.list().get(0)).orElseThrow());
        Files.write(backups.list().get(0).file(), new byte[] {1, 2, 3});
        assertTrue(backups.contents(backups.list().get(0)).isEmpty(), "a damaged copy holds nothing readable");
    }

    @Test
    void rotationKeepsTheNewestCopiesAndTheLastCopyOfEachFiscalYear() throws Exception {
        Path f = dir.resolve("wb.tenken");
        StoredFile.create(f).close();
        // eight sessions with changes: two in FY2023, three in FY2024, three in FY2025 (copy dates set back)
        String[] made = {"2023-06-01", "2024-03-20", "2024-05-01", "2024-12-01", "2025-03-30", "2025-04-10",
            "2025-07-01", "2025-09-01"};
        for (int i = 0; i < made.length; i++) {
            try (StoredFile wb = StoredFile.open(f)) {
                fill(wb, 2023 + Math.min(2, i / 3), i + 1);
                wb.closeWithBackup(100);
            }
            Backups.Backup newest = new Backups(f).list().get(0);
            Files.setLastModifiedTime(newest.file(), FileTime.from(LocalDate.parse(made[i]).atTime(12, 0)
                    .atZone(ZoneId.systemDefault()).toInstant()));
        }
        try (StoredFile wb = StoredFile.open(f)) {
            fill(wb, 2025, 20);
            wb.closeWithBackup(2);
        }
        List<String> kept = new Backups(f).list().stream()
                .map(b -> LocalDate.ofInstant(b.made(), ZoneId.systemDefault()).toString()).toList();
        assertEquals(4, kept.size(), kept.toString());
        assertEquals(LocalDate.now().toString(), kept.get(0), "the newest copy");
        assertEquals(List.of("2025-09-01", "2025-03-30", "2024-03-20"), kept.subList(1, 4),
                "the one before it (also FY2025's last), the last copy of FY2024 and of FY2023 (20 March is in it)");
    }

    @Test
    void aCopyThatIsAnotherProgramsDatabaseIsNotRestored() throws Exception {
        Path f = dir.resolve("wb.tenken");
        try (StoredFile wb = StoredFile.create(f)) {
            wb.facility().save(new Facility("今の点検簿", FacilityKind.CLINIC), NOW);
            wb.closeWithBackup(10);
        }
        Backups backups = new Backups(f);
        Backups.Backup copy = backups.list().get(0);
        Files.delete(copy.file());
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + copy.file());
             Statement s = c.createStatement()) {
            s.execute("CREATE TABLE patients (id INTEGER PRIMARY KEY, name TEXT)");
        }
        byte[] before = Files.readAllBytes(f);
        StorageException e = assertThrows(StorageException.class, () -> backups.restore(copy));
        assertEquals(StorageException.Kind.OTHER_DATABASE, e.kind(), e.getMessage());
        assertEquals(Arrays.toString(before), Arrays.toString(Files.readAllBytes(f)));
        assertTrue(backups.contents(copy).isEmpty(), "the list shows nothing readable in it");
    }

    private static void fill(StoredFile wb, int year, int answers) {
        Assessment a = wb.assessments().findOrCreate(new FiscalYear(year), "R7", FormKind.FACILITY, null, NOW);
        for (int i = 0; i < answers; i++) {
            wb.answers().save(a.id(), answer("y" + year + ".item" + i, AnswerValue.NO), NOW);
        }
    }

    private static Answer answer(String key, AnswerValue value) {
        return new Answer(new RowKey(key, Scope.ALL), Round.FIRST, value, LocalDate.of(2025, 5, 1),
                value == AnswerValue.NO ? LocalDate.of(2026, 1, 1) : null, "", null);
    }
}
