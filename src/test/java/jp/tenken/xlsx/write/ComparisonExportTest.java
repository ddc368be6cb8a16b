package jp.tenken.xlsx.write;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import jp.tenken.domain.comparison.Change;
import jp.tenken.domain.edition.FormKind;
import jp.tenken.domain.edition.Scope;
import jp.tenken.service.ComparisonReport;
import jp.tenken.service.ComparisonService;
import jp.tenken.service.ExportService;
import jp.tenken.service.PackParts;
import jp.tenken.service.ThreeYears;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The comparison through the service on a real three-year workbook, and the 前年度比較 sheet read back with POI. */
class ComparisonExportTest {
    @TempDir
    Path dir;
    ThreeYears three;
    ComparisonService comparisons;
    ExportService export;

    @BeforeEach
    void open() {
        three = new ThreeYears(dir);
        comparisons = three.workbook.comparisons();
        export = three.workbook.export();
    }

    @AfterEach
    void close() {
        three.close();
    }

    private XSSFWorkbook read(Path p) throws Exception {
        try (InputStream in = Files.newInputStream(p)) {
            return new XSSFWorkbook(in);
        }
    }

    private static String text(XSSFSheet s, int r, int c) {
        Row row = s.getRow(r);
        Cell cell = row == null ? null : row.getCell(c);
        return cell == null ? "" : cell.getCellType() == CellType.STRING ? cell.getStringCellValue() : cell.toString();
    }

    /** The data row of an item number and scope in the first block. */
    private static int rowOf(XSSFSheet s, String number, String scope) {
        for (Row r : s) {
            Cell c = r.getCell(ComparisonSheetWriter.COL_NUMBER);
            if (c != null && c.getCellType() == CellType.STRING && c.getStringCellValue().equals(number)
                    && text(s, r.getRowNum(), ComparisonSheetWriter.COL_SCOPE).equals(scope)) {
                return r.getRowNum();
            }
        }
        throw new AssertionError("no row " + number + " " + scope);
    }

    private static List<String> column(XSSFSheet s, int col) {
        List<String> out = new ArrayList<>();
        for (Row r : s) {
            out.add(text(s, r.getRowNum(), col));
        }
        return out;
    }

    @Test
    void theServiceComparesTheFacilityFormAcrossEditionsAndKeepsEveryYearForTheChart() {
        ComparisonReport r = comparisons.compare(ThreeYears.FY2024, ThreeYears.FY2025, FormKind.FACILITY, null);
        var c = r.comparison();
        assertEquals(1, c.count(Change.IMPROVED));
        assertEquals(1, c.count(Change.REGRESSED));
        assertEquals(5, c.count(Change.NEW));
        assertEquals(2, c.count(Change.UNANSWERED));
        assertEquals(12, c.count(Change.UNCHANGED));
        assertEquals(1, c.missedTargets().size());
        assertEquals(ThreeYears.PATCH, c.missedTargets().get(0).item().key());
        assertEquals(List.of(ThreeYears.FY2023, ThreeYears.FY2024, ThreeYears.FY2025),
                r.history().stream().map(y -> y.year()).toList());
        assertEquals(List.of("R5", "R6", "R7"), r.history().stream().map(y -> y.editionId()).toList());
        // 令和5年度: 18 rows (gate left out), one いいえ
        assertEquals(17, r.history().get(0).tally().yes());
        assertEquals(1, r.history().get(0).tally().no());

        // R5 → R6: the server patch いいえ became はい
        var r56 = comparisons.compare(ThreeYears.FY2023, ThreeYears.FY2024, FormKind.FACILITY, null).comparison();
        var serverPatch = r56.rows().stream().filter(x -> x.item().key().equals(ThreeYears.PATCH)
                && x.scope() == Scope.SERVER).findFirst().orElseThrow();
        assertEquals(Change.IMPROVED, serverPatch.change());
        assertEquals(0, r56.count(Change.NEW));
    }

