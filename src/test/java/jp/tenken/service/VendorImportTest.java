package jp.tenken.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.function.Consumer;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import jp.tenken.domain.FiscalYear;
import jp.tenken.domain.edition.FormKind;
import jp.tenken.domain.edition.RowKey;
import jp.tenken.domain.edition.Scope;
import jp.tenken.domain.vendor.Vendor;
import jp.tenken.domain.vendor.VendorFlag;
import jp.tenken.domain.vendor.VendorFormStatus;
import jp.tenken.domain.year.Answer;
import jp.tenken.domain.year.AnswerSheet;
import jp.tenken.domain.year.AnswerValue;
import jp.tenken.domain.year.Facility;
import jp.tenken.domain.year.FacilityKind;
import jp.tenken.domain.year.Round;
import jp.tenken.storage.ChangeLog;
import jp.tenken.storage.StoredFile;
import jp.tenken.testing.TestWorkbook;
import jp.tenken.xlsx.read.FormFileException;
import jp.tenken.xlsx.read.FormFileProblem;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 7: vendors' 事業者確認用 sent as .xlsx, filled in Excel (simulated with POI), received back; the facility's
 * own form from another PC; and every kind of bad file refused with a Japanese message naming the problem and row,
 * leaving the workbook's answers, status and change log exactly as they were.
 */
class VendorImportTest {
    static final LocalDate TODAY = LocalDate.of(2025, 10, 1);
    static final FiscalYear FY = new FiscalYear(2025);
    static final int COL_NUMBER = 1;
    static final int COL_SCOPE = 3;
    static final int COL_ANSWER1 = 4;
    static final int COL_CHECKED1 = 5;
    static final int COL_TARGET = 6;
    static final int COL_ANSWER2 = 7;
    static final int COL_CHECKED2 = 8;
    static final int COL_NOTE = 9;

    @TempDir
    Path dir;
    TestWorkbook fixture;
    StoredFile wb;
    ChecklistService checklist;
    ExportService export;
    VendorService vendors;
    ImportService imports;
    Vendor medical;
    Vendor network;

