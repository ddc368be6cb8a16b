package jp.tenken.domain.official;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import jp.tenken.domain.FiscalYear;
import jp.tenken.domain.edition.FormKind;

/**
 * Which cells of a sheet hold the checklist, as recognised or as stated by the user when recognition was unsure:
 * the sheet, the header rows and the first data row (Excel rows, 1-based), the role of each column (0-based), the
 * fiscal year the user chose (empty: as printed in the file) and the forms the table is (empty: as labelled in the
 * sheet).
 */
public record OfficialMapping(String sheet, int firstHeaderRow, int lastHeaderRow, int firstDataRow,
                              Map<OfficialColumn, Integer> columns, Optional<FiscalYear> year, List<FormKind> forms) {
    public OfficialMapping {
        columns = Map.copyOf(columns);
        forms = List.copyOf(forms);
        if (firstHeaderRow < 1 || lastHeaderRow < firstHeaderRow || firstDataRow <= lastHeaderRow) {
            throw new IllegalArgumentException("header rows " + firstHeaderRow + "-" + lastHeaderRow
                    + ", data from " + firstDataRow);
        }
    }

    /** Whether the mapping names a column for the item text and a 1回目 answer (one column, or はい and いいえ). */
    public boolean complete() {
        return columns.containsKey(OfficialColumn.ITEM) && (columns.containsKey(OfficialColumn.ANSWER_1)
                || columns.containsKey(OfficialColumn.YES_1) && columns.containsKey(OfficialColumn.NO_1));
    }

    /** The same mapping with the year the user chose. */
    public OfficialMapping withYear(FiscalYear chosen) {
        return new OfficialMapping(sheet, firstHeaderRow, lastHeaderRow, firstDataRow, columns,
                Optional.ofNullable(chosen), forms);
    }
}
