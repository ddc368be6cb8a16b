package jp.tenken.xlsx.write;

import jp.tenken.xlsx.FormLayout;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import jp.tenken.domain.FiscalYear;
import jp.tenken.domain.edition.FormKind;
import jp.tenken.domain.edition.Item;
import jp.tenken.domain.edition.RowKey;
import jp.tenken.domain.edition.Scope;
import jp.tenken.domain.vendor.Vendor;
import jp.tenken.domain.year.Answer;
import jp.tenken.domain.year.AnswerValue;
import jp.tenken.domain.year.Facility;
import jp.tenken.domain.year.FacilityKind;
import jp.tenken.domain.year.Round;
import jp.tenken.service.ChecklistService;
import jp.tenken.service.ExportException;
import jp.tenken.service.ExportResult;
import jp.tenken.service.ExportService;
import jp.tenken.service.OpenForm;
import jp.tenken.service.PackParts;
import jp.tenken.testing.TestWorkbook;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Exports a real workbook and reads the .xlsx back with POI, as an inspector would read the printout. */
class ExportTest {
    static final LocalDate TODAY = LocalDate.of(2025, 10, 1);
    static final FiscalYear FY = new FiscalYear(2025);

    @TempDir
    Path dir;
    TestWorkbook wb;
    ChecklistService checklist;
    ExportService export;
    Vendor vendor;

    @BeforeEach
    void fill() {
        wb = TestWorkbook.create(dir.resolve("clinic.tenken"), TODAY);
        checklist = wb.checklist();
        export = wb.export();
        checklist.saveFacility(new Facility("さくら内科クリニック", FacilityKind.CLINIC));
        vendor = wb.vendors().add("株式会社メディカル", "電子カルテ", "", true);
        wb.vendors().add("契約のない業者", "", "", false);
        OpenForm own = checklist.open(FY, FormKind.FACILITY, null);
        int i = 0;
        for (RowKey row : own.form().rows()) {
            i++;
            boolean no = i % 4 == 0;
            checklist.saveAnswer(own.assessment(), new Answer(row, Round.FIRST, no ? AnswerValue.NO : AnswerValue.YES,
                    LocalDate.of(2025, 5, 16), no ? LocalDate.of(2025, 12, i) : null,
                    i == 3 ? "=HYPERLINK(\"http://x\",\"y\")" : i == 5 ? "@SUM(A1)" : "", null));
        }
        checklist.saveAnswer(own.assessment(), new Answer(new RowKey("ops.security-patch", Scope.ALL), Round.FIRST,
                AnswerValue.NO, LocalDate.of(2025, 5, 16), LocalDate.of(2025, 9, 1), "", null));
        checklist.saveAnswer(own.assessment(), new Answer(new RowKey("ops.security-patch", Scope.ALL), Round.SECOND,
                AnswerValue.YES, LocalDate.of(2025, 8, 20), null, "", null));
        OpenForm v = checklist.open(FY, FormKind.VENDOR, vendor.id());
        checklist.saveAnswer(v.assessment(), new Answer(new RowKey("ops.mds-sds", Scope.NONE), Round.FIRST,
                AnswerValue.YES, LocalDate.of(2025, 6, 1), null, "", null));
    }

