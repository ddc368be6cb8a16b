package jp.tenken.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import jp.tenken.catalog.Catalog;
import jp.tenken.catalog.CatalogReader;
import jp.tenken.domain.FiscalYear;
import jp.tenken.domain.edition.Edition;
import jp.tenken.domain.edition.Form;
import jp.tenken.domain.edition.FormKind;
import jp.tenken.domain.edition.Item;
import jp.tenken.domain.edition.RowKey;
import jp.tenken.domain.edition.Scope;
import jp.tenken.domain.official.OfficialLayout;
import jp.tenken.domain.year.Answer;
import jp.tenken.domain.year.AnswerValue;
import jp.tenken.domain.year.Facility;
import jp.tenken.domain.year.FacilityKind;
import jp.tenken.domain.year.Round;
import jp.tenken.i18n.UserMessageException;
import jp.tenken.testing.TestWorkbook;
import jp.tenken.xlsx.read.OfficialSamples;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Takes synthetic ministry workbooks in as an edition, answers a year on it and writes the answers back. */
class OfficialEditionServiceTest {
    static final FiscalYear R8 = FiscalYear.ofReiwa(8);
    static final LocalDate TODAY = LocalDate.of(2026, 10, 1);

    @TempDir
    Path dir;

    private Path catalogFolder() {
        return dir.resolve("appdata").resolve("catalog");
    }

    private OfficialEditionService service() {
        return new OfficialEditionService(new CatalogReader().read(List.of(catalogFolder())), catalogFolder());
    }

    private Path addStandardEdition() throws Exception {
        Path facility = OfficialSamples.facilityStandard(dir.resolve("001716187.xlsx"));
        Path vendor = OfficialSamples.vendorOnly(dir.resolve("001716188.xlsx"));
        OfficialEditionService s = service();
        return s.add(s.preview(List.of(facility, vendor), null));
    }

