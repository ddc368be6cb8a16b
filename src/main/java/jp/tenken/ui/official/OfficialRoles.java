package jp.tenken.ui.official;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import jp.tenken.domain.FiscalYear;
import jp.tenken.domain.edition.FormKind;
import jp.tenken.domain.official.OfficialColumn;
import jp.tenken.domain.official.OfficialMapping;
import jp.tenken.domain.official.OfficialSheetPreview;
import jp.tenken.i18n.Messages;
import jp.tenken.ui.common.mapping.ColumnMappingViewModel;
import jp.tenken.ui.common.mapping.ColumnRole;

/**
 * The columns the ministry's checklist can have, as roles of the column-mapping step, and the conversions between
 * the mapping on screen and an {@link OfficialMapping} the reader applies.
 */
final class OfficialRoles {
    /** In the order a person reads the form: what the item is, then 1回目, 2回目, then notes. */
    static final List<OfficialColumn> ORDER = List.of(OfficialColumn.SECTION, OfficialColumn.NUMBER,
            OfficialColumn.ITEM, OfficialColumn.SCOPE, OfficialColumn.ANSWER_1, OfficialColumn.YES_1,
            OfficialColumn.NO_1, OfficialColumn.CHECKED_1, OfficialColumn.TARGET_1, OfficialColumn.ANSWER_2,
            OfficialColumn.YES_2, OfficialColumn.NO_2, OfficialColumn.CHECKED_2, OfficialColumn.TARGET_2,
            OfficialColumn.NOTE, OfficialColumn.REFERENCE);

    private OfficialRoles() {
    }

    static List<ColumnRole> roles() {
        List<ColumnRole> out = new ArrayList<>();
        for (OfficialColumn c : ORDER) {
            out.add(new ColumnRole(c.name(), Messages.get("official.role." + c.name()), c == OfficialColumn.ITEM));
        }
        return out;
    }

    /** The role → column assignment of a mapping, keyed as the roles are. */
    static Map<String, Integer> assignment(OfficialMapping m) {
        Map<String, Integer> out = new LinkedHashMap<>();
        m.columns().forEach((c, i) -> out.put(c.name(), i));
        return out;
    }

    /**
     * The mapping the screen states for a sheet: the header row the user chose through the row before the first
     * data row (a two-row header stays one), the columns chosen, the year and the forms chosen.
     */
    static OfficialMapping mapping(String sheet, ColumnMappingViewModel screen, FiscalYear year, List<FormKind> forms) {
        int header = screen.headerRowProperty().get();
        int data = Math.max(header + 1, screen.firstDataRowProperty().get());
        Map<OfficialColumn, Integer> columns = new EnumMap<>(OfficialColumn.class);
        screen.assignment().forEach((id, i) -> columns.put(OfficialColumn.valueOf(id), i));
        return new OfficialMapping(sheet, header, data - 1, data, columns, Optional.ofNullable(year), forms);
    }

    /**
     * A recognised mapping (null: none, so no column yet) restated for a sheet chosen by the user, with the year and
     * forms chosen on screen.
     */
    static OfficialMapping restated(OfficialMapping recognised, String sheet, FiscalYear year, List<FormKind> forms) {
        if (recognised == null) {
            return new OfficialMapping(sheet, 1, 1, 2, Map.of(), Optional.ofNullable(year), forms);
        }
        return new OfficialMapping(sheet, recognised.firstHeaderRow(), recognised.lastHeaderRow(),
                recognised.firstDataRow(), recognised.columns(), Optional.ofNullable(year), forms);
    }

    /** The form choice a mapping's forms are (none: as the sheet labels it). */
    static FormChoice choiceOf(List<FormKind> forms) {
        if (forms.isEmpty()) {
            return FormChoice.AS_LABELLED;
        }
        return forms.contains(FormKind.VENDOR) ? FormChoice.VENDOR
                : FormChoice.FACILITY;
    }

    /** The roles still needed to read the table: the item text and a 1回目 answer (one column, or はい and いいえ). */
    static List<String> missing(ColumnMappingViewModel screen) {
        Map<String, Integer> a = screen.assignment();
        List<String> out = new ArrayList<>();
        if (!a.containsKey(OfficialColumn.ITEM.name())) {
            out.add(Messages.get("official.role.ITEM"));
        }
        if (!a.containsKey(OfficialColumn.ANSWER_1.name())
                && !(a.containsKey(OfficialColumn.YES_1.name()) && a.containsKey(OfficialColumn.NO_1.name()))) {
            out.add(Messages.get("official.role.ANSWER_1"));
        }
        return out;
    }

    /** Shows a sheet in the mapping step with a mapping to start from (null: none, header on row 1). */
    static void load(ColumnMappingViewModel screen, OfficialSheetPreview p, OfficialMapping m) {
        screen.showItemRowsAbove(p.itemRowsAbove());
        screen.load(p.rows(), p.hiddenColumns(), m == null ? 1 : m.firstHeaderRow(), m == null ? 2 : m.firstDataRow(),
                m == null ? Map.of() : assignment(m));
    }
}
