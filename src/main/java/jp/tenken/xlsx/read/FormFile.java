package jp.tenken.xlsx.read;

import java.util.List;
import jp.tenken.domain.FiscalYear;
import jp.tenken.domain.edition.FormKind;
import jp.tenken.domain.edition.RowKey;
import jp.tenken.domain.year.Answer;

/**
 * A form read back from an .xlsx, checked against its visible cells: which edition, form, fiscal year and vendor
 * it is, and the answers of each data row. {@code vendorId} is the id Tenken tagged it with when it sent it (null
 * for an untagged file); it is a hint to be checked against {@code vendorName}, which the file shows.
 */
public record FormFile(String fileName, String editionId, FormKind kind, FiscalYear year, String facilityName,
                       String vendorName, Long vendorId, boolean tagged, List<Row> rows) {

    public FormFile {
        rows = List.copyOf(rows);
    }

    /** One data row: its Excel row number, the answer row, and the 1回目 and 2回目 as the file gives them. */
    public record Row(int excelRow, RowKey key, Answer first, Answer second) {
    }
}