    @Test
    void theOfficialFilesBecomeAnEditionWithKnownKeysWhereTheTextMatches() throws Exception {
        Path facility = OfficialSamples.facilityStandard(dir.resolve("001716187.xlsx"));
        Path vendor = OfficialSamples.vendorOnly(dir.resolve("001716188.xlsx"));
        OfficialEditionService s = service();
        OfficialEditionService.Preview p = s.preview(List.of(facility, vendor), null);
        Edition e = p.edition();
        assertEquals("R8-official", e.id());
        assertEquals(R8, e.fiscalYear());
        assertTrue(e.inspectionNotice());
        assertEquals(List.of("system.in-use", "org.security-officer", "ops.device-ledger", "ops.access-rights",
                "r8.2-14", "incident.bcp"), keys(e, FormKind.FACILITY));
        assertEquals(keys(e, FormKind.FACILITY), keys(e, FormKind.PHARMACY));
        assertEquals(List.of("org.security-officer", "ops.mds-sds", "r8.2-14"), keys(e, FormKind.VENDOR),
                "2-③ matched by the vendor wording; 2-⑭ by its number on the facility form");
        assertEquals(Set.of("r8.2-14"), p.newKeys());
        assertTrue(String.join("\n", p.summary()).contains("生成AIサービスの利用方針を定めている。（新しい項目: r8.2-14）"),
                String.join("\n", p.summary()));
        assertFalse(Files.exists(catalogFolder()), "a preview writes nothing");

        Path json = s.add(p);
        assertEquals(catalogFolder().resolve("R8-official.json"), json);
        assertTrue(Files.isRegularFile(catalogFolder().resolve("R8-official_001716187.xlsx")));
        assertTrue(Files.isRegularFile(catalogFolder().resolve("R8-official_001716188.xlsx")));
        try (var files = Files.list(catalogFolder())) {
            assertEquals(3, files.count(), "no temporary file is left behind");
        }

        Catalog c = new CatalogReader().read(List.of(catalogFolder()));
        assertEquals("R8-official", c.editionFor(R8).edition().id());
        assertTrue(c.editionFor(R8).exact());
        Form f = c.requireEdition("R8-official").form(FormKind.FACILITY).orElseThrow();
        assertEquals("医療機関・薬局確認用", f.label());
        assertTrue(f.gate().isPresent());
        Item rights = f.item("ops.access-rights").orElseThrow();
        assertEquals(List.of(Scope.SERVER, Scope.TERMINAL, Scope.NETWORK), rights.scopes());
        assertEquals("2-④", rights.number());
        assertTrue(rights.verified());
        assertEquals("厚生労働省 公表の Excel（001716187.xlsx、001716188.xlsx）", rights.source());
        Item known = c.requireEdition("R7").form(FormKind.FACILITY).orElseThrow().item("ops.access-rights").orElseThrow();
        assertEquals(known.guidance(), rights.guidance(), "our guidance of a known item is reused");
        assertEquals(known.references(), rights.references());
        Item fresh = f.item("r8.2-14").orElseThrow();
        assertEquals(OfficialEditionBuilder.NEW_ITEM_GUIDANCE, fresh.guidance(), "a new key carries its own guidance");
        assertEquals(List.of(Scope.ALL), fresh.scopes());
        Form v = c.requireEdition("R8-official").form(FormKind.VENDOR).orElseThrow();
        assertEquals(OfficialSamples.VENDOR_MDS, v.item("ops.mds-sds").orElseThrow().text());
        assertEquals("生成AIサービスの利用方針を医療機関に示している。", v.item("r8.2-14").orElseThrow().text());
        assertTrue(v.items().stream().allMatch(Item::verified), "the vendor form was read from its own file");

        OfficialLayout layout = c.official("R8-official").orElseThrow();
        OfficialLayout.Table t = layout.tablesFor(FormKind.FACILITY).get(0);
        assertEquals("001716187.xlsx", t.file());
        assertEquals(catalogFolder().resolve("R8-official_001716187.xlsx"), t.copy());
        assertEquals("医療機関・薬局確認用", t.sheet());
        assertEquals(List.of(FormKind.FACILITY, FormKind.PHARMACY), t.forms());
        OfficialLayout.Placed terminal = t.rows().stream()
                .filter(r -> r.row().equals(new RowKey("ops.access-rights", Scope.TERMINAL))).findFirst().orElseThrow();
        assertEquals(14, terminal.excelRow());
        assertEquals("B13", terminal.textCell());
        assertEquals("001716188.xlsx", layout.tablesFor(FormKind.VENDOR).get(0).file());
        String text = Files.readString(json);
        assertTrue(text.contains("\"textCell\" : \"B13\""), text);
        assertTrue(text.contains("\"ANSWER_1\" : \"D\""), text);
    }

    private static List<String> keys(Edition e, FormKind k) {
        return e.form(k).orElseThrow().items().stream().map(Item::key).toList();
    }

    @Test
    void withoutTheVendorFileTheVendorFormBorrowsTheFacilityWordingAndSaysSo() throws Exception {
        OfficialEditionService s = service();
        OfficialEditionService.Preview p = s.preview(
                List.of(OfficialSamples.facilityStandard(dir.resolve("001716187.xlsx"))), null);
        s.add(p);
        Edition e = new CatalogReader().read(List.of(catalogFolder())).requireEdition("R8-official");
        Form v = e.form(FormKind.VENDOR).orElseThrow();
        assertTrue(v.gate().isEmpty(), "事業者確認用 has no 「医療情報システムの有無」 row");
        assertFalse(v.item("ops.device-ledger").orElseThrow().verified(), "shown as 文言要確認");
        assertTrue(new CatalogReader().read(List.of(catalogFolder())).official("R8-official").orElseThrow()
                .tablesFor(FormKind.VENDOR).isEmpty());
    }

    @Test
    void aWorkbookThatIsNotTheChecklistIsRefusedPlainlyAndNothingIsWritten() throws Exception {
        Path staff = OfficialSamples.notAChecklist(dir.resolve("staff.xlsx"));
        UserMessageException e = assertThrows(UserMessageException.class,
                () -> service().preview(List.of(staff), null));
        assertTrue(e.getMessage().contains("「staff.xlsx」はチェックリストの表として読み取れませんでした"), e.getMessage());
        assertTrue(e.getMessage().contains("シート「職員名簿」: 見出しの「チェック項目／確認項目、はい／いいえ、目標日、1回目／2回目」が見つかりません"),
                e.getMessage());
        assertFalse(Files.exists(catalogFolder()));
    }

