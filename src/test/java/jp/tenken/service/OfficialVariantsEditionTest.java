package jp.tenken.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import jp.tenken.catalog.CatalogReader;
import jp.tenken.domain.FiscalYear;
import jp.tenken.domain.edition.FormKind;
import jp.tenken.domain.edition.Item;
import jp.tenken.domain.edition.Scope;
import jp.tenken.domain.official.OfficialColumn;
import jp.tenken.domain.official.OfficialLayout;
import jp.tenken.domain.official.OfficialMapping;
import jp.tenken.domain.year.Answer;
import jp.tenken.domain.year.AnswerSheet;
import jp.tenken.domain.year.AnswerValue;
import jp.tenken.domain.year.Round;
import jp.tenken.i18n.UserMessageException;
import jp.tenken.xlsx.read.OfficialSamples;
import jp.tenken.xlsx.read.OfficialVariants;
import jp.tenken.xlsx.write.OfficialWorkbookWriter;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFDataValidation;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Takes in each synthetic layout as an edition and writes a year's answers back into a copy: only the answer cells
 * change; every other cell's value and style, the merges, widths, hidden columns and data validations stay.
 */
class OfficialVariantsEditionTest {
    static final FiscalYear R8 = FiscalYear.ofReiwa(8);

    @TempDir
    Path dir;

    private OfficialEditionService service() {
        Path folder = dir.resolve("catalog");
        return new OfficialEditionService(new CatalogReader().read(List.of(folder)), folder);
    }

    private interface Layout {
        Path make(Path file) throws Exception;
    }

    /** Takes the file in, checks its counts, answers every row and checks the write-back. */
    private OfficialEditionService.Preview roundTrip(Layout layout, String name, int items, int rows) throws Exception {
        Path file = layout.make(dir.resolve(name));
        OfficialEditionService.Preview p = service().preview(List.of(file), R8);
        assertEquals(List.of(), p.problems());
        assertEquals(items, p.edition().form(FormKind.FACILITY).orElseThrow().items().size(), name);
        List<OfficialLayout.Table> tables = p.layout().tablesFor(FormKind.FACILITY);
        assertEquals(rows, tables.get(0).rows().size(), name);
        writeBackChangesOnlyAnswerCells(file, tables);
        return p;
    }

    private void writeBackChangesOnlyAnswerCells(Path file, List<OfficialLayout.Table> tables) throws Exception {
        AnswerSheet answers = new AnswerSheet(List.of());
        int n = 0;
        for (OfficialLayout.Table t : tables) {
            for (OfficialLayout.Placed p : t.rows()) {
                boolean no = n++ % 2 == 1;
                answers.put(new Answer(p.row(), Round.FIRST, no ? AnswerValue.NO : AnswerValue.YES,
                        LocalDate.of(2026, 6, 1), no ? LocalDate.of(2027, 3, 1) : null, "確認済み", null));
                answers.put(new Answer(p.row(), Round.SECOND, AnswerValue.YES, LocalDate.of(2026, 12, 1), null, "",
                        null));
            }
        }
        Path out = dir.resolve("out-" + file.getFileName());
        new OfficialWorkbookWriter().write(file, tables, answers, out, f -> { });
        try (XSSFWorkbook before = open(file); XSSFWorkbook after = open(out)) {
            Set<String> written = writtenCells(before, tables);
            for (int s = 0; s < before.getNumberOfSheets(); s++) {
                assertSheetKept(before.getSheetAt(s), after.getSheetAt(s), written);
            }
            OfficialLayout.Table t = tables.get(0);
            XSSFSheet a = after.getSheet(t.sheet());
            int first = t.rows().get(0).excelRow() - 1;
            String shown = t.column(OfficialColumn.ANSWER_1).map(c -> text(a, first, c))
                    .orElseGet(() -> text(a, first, t.column(OfficialColumn.YES_1).orElseThrow()));
            assertTrue(shown.equals("はい") || shown.equals("○"), "the first row's 1回目 answer: " + shown);
        }
    }

