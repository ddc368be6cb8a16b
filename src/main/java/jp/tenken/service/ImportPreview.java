package jp.tenken.service;

import java.nio.file.Path;
import java.util.List;
import jp.tenken.domain.FiscalYear;
import jp.tenken.domain.edition.FormKind;
import jp.tenken.domain.vendor.Vendor;

/**
 * What taking in a file would do, shown before anything is written: which form of which year (and vendor), each
 * row and round that would change (old → new), how many rows already agree, and warnings that do not stop it
 * (another facility name…). Nothing has been written when one exists.
 */
public record ImportPreview(Path file, String editionId, String editionName, FormKind kind, FiscalYear year,
                            Vendor vendor, List<ImportChange> changes, int unchanged, int blank,
                            List<String> warnings) {
    public ImportPreview {
        changes = List.copyOf(changes);
        warnings = List.copyOf(warnings);
    }

    public boolean vendorForm() {
        return vendor != null;
    }
}
