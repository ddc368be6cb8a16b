package jp.tenken.xlsx.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import jp.tenken.domain.FiscalYear;
import jp.tenken.domain.FullWidth;
import jp.tenken.domain.edition.FormKind;
import jp.tenken.domain.edition.Scope;
import jp.tenken.domain.official.OfficialColumn;
import jp.tenken.domain.official.OfficialGrid;
import jp.tenken.domain.official.OfficialItem;
import jp.tenken.domain.official.OfficialReading;
import jp.tenken.domain.official.OfficialRoundGroup;
import jp.tenken.domain.official.OfficialRow;
import jp.tenken.domain.year.Round;
import jp.tenken.xlsx.OfficialFileException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reads synthetic official workbooks in several layouts and checks what was recognised, cell by cell. */
class OfficialGridReaderTest {

    @TempDir
    Path dir;

    private final OfficialGridReader reader = new OfficialGridReader();

    private static OfficialItem item(OfficialGrid g, String number) {
        return g.items().stream().filter(i -> i.number().equals(number)).findFirst()
                .orElseThrow(() -> new AssertionError("no item " + number + " in " + g.items()));
    }

    @Test
    void mergedTwoRowHeaderWithRoundGroupsSectionsAndDeviceSubRows() throws Exception {
        OfficialReading r = reader.read(OfficialSamples.facilityStandard(dir.resolve("001716187.xlsx")));
        assertTrue(r.recognised());
        assertEquals(FiscalYear.ofReiwa(8), r.year().orElseThrow());
        assertEquals(1, r.grids().size());
        OfficialGrid g = r.grids().get(0);
        assertEquals("医療機関・薬局確認用", g.sheet());
        assertEquals("医療機関・薬局確認用", g.label());
        assertEquals(List.of(FormKind.FACILITY, FormKind.PHARMACY), g.forms());
        assertEquals("令和8年度版 医療機関・薬局におけるサイバーセキュリティ対策チェックリスト", g.title());
        assertEquals(5, g.headerRow());
        assertEquals(7, g.firstDataRow());
        assertEquals(Map.of(OfficialColumn.NUMBER, 0, OfficialColumn.ITEM, 1, OfficialColumn.SCOPE, 2,
                OfficialColumn.ANSWER_1, 3, OfficialColumn.CHECKED_1, 4, OfficialColumn.TARGET_1, 5,
                OfficialColumn.ANSWER_2, 6, OfficialColumn.CHECKED_2, 7, OfficialColumn.NOTE, 8), g.columns());
        assertEquals(List.of(new OfficialRoundGroup(Round.FIRST, 3, 5), new OfficialRoundGroup(Round.SECOND, 6, 7)),
                g.rounds());
        assertEquals(List.of("", "1-①", "2-①", "2-④", "2-⑭", "3-③"),
                g.items().stream().map(OfficialItem::number).toList());
        OfficialItem gate = g.items().get(0);
        assertEquals(OfficialSamples.GATE, gate.text());
        assertEquals("医療情報システムの有無", gate.sectionTitle());
        assertEquals(List.of(new OfficialRow(Scope.NONE, 8)), gate.rows());
        OfficialItem officer = item(g, "1-①");
        assertEquals(OfficialSamples.SECURITY_OFFICER, officer.text());
        assertEquals("1", officer.section());
        assertEquals("体制構築", officer.sectionTitle());
        assertEquals(List.of(new OfficialRow(Scope.NONE, 10)), officer.rows());
        assertEquals("B10", officer.textCell());
        OfficialItem ledger = item(g, "2-①");
        assertEquals("医療情報システムの管理・運用", ledger.sectionTitle());
        assertEquals(List.of(Scope.ALL), ledger.scopes());
        OfficialItem rights = item(g, "2-④");
        assertEquals(OfficialSamples.ACCESS_RIGHTS, rights.text());
        assertEquals(List.of(new OfficialRow(Scope.SERVER, 13), new OfficialRow(Scope.TERMINAL, 14),
                new OfficialRow(Scope.NETWORK, 15)), rights.rows());
        assertEquals(List.of(new OfficialRow(Scope.ALL, 16)), item(g, "2-⑭").rows());
        OfficialItem bcp = item(g, "3-③");
        assertEquals("インシデント発生に備えた対応", bcp.sectionTitle());
        assertEquals(18, bcp.rows().get(0).excelRow());
        assertEquals(8, g.rowCount(), "the footnote under the table is not an item");
    }

    @Test
    void columnsInAnotherOrderFullWidthNumbersAndSeparateYesNoColumns() throws Exception {
        OfficialReading r = reader.read(OfficialSamples.reordered(dir.resolve("reordered.xlsx")));
        OfficialGrid g = r.grids().get(0);
        assertEquals(FiscalYear.ofReiwa(8), r.year().orElseThrow());
        assertEquals("医療機関・薬局確認用", g.label(), "read from 【医療機関・薬局確認用】 among the title rows");
        assertEquals(7, g.headerRow(), "the 1回目/2回目 row belongs to the header");
        assertEquals(Map.ofEntries(Map.entry(OfficialColumn.SECTION, 0), Map.entry(OfficialColumn.NUMBER, 1),
                Map.entry(OfficialColumn.ITEM, 2), Map.entry(OfficialColumn.SCOPE, 3),
                Map.entry(OfficialColumn.CHECKED_1, 4), Map.entry(OfficialColumn.YES_1, 5),
                Map.entry(OfficialColumn.NO_1, 6), Map.entry(OfficialColumn.TARGET_1, 7),
                Map.entry(OfficialColumn.CHECKED_2, 8), Map.entry(OfficialColumn.YES_2, 9),
                Map.entry(OfficialColumn.NO_2, 10)), g.columns());
        assertEquals(List.of("1-①", "2-⑥", "3-③"), g.items().stream().map(OfficialItem::number).toList());
        OfficialItem patch = item(g, "2-⑥");
        assertEquals("2", patch.section());
        assertEquals("医療情報システムの管理・運用", patch.sectionTitle());
        assertEquals(List.of(new OfficialRow(Scope.SERVER, 10), new OfficialRow(Scope.TERMINAL, 11),
                new OfficialRow(Scope.NETWORK, 12)), patch.rows());
        assertEquals("インシデント発生に備えた対応", item(g, "3-③").sectionTitle());
    }

