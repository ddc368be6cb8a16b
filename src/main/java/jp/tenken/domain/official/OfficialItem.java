package jp.tenken.domain.official;

import java.util.List;
import jp.tenken.domain.edition.Scope;

/**
 * An item as read from the ministry's workbook: the number as we print it ({@code 2-③}, full-width digits made
 * half-width), the text as printed, its section, the cell the text came from ({@code C12}), one answer row per
 * scope, and the guideline reference printed beside it (ガイドライン参照 / 該当箇所, as printed; empty when none).
 */
public record OfficialItem(String number, String text, String section, String sectionTitle, String textCell,
                           List<OfficialRow> rows, String reference) {
    public OfficialItem {
        rows = List.copyOf(rows);
    }

    public List<Scope> scopes() {
        return rows.stream().map(OfficialRow::scope).toList();
    }
}
