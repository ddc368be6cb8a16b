package jp.tenken.xlsx.read;

import java.util.ArrayList;
import java.util.List;
import jp.tenken.domain.edition.Scope;
import jp.tenken.domain.official.OfficialItem;
import jp.tenken.domain.official.OfficialRow;

/** An item being read: its answer rows grow as device sub-rows follow it. */
final class ItemDraft {
    private final String number;
    private String text;
    private final String section;
    private final String sectionTitle;
    private final String textCell;
    private final String reference;
    private final List<OfficialRow> rows = new ArrayList<>();

    ItemDraft(String number, String text, String section, String sectionTitle, String textCell, String reference) {
        this.number = number;
        this.text = text;
        this.section = section;
        this.sectionTitle = sectionTitle;
        this.textCell = textCell;
        this.reference = reference;
    }

    String number() {
        return number;
    }

    String text() {
        return text;
    }

    /** The item's text goes on in the row below (a sentence broken over two rows): joined as one. */
    void continueText(String more) {
        text = text + more;
    }

    /** One answer row per scope on Excel row {@code row0 + 1}; no scope named means the item as a whole. */
    void add(List<Scope> scopes, int row0) {
        for (Scope scope : scopes.isEmpty() ? List.of(Scope.NONE) : scopes) {
            if (rows.stream().noneMatch(r -> r.scope() == scope)) {
                rows.add(new OfficialRow(scope, row0 + 1));
            }
        }
    }

    /** Whether an answer row of this item, or the item's first row, is on Excel row {@code excelRow}. */
    boolean covers(int excelRow) {
        return rows.stream().anyMatch(r -> r.excelRow() == excelRow);
    }

    int lastExcelRow() {
        return rows.get(rows.size() - 1).excelRow();
    }

    OfficialItem item() {
        List<OfficialRow> list = rows;
        if (rows.size() > 1 && rows.stream().anyMatch(r -> r.scope() == Scope.NONE)) {
            list = rows.stream().filter(r -> r.scope() != Scope.NONE).toList(); // the item's title row
        }
        return new OfficialItem(number, text, section, sectionTitle, textCell, list, reference);
    }
}
