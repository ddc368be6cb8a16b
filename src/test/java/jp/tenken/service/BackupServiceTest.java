package jp.tenken.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import jp.tenken.domain.FiscalYear;
import jp.tenken.domain.edition.FormKind;
import jp.tenken.domain.edition.RowKey;
import jp.tenken.domain.edition.Scope;
import jp.tenken.domain.year.Answer;
import jp.tenken.domain.year.AnswerValue;
import jp.tenken.domain.year.Assessment;
import jp.tenken.domain.year.Round;
import jp.tenken.storage.StoredFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BackupServiceTest {
    private static final Instant NOW = Instant.parse("2025-06-01T00:00:00Z");

    @TempDir
    Path dir;

    @Test
    void theRestoreListShowsEachCopysFiscalYearsAndAnswersAndMarksAnUnreadableOne() throws Exception {
        Path f = dir.resolve("点検簿.tenken");
        try (StoredFile wb = StoredFile.create(f)) {
            answer(wb, 2024, "a.item1", AnswerValue.YES);
            answer(wb, 2025, "a.item1", AnswerValue.NO);
            answer(wb, 2025, "a.item2", AnswerValue.YES);
            wb.closeWithBackup(5);
        }
        BackupService service = new BackupService(f);
        List<BackupService.Entry> entries = service.list();
        assertEquals(1, entries.size());
        BackupService.Entry copy = entries.get(0);
        assertEquals("閉じたとき", copy.reason());
        assertTrue(copy.readable());
        assertEquals(List.of(new BackupService.YearAnswers(new FiscalYear(2024), 1),
                new BackupService.YearAnswers(new FiscalYear(2025), 2)), copy.years());
        Files.write(copy.file(), new byte[] {1, 2, 3});
        BackupService.Entry damaged = service.list().get(0);
        assertFalse(damaged.readable());
        assertEquals(List.of(), damaged.years());
    }

    private static void answer(StoredFile wb, int year, String key, AnswerValue value) {
        Assessment a = wb.assessments().findOrCreate(new FiscalYear(year), "R7", FormKind.FACILITY, null, NOW);
        wb.answers().save(a.id(), new Answer(new RowKey(key, Scope.ALL), Round.FIRST, value, LocalDate.of(2025, 5, 1),
                value == AnswerValue.NO ? LocalDate.of(2026, 1, 1) : null, "", null), NOW);
    }
}
