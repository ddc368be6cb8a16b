package jp.tenken.xlsx.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import jp.tenken.domain.FiscalYear;
import jp.tenken.domain.edition.FormKind;
import jp.tenken.domain.edition.Scope;
import jp.tenken.domain.official.OfficialColumn;
import jp.tenken.domain.official.OfficialGrid;
import jp.tenken.domain.official.OfficialItem;
import jp.tenken.domain.official.OfficialMapping;
import jp.tenken.domain.official.OfficialReading;
import jp.tenken.domain.official.OfficialRecognition.Confidence;
import jp.tenken.domain.official.OfficialRecognition.Evidence;
import jp.tenken.domain.official.OfficialRow;
import jp.tenken.domain.official.OfficialSheetPreview;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reads workbooks laid out in the other ways a ministry checklist could be, and says what it assumed. */
class OfficialVariantsTest {

    @TempDir
    Path dir;

    private final OfficialGridReader reader = new OfficialGridReader();

    private OfficialGrid only(Path file) {
        OfficialReading r = reader.read(file);
        assertEquals(1, r.grids().size(), () -> "grids " + r.grids() + " unrecognised " + r.unrecognised());
        return r.grids().get(0);
    }

    private static List<String> numbers(OfficialGrid g) {
        return g.items().stream().map(OfficialItem::number).toList();
    }

    private static OfficialItem item(OfficialGrid g, String number) {
        return g.items().stream().filter(i -> i.number().equals(number)).findFirst()
                .orElseThrow(() -> new AssertionError("no item " + number + " in " + g.items()));
    }

    @Test
    void aCoverSheetWithNotesComesFirstAndTheWordsDifferFromOurs() throws Exception {
        OfficialReading r = reader.read(OfficialVariants.coverSheetFirst(dir.resolve("cover.xlsx")));
        assertEquals(FiscalYear.ofReiwa(8), r.year().orElseThrow(), "the year printed on the cover");
        assertEquals(1, r.grids().size());
        OfficialGrid g = r.grids().get(0);
        assertEquals("医療機関・薬局確認用", g.label());
        assertEquals(Map.of(OfficialColumn.NUMBER, 0, OfficialColumn.ITEM, 1, OfficialColumn.ANSWER_1, 2,
                OfficialColumn.CHECKED_1, 3, OfficialColumn.TARGET_1, 4, OfficialColumn.NOTE, 5), g.columns());
        assertEquals(List.of("1-①", "2-①", "2-②"), numbers(g));
        assertEquals("体制構築", item(g, "1-①").sectionTitle());
        assertEquals(Confidence.CERTAIN, g.recognition().confidence());
        assertEquals("header word 確認結果", g.recognition().about(OfficialColumn.ANSWER_1).orElseThrow().describe());
        assertEquals(3, g.recognition().firstHeaderRow());
    }

    @Test
    void titleRowsNotesAndAHiddenColumnAreLeftAside() throws Exception {
        OfficialGrid g = only(OfficialVariants.titleNotesHiddenColumn(dir.resolve("hidden.xlsx")));
        assertEquals(Map.of(OfficialColumn.NUMBER, 0, OfficialColumn.ITEM, 2, OfficialColumn.ANSWER_1, 3,
                OfficialColumn.CHECKED_1, 4, OfficialColumn.TARGET_1, 5, OfficialColumn.ANSWER_2, 6,
                OfficialColumn.CHECKED_2, 7), g.columns(), "the hidden 回答（旧様式） column is not an answer");
        assertEquals(List.of("1-①", "2-①", "3-③"), numbers(g));
        assertEquals(6, g.headerRow());
        assertEquals(OfficialSamples.SECURITY_OFFICER, item(g, "1-①").text());
    }

