package jp.tenken.reliability;

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
import jp.tenken.storage.StoredFile;

/**
 * A JVM to be killed: saves answers one by one, printing "SAVED i" only after save i returned. With a fourth
 * argument k it stops after k saves, prints "PAUSED" and waits, so that it is killed between saves.
 */
public final class SaveChild {
    public static void main(String[] args) throws Exception {
        try (StoredFile wb = StoredFile.open(Path.of(args[0]))) {
            int n = Integer.parseInt(args[1]);
            int start = Integer.parseInt(args[2]);
            int pauseAfter = args.length > 3 ? Integer.parseInt(args[3]) : -1;
            Assessment a = wb.assessments().findOrCreate(new FiscalYear(2025), "R7", FormKind.FACILITY, null,
                    Instant.now());
            for (int i = start; i < start + n; i++) {
                wb.answers().save(a.id(), new Answer(new RowKey("kill.item" + i, Scope.ALL), Round.FIRST,
                        AnswerValue.YES, LocalDate.of(2025, 5, 1), null, "save " + i, null), Instant.now());
                System.out.println("SAVED " + i);
                if (i - start + 1 == pauseAfter) {
                    System.out.println("PAUSED");
                    System.out.flush();
                    Thread.sleep(Long.MAX_VALUE);
                }
                System.out.flush();
            }
        }
    }
}
