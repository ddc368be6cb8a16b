package jp.tenken.xlsx.write;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import jp.tenken.domain.FiscalYear;
import jp.tenken.domain.edition.FormKind;
import jp.tenken.domain.edition.RowKey;
import jp.tenken.domain.edition.Scope;
import jp.tenken.domain.guideline.DeepCheck;
import jp.tenken.domain.guideline.DeepCheckValue;
import jp.tenken.domain.guideline.Guideline;
import jp.tenken.domain.guideline.ReferencePattern;
import jp.tenken.domain.year.Answer;
import jp.tenken.domain.year.AnswerValue;
import jp.tenken.domain.year.Facility;
import jp.tenken.domain.year.FacilityKind;
import jp.tenken.domain.year.Round;
import jp.tenken.service.ChecklistService;
import jp.tenken.service.ExportService;
import jp.tenken.service.GuidelineService;
import jp.tenken.service.OpenForm;
import jp.tenken.service.PackParts;
import jp.tenken.testing.TestWorkbook;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The 「ガイドライン対応表」, in the pack and alone, read back with POI as an inspector would read it. */
class ClauseExportTest {
    static final Guideline GUIDELINE = TestWorkbook.guideline();
    static final LocalDate TODAY = LocalDate.of(2025, 10, 1);
    static final FiscalYear FY = new FiscalYear(2025);

    @TempDir
    Path dir;
    TestWorkbook wb;
    ChecklistService checklist;
    GuidelineService guideline;
    ExportService export;

    @BeforeEach
    void fill() {
        wb = TestWorkbook.create(dir.resolve("clinic.tenken"), TODAY);
        checklist = wb.checklist();
        guideline = wb.guidelineService();
        export = wb.export();
        checklist.saveFacility(new Facility("さくら内科クリニック", FacilityKind.CLINIC));
        wb.vendors().add("株式会社メディカル", "電子カルテ", "", true);
        OpenForm own = checklist.open(FY, FormKind.FACILITY, null);
        checklist.saveAnswer(own.assessment(), new Answer(new RowKey("ops.two-factor", Scope.ALL), Round.FIRST,
                AnswerValue.NO, LocalDate.of(2025, 6, 1), LocalDate.of(2026, 1, 31), "", null));
        checklist.saveAnswer(own.assessment(), new Answer(new RowKey("ops.access-log", Scope.SERVER), Round.FIRST,
                AnswerValue.YES, LocalDate.of(2025, 6, 1), null, "", null));
    }

    @AfterEach
    void close() {
        wb.close();
    }

    private static XSSFWorkbook read(Path p) throws Exception {
        try (InputStream in = Files.newInputStream(p)) {
            return new XSSFWorkbook(in);
        }
    }

    private static String text(XSSFSheet s, int r, int c) {
        Row row = s.getRow(r);
        Cell cell = row == null ? null : row.getCell(c);
        return cell == null ? "" : cell.getStringCellValue();
    }

    private static int rowOf(XSSFSheet s, String place) {
        for (Row r : s) {
            Cell c = r.getCell(ClauseSheetWriter.COL_PLACE);
            if (c != null && place.equals(c.getStringCellValue())) {
                return r.getRowNum();
            }
        }
        throw new AssertionError("no row " + place);
    }