    private static Set<String> writtenCells(XSSFWorkbook wb, List<OfficialLayout.Table> tables) {
        Set<OfficialColumn> answerColumns = Set.of(OfficialColumn.ANSWER_1, OfficialColumn.YES_1, OfficialColumn.NO_1,
                OfficialColumn.CHECKED_1, OfficialColumn.TARGET_1, OfficialColumn.ANSWER_2, OfficialColumn.YES_2,
                OfficialColumn.NO_2, OfficialColumn.CHECKED_2, OfficialColumn.TARGET_2, OfficialColumn.NOTE);
        Set<String> out = new HashSet<>();
        for (OfficialLayout.Table t : tables) {
            XSSFSheet s = wb.getSheet(t.sheet());
            for (OfficialLayout.Placed p : t.rows()) {
                t.columns().forEach((col, c) -> {
                    if (answerColumns.contains(col)) {
                        int r = p.excelRow() - 1;
                        int cc = c;
                        for (CellRangeAddress m : s.getMergedRegions()) {
                            if (m.isInRange(r, c)) {
                                r = m.getFirstRow();
                                cc = m.getFirstColumn();
                            }
                        }
                        out.add(t.sheet() + "!" + r + ":" + cc);
                    }
                });
            }
        }
        return out;
    }

    private static void assertSheetKept(XSSFSheet b, XSSFSheet a, Set<String> written) {
        List<String> changed = new ArrayList<>();
        int lastRow = Math.max(a.getLastRowNum(), b.getLastRowNum());
        int lastCol = 0;
        for (int r = 0; r <= lastRow; r++) {
            lastCol = Math.max(lastCol, Math.max(width(a, r), width(b, r)));
        }
        for (int r = 0; r <= lastRow; r++) {
            for (int c = 0; c <= lastCol; c++) {
                if (!written.contains(b.getSheetName() + "!" + r + ":" + c)
                        && (!text(a, r, c).equals(text(b, r, c)) || style(a, r, c) != style(b, r, c))) {
                    changed.add(b.getSheetName() + " " + r + ":" + c + " " + text(b, r, c) + " → " + text(a, r, c));
                }
            }
            assertEquals(b.getRow(r) == null ? -1 : b.getRow(r).getHeight(), a.getRow(r) == null ? -1
                    : a.getRow(r).getHeight(), "row height " + r);
        }
        assertEquals(List.of(), changed);
        assertEquals(regions(b), regions(a), "merged cells kept");
        for (int c = 0; c <= lastCol + 2; c++) {
            assertEquals(b.getColumnWidth(c), a.getColumnWidth(c), "width of column " + c);
            assertEquals(b.isColumnHidden(c), a.isColumnHidden(c), "hidden column " + c);
        }
        assertEquals(validations(b), validations(a), "data validations kept");
    }

    private static int width(XSSFSheet s, int r) {
        Row row = s.getRow(r);
        return row == null ? 0 : row.getLastCellNum();
    }

    private static String text(XSSFSheet s, int r, int c) {
        Row row = s.getRow(r);
        Cell cell = row == null ? null : row.getCell(c);
        return cell == null ? "" : new DataFormatter().formatCellValue(cell);
    }

    private static int style(XSSFSheet s, int r, int c) {
        Row row = s.getRow(r);
        Cell cell = row == null ? null : row.getCell(c);
        return cell == null ? -1 : cell.getCellStyle().getIndex();
    }

    private static Set<String> regions(XSSFSheet s) {
        Set<String> out = new HashSet<>();
        s.getMergedRegions().forEach(m -> out.add(m.formatAsString()));
        return out;
    }

    private static List<String> validations(XSSFSheet s) {
        List<String> out = new ArrayList<>();
        for (XSSFDataValidation v : s.getDataValidations()) {
            StringBuilder b = new StringBuilder();
            for (CellRangeAddress r : v.getRegions().getCellRangeAddresses()) {
                b.append(r.formatAsString()).append(' ');
            }
            out.add(b + " " + v.getValidationConstraint().getValidationType() + " "
                    + v.getValidationConstraint().getFormula1());
        }
        return out;
    }

    private static XSSFWorkbook open(Path p) throws Exception {
        try (InputStream in = Files.newInputStream(p)) {
            return new XSSFWorkbook(in);
        }
    }

    @Test
    void everyLayoutIsTakenInAndWrittenBackInItsOwnCellsOnly() throws Exception {
        roundTrip(OfficialSamples::facilityStandard, "standard.xlsx", 6, 8);
        roundTrip(OfficialSamples::reordered, "reordered.xlsx", 3, 5);
        roundTrip(OfficialVariants::coverSheetFirst, "cover.xlsx", 3, 3);
        roundTrip(OfficialVariants::titleNotesHiddenColumn, "hidden.xlsx", 3, 3);
        roundTrip(OfficialVariants::noteInTheMiddle, "note.xlsx", 3, 3);
        roundTrip(OfficialVariants::validationOnly, "validation.xlsx", 3, 3);
        roundTrip(OfficialVariants::circleColumnsThreeHeaderRows, "circles.xlsx", 2, 2);
        roundTrip(OfficialVariants::roundBlocksSideBySide, "blocks.xlsx", 2, 2);
        roundTrip(OfficialVariants::secondHeaderRow, "second.xlsx", 3, 3);
        roundTrip(OfficialVariants::runningNumbersMergedSections, "running.xlsx", 6, 6);
        roundTrip(OfficialVariants::noYearAnywhere, "noyear.xlsx", 2, 2);
        roundTrip(OfficialVariants::itemColumnWithoutHeader, "noitem.xlsx", 3, 3);
        roundTrip(OfficialVariants::roundTablesSideBySide, "tables.xlsx", 2, 2);
    }

