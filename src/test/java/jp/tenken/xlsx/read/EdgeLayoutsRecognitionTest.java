package jp.tenken.xlsx.read;

import static jp.tenken.xlsx.read.EdgeLayouts.REMOTE;
import static jp.tenken.xlsx.read.EdgeLayouts.RULES;
import static jp.tenken.xlsx.read.EdgeLayouts.TWO_FACTOR;
import static jp.tenken.xlsx.read.EdgeLayouts.USB;
import static jp.tenken.xlsx.read.OfficialSamples.DEVICE_LEDGER;
import static jp.tenken.xlsx.read.OfficialSamples.GATE;
import static jp.tenken.xlsx.read.OfficialSamples.SECURITY_OFFICER;
import static jp.tenken.xlsx.read.RowKeepingRecognitionTest.numbers;
import static jp.tenken.xlsx.read.RowKeepingRecognitionTest.only;
import static jp.tenken.xlsx.read.RowKeepingRecognitionTest.texts;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import jp.tenken.domain.FiscalYear;
import jp.tenken.domain.official.OfficialColumn;
import jp.tenken.domain.official.OfficialGrid;
import jp.tenken.domain.official.OfficialGridRules;
import jp.tenken.domain.official.OfficialItem;
import jp.tenken.domain.official.OfficialReading;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Layouts found by trying realistic variants: the year, the rows, the sections and the columns a user would see. */
class EdgeLayoutsRecognitionTest {

    @TempDir
    Path dir;

    private final OfficialGridReader reader = new OfficialGridReader();

    @Test
    void theYearComesFromTheCoverNotFromAnItemThatNamesAnotherYear() throws Exception {
        OfficialReading r = reader.read(EdgeLayouts.yearOnlyOnCover(dir.resolve("cover.xlsx"), true));
        assertEquals(List.of(USB, TWO_FACTOR), texts(only(r)));
        assertEquals(Optional.of(FiscalYear.ofReiwa(8)), r.year());
    }

    @Test
    void headingsBetweenBorderedBlocksDoNotEndTheTable() throws Exception {
        OfficialGrid g = only(reader.read(EdgeLayouts.headingsOutsideTheBorders(dir.resolve("blocks.xlsx"))));
        assertEquals(List.of("1-①", "2-①", "2-②"), numbers(g), "no item lost after an unbordered heading");
        assertEquals(List.of(SECURITY_OFFICER, DEVICE_LEDGER, REMOTE), texts(g), "and the note under it is no item");
    }

    @Test
    void numberedItemsOutsideTheGatesBoxAreStillItems() throws Exception {
        OfficialGrid g = only(reader.read(EdgeLayouts.onlyTheGateBoxed(dir.resolve("gate.xlsx"))));
        assertEquals(List.of(GATE, SECURITY_OFFICER, DEVICE_LEDGER), texts(g), "no numbered item lost");
    }

    @Test
    void aGateQuestionAboveTheHeaderIsTheFirstItem() throws Exception {
        OfficialGrid g = only(reader.read(EdgeLayouts.gateAboveTheHeader(dir.resolve("gate-above.xlsx"))));
        assertEquals(List.of(GATE, SECURITY_OFFICER, DEVICE_LEDGER, REMOTE), texts(g), "the gate is not lost");
        assertEquals(List.of("", "1-①", "2-①", "2-②"), numbers(g));
        assertEquals("医療情報システムの有無", g.items().get(0).sectionTitle());
        assertEquals(4, g.items().get(0).rows().get(0).excelRow(), "written back where it is printed");
        assertEquals(List.of(), OfficialGridRules.check(g));
        var preview = reader.preview(dir.resolve("gate-above.xlsx"), null, 20);
        assertEquals(java.util.Set.of(4), preview.itemRowsAbove(), "the mapping screen shows the gate as read, not dimmed");
    }

    @Test
    void aYearAloneOrLabelledAboveTheTableIsTheFormsYear() {
        for (String title : List.of("令和8年度", "（令和８年度）", "対象年度：令和8年度", "令和8年度版")) {
            assertEquals(FiscalYear.ofReiwa(8), SheetReader.titleYearIn(title), title);
        }
        for (String text : List.of("二要素認証（令和9年度までに導入が目標）", "令和9年度までに対応してください。")) {
            assertEquals(null, SheetReader.titleYearIn(text), text);
        }
    }