    @AfterEach
    void close() {
        wb.close();
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

    private static int rowOf(XSSFSheet s, String number) {
        for (Row r : s) {
            Cell c = r.getCell(FormLayout.COL_NUMBER);
            if (c != null && c.getCellType() == CellType.STRING
                    && c.getStringCellValue().replace(FormSheetWriter.UNVERIFIED_MARK, "").equals(number)) {
                return r.getRowNum();
            }
        }
        throw new AssertionError("no row " + number);
    }

    @Test
    void theFacilityFormReadsLikeTheMinistrysForm() throws Exception {
        Path out = dir.resolve("form.xlsx");
        List<Double> progress = new ArrayList<>();
        export.exportOwnForm(FY, out, progress::add);
        assertEquals(1.0, progress.get(progress.size() - 1));
        try (XSSFWorkbook x = read(out)) {
            XSSFSheet s = x.getSheet("医療機関確認用");
            assertNotNull(s);
            assertEquals("令和7年度版 医療機関におけるサイバーセキュリティ対策チェックリスト", text(s, 0, 0));
            assertEquals(FormSheetWriter.NOTICE, text(s, 1, 0));
            assertEquals("【医療機関確認用】", text(s, 2, 0));
            assertEquals("医療機関名：さくら内科クリニック", text(s, 3, 0));
            int head = FormSheetWriter.headerRow(false);
            assertEquals("チェック項目", text(s, head, FormLayout.COL_TEXT));
            assertEquals("1回目", text(s, head, FormLayout.COL_ANSWER1));
            assertEquals("2回目", text(s, head, FormLayout.COL_ANSWER2));

            // every item text, answer, date and 目標日 in its cell
            OpenForm own = checklist.open(FY, FormKind.FACILITY, null);
            for (Item item : own.form().items()) {
                int r = item.gate() ? head + 2 : rowOf(s, item.number());
                assertEquals(item.text(), text(s, r, FormLayout.COL_TEXT), item.key());
                // a plain ※ beside the number where the wording is not yet checked, nothing else on the row
                assertEquals(item.number() + (item.verified() ? "" : "※"), text(s, r, FormLayout.COL_NUMBER),
                        item.key());
                for (int k = 0; k < item.scopes().size(); k++) {
                    Answer a = own.answers().get(new RowKey(item.key(), item.scopes().get(k)), Round.FIRST);
                    Row row = s.getRow(r + k);
                    assertEquals(FormSheetWriter.scopeLabel(item.scopes().get(k)), text(s, r + k, FormLayout.COL_SCOPE));
                    assertEquals(a.value().label(), row.getCell(FormLayout.COL_ANSWER1).getStringCellValue());
                    Cell checked = row.getCell(FormLayout.COL_CHECKED1);
                    assertEquals(CellType.NUMERIC, checked.getCellType());
                    assertEquals(a.checkedOn(), checked.getLocalDateTimeCellValue().toLocalDate());
                    assertTrue(checked.getCellStyle().getDataFormatString().contains("ggge"), "和暦 display");
                    Cell target = row.getCell(FormLayout.COL_TARGET);
                    if (a.value() == AnswerValue.NO) {
                        assertEquals(a.targetDate(), target.getLocalDateTimeCellValue().toLocalDate());
                    } else {
                        assertEquals(CellType.BLANK, target.getCellType());
                    }
                }
            }
            int patch = rowOf(s, "2-⑥");
            assertEquals("はい", text(s, patch, FormLayout.COL_ANSWER2));
            assertEquals(LocalDate.of(2025, 8, 20),
                    s.getRow(patch).getCell(FormLayout.COL_CHECKED2).getLocalDateTimeCellValue().toLocalDate());

            // sections merged down their items, device rows merged per item
            int access = rowOf(s, "2-④");
            assertTrue(merged(s, access, FormLayout.COL_TEXT, 2), "2-④ text spans its サーバ/端末PC rows");
            assertEquals("サーバ", text(s, access, FormLayout.COL_SCOPE));
            assertEquals("端末PC", text(s, access + 1, FormLayout.COL_SCOPE));
            int ledger = rowOf(s, "2-①");
            assertEquals("2 医療情報システムの管理・運用", text(s, ledger, FormLayout.COL_SECTION));
            assertTrue(merged(s, ledger, FormLayout.COL_SECTION, 16), "section 2 spans its 16 rows");

            // the ※ is explained once, in one line under the table, before the footer
            List<Integer> explained = new ArrayList<>();
            for (Row r : s) {
                if (text(s, r.getRowNum(), 0).equals("※印の項目の文言は厚生労働省の原本と照合中です")) {
                    explained.add(r.getRowNum());
                }
            }
            assertEquals(1, explained.size(), "one explanatory line");
            assertTrue(explained.get(0) > rowOf(s, "3-④"), "under the table");
            assertTrue(text(s, explained.get(0) + 1, 0).startsWith("出力："), "then the footer");

            // print setup
            PrintSetup ps = s.getPrintSetup();
            assertEquals(PrintSetup.A4_PAPERSIZE, ps.getPaperSize());
            assertFalse(ps.getLandscape());
            assertEquals(1, ps.getFitWidth());
            assertEquals(0, ps.getFitHeight());
            assertTrue(s.getFitToPage());
            assertEquals(new CellRangeAddress(head, head + 1, -1, -1).formatAsString(), s.getRepeatingRows().formatAsString());
            assertTrue(s.getFooter().getCenter().contains("&P"));
            for (Row r : s) {
                if (r.getRowNum() > head + 1 && r.getCell(FormLayout.COL_TEXT) != null) {
                    assertTrue(r.getHeightInPoints() >= 19, "row " + r.getRowNum() + " tall enough");
                }
            }
            // editable: drop-downs and date checks
            List<String> kinds = new ArrayList<>();
            for (DataValidation v : s.getDataValidations()) {
                kinds.add(v.getValidationConstraint().getExplicitListValues() != null
                        ? String.join(",", v.getValidationConstraint().getExplicitListValues()) : "date");
            }
            assertTrue(kinds.contains("はい,いいえ"), kinds.toString());
            assertTrue(kinds.contains("date"), kinds.toString());
        }
    }

    @Test
    void textThatLooksLikeAFormulaIsWrittenAsText() throws Exception {
        Path out = dir.resolve("formula.xlsx");
        export.exportOwnForm(FY, out, f -> { });
        try (XSSFWorkbook x = read(out)) {
            XSSFSheet s = x.getSheetAt(0);
            int found = 0;
            for (Row r : s) {
                for (Cell c : r) {
                    assertFalse(c.getCellType() == CellType.FORMULA, "no formula at " + c.getAddress());
                    if (c.getCellType() == CellType.STRING && (c.getStringCellValue().startsWith("=HYPERLINK")
                            || c.getStringCellValue().startsWith("@SUM"))) {
                        assertTrue(c.getCellStyle().getQuotePrefixed(), "stays text when edited in Excel");
                        found++;
                    }
                }
            }
            assertEquals(2, found);
        }
    }

    @Test
    void theInspectionPackHasTheSummaryTheFacilityAndEachContractedVendor() throws Exception {
        Path out = dir.resolve("pack.xlsx");
        ExportResult done = export.exportPack(FY, PackParts.FORMS_ONLY, out, f -> { });
        // the completion message counts what the file holds, in a clerk's words
        OpenForm own = checklist.open(FY, FormKind.FACILITY, null);
        long yes = own.form().rows().stream().filter(r -> own.answers().get(r, Round.FIRST).value() == AnswerValue.YES)
                .count();
        long no = own.form().rows().stream().filter(r -> own.answers().get(r, Round.FIRST).value() == AnswerValue.NO)
                .count();
        int rows = own.form().rows().size();
        assertEquals("医療機関確認用 " + rows + "行（はい " + yes + "・いいえ " + no + "・未回答 " + (rows - yes - no)
                + "）、事業者確認用 1件、概要つき", done.summary());
        assertTrue(done.message().startsWith("「" + out.toAbsolutePath() + "」を出力しました"), done.message());
        try (XSSFWorkbook x = read(out)) {
            assertEquals(4, x.getNumberOfSheets(), "summary, facility, the one contracted vendor, 出典");
            assertEquals("出典", x.getSheetName(3));
            assertTrue(x.isSheetHidden(3), "the sources sheet is not printed with the forms");
            assertEquals("立入検査用 概要", x.getSheetName(0));
            assertEquals("医療機関確認用", x.getSheetName(1));
            assertEquals("事業者確認用（株式会社メディカル）", x.getSheetName(2));
            XSSFSheet v = x.getSheetAt(2);
            assertEquals("【事業者確認用】", text(v, 2, 0));
            assertEquals("事業者名：株式会社メディカル", text(v, 4, 0));
            assertEquals("システム名：電子カルテ", text(v, 4, 5));
            int mds = rowOf(v, "2-③");
            assertEquals("医療機関に製造業者/サービス事業者による医療情報セキュリティ開示書（MDS/SDS）を提出した。",
                    text(v, mds, FormLayout.COL_TEXT));
            assertEquals("はい", text(v, mds, FormLayout.COL_ANSWER1));
            for (Row r : v) {
                for (Cell c : r) {
                    assertFalse(c.getCellType() == CellType.STRING && c.getStringCellValue().contains("文言要確認"),
                            "unverified wording is noted on the summary, never on the form");
                }
            }
            XSSFSheet sum = x.getSheetAt(0);
            StringBuilder all = new StringBuilder();
            for (Row r : sum) {
                for (Cell c : r) {
                    all.append(c.toString()).append('\n');
                }
            }
            String t = all.toString();
            assertTrue(t.contains("医療機関名：さくら内科クリニック"));
            assertTrue(t.contains("22 / 22"), "facility form complete");
            assertTrue(t.contains("1 / 21"), "vendor form: one row answered");
            assertTrue(t.contains("「いいえ」の項目と目標日"));
            assertTrue(t.contains("2回目で対応済"), "the patch item was met on the 2回目");
            for (String doubt : List.of("文言要確認", "本文未取得", "章題未取得", "案の章題", "推定", "要確認")) {
                for (int i = 0; i < x.getNumberOfSheets(); i++) {
                    if (!x.isSheetHidden(i)) {
                        String sheetText = sheetText(x.getSheetAt(i));
                        assertFalse(sheetText.contains(doubt), x.getSheetName(i) + " prints " + doubt);
                    }
                }
            }
            String sources = sheetText(x.getSheet("出典"));
            assertTrue(sources.contains("USBストレージ等の接続制限"), "the R7 2-⑨ wording note is kept: " + sources);
            assertTrue(sources.contains("令和7年度版"), sources);
            assertFalse(t.contains("契約のない業者"), "vendors without a contract need no form");
        }
    }

    @Test
    void aTargetThatCannotBeWrittenGetsAClearMessageAndNothingHalfWritten() throws Exception {
        Path ro = dir.resolve("readonly");
        Files.createDirectories(ro);
        Path existing = ro.resolve("pack.xlsx");
        Files.writeString(existing, "old");
        ro.toFile().setWritable(false);
        try {
            if (Files.isWritable(ro)) {
                return; // running as a user who may write anyway (root): the check below cannot be made
            }
            ExportException e = assertThrows(ExportException.class,
                    () -> export.exportPack(FY, PackParts.FORMS_ONLY, existing, f -> { }));
            assertTrue(e.getMessage().contains("書き込めません"), e.getMessage());
            assertEquals("old", Files.readString(existing));
            try (var files = Files.list(ro)) {
                assertEquals(1, files.count(), "no temporary file left");
            }
        } finally {
            ro.toFile().setWritable(true);
        }
        // a target that is in the way (here a folder of the same name, as root may write anywhere)
        Path blocked = dir.resolve("blocked.xlsx");
        Files.createDirectories(blocked.resolve("inside"));
        ExportException e2 = assertThrows(ExportException.class,
                () -> export.exportPack(FY, PackParts.FORMS_ONLY, blocked, f -> { }));
        assertTrue(e2.getMessage().contains("書き込めません"), e2.getMessage());
        assertTrue(Files.isDirectory(blocked.resolve("inside")));
        try (var files = Files.list(dir)) {
            assertTrue(files.noneMatch(f -> f.getFileName().toString().endsWith(".tmp")), "no temporary file left");
        }
        ExportException missing = assertThrows(ExportException.class,
                () -> export.exportPack(FY, PackParts.FORMS_ONLY, dir.resolve("no-such-folder").resolve("x.xlsx"), f -> { }));
        assertTrue(missing.getMessage().contains("見つかりません"), missing.getMessage());
    }

    @Test
    void theExportedFileOpensInLibreOffice() throws Exception {
        org.junit.jupiter.api.Assumptions.assumeTrue(onPath("soffice"), "LibreOffice is installed by .ci/run");
        Path out = dir.resolve("pack.xlsx");
        export.exportPack(FY, PackParts.FORMS_ONLY, out, f -> { });
        Path pdfDir = dir.resolve("pdf");
        Process p = new ProcessBuilder("soffice", "--headless", "-env:UserInstallation=file://" + dir.resolve("lo"),
                "--convert-to", "pdf", "--outdir", pdfDir.toString(), out.toString())
                .redirectErrorStream(true).start();
        String log = new String(p.getInputStream().readAllBytes());
        assertTrue(p.waitFor(180, TimeUnit.SECONDS), "LibreOffice finished");
        assertEquals(0, p.exitValue(), log);
        Path pdf = pdfDir.resolve("pack.pdf");
        assertTrue(Files.size(pdf) > 10_000, "a real PDF was produced: " + log);
    }

    private static boolean merged(XSSFSheet s, int row, int col, int rows) {
        for (CellRangeAddress a : s.getMergedRegions()) {
            if (a.getFirstRow() == row && a.getFirstColumn() == col && a.getLastRow() == row + rows - 1) {
                return true;
            }
        }
        return false;
    }

    private static boolean onPath(String cmd) {
        for (String d : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
            if (Files.isExecutable(Path.of(d, cmd))) {
                return true;
            }
        }
        return false;
    }

    private static String sheetText(Sheet sheet) {
        StringBuilder all = new StringBuilder();
        for (Row r : sheet) {
            for (Cell c : r) {
                all.append(c.toString()).append('\n');
            }
        }
        return all.toString();
    }
}