    @Test
    void aYearThatAlreadyHasAnotherEditionIsRefused() throws Exception {
        addStandardEdition();
        Path other = OfficialSamples.reordered(dir.resolve("other.xlsx"));
        Catalog c = new CatalogReader().read(List.of(catalogFolder()));
        // an edition of the same year under another id (e.g. a future bundled 令和8年度版) must not be shadowed
        Path elsewhere = dir.resolve("elsewhere");
        OfficialEditionService s = new OfficialEditionService(c, elsewhere);
        OfficialEditionService.Preview p = s.preview(List.of(other), null);
        assertEquals("R8-official", p.edition().id());
        s.add(p); // the same id replaces: allowed
        OfficialEditionService s9 = new OfficialEditionService(c, catalogFolder());
        OfficialEditionService.Preview r9 = s9.preview(List.of(other), FiscalYear.ofReiwa(9));
        assertEquals("R9-official", r9.edition().id(), "the year asked for wins over the title");
    }

    @Test
    void aYearAnsweredOnTheOfficialEditionIsWrittenIntoTheMinistrysOwnCells() throws Exception {
        addStandardEdition();
        Path original = catalogFolder().resolve("R8-official_001716187.xlsx");
        Catalog catalog = new CatalogReader().read(List.of(catalogFolder()));
        try (TestWorkbook wb = TestWorkbook.create(dir.resolve("clinic.tenken"), catalog,
                TestWorkbook.clockAt(TODAY))) {
            ChecklistService checklist = wb.checklist();
            checklist.saveFacility(new Facility("さくら内科クリニック", FacilityKind.CLINIC));
            OpenForm form = checklist.open(R8, FormKind.FACILITY, null);
            assertEquals("R8-official", form.assessment().editionId());
            List<RowKey> rows = form.form().rows();
            assertEquals(8, rows.size());
            for (RowKey r : rows) {
                boolean no = r.equals(new RowKey("ops.access-rights", Scope.TERMINAL));
                checklist.saveAnswer(form.assessment(), new Answer(r, Round.FIRST, no ? AnswerValue.NO : AnswerValue.YES,
                        LocalDate.of(2026, 6, 1), no ? LocalDate.of(2027, 2, 28) : null,
                        r.itemKey().equals("incident.bcp") ? "BCPは令和8年5月改定" : "", null));
            }
            RowKey terminal = new RowKey("ops.access-rights", Scope.TERMINAL);
            checklist.saveAnswer(form.assessment(), new Answer(terminal, Round.SECOND, AnswerValue.YES,
                    LocalDate.of(2026, 9, 15), null, "権限表を更新", null));

            Path out = dir.resolve("提出用.xlsx");
            wb.export().exportOfficial(R8, out, f -> { });
            Files.createDirectories(Path.of("target"));
            Files.copy(out, Path.of("target", "official-roundtrip.xlsx"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);

            try (XSSFWorkbook before = open(original); XSSFWorkbook after = open(out)) {
                XSSFSheet a = after.getSheet("医療機関・薬局確認用");
                // 1-① on Excel row 10: はい in D, 確認日 in E
                assertEquals("はい", text(a, 10, 3));
                assertEquals(LocalDate.of(2026, 6, 1), date(a, 10, 4));
                // 2-④ 端末PC on row 14: いいえ, 目標日 in F, 2回目 はい and its date, the note in 備考
                assertEquals("いいえ", text(a, 14, 3));
                assertEquals(LocalDate.of(2027, 2, 28), date(a, 14, 5));
                assertEquals("はい", text(a, 14, 6));
                assertEquals(LocalDate.of(2026, 9, 15), date(a, 14, 7));
                assertEquals("2回目：権限表を更新", text(a, 14, 8));
                assertEquals("はい", text(a, 8, 3), "the 「医療情報システムの有無」 row");
                assertEquals("BCPは令和8年5月改定", text(a, 18, 8));
                assertTrue(a.getRow(9).getCell(4).getCellStyle().getDataFormatString().contains("ggge"),
                        "a real date shown in 和暦");
                // everything else is as the ministry made it
                XSSFSheet b = before.getSheet("医療機関・薬局確認用");
                Set<String> written = new HashSet<>();
                for (int r : new int[] {8, 10, 12, 13, 14, 15, 16, 18}) {
                    for (int c = 3; c <= 8; c++) {
                        written.add(r + ":" + c);
                    }
                }
                List<String> changed = new ArrayList<>();
                for (int r = 0; r <= Math.max(a.getLastRowNum(), b.getLastRowNum()); r++) {
                    for (int c = 0; c <= 10; c++) {
                        if (written.contains((r + 1) + ":" + c)) {
                            continue;
                        }
                        if (!text(a, r + 1, c).equals(text(b, r + 1, c))
                                || styleOf(a, r, c) != styleOf(b, r, c)) {
                            changed.add((r + 1) + ":" + c + " " + text(b, r + 1, c) + " → " + text(a, r + 1, c));
                        }
                    }
                }
                assertEquals(List.of(), changed);
                assertEquals(regions(b), regions(a), "merged cells kept");
                assertEquals(b.getColumnWidth(1), a.getColumnWidth(1));
                assertEquals(b.getRow(4).getCell(1).getCellStyle().getFillForegroundColor(),
                        a.getRow(4).getCell(1).getCellStyle().getFillForegroundColor());
            }
            // the kept copy itself is never changed
            try (XSSFWorkbook kept = open(original)) {
                assertEquals("", text(kept.getSheet("医療機関・薬局確認用"), 10, 3));
            }
        }
    }

    @Test
    void separateYesAndNoColumnsGetACircleInTheRightOne() throws Exception {
        try (TestWorkbook wb = pharmacyOnReordered()) {
            ChecklistService checklist = wb.checklist();
            OpenForm form = checklist.open(R8, FormKind.PHARMACY, null);
            checklist.saveAnswer(form.assessment(), new Answer(new RowKey("ops.security-patch", Scope.NETWORK),
                    Round.FIRST, AnswerValue.NO, LocalDate.of(2026, 7, 1), LocalDate.of(2026, 12, 1), "", null));
            checklist.saveAnswer(form.assessment(), new Answer(new RowKey("org.security-officer", Scope.NONE),
                    Round.FIRST, AnswerValue.YES, LocalDate.of(2026, 7, 1), null, "", null));
            Path out = dir.resolve("pharmacy.xlsx");
            wb.export().exportOfficial(R8, out, f -> { });
            try (XSSFWorkbook after = open(out)) {
                XSSFSheet a = after.getSheetAt(0);
                assertEquals("○", text(a, 9, 5), "1-① はい");
                assertEquals("", text(a, 9, 6));
                assertEquals(LocalDate.of(2026, 7, 1), date(a, 9, 4), "確認日 comes first on this form");
                assertEquals("", text(a, 12, 5), "2-⑥ ネットワーク機器: not はい");
                assertEquals("○", text(a, 12, 6), "2-⑥ ネットワーク機器: いいえ");
                assertEquals(LocalDate.of(2026, 12, 1), date(a, 12, 7));
                assertEquals("", text(a, 10, 5), "サーバ is not answered yet");
            }
        }
    }

    /**
     * The reordered form has no 備考 column and no 2回目 目標日: a note and a 2回目 目標日 have no cell there. The
     * completion message says so, with how many, instead of dropping them without a word.
     */
    @Test
    void whatTheFormHasNoCellForIsNamedInTheCompletionMessage() throws Exception {
        try (TestWorkbook wb = pharmacyOnReordered()) {
            ChecklistService checklist = wb.checklist();
            OpenForm form = checklist.open(R8, FormKind.PHARMACY, null);
            RowKey officer = new RowKey("org.security-officer", Scope.NONE);
            checklist.saveAnswer(form.assessment(), new Answer(officer, Round.FIRST, AnswerValue.NO,
                    LocalDate.of(2026, 7, 1), LocalDate.of(2026, 9, 1), "年度内に選任予定", null));
            checklist.saveAnswer(form.assessment(), new Answer(officer, Round.SECOND, AnswerValue.NO,
                    LocalDate.of(2026, 9, 2), LocalDate.of(2027, 3, 1), "", null));
            ExportResult done = wb.export().exportOfficial(R8, dir.resolve("pharmacy.xlsx"), f -> { });
            assertTrue(done.message().contains("この様式には欄がないため、次は書き込んでいません（点検簿には残っています）："
                    + "2回目の目標日 1 行、備考 1 行"), done.message());
            try (XSSFWorkbook after = open(dir.resolve("pharmacy.xlsx"))) {
                assertEquals("○", text(after.getSheetAt(0), 9, 10), "2回目 いいえ is written where there is a cell");
            }
        }
    }

    /** A pharmacy's workbook on the 令和8年度 edition taken in from the reordered form (○ columns, no 備考). */
    private TestWorkbook pharmacyOnReordered() throws Exception {
        OfficialEditionService s = service();
        s.add(s.preview(List.of(OfficialSamples.reordered(dir.resolve("reordered.xlsx"))), null));
        Catalog catalog = new CatalogReader().read(List.of(catalogFolder()));
        TestWorkbook wb = TestWorkbook.create(dir.resolve("pharmacy.tenken"), catalog, TestWorkbook.clockAt(TODAY));
        wb.checklist().saveFacility(new Facility("みどり薬局", FacilityKind.PHARMACY));
        return wb;
    }

    @Test
    void aYearAnsweredOnABundledEditionCannotBeWrittenIntoTheOfficialFile() throws Exception {
        try (TestWorkbook wb = TestWorkbook.create(dir.resolve("clinic.tenken"), TestWorkbook.bundledCatalog(),
                Clock.systemUTC())) {
            UserMessageException e = assertThrows(UserMessageException.class,
                    () -> wb.export().exportOfficial(new FiscalYear(2025), dir.resolve("x.xlsx"),
                            f -> { }));
            assertTrue(e.getMessage().contains("令和7年度は令和7年度版の項目で回答しているため"), e.getMessage());
            assertFalse(Files.exists(dir.resolve("x.xlsx")));
        }
    }

    static XSSFWorkbook open(Path p) throws Exception {
        try (InputStream in = Files.newInputStream(p)) {
            return new XSSFWorkbook(in);
        }
    }

    /** The text of a cell by its Excel row (1-based) and 0-based column. */
    static String text(XSSFSheet s, int excelRow, int c) {
        Row row = s.getRow(excelRow - 1);
        Cell cell = row == null ? null : row.getCell(c);
        if (cell == null) {
            return "";
        }
        return cell.getCellType() == CellType.STRING ? cell.getStringCellValue() : cell.toString();
    }

    static LocalDate date(XSSFSheet s, int excelRow, int c) {
        Cell cell = s.getRow(excelRow - 1).getCell(c);
        assertEquals(CellType.NUMERIC, cell.getCellType());
        String format = cell.getCellStyle().getDataFormatString();
        assertTrue(DateUtil.isCellDateFormatted(cell) || format.contains("ggge"), format);
        return DateUtil.getLocalDateTime(cell.getNumericCellValue()).toLocalDate();
    }

    private static int styleOf(XSSFSheet s, int r, int c) {
        Row row = s.getRow(r);
        Cell cell = row == null ? null : row.getCell(c);
        return cell == null ? -1 : cell.getCellStyle().getIndex();
    }

    private static Set<String> regions(XSSFSheet s) {
        Set<String> out = new HashSet<>();
        for (CellRangeAddress a : s.getMergedRegions()) {
            out.add(a.formatAsString());
        }
        return out;
    }

    @Test
    void keysAreMatchedOnTextWithSpacesAndWidthNormalised() {
        assertEquals(OfficialEditionBuilder.normal("リモートメンテナンス（保守）を 利用している。"),
                OfficialEditionBuilder.normal("リモートメンテナンス(保守)を利用している"));
        assertNotEquals(OfficialEditionBuilder.normal("パスワードの使い回しを禁止している。"),
                OfficialEditionBuilder.normal("パスワードを禁止している。"));
    }
}
