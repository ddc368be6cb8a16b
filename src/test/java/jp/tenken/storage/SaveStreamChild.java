package jp.tenken.storage;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import jp.tenken.domain.FiscalYear;
import jp.tenken.domain.edition.FormKind;
import jp.tenken.domain.edition.RowKey;
import jp.tenken.domain.edition.Scope;
import jp.tenken.domain.year.Answer;
import jp.tenken.domain.year.AnswerValue;
import jp.tenken.domain.year.Assessment;
import jp.tenken.domain.year.Round;

/**
 * A separate JVM for the crash and lock tests: opens the workbook, then either holds it open ("hold") or saves
 * answers in a stream ("save N [start]"), printing "SAVED i" only after save i has returned. "save-shared" saves as
 * "save" does on a workbook treated as lying on a shared folder (the rollback journal instead of WAL).
 */
public final class SaveStreamChild {
    public static void main(String[] args) throws Exception {
        Path file = Path.of(args[0]);
        String mode = args[1];
        SharedFolder.Detector network = mode.equals("save-shared") ? SharedFolder.ALWAYS : SharedFolder.SYSTEM;
        try (StoredFile wb = StoredFile.open(file, network)) {
            System.out.println("OPEN");
            System.out.flush();
            if (mode.equals("hold")) {
                Thread.sleep(60_000);
                return;
            }
            int n = Integer.parseInt(args[2]);
            int start = args.length > 3 ? Integer.parseInt(args[3]) : 0;
            Assessment a = wb.assessments().findOrCreate(new FiscalYear(2025), "R7", FormKind.FACILITY, null,
                    Instant.now());
            for (int i = start; i < start + n; i++) {
                wb.answers().save(a.id(), new Answer(new RowKey("crash.item" + i, Scope.ALL), Round.FIRST,
                        i % 3 == 0 ? AnswerValue.NO : AnswerValue.YES, LocalDate.of(2025, 5, 1 + i % 28),
                        i % 3 == 0 ? LocalDate.of(2026, 1, 1 + i % 28) : null, "save " + i, null), Instant.now());
                System.out.println("SAVED " + i);
                System.out.flush();
            }
        }
    }
}