    @Test
    void thePackEndsWithTheGuidelineTableAfterTheForms() throws Exception {
        Path out = dir.resolve("pack.xlsx");
        export.exportPack(FY, out, f -> { });
        try (XSSFWorkbook x = read(out)) {
            assertEquals(5, x.getNumberOfSheets(), "summary, facility, vendor, the 対応表, the hidden 出典");
            assertEquals("出典", x.getSheetName(4));
            assertEquals("立入検査用 概要", x.getSheetName(0));
            assertEquals("医療機関確認用", x.getSheetName(1));
            assertEquals("事業者確認用（株式会社メディカル）", x.getSheetName(2));
            assertEquals("ガイドライン対応表", x.getSheetName(3));
            XSSFSheet s = x.getSheet("ガイドライン対応表");
            assertEquals("令和7年度 ガイドライン対応表（医療情報システムの安全管理に関するガイドライン 第6.0版）",
                    text(s, 0, 0));
            assertEquals("遵守事項", text(s, ClauseSheetWriter.HEADER_ROW, 0));
            assertEquals("回答（1回目）", text(s, ClauseSheetWriter.HEADER_ROW, ClauseSheetWriter.COL_ANSWERS));
            assertEquals("", text(s, ClauseSheetWriter.HEADER_ROW, ClauseSheetWriter.COL_DEEP),
                    "no deep self-check this year: no columns for it");
            int r = rowOf(s, "シ14⑤");
            assertTrue(text(s, r, ClauseSheetWriter.COL_ITEMS).contains("2-⑩ 二要素認証"));
            assertTrue(text(s, r, ClauseSheetWriter.COL_ANSWERS).contains("2-⑩ いいえ"));
            int log = rowOf(s, "シ17①");
            assertTrue(text(s, log, ClauseSheetWriter.COL_ANSWERS).contains("2-⑪ サーバ：はい"),
                    text(s, log, ClauseSheetWriter.COL_ANSWERS));
            // only verified clause text is printed; a clause an item reaches is named by number and chapter, and the
            // rest of a chapter whose text is not held is one line, never a row per placeholder
            int source = rowOf(s, "シ13⑪");
            assertTrue(text(s, source, ClauseSheetWriter.COL_TEXT).startsWith("第13章"),
                    text(s, source, ClauseSheetWriter.COL_TEXT));
            assertTrue(text(s, source, ClauseSheetWriter.COL_TEXT).endsWith("の遵守事項⑪"));
            assertThrows(AssertionError.class, () -> rowOf(s, "シ13⑤"), "no placeholder row");
            int governance4 = rowOf(s, "経4");
            assertEquals("本文は未収録です（厚生労働省の PDF を取り込むと表示されます）",
                    text(s, governance4 + 1, ClauseSheetWriter.COL_TEXT), "a chapter with no text held: one line");
            int placeholders = 0;
            int notHeldLines = 0;
            for (Row row : s) {
                String t = text(s, row.getRowNum(), ClauseSheetWriter.COL_TEXT);
                placeholders += t.matches("第\\d+章.*の遵守事項[①-⑳]") ? 1 : 0;
                notHeldLines += t.contains("本文は未収録です") ? 1 : 0;
            }
            assertTrue(placeholders <= 25, "placeholder rows only where an item reaches the clause: " + placeholders);
            assertTrue(notHeldLines <= 39, "at most one line per chapter: " + notHeldLines);
            // a pattern tag only where the guideline prints it (システム運用編 headings), not on 経営・企画管理編
            assertFalse(text(s, rowOf(s, "経1"), ClauseSheetWriter.COL_TEXT).contains("［"),
                    text(s, rowOf(s, "経1"), ClauseSheetWriter.COL_TEXT));
            assertFalse(text(s, rowOf(s, "企1"), ClauseSheetWriter.COL_TEXT).contains("［"));
            assertTrue(text(s, rowOf(s, "シ1"), ClauseSheetWriter.COL_TEXT).contains("［Ⅰ、Ⅱ、Ⅲ、Ⅳ］"),
                    text(s, rowOf(s, "シ1"), ClauseSheetWriter.COL_TEXT));
            for (Row row : s) {
                for (Cell c : row) {
                    String t = c.toString();
                    assertFalse(t.contains("文言要確認") || t.contains("本文未取得") || t.contains("章題未取得")
                            || t.contains("案の章題") || t.contains("原本と照合"), t);
                }
            }
            assertTrue(text(s, 2, 0).startsWith("参照パターン：未設定"));
        }
    }

    @Test
    void thePackCanLeaveTheGuidelineTableOut() throws Exception {
        Path out = dir.resolve("pack-without.xlsx");
        export.exportPack(FY, new PackParts(false, true), out, f -> { });
        try (XSSFWorkbook x = read(out)) {
            assertEquals(4, x.getNumberOfSheets(), "summary, facility, vendor, the hidden 出典");
            assertEquals(null, x.getSheet("ガイドライン対応表"));
        }
    }

    @Test
    void theTableAloneFollowsThePatternAndShowsTheDeepSelfCheck() throws Exception {
        guideline.setPattern(ReferencePattern.IV);
        guideline.saveDeepCheck(FY, new DeepCheck("シ14-⑤", DeepCheckValue.PARTLY, "=院長PCのみ", null));
        Path out = dir.resolve("clauses.xlsx");
        assertEquals(out, export.exportClauseTable(FY, out, f -> { }).file());
        try (XSSFWorkbook x = read(out)) {
            assertEquals(1, x.getNumberOfSheets());
            XSSFSheet s = x.getSheet("ガイドライン対応表");
            assertNotNull(s);
            assertEquals("参照パターン：Ⅳ クラウドサービス・担当者なし", text(s, 2, 0).split("　")[0]);
            assertEquals("自己点検", text(s, ClauseSheetWriter.HEADER_ROW, ClauseSheetWriter.COL_DEEP));
            int r = rowOf(s, "シ14⑤");
            assertEquals("一部実施", text(s, r, ClauseSheetWriter.COL_DEEP));
            assertEquals("=院長PCのみ", text(s, r, ClauseSheetWriter.COL_NOTE));
            assertTrue(s.getRow(r).getCell(ClauseSheetWriter.COL_NOTE).getCellStyle().getQuotePrefixed());
            int ch13 = rowOf(s, "シ13");
            assertTrue(text(s, ch13, 1).contains("このパターンでは参照不要（システム運用編13はⅠ、Ⅲのみ）"));
            assertEquals("シ14", text(s, ch13 + 1, 0), "a chapter the pattern does not need lists no clauses");
            assertTrue(text(s, rowOf(s, "シ12"), 1).contains("遵守事項⑤⑥のみ参照"));
        }
    }
}