    @BeforeEach
    void setUp() {
        fixture = TestWorkbook.create(dir.resolve("clinic.tenken"), TODAY);
        wb = fixture.workbook();
        checklist = fixture.checklist();
        export = fixture.export();
        vendors = fixture.vendors();
        imports = fixture.imports();
        checklist.saveFacility(new Facility("さくら内科クリニック", FacilityKind.CLINIC));
        medical = vendors.add("株式会社メディカル", "電子カルテ、レセコン", "03-0000-0000 山田", true);
        network = vendors.add("ネット保守サービス", "ネットワーク保守", "", true);
        vendors.add("契約のない業者", "", "", false);
        // last year the vendor answered: these become hints, never this year's answers
        var last = checklist.open(FY.previous(), FormKind.VENDOR, medical.id());
        checklist.saveAnswer(last.assessment(), new Answer(new RowKey("ops.mds-sds", Scope.NONE), Round.FIRST,
                AnswerValue.YES, LocalDate.of(2024, 5, 1), null, "", null));
        checklist.saveAnswer(last.assessment(), new Answer(new RowKey("ops.access-log", Scope.SERVER), Round.FIRST,
                AnswerValue.NO, LocalDate.of(2024, 5, 1), LocalDate.of(2025, 2, 1), "", null));
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    // --- helpers

    private Path send(Vendor v, boolean hints) {
        Path out = dir.resolve("送付_" + v.id() + (hints ? "_hints" : "") + ".xlsx");
        export.exportVendorForm(FY, v.id(), hints, out, p -> { });
        vendors.markSent(FY, v.id());
        return out;
    }

    /** Opens an exported file, lets {@code edit} change the form sheet as a vendor would in Excel, saves a copy. */
    private Path edited(Path sent, String name, Consumer<XSSFSheet> edit) throws Exception {
        Path out = dir.resolve(name);
        try (InputStream in = Files.newInputStream(sent); XSSFWorkbook x = new XSSFWorkbook(in)) {
            edit.accept(x.getSheetAt(0));
            try (OutputStream os = Files.newOutputStream(out)) {
                x.write(os);
            }
        }
        return out;
    }

    static int rowOf(XSSFSheet s, String number) {
        for (Row r : s) {
            Cell c = r.getCell(COL_NUMBER);
            // the No. cell carries a plain ※ where the wording is not yet checked against the original
            if (c != null && c.getCellType() == CellType.STRING
                    && c.getStringCellValue().replace("※", "").equals(number)) {
                return r.getRowNum();
            }
        }
        throw new AssertionError("no row " + number);
    }

    static void set(XSSFSheet s, int r, int c, String text) {
        Row row = s.getRow(r);
        Cell cell = row.getCell(c) == null ? row.createCell(c) : row.getCell(c);
        cell.setCellValue(text);
    }

    static void setDate(XSSFSheet s, int r, int c, LocalDate d) {
        s.getRow(r).getCell(c).setCellValue(d);
    }

    /** Fills every row of the sent form with はい and a real date cell. */
    static void fillAll(XSSFSheet s) {
        int head = -1;
        for (Row r : s) {
            Cell c = r.getCell(0);
            if (c != null && c.getCellType() == CellType.STRING && c.getStringCellValue().equals("区分")) {
                head = r.getRowNum();
            }
        }
        for (int r = head + 2; s.getRow(r) != null && s.getRow(r).getCell(COL_SCOPE) != null
                && !s.getRow(r).getCell(COL_SCOPE).getStringCellValue().isEmpty(); r++) {
            set(s, r, COL_ANSWER1, "はい");
            setDate(s, r, COL_CHECKED1, LocalDate.of(2025, 6, 2));
        }
    }

    private String snapshot() {
        StringBuilder b = new StringBuilder();
        for (var a : wb.assessments().list()) {
            b.append(a).append(new java.util.TreeSet<>(wb.answers().load(a.id()).stream()
                    .map(Object::toString).toList())).append('\n');
        }
        for (Vendor v : vendors.vendors()) {
            b.append(wb.vendorForms().get(FY, v.id())).append('\n');
        }
        return b.toString();
    }

    /** Asserts a refusal: the message names the problem (and row), and nothing in the workbook changed. */
    private FormFileException refused(Path file, FormFileProblem.Kind kind, String... phrases) {
        String before = snapshot();
        int log = wb.changeLog().count();
        FormFileException e = assertThrows(FormFileException.class,
                () -> imports.previewVendor(file, FY, medical.id()));
        assertTrue(e.has(kind), kind + " expected: " + e.getMessage());
        assertTrue(e.getMessage().contains("点検簿は変更していません"), e.getMessage());
        for (String p : phrases) {
            assertTrue(e.getMessage().contains(p), "「" + p + "」 expected in: " + e.getMessage());
        }
        assertEquals(before, snapshot());
        assertEquals(log, wb.changeLog().count());
        return e;
    }

    // --- send → fill in Excel → receive

    @Test
    void sendFillInExcelAndReceiveRoundTrip() throws Exception {
        Path sent = send(medical, true);
        assertEquals(VendorFormStatus.SENT, wb.vendorForms().get(FY, medical.id()).status());
        assertEquals(TODAY, wb.vendorForms().get(FY, medical.id()).sentOn());
        List<Integer> rows = new ArrayList<>();
        Path back = edited(sent, "返送.xlsx", s -> {
            int mds = rowOf(s, "2-③");
            int patch = rowOf(s, "2-⑥");
            int log = rowOf(s, "2-⑪");
            rows.add(mds);
            // last year's answers are printed as hints in 備考, never as answers
            assertEquals("前年度：はい（令和6年5月1日）", s.getRow(mds).getCell(COL_NOTE).getStringCellValue());
            assertEquals("前年度：いいえ（令和6年5月1日、目標日 令和7年2月1日）",
                    s.getRow(log).getCell(COL_NOTE).getStringCellValue());
            assertEquals("", s.getRow(mds).getCell(COL_ANSWER1).getStringCellValue());
            assertEquals(CellType.BLANK, s.getRow(mds).getCell(COL_CHECKED1).getCellType());
            fillAll(s);
            set(s, patch, COL_ANSWER1, "いいえ");
            set(s, patch, COL_CHECKED1, "令和7年5月16日");
            set(s, patch, COL_TARGET, "2025/12/1");
            set(s, patch, COL_NOTE, "Windows Server 2012 の更新を計画中");
            set(s, log, COL_ANSWER2, "はい");
            set(s, log, COL_CHECKED2, "R7.8.20");
        });
        ImportPreview p = imports.previewVendor(back, FY, medical.id());
        assertEquals(FormKind.VENDOR, p.kind());
        assertEquals(medical.id(), p.vendor().id());
        assertEquals(FY, p.year());
        int formRows = checklist.formFor(FY, FormKind.VENDOR).orElseThrow().rows().size();
        assertEquals(formRows + 1, p.changes().size(), "every 1回目 and one 2回目");
        ImportChange patch = p.changes().stream().filter(c -> c.itemNumber().equals("2-⑥")).findFirst().orElseThrow();
        assertEquals(AnswerValue.UNANSWERED, patch.before().value());
        assertEquals(AnswerValue.NO, patch.after().value());
        assertEquals(LocalDate.of(2025, 5, 16), patch.after().checkedOn());
        assertEquals(LocalDate.of(2025, 12, 1), patch.after().targetDate());
        assertEquals(rows.get(0) + 1, p.changes().stream().filter(c -> c.itemNumber().equals("2-③")).findFirst()
                .orElseThrow().excelRow(), "the Excel row as the user sees it");
        assertEquals("", wb.vendorForms().get(FY, medical.id()).status() == VendorFormStatus.SENT ? "" : "changed");

        imports.apply(p);
        AnswerSheet saved = checklist.open(FY, FormKind.VENDOR, medical.id()).answers();
        Answer a = saved.get(new RowKey("ops.security-patch", Scope.ALL), Round.FIRST);
        assertEquals(AnswerValue.NO, a.value());
        assertEquals(LocalDate.of(2025, 12, 1), a.targetDate());
        assertEquals("Windows Server 2012 の更新を計画中", a.note());
        Answer mds = saved.get(new RowKey("ops.mds-sds", Scope.NONE), Round.FIRST);
        assertEquals(AnswerValue.YES, mds.value());
        assertEquals(LocalDate.of(2025, 6, 2), mds.checkedOn());
        assertEquals("", mds.note(), "the hint is not this year's note");
        assertEquals(LocalDate.of(2025, 8, 20),
                saved.get(new RowKey("ops.access-log", Scope.SERVER), Round.SECOND).checkedOn());
        var form = wb.vendorForms().get(FY, medical.id());
        assertEquals(VendorFormStatus.RECEIVED, form.status());
        assertEquals(TODAY, form.receivedOn());
        assertEquals(TODAY, form.sentOn());
        assertTrue(wb.changeLog().recent(5).stream().anyMatch(e -> e.what().equals("import")));

        // the same file again changes nothing more
        ImportPreview again = imports.previewVendor(back, FY, medical.id());
        assertTrue(again.changes().isEmpty());
    }

    @Test
    void aBlankSendHasNoHintsAndReceivingOnlyChangesWhatTheVendorFilled() throws Exception {
        Path sent = send(medical, false);
        Path back = edited(sent, "返送.xlsx", s -> {
            assertEquals("", s.getRow(rowOf(s, "2-③")).getCell(COL_NOTE).getStringCellValue());
            set(s, rowOf(s, "1-①"), COL_ANSWER1, "はい");
            setDate(s, rowOf(s, "1-①"), COL_CHECKED1, LocalDate.of(2025, 6, 2));
        });
        ImportPreview p = imports.previewVendor(back, FY, medical.id());
        assertEquals(1, p.changes().size());
        assertTrue(p.blank() > 10);
        imports.apply(p);
        // returned, but 1回目 gaps remain: flagged
        List<VendorFlag> flags = vendors.flags(FY);
        assertTrue(flags.stream().anyMatch(f -> f.vendorId() == medical.id() && f.kind() == VendorFlag.Kind.FIRST_GAP
                && f.count() > 10), flags.toString());
        assertTrue(flags.stream().anyMatch(f -> f.vendorId() == network.id()
                && f.kind() == VendorFlag.Kind.NOT_RETURNED));
        assertEquals(2, flags.size(), "the vendor without a contract is not flagged");
    }

    @Test
    void aFullyReturnedFormClearsTheVendorsFlag() throws Exception {
        Path back = edited(send(medical, false), "返送.xlsx", VendorImportTest::fillAll);
        imports.apply(imports.previewVendor(back, FY, medical.id()));
        assertTrue(vendors.flags(FY).stream().noneMatch(f -> f.vendorId() == medical.id()));
        vendors.setStatus(FY, medical.id(), VendorFormStatus.CONFIRMED);
        assertEquals(TODAY, wb.vendorForms().get(FY, medical.id()).confirmedOn());
    }

    @Test
    void theFacilitysOwnFormFromAnotherPcIsTakenIn() throws Exception {
        Path otherFile = dir.resolve("other.tenken");
        Path exported = dir.resolve("医療機関確認用_令和6年度.xlsx");
        try (TestWorkbook other = TestWorkbook.create(otherFile, TODAY)) {
            ChecklistService c = other.checklist();
            c.saveFacility(new Facility("さくら内科クリニック", FacilityKind.CLINIC));
            var own = c.open(FY.previous(), FormKind.FACILITY, null);
            for (RowKey row : own.form().rows()) {
                c.saveAnswer(own.assessment(), new Answer(row, Round.FIRST, AnswerValue.YES,
                        LocalDate.of(2024, 6, 3), null, "院長確認", null));
            }
            other.export().exportOwnForm(FY.previous(), exported, p -> { });
        }
        ImportPreview p = imports.preview(exported);
        assertEquals(FormKind.FACILITY, p.kind());
        assertEquals(FY.previous(), p.year());
        assertEquals(null, p.vendor());
        imports.apply(p);
        var own = checklist.existing(FY.previous(), FormKind.FACILITY, null).orElseThrow();
        for (RowKey row : own.form().rows()) {
            Answer a = own.answers().get(row, Round.FIRST);
            assertEquals(AnswerValue.YES, a.value(), row.toString());
            assertEquals("院長確認", a.note());
        }
        // and a facility form is not a vendor's
        refused(exported, FormFileProblem.Kind.WRONG_FORM, "様式が違います");
    }

    @Test
    void thePackSummaryListsEachContractedVendorsReturn() throws Exception {
        send(network, false);
        Path pack = dir.resolve("pack.xlsx");
        export.exportPack(FY, PackParts.FORMS_ONLY, pack, p -> { });
        try (InputStream in = Files.newInputStream(pack); XSSFWorkbook x = new XSSFWorkbook(in)) {
            XSSFSheet summary = x.getSheetAt(0);
            List<String> lines = new ArrayList<>();
            for (Row r : summary) {
                StringBuilder b = new StringBuilder();
                for (Cell c : r) {
                    b.append(c.getCellType() == CellType.STRING ? c.getStringCellValue() : "").append('|');
                }
                lines.add(b.toString());
            }
            assertTrue(lines.stream().anyMatch(l -> l.contains("ネット保守サービス") && l.contains("送付済")
                    && l.contains("送付 令和7年10月1日") && l.contains("未回収")), String.join("\n", lines));
            assertTrue(lines.stream().anyMatch(l -> l.contains("株式会社メディカル") && l.contains("未送付")));
            assertTrue(lines.stream().noneMatch(l -> l.contains("契約のない業者")));
            assertEquals(null, x.getSheet("tenken"), "the pack is not an importable single form");
        }
    }

    // --- bad files: each refused, nothing changed

    @Test
    void anotherVendorsFormIsRefused() throws Exception {
        Path sent = send(network, false);
        refused(sent, FormFileProblem.Kind.WRONG_VENDOR, "別の事業者", "ネット保守サービス", "株式会社メディカル");
    }

    @Test
    void anotherYearsFormIsRefused() throws Exception {
        Path out = dir.resolve("前年度.xlsx");
        export.exportVendorForm(FY.previous(), medical.id(), out, p -> { });
        refused(out, FormFileProblem.Kind.WRONG_YEAR, "年度が違います", "令和6年度");
    }

    @Test
    void extraAndMissingItemsAreRefusedWithTheirRows() throws Exception {
        List<Integer> at = new ArrayList<>();
        Path bad = edited(send(medical, false), "bad.xlsx", s -> {
            int r = rowOf(s, "2-③");
            at.add(r + 1);
            set(s, r, COL_NUMBER, "2-⑳");
        });
        refused(bad, FormFileProblem.Kind.EXTRA_ROW, at.get(0) + "行目", "2-⑳", "項目 2-③ の行がありません");
    }

    @Test
    void unreadableDatesAndAnswersAreRefusedWithTheirRows() throws Exception {
        List<Integer> at = new ArrayList<>();
        Path bad = edited(send(medical, false), "bad.xlsx", s -> {
            fillAll(s);
            int r = rowOf(s, "2-④");
            at.add(r + 1);
            set(s, r, COL_CHECKED1, "来週");
            int q = rowOf(s, "3-①");
            at.add(q + 1);
            set(s, q, COL_ANSWER1, "たぶん");
            set(s, rowOf(s, "3-②"), COL_CHECKED1, "令和7年2月30日");
        });
        refused(bad, FormFileProblem.Kind.BAD_DATE, at.get(0) + "行目（2-④ サーバ）：1回目の確認日「来週」",
                at.get(1) + "行目（3-①）",
                "「たぶん」", "令和7年2月30日");
    }

    @Test
    void datesBreakingTheRulesAreRefusedWithTheirRowsAndTheDatesThatWouldDo() throws Exception {
        List<Integer> at = new ArrayList<>();
        Path bad = edited(send(medical, false), "bad.xlsx", s -> {
            int r = rowOf(s, "2-⑦");
            at.add(r + 1);
            set(s, r, COL_ANSWER1, "いいえ");
            set(s, r, COL_CHECKED1, "2025/6/1");
            set(s, r, COL_TARGET, "2025/3/1");
        });
        refused(bad, FormFileProblem.Kind.RULE, at.get(0) + "行目（2-⑦）：目標日はこの年度",
                "入力できるのは 令和7年4月1日〜令和8年3月31日");
    }

    @Test
    void aVendorsHonestPlanForALaterYearIsTakenInWithAVisibleFlag() throws Exception {
        List<Integer> at = new ArrayList<>();
        Path later = edited(send(medical, false), "later.xlsx", s -> {
            int r = rowOf(s, "2-⑦");
            at.add(r + 1);
            set(s, r, COL_ANSWER1, "いいえ");
            set(s, r, COL_CHECKED1, "2025/6/1");
            set(s, r, COL_TARGET, "2027/4/1");
        });
        ImportPreview p = imports.preview(later);
        assertTrue(p.warnings().contains(at.get(0) + "行目 2-⑦：目標日 令和9年4月1日 は令和7年度の外です。"
                + "事業者の計画としてそのまま取り込み、「年度外の計画」と表示します。"), p.warnings().toString());
        imports.apply(p);
        Answer a = checklist.open(FY, FormKind.VENDOR, medical.id()).answers().all().stream()
                .filter(x -> x.round() == Round.FIRST && LocalDate.of(2027, 4, 1).equals(x.targetDate()))
                .findFirst().orElseThrow();
        assertEquals(AnswerValue.NO, a.value());
    }

    @Test
    void formulasAreRefusedWithTheirRowAndNeverEvaluated() throws Exception {
        List<Integer> at = new ArrayList<>();
        Path bad = edited(send(medical, false), "bad.xlsx", s -> {
            int r = rowOf(s, "2-①");
            at.add(r + 1);
            s.getRow(r).getCell(COL_ANSWER1).setCellFormula("IF(1=1,\"はい\",\"いいえ\")");
        });
        refused(bad, FormFileProblem.Kind.FORMULA, at.get(0) + "行目", "数式", "E" + at.get(0));
    }

    @Test
    void aPasswordProtectedFileIsRefused() throws Exception {
        Path sent = send(medical, false);
        Path bad = dir.resolve("暗号化.xlsx");
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            EncryptionInfo info = new EncryptionInfo(EncryptionMode.agile);
            Encryptor enc = info.getEncryptor();
            enc.confirmPassword("secret");
            try (InputStream in = Files.newInputStream(sent); OPCPackage opc = OPCPackage.open(in);
                 OutputStream os = enc.getDataStream(fs)) {
                opc.save(os);
            }
            try (OutputStream out = Files.newOutputStream(bad)) {
                fs.writeFilesystem(out);
            }
        }
        refused(bad, FormFileProblem.Kind.ENCRYPTED, "パスワードで保護されています");
    }

