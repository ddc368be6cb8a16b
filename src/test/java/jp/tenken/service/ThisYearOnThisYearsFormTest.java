package jp.tenken.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import jp.tenken.catalog.Catalog;
import jp.tenken.catalog.CatalogReader;
import jp.tenken.domain.FiscalYear;
import jp.tenken.domain.edition.FormKind;
import jp.tenken.domain.edition.RowKey;
import jp.tenken.domain.edition.Scope;
import jp.tenken.domain.year.Answer;
import jp.tenken.domain.year.AnswerValue;
import jp.tenken.domain.year.EditionMove;
import jp.tenken.domain.year.Facility;
import jp.tenken.domain.year.FacilityKind;
import jp.tenken.domain.year.Round;
import jp.tenken.domain.year.YearSummary;
import jp.tenken.i18n.UserMessageException;
import jp.tenken.testing.TestWorkbook;
import jp.tenken.xlsx.read.OfficialSamples;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A clinic in 令和8年度 in the order a clinic works: the first start (no 令和8年度版 yet), then the ministry's Excel
 * taken in — the year follows the new form when it has no answer, and is offered the move when it has.
 */
class ThisYearOnThisYearsFormTest {
    static final FiscalYear R8 = FiscalYear.ofReiwa(8);
    static final LocalDate TODAY = LocalDate.of(2026, 12, 6);
    static final RowKey OFFICER = new RowKey("org.security-officer", Scope.NONE);
    static final RowKey TWO_FACTOR = new RowKey("ops.two-factor", Scope.ALL);

    @TempDir
    Path dir;

    private Path catalogFolder() {
        return dir.resolve("appdata").resolve("catalog");
    }

    private Catalog catalog() {
        return new CatalogReader().read(List.of(catalogFolder()));
    }

    /** 「公式 Excel の取り込み」 of the two ministry-like workbooks, as the window does it. */
    private void takeInMinistryExcel() throws Exception {
        Path facility = OfficialSamples.facilityStandard(dir.resolve("001716187.xlsx"));
        Path vendor = OfficialSamples.vendorOnly(dir.resolve("001716188.xlsx"));
        OfficialEditionService s = new OfficialEditionService(catalog(), catalogFolder());
        s.add(s.preview(List.of(facility, vendor), null));
    }

    private TestWorkbook open(Path file) {
        return Files.exists(file) ? TestWorkbook.open(file, catalog(), TestWorkbook.clockAt(TODAY))
                : TestWorkbook.create(file, catalog(), TestWorkbook.clockAt(TODAY));
    }

    private static Answer yes(RowKey row) {
        return new Answer(row, Round.FIRST, AnswerValue.YES, LocalDate.of(2026, 11, 20), null, "", null);
    }

    @Test
    void aYearStartedBeforeTheTakeInFollowsTheNewFormAtOnceAndAfterARestart() throws Exception {
        Path file = dir.resolve("clinic.tenken");
        try (TestWorkbook wb = open(file)) {
            wb.checklist().saveFacility(new Facility("さくら内科クリニック", FacilityKind.CLINIC));
            OpenForm first = wb.checklist().open(R8, FormKind.FACILITY, null);
            assertEquals("R7", first.assessment().editionId(), "first start: no 令和8年度版 yet");
            EditionMoveService.YearEdition state = wb.context().editionMoves().state(R8);
            assertTrue(state.onOlderForm());
            assertEquals("令和8年度の点検を令和7年度版の項目で行っています", state.on().olderFormNote(R8).orElseThrow());
        }
        takeInMinistryExcel();
        try (TestWorkbook wb = open(file)) {
            OpenForm now = wb.checklist().open(R8, FormKind.FACILITY, null);
            assertEquals("R8-official", now.assessment().editionId(), "the year with no answer follows the new form");
            wb.export().exportOfficial(R8, dir.resolve("提出用.xlsx"), p -> { });
            assertTrue(now.edition().exact());
            YearSummary listed = wb.checklist().years().stream().filter(y -> y.year().equals(R8)).findFirst()
                    .orElseThrow();
            assertEquals("令和8年度版", listed.editionName());
            assertTrue(listed.exact(), "the year list says 令和8年度版, never an id");
            assertTrue(wb.checklist().years().stream().noneMatch(y -> y.editionName().contains("official")));
        }
        try (TestWorkbook wb = open(file)) {
            assertEquals("R8-official", wb.checklist().open(R8, FormKind.FACILITY, null).assessment().editionId(),
                    "and it stays so after a restart");
        }
    }

