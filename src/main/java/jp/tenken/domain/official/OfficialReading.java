package jp.tenken.domain.official;

import java.util.List;
import java.util.Optional;
import jp.tenken.domain.FiscalYear;

/**
 * What was recognised in one ministry workbook: the tables found (one per header), the fiscal year printed in the
 * title (令和8年度版 → 2026) if any, whether it prints 「立入検査時、本チェックリストを確認します」, and for each sheet where no table was recognised the header words that were
 * missing, so the app can say plainly why instead of guessing; and the filled-in example sheets (記入例, 見本) that
 * were skipped, never read as the form.
 */
public record OfficialReading(String file, List<OfficialGrid> grids, Optional<FiscalYear> year,
                             boolean inspectionNotice, List<Unrecognised> unrecognised, List<String> examples) {
    public OfficialReading {
        grids = List.copyOf(grids);
        unrecognised = List.copyOf(unrecognised);
        examples = List.copyOf(examples);
    }

    /** A reading where no sheet was an example. */
    public OfficialReading(String file, List<OfficialGrid> grids, Optional<FiscalYear> year, boolean inspectionNotice,
                           List<Unrecognised> unrecognised) {
        this(file, grids, year, inspectionNotice, unrecognised, List.of());
    }

    /** A sheet (or a table on it) that is not a checklist we can read, with the header words not found. */
    public record Unrecognised(String sheet, List<String> missingWords) {
        public Unrecognised {
            missingWords = List.copyOf(missingWords);
        }
    }

    public boolean recognised() {
        return !grids.isEmpty();
    }
}