    @Test
    void anOldXlsRenamedXlsxIsRefused() throws Exception {
        Path bad = dir.resolve("古い形式.xlsx");
        try (HSSFWorkbook h = new HSSFWorkbook(); OutputStream os = Files.newOutputStream(bad)) {
            h.createSheet("事業者確認用").createRow(0).createCell(0).setCellValue("【事業者確認用】");
            h.write(os);
        }
        refused(bad, FormFileProblem.Kind.XLS, ".xls");
    }

    @Test
    void aCsvRenamedXlsxIsRefused() throws Exception {
        Path bad = dir.resolve("回答.xlsx");
        Files.writeString(bad, "No.,チェック項目,はい・いいえ\n2-①,台帳管理,はい\n", StandardCharsets.UTF_8);
        refused(bad, FormFileProblem.Kind.TEXT, "CSV");
    }

    @Test
    void aFileThatIsNotAWorkbookIsRefused() throws Exception {
        Path png = dir.resolve("写真.xlsx");
        Files.write(png, new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 1, 2, 3});
        refused(png, FormFileProblem.Kind.NOT_WORKBOOK, "Excel のブック（.xlsx）ではありません");
        Path empty = dir.resolve("空.xlsx");
        Files.write(empty, new byte[0]);
        refused(empty, FormFileProblem.Kind.EMPTY, "空のファイル");
        Path zip = dir.resolve("ただのzip.xlsx");
        try (ZipOutputStream z = new ZipOutputStream(Files.newOutputStream(zip))) {
            z.putNextEntry(new ZipEntry("readme.txt"));
            z.write("hello".getBytes(StandardCharsets.UTF_8));
            z.closeEntry();
        }
        refused(zip, FormFileProblem.Kind.NOT_WORKBOOK, "ではありません");
        Path truncated = dir.resolve("途中まで.xlsx");
        byte[] all = Files.readAllBytes(send(medical, false));
        Files.write(truncated, java.util.Arrays.copyOf(all, all.length / 2));
        refused(truncated, FormFileProblem.Kind.DAMAGED, "壊れている");
    }

    @Test
    void aZipBombIsRefusedBeforeItIsExpanded() throws Exception {
        Path sent = send(medical, false);
        Path bomb = dir.resolve("bomb.xlsx");
        rewrite(sent, bomb, (name, bytes) -> name.equals("xl/worksheets/sheet1.xml") ? null : bytes, z -> {
            z.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
            byte[] spaces = new byte[1024 * 1024];
            java.util.Arrays.fill(spaces, (byte) ' ');
            for (int i = 0; i < 200; i++) { // 200 MB of spaces, about 200 KB compressed
                z.write(spaces);
            }
            z.closeEntry();
        });
        assertTrue(Files.size(bomb) < 2 * 1024 * 1024);
        refused(bomb, FormFileProblem.Kind.ZIP_BOMB, "zip 爆弾");
    }

    @Test
    void anXmlExternalEntityNeverReadsALocalFile() throws Exception {
        Path secret = dir.resolve("secret.txt");
        Files.writeString(secret, "TOP-SECRET-PASSWORD");
        Path sent = send(medical, false);
        Path xxe = dir.resolve("xxe.xlsx");
        rewrite(sent, xxe, (name, bytes) -> {
            if (!name.equals("xl/sharedStrings.xml")) {
                return bytes;
            }
            String xml = new String(bytes, StandardCharsets.UTF_8);
            xml = xml.replaceFirst("\\?>", "?><!DOCTYPE sst [<!ENTITY xxe SYSTEM \"" + secret.toUri() + "\">]>");
            xml = xml.replaceFirst("<t>【事業者確認用】</t>", "<t>【事業者確認用】&xxe;</t>");
            return xml.getBytes(StandardCharsets.UTF_8);
        }, z -> { });
        FormFileException e = refused(xxe, FormFileProblem.Kind.UNSAFE_XML, "DOCTYPE");
        assertFalse(e.getMessage().contains("TOP-SECRET"));
        // POI on its own, behind our scan, refuses it too rather than reading the file
        Throwable poi = assertThrows(Throwable.class, () -> {
            try (XSSFWorkbook x = new XSSFWorkbook(xxe.toFile())) {
                String all = x.getSheetAt(0).getRow(2).getCell(0).getStringCellValue();
                assertFalse(all.contains("TOP-SECRET"));
                throw new IllegalStateException("parsed harmlessly: " + all);
            }
        });
        assertFalse(String.valueOf(poi.getMessage()).contains("TOP-SECRET"));
    }

    @Test
    void aHugeSheetIsRefused() throws Exception {
        Path huge = edited(send(medical, false), "huge.xlsx", s -> {
            for (int r = 100; r < 5100; r++) {
                s.createRow(r).createCell(0).setCellValue("x");
            }
        });
        refused(huge, FormFileProblem.Kind.HUGE_SHEET, "シートが大きすぎます", "5100行目");
    }

    @Test
    void aFileWhoseHiddenTagDisagreesWithItsCellsIsRefused() throws Exception {
        Path bad = edited(send(medical, false), "bad.xlsx", s -> {
            for (Row r : s) {
                Cell c = r.getCell(0);
                if (c != null && c.getCellType() == CellType.STRING && c.getStringCellValue().startsWith("事業者名：")) {
                    c.setCellValue("事業者名：ネット保守サービス");
                }
            }
        });
        FormFileException e = assertThrows(FormFileException.class,
                () -> imports.previewVendor(bad, FY, medical.id()));
        assertTrue(e.has(FormFileProblem.Kind.TAG_MISMATCH), e.getMessage());
        assertTrue(e.getMessage().contains("送付したときは「株式会社メディカル」、いまは「ネット保守サービス」です"),
                "the message names the name as sent and as it reads now: " + e.getMessage());
    }

    interface EntryEdit {
        byte[] apply(String name, byte[] bytes) throws Exception;
    }

    interface Extra {
        void write(ZipOutputStream z) throws Exception;
    }

    /** Copies an .xlsx entry by entry, by hand, letting a test change or drop entries and add new ones. */
    static void rewrite(Path from, Path to, EntryEdit edit, Extra extra) throws Exception {
        try (ZipFile in = new ZipFile(from.toFile()); ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(to))) {
            Enumeration<? extends ZipEntry> entries = in.entries();
            while (entries.hasMoreElements()) {
                ZipEntry e = entries.nextElement();
                byte[] bytes;
                try (InputStream is = in.getInputStream(e)) {
                    bytes = is.readAllBytes();
                }
                byte[] changed = edit.apply(e.getName(), bytes);
                if (changed != null) {
                    out.putNextEntry(new ZipEntry(e.getName()));
                    out.write(changed);
                    out.closeEntry();
                }
            }
            extra.write(out);
        }
    }

    static byte[] unused() {
        return new ByteArrayOutputStream().toByteArray();
    }
}
