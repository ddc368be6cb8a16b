package jp.tenken.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import jp.tenken.domain.FiscalYear;
import jp.tenken.domain.edition.FormKind;
import jp.tenken.domain.year.Answer;
import jp.tenken.domain.year.Assessment;
import jp.tenken.testing.ChildJvm;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

class CrashSafetyTest {

    @TempDir
    Path dir;

    @Test
    @Timeout(120)
    void killingTheProcessMidStreamLosesNoSaveThatReturned() throws Exception {
        killMidStream("save");
    }

    @Test
    @Timeout(120)
    void onASharedFolderWithTheRollbackJournalAKillLosesNoSaveThatReturnedEither() throws Exception {
        killMidStream("save-shared");
    }

    private void killMidStream(String mode) throws Exception {
        Path f = dir.resolve("crash.tenken");
        StoredFile.create(f).close();
        Set<Integer> confirmed = new HashSet<>();
        int start = 0;
        for (int round = 0; round < 3; round++) {
            try (ChildJvm p = ChildJvm.start(SaveStreamChild.class, f.toString(), mode, "100000",
                    String.valueOf(start))) {
                String line;
                int target = 40 + round * 37;
                int seen = 0;
                while ((line = p.nextLine(Duration.ofSeconds(60))) != null) {
                    if (line.startsWith("SAVED ")) {
                        confirmed.add(Integer.parseInt(line.substring(6)));
                        if (++seen >= target) {
                            p.kill(); // SIGKILL: no shutdown hooks, no close
                            break;
                        }
                    }
                }
                // lines already printed before the kill are confirmed saves too
                assertFalse(p.isAlive());
            }
            start += 100000;
            try (StoredFile wb = StoredFile.open(f)) {
                assertEquals("ok", wb.database().integrityCheck());
                Assessment a = wb.assessments().find(new FiscalYear(2025), FormKind.FACILITY, null).orElseThrow();
                Set<Integer> stored = new HashSet<>();
                for (Answer ans : wb.answers().load(a.id())) {
                    stored.add(Integer.parseInt(ans.row().itemKey().substring("crash.item".length())));
                }
                assertTrue(stored.containsAll(confirmed), "every save that returned is in the file");
            }
        }
        assertTrue(confirmed.size() >= 40 + 77 + 114);
    }

    @Test
    @Timeout(60)
    void aSecondProcessIsToldTheWorkbookIsAlreadyOpen() throws Exception {
        Path f = dir.resolve("locked.tenken");
        StoredFile.create(f).close();
        ChildJvm holder = ChildJvm.start(SaveStreamChild.class, f.toString(), "hold");
        try {
            assertEquals("OPEN", holder.nextLine(Duration.ofSeconds(30)), holder.output());
            byte[] before = Files.readAllBytes(f);
            StorageException e = assertThrows(StorageException.class,
                    () -> StoredFile.open(f));
            assertEquals(StorageException.Kind.ALREADY_OPEN, e.kind());
            assertTrue(e.getMessage().contains("すでに開かれています"));
            assertEquals(Arrays.toString(before), Arrays.toString(Files.readAllBytes(f)));
        } finally {
            holder.kill();
        }
        // once the holder is gone (even killed), the lock is gone with it
        try (StoredFile wb = StoredFile.open(f)) {
            assertEquals("ok", wb.database().integrityCheck());
        }
        assertTrue(Instant.now() != null);
    }
}