    @Test
    void aNoteColumnBetweenTextAndAnswerIsNotPartOfTheText() throws Exception {
        OfficialGrid g = only(OfficialVariants.noteInTheMiddle(dir.resolve("note.xlsx")));
        assertEquals(Map.of(OfficialColumn.NUMBER, 0, OfficialColumn.ITEM, 1, OfficialColumn.NOTE, 2,
                OfficialColumn.ANSWER_1, 3, OfficialColumn.CHECKED_1, 4, OfficialColumn.TARGET_1, 5), g.columns());
        assertEquals(List.of("1-(1)", "2-(1)", "2-(2)"), numbers(g));
        assertEquals(OfficialSamples.SECURITY_OFFICER, item(g, "1-(1)").text());
    }

    @Test
    void answerAndDateColumnsWithoutHeadersAreKnownByTheirDataValidations() throws Exception {
        OfficialGrid g = only(OfficialVariants.validationOnly(dir.resolve("validation.xlsx")));
        assertEquals(Map.of(OfficialColumn.NUMBER, 0, OfficialColumn.ITEM, 1, OfficialColumn.ANSWER_1, 2,
                OfficialColumn.CHECKED_1, 3, OfficialColumn.TARGET_1, 4), g.columns());
        assertEquals("data validation はい,いいえ",
                g.recognition().about(OfficialColumn.ANSWER_1).orElseThrow().describe());
        assertEquals(Evidence.DATA_VALIDATION, g.recognition().about(OfficialColumn.CHECKED_1).orElseThrow().evidence());
        assertEquals(Confidence.PROBABLE, g.recognition().confidence());
        assertEquals(List.of("1-①", "2-⑥", "3-③"), numbers(g));
    }

    @Test
    void threeHeaderRowsWithCircleColumnsUnderEachRound() throws Exception {
        OfficialGrid g = only(OfficialVariants.circleColumnsThreeHeaderRows(dir.resolve("circles.xlsx")));
        assertEquals(Map.of(OfficialColumn.NUMBER, 0, OfficialColumn.ITEM, 1, OfficialColumn.YES_1, 2,
                OfficialColumn.NO_1, 3, OfficialColumn.CHECKED_1, 4, OfficialColumn.TARGET_1, 5,
                OfficialColumn.YES_2, 6, OfficialColumn.NO_2, 7, OfficialColumn.CHECKED_2, 8), g.columns());
        assertEquals(3, g.recognition().firstHeaderRow());
        assertEquals(5, g.recognition().lastHeaderRow());
        assertEquals(List.of("1-①", "2-⑥"), numbers(g));
        assertEquals(List.of(new OfficialRow(Scope.NONE, 9)), item(g, "2-⑥").rows());
    }

    @Test
    void roundBlocksSideBySideTitledOnceAbove() throws Exception {
        OfficialGrid g = only(OfficialVariants.roundBlocksSideBySide(dir.resolve("blocks.xlsx")));
        assertEquals(Map.of(OfficialColumn.NUMBER, 0, OfficialColumn.ITEM, 1, OfficialColumn.ANSWER_1, 2,
                OfficialColumn.CHECKED_1, 3, OfficialColumn.TARGET_1, 4, OfficialColumn.ANSWER_2, 6,
                OfficialColumn.CHECKED_2, 7, OfficialColumn.TARGET_2, 8), g.columns());
        assertEquals(List.of("1-①", "2-①"), numbers(g));
    }

    @Test
    void aSecondHeaderRowNamesTheRoundUnderEachColumn() throws Exception {
        OfficialGrid g = only(OfficialVariants.secondHeaderRow(dir.resolve("second.xlsx")));
        assertEquals(Map.of(OfficialColumn.NUMBER, 0, OfficialColumn.ITEM, 1, OfficialColumn.ANSWER_1, 2,
                OfficialColumn.ANSWER_2, 3, OfficialColumn.CHECKED_1, 4, OfficialColumn.CHECKED_2, 5,
                OfficialColumn.TARGET_1, 6), g.columns());
        assertEquals(List.of("1-①", "2-①", "3-③"), numbers(g));
        assertEquals(5, g.firstDataRow());
    }