    @Test
    void anItemNamingAYearIsNotTheFormsYear() throws Exception {
        OfficialReading r = reader.read(EdgeLayouts.yearOnlyOnCover(dir.resolve("nocover.xlsx"), false));
        assertEquals(List.of("2-⑨", "2-⑩"), numbers(only(r)));
        assertEquals(Optional.empty(), r.year(), "「（令和9年度までに導入が目標）」 is not the form's year");
    }

    @Test
    void notesAndASignatureBlockUnderTheTableAreNotItems() throws Exception {
        OfficialGrid g = only(reader.read(EdgeLayouts.notesAndSignatureAfterTable(dir.resolve("notes.xlsx"))));
        assertEquals(List.of("1-①", "2-①", "2-②"), numbers(g), "the item after the spacer row is read");
        assertEquals(List.of(SECURITY_OFFICER, DEVICE_LEDGER, REMOTE), texts(g));
        assertEquals(List.of(), OfficialGridRules.check(g));
    }

    @Test
    void shortUnnumberedItemsWithATargetOrAnAnswerAreItemsNotHeadings() throws Exception {
        OfficialGrid g = only(reader.read(EdgeLayouts.unnumberedShortItems(dir.resolve("short.xlsx"))));
        assertEquals(List.of(DEVICE_LEDGER, USB, TWO_FACTOR, RULES), texts(g));
        assertEquals(List.of("医療情報システムの管理・運用", "医療情報システムの管理・運用", "医療情報システムの管理・運用",
                "インシデント発生に備えた対応"), g.items().stream().map(OfficialItem::sectionTitle).toList());
    }

    @Test
    void aSectionColumnOfNamesNumbersItsSectionsInOrder() throws Exception {
        OfficialGrid g = only(reader.read(EdgeLayouts.sectionNamesOnly(dir.resolve("names.xlsx"))));
        assertEquals(List.of("", "1-①", "2-①", "2-②"), numbers(g));
        assertEquals(List.of(GATE, SECURITY_OFFICER, DEVICE_LEDGER, REMOTE), texts(g));
        assertEquals(List.of("医療情報システムの有無", "体制構築", "医療情報システムの管理・運用", "医療情報システムの管理・運用"),
                g.items().stream().map(OfficialItem::sectionTitle).toList());
        assertEquals(List.of(), OfficialGridRules.check(g), "no number reported twice");
    }

    @Test
    void daiHeadingsStartSections() throws Exception {
        OfficialGrid g = only(reader.read(EdgeLayouts.daiHeadings(dir.resolve("dai.xlsx"))));
        assertEquals(List.of("1-①", "2-①", "2-②"), numbers(g));
        assertEquals(List.of("体制構築", "医療情報システムの管理・運用", "医療情報システムの管理・運用"),
                g.items().stream().map(OfficialItem::sectionTitle).toList());
        assertEquals(List.of(), OfficialGridRules.check(g));
    }

    @Test
    void aHeaderWithAnExampleAndAWarekiDateFormatGiveDateColumns() throws Exception {
        OfficialGrid g = only(reader.read(EdgeLayouts.hintsAndHiddenSecondRound(dir.resolve("hints.xlsx"), false)));
        Map<OfficialColumn, Integer> c = g.columns();
        assertEquals(4, c.get(OfficialColumn.CHECKED_1), "確認日（例：R8.6.1） in E: " + c);
        assertEquals(7, c.get(OfficialColumn.CHECKED_2), "the 和暦 date format in H: " + c);
        assertEquals(List.of("1-①", "2-①"), numbers(g));
    }

    @Test
    void hiddenSecondRoundColumnsKeepTheirRolesAndAHiddenHelperStaysIgnored() throws Exception {
        OfficialGrid g = only(reader.read(EdgeLayouts.hintsAndHiddenSecondRound(dir.resolve("hidden.xlsx"), true)));
        Map<OfficialColumn, Integer> c = g.columns();
        assertEquals(6, c.get(OfficialColumn.ANSWER_2), c::toString);
        assertEquals(7, c.get(OfficialColumn.CHECKED_2), c::toString);
        assertEquals(false, c.containsValue(0), "the hidden 項目ID column has no role: " + c);
        assertEquals(List.of(SECURITY_OFFICER, DEVICE_LEDGER), texts(g));
    }
}
