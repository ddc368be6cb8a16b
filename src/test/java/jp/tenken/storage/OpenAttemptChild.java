package jp.tenken.storage;

import java.nio.file.Path;
import java.time.Instant;
import jp.tenken.domain.year.Facility;
import jp.tenken.domain.year.FacilityKind;

/**
 * A second program trying a workbook: opens it by the name it is given and, if that works, writes to it. Prints
 * "OPENED" and "WROTE", or "REFUSED <kind> <message>" (exit 2) — what a second app instance would see.
 */
public final class OpenAttemptChild {
    public static void main(String[] args) {
        try (StoredFile wb = StoredFile.open(Path.of(args[0]))) {
            System.out.println("OPENED");
            wb.facility().save(new Facility("二つ目のプロセス", FacilityKind.CLINIC), Instant.now());
            System.out.println("WROTE");
        } catch (StorageException e) {
            System.out.println("REFUSED " + e.kind() + " " + e.getMessage().replace('\n', ' '));
            System.exit(2);
        }
    }
}