    @Test
    void devicesInOneCellOrInParenthesesGetTheirOwnAnswerRows() throws Exception {
        OfficialEditionService.Preview p = roundTrip(OfficialVariants::scopeColumnSeveralDevices, "devices.xlsx", 4, 8);
        Item rights = p.edition().form(FormKind.FACILITY).orElseThrow().item("ops.access-rights").orElseThrow();
        assertEquals(List.of(Scope.SERVER, Scope.TERMINAL, Scope.NETWORK), rights.scopes());
        OfficialEditionService.Preview q = roundTrip(OfficialVariants::scopeInParentheses, "parens.xlsx", 2, 5);
        assertEquals(List.of(Scope.SERVER, Scope.TERMINAL), q.edition().form(FormKind.FACILITY).orElseThrow()
                .items().get(1).scopes());
    }

    @Test
    void aDeviceCellSharedByTwoRowsShowsいいえWhenEitherIsいいえ() throws Exception {
        Path file = OfficialVariants.scopeColumnSeveralDevices(dir.resolve("devices.xlsx"));
        OfficialEditionService.Preview p = service().preview(List.of(file), R8);
        List<OfficialLayout.Table> tables = p.layout().tablesFor(FormKind.FACILITY);
        AnswerSheet answers = new AnswerSheet(List.of());
        for (OfficialLayout.Placed placed : tables.get(0).rows()) {
            boolean terminal = placed.row().scope() == Scope.TERMINAL;
            answers.put(new Answer(placed.row(), Round.FIRST, terminal ? AnswerValue.NO : AnswerValue.YES,
                    LocalDate.of(2026, 6, terminal ? 2 : 1), terminal ? LocalDate.of(2027, 1, 31) : null, "", null));
        }
        Path out = dir.resolve("devices-out.xlsx");
        new OfficialWorkbookWriter().write(file, tables, answers, out, f -> { });
        try (XSSFWorkbook a = open(out)) {
            XSSFSheet s = a.getSheetAt(0);
            assertEquals("いいえ", text(s, 5, 3), "2-④ サーバ、端末PC: 端末PC is いいえ");
            assertEquals("はい", text(s, 6, 3), "2-④ ネットワーク機器");
            assertEquals("はい", text(s, 4, 3), "2-① 全般");
        }
    }

    @Test
    void aVendorFormWithAResponsibilityColumnIsWrittenBackWithThatColumnUntouched() throws Exception {
        Path facility = OfficialVariants.coverSheetFirst(dir.resolve("cover.xlsx"));
        Path vendor = OfficialVariants.vendorWithResponsibility(dir.resolve("vendor.xlsx"));
        OfficialEditionService.Preview p = service().preview(List.of(facility, vendor), null);
        assertEquals(R8, p.edition().fiscalYear());
        List<OfficialLayout.Table> tables = p.layout().tablesFor(FormKind.VENDOR);
        assertEquals("vendor.xlsx", tables.get(0).file());
        assertEquals(2, tables.get(0).rows().size());
        writeBackChangesOnlyAnswerCells(vendor, tables);
        try (XSSFWorkbook a = open(dir.resolve("out-vendor.xlsx"))) {
            assertEquals("事業者", text(a.getSheetAt(0), 5, 2), "責任分界 as printed");
        }
    }

    @Test
    void aFileWithoutAYearIsRefusedWithTheYearMessageAndAcceptedWithAYear() throws Exception {
        Path file = OfficialVariants.noYearAnywhere(dir.resolve("noyear.xlsx"));
        OfficialEditionService s = service();
        UserMessageException e = assertThrows(UserMessageException.class, () -> s.preview(List.of(file), null));
        assertTrue(e.getMessage().contains("年度を選んでください"), e.getMessage());
        assertFalse(e.getMessage().contains("指定"), "no field to fill in is named: " + e.getMessage());
        OfficialEditionService.Preview p = s.preview(List.of(file), FiscalYear.parse("R8").orElseThrow());
        assertEquals("R8-official", p.edition().id());
        Path json = s.add(p);
        assertTrue(Files.isRegularFile(json));
        assertEquals(R8, new CatalogReader().read(List.of(dir.resolve("catalog"))).requireEdition("R8-official")
                .fiscalYear());
    }