    @Test
    void aVendorsFormIsComparedOnItsOwn() {
        ComparisonReport r = comparisons.compare(ThreeYears.FY2024, ThreeYears.FY2025, FormKind.VENDOR,
                three.vendor.id());
        assertEquals("株式会社メディカル", r.vendorName());
        assertEquals(1, r.comparison().count(Change.REGRESSED), "patch: all devices はい → いいえ");
        assertEquals(5, r.comparison().count(Change.NEW));
        assertEquals(List.of(ThreeYears.FY2024, ThreeYears.FY2025), comparisons.years(FormKind.VENDOR,
                three.vendor.id()));
    }

    @Test
    void thePackEndsWithTheComparisonSheetAfterTheForms() throws Exception {
        Path out = dir.resolve("pack.xlsx");
        export.exportPack(ThreeYears.FY2025, PackParts.FORMS_ONLY, out, f -> { });
        try (XSSFWorkbook wb = read(out)) {
            List<String> names = new ArrayList<>();
            wb.forEach(s -> names.add(s.getSheetName()));
            assertEquals(List.of("立入検査用 概要", "医療機関確認用", "事業者確認用（株式会社メディカル）", "前年度比較", "出典"),
                    names);
            XSSFSheet s = wb.getSheet("前年度比較");
            assertEquals("前年度比較　令和6年度 → 令和7年度", text(s, 0, 0));
            List<String> headings = column(s, 0);
            assertTrue(headings.stream().anyMatch(h -> h.startsWith("■ 医療機関確認用　令和6年度（令和6年度版）→ 令和7年度（令和7年度版）")),
                    headings.toString());
            assertTrue(headings.stream().anyMatch(h -> h.startsWith("■ 事業者確認用（株式会社メディカル）")));
            // printed: every page that goes on with a table starts with its header row, and the vendor's block
            // starts on a page of its own
            int[] breaks = s.getRowBreaks();
            assertTrue(breaks.length >= 2, "pages broken: " + breaks.length);
            for (int b : breaks) {
                String next = text(s, b + 1, 0);
                assertTrue(next.equals("No.") || next.startsWith("■ "), "the page after row " + b + " starts with "
                        + next);
            }
        }
        // 令和6年度 has no 令和5年度 vendor form: only the facility is compared
        Path out6 = dir.resolve("pack6.xlsx");
        export.exportPack(ThreeYears.FY2024, PackParts.FORMS_ONLY, out6, f -> { });
        try (XSSFWorkbook wb = read(out6)) {
            XSSFSheet s = wb.getSheet("前年度比較");
            assertTrue(column(s, 0).stream().noneMatch(h -> h.startsWith("■ 事業者確認用")));
        }
    }