    @Test
    void twoFormsStackedOnOneSheetGiveTwoGridsWithTheirLabels() throws Exception {
        OfficialReading r = reader.read(OfficialSamples.twoFormsStacked(dir.resolve("both.xlsx")));
        assertEquals(2, r.grids().size());
        OfficialGrid facility = r.grids().get(0);
        OfficialGrid vendor = r.grids().get(1);
        assertEquals("医療機関・薬局確認用", facility.label());
        assertEquals("事業者確認用", vendor.label());
        assertEquals(List.of(FormKind.VENDOR), vendor.forms());
        assertEquals(4, facility.headerRow());
        assertEquals(15, vendor.headerRow());
        assertEquals(List.of("1-①", "2-①"), facility.items().stream().map(OfficialItem::number).toList());
        assertEquals(List.of("1-①", "2-③"), vendor.items().stream().map(OfficialItem::number).toList());
        assertEquals(OfficialSamples.VENDOR_MDS, item(vendor, "2-③").text());
        assertEquals(19, item(vendor, "2-③").rows().get(0).excelRow());
        for (OfficialGrid g : r.grids()) {
            assertEquals(Map.of(OfficialColumn.NUMBER, 0, OfficialColumn.ITEM, 1, OfficialColumn.ANSWER_1, 2,
                    OfficialColumn.CHECKED_1, 3, OfficialColumn.TARGET_1, 4, OfficialColumn.ANSWER_2, 5,
                    OfficialColumn.CHECKED_2, 6), g.columns());
        }
    }

    @Test
    void twoFormsSideBySideWithBareNumbersAndDeviceWordsInTheItemColumn() throws Exception {
        OfficialReading r = reader.read(OfficialSamples.twoFormsSideBySide(dir.resolve("side.xlsx")));
        assertEquals(2, r.grids().size());
        OfficialGrid left = r.grids().get(0);
        OfficialGrid right = r.grids().get(1);
        assertEquals("医療機関・薬局確認用", left.label());
        assertEquals("事業者確認用", right.label());
        assertEquals(0, left.columns().get(OfficialColumn.NUMBER));
        assertEquals(6, left.columns().get(OfficialColumn.CHECKED_2));
        assertEquals(8, right.columns().get(OfficialColumn.NUMBER));
        assertEquals(9, right.columns().get(OfficialColumn.ITEM));
        assertEquals(14, right.columns().get(OfficialColumn.CHECKED_2));
        for (OfficialGrid g : r.grids()) {
            assertEquals(List.of("1-①", "2-④"), g.items().stream().map(OfficialItem::number).toList());
            assertEquals("体制構築", item(g, "1-①").sectionTitle());
            assertEquals(List.of(new OfficialRow(Scope.SERVER, 8), new OfficialRow(Scope.TERMINAL, 9)),
                    item(g, "2-④").rows());
        }
    }

    @Test
    void aSheetThatIsNotAChecklistNamesTheMissingHeaderWords() throws Exception {
        OfficialReading r = reader.read(OfficialSamples.notAChecklist(dir.resolve("staff.xlsx")));
        assertFalse(r.recognised());
        assertEquals(1, r.unrecognised().size());
        OfficialReading.Unrecognised u = r.unrecognised().get(0);
        assertEquals("職員名簿", u.sheet());
        assertEquals(List.of("チェック項目／確認項目", "はい／いいえ", "目標日", "1回目／2回目"), u.missingWords());
    }

    @Test
    void aFileThatIsNotAnXlsxIsRefusedBeforePoiParsesIt() throws Exception {
        Path txt = Files.writeString(dir.resolve("list.xlsx"), "No,チェック項目\n1,text\n");
        OfficialFileException e = assertThrows(OfficialFileException.class, () -> reader.read(txt));
        assertEquals(OfficialFileException.Kind.NOT_XLSX, e.kind());
    }

    @Test
    void numbersAndScopeWordsAreReadAsPeopleWriteThem() {
        assertEquals("(1)", OfficialText.canonical("（１）"));
        assertEquals("2-③", FullWidth.toHalfWidth("２－③"));
        assertEquals(Scope.TERMINAL, OfficialText.scopeOf("端末ＰＣ"));
        assertEquals(Scope.ALL, OfficialText.scopeOf("サーバ、端末PC、ネットワーク機器"));
        assertEquals(Scope.NONE, OfficialText.scopeOf("―"));
        assertEquals(List.of(Scope.SERVER, Scope.TERMINAL), OfficialText.scopesOf("サーバ、端末ＰＣ"));
        assertEquals(List.of(Scope.NETWORK), OfficialText.scopesInParentheses("機器を管理している。（ネットワーク機器）"));
    }
}