    @Test
    void anAnsweredYearIsOfferedTheMoveWithAPreviewThenMovedBackedUpAndUndone() throws Exception {
        Path file = dir.resolve("clinic.tenken");
        try (TestWorkbook wb = open(file)) {
            wb.checklist().saveFacility(new Facility("さくら内科クリニック", FacilityKind.CLINIC));
            OpenForm r7form = wb.checklist().open(R8, FormKind.FACILITY, null);
            wb.checklist().saveAnswer(r7form.assessment(), yes(OFFICER));
            wb.checklist().saveAnswer(r7form.assessment(), yes(TWO_FACTOR));
        }
        takeInMinistryExcel();
        try (TestWorkbook wb = open(file)) {
            EditionMoveService moves = wb.context().editionMoves();
            OpenForm still = wb.checklist().open(R8, FormKind.FACILITY, null);
            assertEquals("R7", still.assessment().editionId(), "answers are never moved unasked");
            UserMessageException refused = assertThrows(UserMessageException.class, () -> wb.export()
                    .exportOfficial(R8, dir.resolve("提出用.xlsx"), p -> { }));
            assertEquals("令和8年度は令和7年度版の項目で回答しているため、厚生労働省の Excel（令和8年度版）に書き込めません。"
                    + "画面の「令和8年度版に移す」で回答を移すと書き込めます。", refused.getMessage());
            EditionMoveService.YearEdition state = moves.state(R8);
            assertEquals("令和8年度版", state.newer().orElseThrow().name());
            assertEquals(2, state.answered());

            List<EditionMove> preview = moves.preview(R8);
            assertEquals(1, preview.size());
            EditionMove plan = preview.get(0);
            assertEquals(1, plan.carriedCount(), "1-① has the same item on 令和8年度版");
            assertEquals(1, plan.notCarried(), "2-⑩ 二要素認証 has none in this workbook: listed, not dropped");
            EditionMove.Line lost = plan.lines().stream().filter(l -> !l.carried()).findFirst().orElseThrow();
            assertEquals("2-⑩", lost.fromNumber());
            assertEquals(null, lost.toNumber());

            EditionMoveService.Moved moved = moves.move(R8);
            assertTrue(Files.isRegularFile(moved.backup()), "a backup is made before the move");
            OpenForm after = wb.checklist().open(R8, FormKind.FACILITY, null);
            assertEquals("R8-official", after.assessment().editionId());
            assertEquals(AnswerValue.YES, after.answers().get(OFFICER, Round.FIRST).value());
            assertEquals(LocalDate.of(2026, 11, 20), after.answers().get(OFFICER, Round.FIRST).checkedOn());
            assertTrue(after.answers().get(TWO_FACTOR, Round.FIRST).isEmpty());
            assertTrue(wb.workbook().changeLog().recent(50).stream()
                            .anyMatch(e -> e.what().startsWith("not carried to R8-official: ops.two-factor")),
                    "the answer the new form has no row for is kept in the change log");
            assertTrue(moves.state(R8).undoable());
            wb.export().exportOfficial(R8, dir.resolve("提出用.xlsx"), p -> { });
            assertTrue(Files.isRegularFile(dir.resolve("提出用.xlsx")), "moved, the year is written into the ministry's form");

            assertEquals(1, moves.undo(R8));
            OpenForm undone = wb.checklist().open(R8, FormKind.FACILITY, null);
            assertEquals("R7", undone.assessment().editionId());
            assertEquals(AnswerValue.YES, undone.answers().get(TWO_FACTOR, Round.FIRST).value(),
                    "undo puts back every answer, the one not carried over too");
            assertEquals(AnswerValue.YES, undone.answers().get(OFFICER, Round.FIRST).value());
            assertFalse(moves.state(R8).undoable());
        }
    }

    @Test
    void aPackOfAYearCheckedOnLastYearsItemsSaysSoOnTheSummaryAndTheForm() throws Exception {
        try (TestWorkbook wb = open(dir.resolve("clinic.tenken"))) {
            wb.checklist().saveFacility(new Facility("さくら内科クリニック", FacilityKind.CLINIC));
            OpenForm form = wb.checklist().open(R8, FormKind.FACILITY, null);
            wb.checklist().saveAnswer(form.assessment(), yes(OFFICER));
            Path pack = dir.resolve("立入検査用.xlsx");
            wb.export().exportPack(R8, PackParts.FORMS_ONLY, pack, p -> { });
            try (org.apache.poi.xssf.usermodel.XSSFWorkbook x = new org.apache.poi.xssf.usermodel.XSSFWorkbook(
                    pack.toFile())) {
                String said = "令和8年度の点検を令和7年度版の項目で行っています";
                assertTrue(text(x.getSheetAt(0)).contains(said), "summary: " + x.getSheetName(0));
                boolean onForm = false;
                for (int i = 0; i < x.getNumberOfSheets(); i++) {
                    if (x.getSheetName(i).contains("医療機関確認用")) {
                        onForm = text(x.getSheetAt(i)).contains("※立入検査時、本チェックリストを確認します　※" + said);
                    }
                }
                assertTrue(onForm, "the printed form says it where the inspector looks first");
            }
        }
    }

    private static String text(org.apache.poi.ss.usermodel.Sheet sheet) {
        StringBuilder b = new StringBuilder();
        for (org.apache.poi.ss.usermodel.Row r : sheet) {
            for (org.apache.poi.ss.usermodel.Cell c : r) {
                if (c.getCellType() == org.apache.poi.ss.usermodel.CellType.STRING) {
                    b.append(c.getStringCellValue()).append('\n');
                }
            }
        }
        return b.toString();
    }

    @Test
    void aFinalisedYearIsNeitherFollowedNorMoved() throws Exception {
        Path file = dir.resolve("clinic.tenken");
        try (TestWorkbook wb = open(file)) {
            wb.checklist().saveFacility(new Facility("さくら内科クリニック", FacilityKind.CLINIC));
            OpenForm form = wb.checklist().open(R8, FormKind.FACILITY, null);
            wb.checklist().saveAnswer(form.assessment(), yes(OFFICER));
            wb.workbook().finalYears().finalise(R8, java.time.Instant.now());
        }
        takeInMinistryExcel();
        try (TestWorkbook wb = open(file)) {
            EditionMoveService moves = wb.context().editionMoves();
            UserMessageException e = assertThrows(UserMessageException.class, () -> moves.move(R8));
            assertTrue(e.getMessage().contains("確定済み"), e.getMessage());
            assertEquals("R7", wb.checklist().open(R8, FormKind.FACILITY, null).assessment().editionId());
        }
    }
}