    @Test
    void theComparisonSheetReadsAsAnInspectorWouldReadIt() throws Exception {
        Path out = dir.resolve("compare.xlsx");
        export.exportComparison(ThreeYears.FY2024, ThreeYears.FY2025, FormKind.FACILITY, null, out, f -> { });
        try (XSSFWorkbook wb = read(out)) {
            assertEquals(1, wb.getNumberOfSheets());
            XSSFSheet s = wb.getSheetAt(0);
            assertEquals("前年度比較", s.getSheetName());
            assertEquals("医療機関名：さくら内科クリニック", text(s, 1, 0));
            int ledger = rowOf(s, "2-①", "医療情報システム全般");
            assertEquals("いいえ", text(s, ledger, ComparisonSheetWriter.COL_BEFORE));
            assertEquals("はい", text(s, ledger, ComparisonSheetWriter.COL_AFTER));
            assertEquals("改善", text(s, ledger, ComparisonSheetWriter.COL_CHANGE));
            assertEquals("後退", text(s, rowOf(s, "2-②", "医療情報システム全般"), ComparisonSheetWriter.COL_CHANGE));
            int patch = rowOf(s, "2-⑥", "医療情報システム全般");
            assertEquals("変化なし", text(s, patch, ComparisonSheetWriter.COL_CHANGE));
            assertTrue(text(s, patch, ComparisonSheetWriter.COL_REMARK).startsWith("令和6年12月1日"));
            var fill = s.getRow(patch).getCell(ComparisonSheetWriter.COL_TEXT).getCellStyle();
            assertEquals(FillPatternType.SOLID_FOREGROUND, fill.getFillPattern(), "a missed target is shaded");
            int policy = rowOf(s, "2-⑦", "医療情報システム全般");
            assertEquals("—", text(s, policy, ComparisonSheetWriter.COL_BEFORE));
            assertEquals("新規", text(s, policy, ComparisonSheetWriter.COL_CHANGE));
            assertEquals("未回答", text(s, rowOf(s, "1-①", "—"), ComparisonSheetWriter.COL_CHANGE));

            // the counts per section, then 合計
            List<String> first = column(s, 0);
            int total = -1;
            for (Row r : s) {
                if (text(s, r.getRowNum(), 0).equals("合計")) {
                    total = r.getRowNum();
                    break;
                }
            }
            assertEquals("改善", text(s, total - 4, 2));
            assertEquals("3 インシデント発生に備えた対応", text(s, total - 1, 0));
            assertEquals("1.0", text(s, total, 2));
            assertEquals("1.0", text(s, total, 3));
            assertEquals("12.0", text(s, total, 4));
            assertEquals("5.0", text(s, total, 5));
            assertEquals("2.0", text(s, total, 6));
            assertTrue(first.stream().anyMatch(t -> t.contains("目標日を過ぎても「はい」になっていない項目：1 件")));

            PrintSetup ps = s.getPrintSetup();
            assertEquals(PrintSetup.A4_PAPERSIZE, ps.getPaperSize());
            assertEquals(1, ps.getFitWidth());
        }
    }

    @Test
    void theComparisonSheetCarriesAnEditableChartOfItsOwnCounts() throws Exception {
        Path out = dir.resolve("compare-chart.xlsx");
        export.exportComparison(ThreeYears.FY2024, ThreeYears.FY2025, FormKind.FACILITY, null, out, f -> { });
        try (XSSFWorkbook wb = read(out)) {
            XSSFSheet s = wb.getSheetAt(0);
            List<org.apache.poi.xssf.usermodel.XSSFChart> charts = s.getDrawingPatriarch().getCharts();
            assertEquals(1, charts.size(), "one chart on the 前年度比較 sheet");
            var chart = charts.get(0);
            var data = chart.getChartSeries().get(0);
            assertEquals(5, data.getSeriesCount(), "改善・後退・変化なし・新規・未回答");
            int total = -1;
            for (Row r : s) {
                if (text(s, r.getRowNum(), 0).equals("合計")) {
                    total = r.getRowNum();
                    break;
                }
            }
            int firstSection = total - 3;
            var improved = data.getSeries(0);
            assertEquals("改善", text(s, firstSection - 1, 2));
            String values = improved.getValuesData().getDataRangeReference();
            String names = improved.getCategoryData().getDataRangeReference();
            assertEquals(new org.apache.poi.ss.util.CellRangeAddress(firstSection, total - 1, 2, 2)
                    .formatAsString(s.getSheetName(), true), values, "the bars are the sheet's own counts");
            assertEquals(new org.apache.poi.ss.util.CellRangeAddress(firstSection, total - 1, 0, 0)
                    .formatAsString(s.getSheetName(), true), names);
            var frame = s.getDrawingPatriarch().getShapes().stream()
                    .filter(x -> x instanceof org.apache.poi.xssf.usermodel.XSSFGraphicFrame).findFirst().orElseThrow();
            var anchor = (org.apache.poi.xssf.usermodel.XSSFClientAnchor) frame.getAnchor();
            assertTrue(anchor.getRow1() > total, "below the table");
            assertTrue(anchor.getCol2() <= 7, "within the printed width");
            String item = text(s, anchor.getRow2() + 2, 0);
            assertTrue(anchor.getRow2() < rowOf(s, "1-①", "—"), "the item list starts after the chart: " + item);
        }
    }
}