    @Test
    void oneCellNamingSeveralDevicesGivesEachItsOwnAnswerRow() throws Exception {
        OfficialGrid g = only(OfficialVariants.scopeColumnSeveralDevices(dir.resolve("devices.xlsx")));
        assertEquals(List.of("1-①", "2-①", "2-④", "2-⑥"), numbers(g));
        assertEquals(List.of(new OfficialRow(Scope.NONE, 4)), item(g, "1-①").rows());
        assertEquals(List.of(Scope.ALL), item(g, "2-①").scopes());
        assertEquals(List.of(new OfficialRow(Scope.SERVER, 6), new OfficialRow(Scope.TERMINAL, 6),
                new OfficialRow(Scope.NETWORK, 7)), item(g, "2-④").rows());
        assertEquals(List.of(Scope.SERVER, Scope.TERMINAL, Scope.NETWORK), item(g, "2-⑥").scopes());
        assertEquals(8, g.rowCount());
    }

    @Test
    void devicesInParenthesesAfterTheTextBecomeScopes() throws Exception {
        OfficialGrid g = only(OfficialVariants.scopeInParentheses(dir.resolve("parens.xlsx")));
        assertEquals(List.of("2-⑥", "2-⑧"), numbers(g));
        OfficialItem patch = item(g, "2-⑥");
        assertEquals(OfficialVariants.PATCH_SHORT, patch.text());
        assertEquals(List.of(new OfficialRow(Scope.SERVER, 4), new OfficialRow(Scope.TERMINAL, 5),
                new OfficialRow(Scope.NETWORK, 6)), patch.rows());
        assertEquals(OfficialVariants.SERVICES, item(g, "2-⑧").text());
        assertEquals(List.of(Scope.SERVER, Scope.TERMINAL), item(g, "2-⑧").scopes());
    }

    @Test
    void numbersRunningAcrossSectionsMergedDownAColumn() throws Exception {
        OfficialGrid g = only(OfficialVariants.runningNumbersMergedSections(dir.resolve("running.xlsx")));
        assertEquals(List.of("1-1", "1-2", "2-3", "2-4", "2-5", "3-6"), numbers(g));
        assertEquals("医療情報システムの管理・運用", item(g, "2-5").sectionTitle());
        assertEquals("インシデント発生に備えた対応", item(g, "3-6").sectionTitle());
        assertEquals(OfficialSamples.BCP, item(g, "3-6").text());
    }

    @Test
    void aFileWithoutAnyYearIsReadWithoutOne() throws Exception {
        OfficialReading r = reader.read(OfficialVariants.noYearAnywhere(dir.resolve("noyear.xlsx")));
        assertEquals(Optional.empty(), r.year());
        assertEquals(List.of("1-①", "2-①"), numbers(r.grids().get(0)));
    }

    @Test
    void aVendorFormKeepsItsResponsibilityColumnAsideAndItsReferencesAsPrinted() throws Exception {
        OfficialGrid g = only(OfficialVariants.vendorWithResponsibility(dir.resolve("vendor.xlsx")));
        assertEquals(List.of(FormKind.VENDOR), g.forms());
        assertEquals(Map.of(OfficialColumn.NUMBER, 0, OfficialColumn.ITEM, 1, OfficialColumn.REFERENCE, 3,
                OfficialColumn.ANSWER_1, 4, OfficialColumn.CHECKED_1, 5, OfficialColumn.TARGET_1, 6), g.columns());
        assertEquals("企画管理編 9.2", item(g, "2-③").reference());
        assertEquals(OfficialSamples.VENDOR_MDS, item(g, "2-③").text());
    }