    @Test
    void anAmbiguousSheetIsTakenInThroughTheMappingTheUserStates() throws Exception {
        Path file = OfficialVariants.ambiguousHeaders(dir.resolve("ambiguous.xlsx"));
        OfficialEditionService s = service();
        UserMessageException refused = assertThrows(UserMessageException.class, () -> s.preview(List.of(file), null));
        assertTrue(refused.getMessage().contains("チェックリストの表として読み取れませんでした"), refused.getMessage());
        assertTrue(s.sheet(file, null, 5).recognised().isEmpty());
        OfficialMapping m = new OfficialMapping("医療機関・薬局確認用", 3, 3, 4, Map.of(OfficialColumn.NUMBER, 0,
                OfficialColumn.ITEM, 1, OfficialColumn.ANSWER_1, 2, OfficialColumn.CHECKED_1, 3), Optional.empty(),
                List.of(FormKind.FACILITY, FormKind.PHARMACY));
        OfficialEditionService.Preview p = s.preview(List.of(file), null, Map.of(file, m));
        assertEquals(R8, p.edition().fiscalYear(), "令和8年度版 printed in the title");
        assertEquals(2, p.edition().form(FormKind.FACILITY).orElseThrow().items().size());
        writeBackChangesOnlyAnswerCells(file, p.layout().tablesFor(FormKind.FACILITY));
    }

    @Test
    void emptyTextAndDuplicateNumbersAreProblemsWithTheirRowsAndNothingIsAdded() throws Exception {
        Path file = OfficialVariants.withProblems(dir.resolve("problems.xlsx"));
        OfficialEditionService s = service();
        OfficialEditionService.Preview p = s.preview(List.of(file), null);
        assertEquals(List.of("「problems.xlsx」シート「医療機関・薬局確認用」5行目: 番号「1-①」の行が4行目と重複しています。",
                "「problems.xlsx」シート「医療機関・薬局確認用」6行目: 項目の文言が空です。"), p.problems());
        assertTrue(p.summary().get(0).contains("重複"), "problems come first in the summary");
        UserMessageException e = assertThrows(UserMessageException.class, () -> s.add(p));
        assertTrue(e.getMessage().contains("追加しませんでした"), e.getMessage());
        assertFalse(Files.exists(dir.resolve("catalog")));
    }

    @Test
    void aFailureWhileKeepingTheEditionIsToldInJapaneseWithoutATemporaryFileName() throws Exception {
        Path file = OfficialVariants.noYearAnywhere(dir.resolve("noyear.xlsx"));
        OfficialEditionService s = service();
        OfficialEditionService.Preview p = s.preview(List.of(file), R8);
        Path blocked = dir.resolve("catalog").resolve(".R8-official.json.tmp");
        Files.createDirectories(blocked);
        Files.writeString(blocked.resolve("x"), "in the way");
        UserMessageException e = assertThrows(UserMessageException.class, () -> s.add(p));
        assertTrue(e.getMessage().contains("保存できませんでした"), e.getMessage());
        assertFalse(e.getMessage().contains(".tmp"), e.getMessage());
        assertFalse(Files.exists(dir.resolve("catalog").resolve("R8-official.json")));
        assertFalse(Files.exists(dir.resolve("catalog").resolve(".R8-official_noyear.xlsx.tmp")), "staged copy removed");
    }

    @Test
    void fiscalYearsAreTypedAsR8_2026Or令和8() {
        assertEquals(Optional.of(R8), FiscalYear.parse("R8"));
        assertEquals(Optional.of(R8), FiscalYear.parse("2026"));
        assertEquals(Optional.of(R8), FiscalYear.parse("令和8"));
        assertEquals(Optional.of(R8), FiscalYear.parse("令和８年度"));
        assertEquals(Optional.of(FiscalYear.ofReiwa(1)), FiscalYear.parse("令和元年度"));
        assertEquals(Optional.empty(), FiscalYear.parse("8"));
        assertEquals(Optional.empty(), FiscalYear.parse("R"));
        assertEquals(Optional.empty(), FiscalYear.parse("来年"));
    }
}
