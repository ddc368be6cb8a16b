package jp.tenken.xlsx.read;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import jp.tenken.domain.FiscalYear;
import jp.tenken.domain.edition.FormKind;
import jp.tenken.domain.official.OfficialColumn;
import jp.tenken.domain.official.OfficialGrid;
import jp.tenken.domain.official.OfficialItem;
import jp.tenken.domain.official.OfficialMapping;
import jp.tenken.domain.official.OfficialRecognition.Assumption;
import jp.tenken.domain.official.OfficialRecognition.Confidence;
import jp.tenken.domain.official.OfficialRecognition.Evidence;
import jp.tenken.domain.official.OfficialRecognition;
import jp.tenken.domain.official.OfficialRoundGroup;
import org.apache.poi.ss.util.CellRangeAddress;

/**
 * Applies a mapping the user stated (or confirmed) to a sheet: the columns are taken as given, the items are read
 * under the header rows as in any recognised table; and the other way, the mapping a recognised (or partly
 * recognised) table amounts to, as the starting point of a mapping screen.
 */
final class MappingReader {

    private MappingReader() {
    }

    /** The table the mapping describes; empty items when no row under the header reads as an item. */
    static OfficialGrid apply(SheetGrid g, String file, OfficialMapping m) {
        int itemCol = m.columns().get(OfficialColumn.ITEM);
        CellRangeAddress merged = g.region(m.lastHeaderRow() - 1, itemCol);
        int itemTo = merged == null ? itemCol : merged.getLastColumn();
        HeaderCell anchor = new HeaderCell(HeaderRole.ITEM, null, m.firstHeaderRow() - 1, m.lastHeaderRow() - 1,
                itemCol, itemTo);
        TableFinder.Block block = new TableFinder.Block(anchor, 0, SheetGrid.MAX_COLUMNS - 1, false);
        TableFinder.Band band = new TableFinder.Band(m.firstHeaderRow() - 1, m.lastHeaderRow() - 1,
                m.firstDataRow() - 2, List.of());
        ItemParser parser = new ItemParser(g, m.columns(), itemTo);
        List<OfficialItem> items = GateAbove.withGate(g, m.columns(), itemTo, 0, m.firstHeaderRow() - 1,
                parser.parse(m.firstDataRow() - 1, g.lastRow()));
        SheetReader sheet = new SheetReader(g, file);
        SheetReader.Heading heading = sheet.heading(block, m.firstHeaderRow() - 1, 0);
        if (!m.forms().isEmpty()) {
            heading = new SheetReader.Heading(labelOf(m.forms()), heading.title());
        }
        List<Assumption> stated = new ArrayList<>();
        m.columns().forEach((c, i) -> stated.add(new Assumption(c, i, Evidence.MAPPING, "")));
        stated.sort((a, b) -> Integer.compare(a.index(), b.index()));
        OfficialRecognition recognition = new OfficialRecognition(m.firstHeaderRow(), m.lastHeaderRow(), stated,
                Confidence.CERTAIN);
        OfficialGrid grid = sheet.grid(heading, band, m.columns(), rounds(g, m), items, recognition, parser.unread());
        return m.forms().isEmpty() ? grid : grid.withForms(grid.label(), m.forms());
    }

    /** The 1回目/2回目 cells printed in the mapping's header rows. */
    private static List<OfficialRoundGroup> rounds(SheetGrid g, OfficialMapping m) {
        List<OfficialRoundGroup> out = new ArrayList<>();
        for (int r = m.firstHeaderRow() - 1; r <= m.lastHeaderRow() - 1; r++) {
            for (int c = 0; c < SheetGrid.MAX_COLUMNS; c++) {
                HeaderCell h = HeaderCell.at(g, r, c, SheetGrid.MAX_COLUMNS - 1);
                if (h != null && h.kind() == HeaderRole.ROUND && out.stream().noneMatch(o -> o.round() == h.round())) {
                    out.add(new OfficialRoundGroup(h.round(), h.col(), h.lastCol()));
                }
            }
        }
        return out;
    }

    static String labelOf(List<FormKind> forms) {
        if (forms.contains(FormKind.FACILITY) && forms.contains(FormKind.PHARMACY)) {
            return "医療機関・薬局確認用";
        }
        return forms.get(0).label();
    }

    /** The mapping a recognised table amounts to. */
    static OfficialMapping of(OfficialGrid grid, Optional<FiscalYear> year) {
        return new OfficialMapping(grid.sheet(), grid.recognition().firstHeaderRow(),
                grid.recognition().lastHeaderRow(), grid.firstDataRow(), grid.columns(), year, grid.forms());
    }

    /** A starting point for a sheet where no table was read: the first table's header and the roles found. */
    static Optional<OfficialMapping> partial(SheetGrid g) {
        TableFinder finder = new TableFinder(g);
        List<TableFinder.Block> blocks = finder.blocks();
        if (blocks.isEmpty()) {
            return Optional.empty();
        }
        TableFinder.Block b = blocks.get(0);
        TableFinder.Band band = finder.band(b, 0, g.lastRow());
        Map<OfficialColumn, Integer> columns = ColumnRoles.assign(g, b, band).columns();
        return Optional.of(new OfficialMapping(g.name(), band.top() + 1, band.headerEnd() + 1, band.headerEnd() + 2,
                columns, Optional.empty(), List.of()));
    }
}
