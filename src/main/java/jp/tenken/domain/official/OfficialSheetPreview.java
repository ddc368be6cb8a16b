package jp.tenken.domain.official;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The first rows of one sheet of the ministry's workbook as display strings (merged cells show their text in every
 * cell they cover, hidden columns are flagged), the workbook's sheet names, and the mapping the reader recognised as
 * a starting point (possibly partial, empty when nothing was recognised): what a column-mapping screen shows. {@code
 * itemRowsAbove} are the Excel rows above the header read as items all the same (a gate question boxed above it).
 */
public record OfficialSheetPreview(String file, List<String> sheets, String sheet, List<List<String>> rows,
                                   Set<Integer> hiddenColumns, Optional<OfficialMapping> recognised,
                                   Set<Integer> itemRowsAbove) {
    public OfficialSheetPreview {
        sheets = List.copyOf(sheets);
        rows = rows.stream().map(List::copyOf).toList();
        hiddenColumns = Set.copyOf(hiddenColumns);
        itemRowsAbove = Set.copyOf(itemRowsAbove);
    }
}
