package jp.tenken.xlsx.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import jp.tenken.domain.FiscalYear;
import jp.tenken.domain.official.OfficialColumn;
import jp.tenken.domain.official.OfficialGrid;
import jp.tenken.domain.official.OfficialGridRules;
import jp.tenken.domain.official.OfficialItem;
import jp.tenken.domain.official.OfficialReading;
import jp.tenken.domain.official.OfficialSheetPreview;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Grids other than the usual ones: every row that carries an item number is read as an item or said to be wrong. */
class RowKeepingRecognitionTest {

    @TempDir
    Path dir;

    private final OfficialGridReader reader = new OfficialGridReader();

    /** The one table a reading found (the test fails naming what was found otherwise). */
    static OfficialGrid only(OfficialReading r) {
        assertEquals(1, r.grids().size(), () -> "grids " + r.grids() + " unrecognised " + r.unrecognised());
        return r.grids().get(0);
    }

    static List<String> numbers(OfficialGrid g) {
        return g.items().stream().map(OfficialItem::number).toList();
    }

    static List<String> texts(OfficialGrid g) {
        return g.items().stream().map(OfficialItem::text).toList();
    }

    @Test
    void aShortNumberedRowWithoutAFullStopIsAnItemNotAHeading() throws Exception {
        OfficialGrid g = only(reader.read(RecognitionVariants.shortNumberedItems(dir.resolve("a.xlsx"))));
        assertEquals(List.of("1", "2", "3"), numbers(g));
        assertEquals(List.of(RecognitionVariants.SHORT_ITEM, OfficialSamples.SECURITY_OFFICER,
                RecognitionVariants.SHORT_LOG), texts(g));
        assertEquals(List.of(), OfficialGridRules.check(g));
    }

    @Test
    void numberedHeadingsOverUnnumberedItemsStayHeadings() throws Exception {
        Path file = RecognitionVariants.numberedHeadingsOverUnnumberedItems(dir.resolve("h.xlsx"));
        OfficialGrid g = only(reader.read(file));
        assertEquals(List.of(OfficialSamples.SECURITY_OFFICER, OfficialSamples.DEVICE_LEDGER,
                OfficialSamples.ACCESS_RIGHTS), texts(g));
        assertEquals(List.of("1", "2", "2"), g.items().stream().map(OfficialItem::section).toList());
        assertEquals("医療情報システムの管理・運用", g.items().get(1).sectionTitle());
        assertEquals(List.of(), g.unread());
    }

    @Test
    void aNumberedRowThatCannotBeAnItemIsAProblemWithItsExcelRow() throws Exception {
        OfficialGrid g = only(reader.read(RecognitionVariants.repeatedNumberedRow(dir.resolve("a2.xlsx"))));
        assertEquals(List.of("1-①", "2-④"), numbers(g), "the headings 1 and 2 are headings: no item number");
        assertEquals(RecognitionVariants.SHORT_ITEM, g.items().get(0).text(), "a short ① item is kept");
        assertEquals(List.of(new OfficialGrid.Unread(8, "2-④")), g.unread());
        List<OfficialGridRules.Problem> problems = OfficialGridRules.check(g);
        assertEquals(1, problems.size(), problems::toString);
        assertEquals(OfficialGridRules.Kind.UNREAD, problems.get(0).kind());
        assertEquals(8, problems.get(0).excelRow());
    }

    @Test
    void aSectionDigitAndACircledNumberInTwoCellsAreOneNumber() throws Exception {
        OfficialGrid g = only(reader.read(RecognitionVariants.splitNumbers(dir.resolve("b.xlsx"))));
        assertEquals(List.of("1-①", "2-①", "2-②", "3-③"), numbers(g));
        assertEquals(List.of(OfficialSamples.SECURITY_OFFICER, OfficialSamples.DEVICE_LEDGER,
                OfficialSamples.ACCESS_RIGHTS, OfficialSamples.BCP), texts(g));
        assertEquals("体制構築", g.items().get(0).sectionTitle());
        assertEquals(List.of(), OfficialGridRules.check(g), "no number read twice");
    }

    @Test
    void itemTextInTheUnlabelledColumnBesideItsHeadingIsRead() throws Exception {
        OfficialGrid g = only(reader.read(RecognitionVariants.textBesideHeading(dir.resolve("c.xlsx"))));
        assertEquals(1, g.columns().get(OfficialColumn.ITEM));
        assertEquals(3, g.columns().get(OfficialColumn.ANSWER_1));
        assertEquals(List.of("1-①", "2-①", "3-③"), numbers(g));
        assertEquals(List.of(OfficialSamples.SECURITY_OFFICER, OfficialSamples.DEVICE_LEDGER,
                OfficialSamples.BCP), texts(g));
        assertEquals("C4", g.items().get(0).textCell(), "the cell the text was read from");
        assertEquals(List.of(), OfficialGridRules.check(g));
    }

    @Test
    void filledInExampleSheetsBeforeTheFormAreSkippedAndNamed() throws Exception {
        Path file = RecognitionVariants.exampleSheetsFirst(dir.resolve("d.xlsx"));
        OfficialReading r = reader.read(file);
        OfficialGrid g = only(r);
        assertEquals("医療機関・薬局確認用", g.sheet());
        assertEquals(List.of("記入例", "Sheet2"), r.examples());
        OfficialSheetPreview p = reader.preview(file, null, 10);
        assertEquals("医療機関・薬局確認用", p.sheet(), "the preview opens on the form, not the example");
    }

    @Test
    void theYearIsTheOneTheFormsTitlePrintsNotACoverNotes() throws Exception {
        OfficialReading r = reader.read(RecognitionVariants.coverNamesAnotherYear(dir.resolve("g.xlsx")));
        assertEquals(FiscalYear.ofReiwa(8), r.year().orElseThrow());
        assertEquals(RecognitionVariants.FORM_TITLE, only(r).title());
    }
}