    @Test
    void theItemColumnIsFoundByItsSentencesWhenNoHeaderNamesIt() throws Exception {
        OfficialGrid g = only(OfficialVariants.itemColumnWithoutHeader(dir.resolve("noitem.xlsx")));
        assertEquals(1, g.columns().get(OfficialColumn.ITEM));
        assertEquals(Evidence.CELL_DATA, g.recognition().about(OfficialColumn.ITEM).orElseThrow().evidence());
        assertEquals(Confidence.PROBABLE, g.recognition().confidence());
        assertEquals(List.of("1-①", "2-①", "3-③"), numbers(g));
    }

    @Test
    void anAmbiguousSheetIsReadThroughAStatedMapping() throws Exception {
        Path file = OfficialVariants.ambiguousHeaders(dir.resolve("ambiguous.xlsx"));
        assertFalse(reader.read(file).recognised());
        OfficialSheetPreview preview = reader.preview(file, null, 10);
        assertEquals("医療機関・薬局確認用", preview.sheet());
        assertEquals(List.of("欄1", "欄2", "欄3", "欄4"), preview.rows().get(2));
        assertTrue(preview.recognised().isEmpty());
        OfficialMapping m = new OfficialMapping("医療機関・薬局確認用", 3, 3, 4, Map.of(OfficialColumn.NUMBER, 0,
                OfficialColumn.ITEM, 1, OfficialColumn.ANSWER_1, 2, OfficialColumn.CHECKED_1, 3),
                Optional.of(FiscalYear.ofReiwa(8)), List.of());
        OfficialReading r = reader.read(file, m);
        OfficialGrid g = r.grids().get(0);
        assertEquals(List.of("1-①", "2-①"), numbers(g));
        assertEquals(List.of(FormKind.FACILITY, FormKind.PHARMACY), g.forms());
        assertEquals(Evidence.MAPPING, g.recognition().about(OfficialColumn.ANSWER_1).orElseThrow().evidence());
        assertEquals(FiscalYear.ofReiwa(8), r.year().orElseThrow());
    }

    @Test
    void thePreviewShowsMergedTextInEveryCellFlagsHiddenColumnsAndOffersTheRecognisedMapping() throws Exception {
        Path file = OfficialVariants.titleNotesHiddenColumn(dir.resolve("hidden.xlsx"));
        OfficialSheetPreview p = reader.preview(file, "Sheet1", 8);
        assertEquals(8, p.rows().size());
        assertTrue(p.hiddenColumns().contains(1));
        OfficialMapping m = p.recognised().orElseThrow();
        assertEquals(6, m.firstHeaderRow());
        assertEquals(7, m.firstDataRow());
        assertEquals(3, m.columns().get(OfficialColumn.ANSWER_1));
        assertEquals(List.of(FormKind.FACILITY, FormKind.PHARMACY), m.forms());
        OfficialGrid again = reader.read(file, m).grids().get(0);
        assertEquals(List.of("1-①", "2-①", "3-③"), numbers(again), "the recognised mapping reads the same items");
        OfficialSheetPreview merged = reader.preview(OfficialSamples.facilityStandard(dir.resolve("std.xlsx")), null, 6);
        assertEquals("1回目", merged.rows().get(4).get(4), "a merged header shows in every cell it covers");
    }

    @Test
    void roundTablesSideBySideWithTheirOwnItemColumnsJoinAsOneTable() throws Exception {
        OfficialGrid g = only(OfficialVariants.roundTablesSideBySide(dir.resolve("tables.xlsx")));
        assertEquals(Map.of(OfficialColumn.NUMBER, 0, OfficialColumn.ITEM, 1, OfficialColumn.ANSWER_1, 2,
                OfficialColumn.CHECKED_1, 3, OfficialColumn.TARGET_1, 4, OfficialColumn.ANSWER_2, 8,
                OfficialColumn.CHECKED_2, 9, OfficialColumn.TARGET_2, 10), g.columns());
        assertEquals(List.of("1-①", "2-①"), numbers(g));
    }
}
