package jp.tenken.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import jp.tenken.domain.Facility;
import jp.tenken.domain.FacilityKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BackupsTest {
    @TempDir
    Path dir;

    private static final Instant NOW = Instant.parse("2025-06-01T00:00:00Z");

    @Test
    void everyCloseKeepsACopyAndOnlyTheNewestNAreKept() throws Exception {
        Path f = dir.resolve("点検簿.tenken");
        Workbook.create(f).close();
        for (int i = 0; i < 5; i++) {
            try (Workbook wb = Workbook.open(f)) {
                wb.facility().save(new Facility("医院" + i, FacilityKind.CLINIC), NOW);
                wb.closeWithBackup(3);
            }
            Thread.sleep(20);
        }
        List<Backups.Backup> list = new Backups(f).list();
        assertEquals(3, list.size(), list.toString());
        assertTrue(list.stream().allMatch(b -> b.reason().startsWith("close")));
        try (Workbook newest = Workbook.open(list.get(0).file())) {
            assertEquals("医院4", newest.facility().get().orElseThrow().name(), "newest first");
        }
    }

    @Test
    void restoringKeepsTheCurrentFileAsideFirst() throws Exception {
        Path f = dir.resolve("wb.tenken");
        try (Workbook wb = Workbook.create(f)) {
            wb.facility().save(new Facility("復元される前", FacilityKind.CLINIC), NOW);
            wb.closeWithBackup(10);
        }
        try (Workbook wb = Workbook.open(f)) {
            wb.facility().save(new Facility("後で間違えた名前", FacilityKind.CLINIC), NOW);
        }
        Backups backups = new Backups(f);
        Backups.Backup copy = backups.list().get(0);
        Path aside = backups.restore(copy);
        try (Workbook wb = Workbook.open(f)) {
            assertEquals("復元される前", wb.facility().get().orElseThrow().name());
        }
        try (Workbook old = Workbook.open(aside)) {
            assertEquals("後で間違えた名前", old.facility().get().orElseThrow().name(), "the replaced file is kept");
        }
        assertTrue(backups.list().stream().anyMatch(b -> b.reason().startsWith("before-restore")));
    }

    @Test
    void aDamagedCopyIsNotRestoredAndTheWorkbookStaysAsItWas() throws Exception {
        Path f = dir.resolve("wb.tenken");
        try (Workbook wb = Workbook.create(f)) {
            wb.facility().save(new Facility("今の点検簿", FacilityKind.CLINIC), NOW);
            wb.closeWithBackup(10);
        }
        Backups backups = new Backups(f);
        Backups.Backup copy = backups.list().get(0);
        Files.write(copy.file(), new byte[] {1, 2, 3});
        byte[] before = Files.readAllBytes(f);
        assertThrows(StorageException.class, () -> backups.restore(copy));
        assertEquals(java.util.Arrays.toString(before), java.util.Arrays.toString(Files.readAllBytes(f)));
        try (var s = Files.list(dir)) {
            assertTrue(s.noneMatch(p -> p.getFileName().toString().contains("restoring")), "no temporary copy left");
        }
    }
}
