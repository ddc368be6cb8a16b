package jp.tenken.service;

import static jp.tenken.service.OfficialEditionServiceTest.date;
import static jp.tenken.service.OfficialEditionServiceTest.open;
import static jp.tenken.service.OfficialEditionServiceTest.text;
import static org.junit.jupiter.api.Assertions.assertEquals;

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
import jp.tenken.domain.year.Facility;
import jp.tenken.domain.year.FacilityKind;
import jp.tenken.domain.year.Round;
import jp.tenken.testing.TestWorkbook;
import jp.tenken.xlsx.read.OfficialSamples;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * For layouts the reader understands, the written copy (「厚生労働省の Excel に記入（提出用）」) read
 * cell by cell as an inspector reads it. Item wording from resources/catalog/editions/r7.json.
 */
class LayoutWriteBackTest {
    static final FiscalYear R8 = FiscalYear.ofReiwa(8);
    static final LocalDate TODAY = LocalDate.of(2026, 10, 1);
    static final LocalDate D1 = LocalDate.of(2026, 9, 1);
    static final LocalDate D2 = LocalDate.of(2026, 9, 2);
    static final LocalDate D3 = LocalDate.of(2026, 9, 20);
    static final LocalDate TARGET = LocalDate.of(2027, 1, 31);
    static final String NOTE = "次回の保守点検時に対応予定";
    static final String TITLE = "令和８年度版　医療機関におけるサイバーセキュリティ対策チェックリスト";
    static final String LABEL = "医療機関・薬局確認用";
    static final String OFFICER = OfficialSamples.SECURITY_OFFICER;
    static final String LEDGER = OfficialSamples.DEVICE_LEDGER;
    static final String ACCESS = OfficialSamples.ACCESS_RIGHTS;
    static final String PATCH = OfficialSamples.SECURITY_PATCH;
    static final String BCP = OfficialSamples.BCP;
    static final String GATE = OfficialSamples.GATE;
    static final String REMOTE = "リモートメンテナンス（保守）を利用している機器の有無を事業者に確認した。";
    static final String RULES = "運用管理規程等の整備";
    static final String USB = "USBストレージ等の外部記録媒体の接続制限";
    static final String REUSE = "パスワードの使い回しを禁止している。";
    static final String ACCOUNTS = "退職者や使用していないアカウント等、不要なアカウントを削除している。";
    static final String CONTACT = "インシデント発生時における組織内と外部関係機関（事業者、厚生労働省、警察等）への連絡体制図がある。";
    static final String RESTORE_A = "インシデント発生時に診療を継続するために必要な情報を検討し、";
    static final String RESTORE_B = "データやシステムのバックアップの実施と復旧手順を確認している。";

    @TempDir
    Path dir;

    /** The form's sheet with the checklist's title and the form's label in its first two rows. */
    static OfficialSamples.Sheet titled() {
        return new OfficialSamples.Sheet(LABEL).put(0, 0, TITLE).put(1, 0, LABEL);
    }

    // ---- take in, answer, export ----

    interface Answering {
        void answer(Answers a);
    }

    static final class Answers {
        final ChecklistService checklist;
        final OpenForm form;

        Answers(ChecklistService checklist, OpenForm form) {
            this.checklist = checklist;
            this.form = form;
        }

        RowKey row(String text, Scope scope) {
            return form.form().rows().stream()
                    .filter(r -> form.form().item(r.itemKey()).orElseThrow().text().equals(text))
                    .filter(r -> scope == null || r.scope() == scope).findFirst()
                    .orElseThrow(() -> new AssertionError("no row " + text + " " + scope + " in "
                            + form.form().rows().stream().map(r -> form.form().item(r.itemKey()).orElseThrow().text()
                            + "/" + r.scope()).toList()));
        }

        Answers yes(String text, Scope scope, LocalDate on) {
            checklist.saveAnswer(form.assessment(), new Answer(row(text, scope), Round.FIRST, AnswerValue.YES, on,
                    null, "", null));
            return this;
        }

        Answers no(String text, Scope scope, LocalDate on, LocalDate target, String note) {
            checklist.saveAnswer(form.assessment(), new Answer(row(text, scope), Round.FIRST, AnswerValue.NO, on,
                    target, note, null));
            return this;
        }

        Answers second(String text, Scope scope, LocalDate on) {
            checklist.saveAnswer(form.assessment(), new Answer(row(text, scope), Round.SECOND, AnswerValue.YES, on,
                    null, "", null));
            return this;
        }
    }

    private int runs;

    /** Takes {@code form} in as the 令和8年度 edition, answers as told, exports the filled copy and opens it. */
    private XSSFWorkbook writeBack(Path form, Answering answering) throws Exception {
        Path base = dir.resolve("run" + (runs++));
        Path catalogFolder = base.resolve("appdata").resolve("catalog");
        OfficialEditionService editions = new OfficialEditionService(
                new CatalogReader().read(List.of(catalogFolder)), catalogFolder);
        OfficialEditionService.Preview p = editions.preview(List.of(form), null);
        assertEquals(List.of(), p.problems(), () -> String.join("\n", p.summary()));
        editions.add(p);
        Catalog catalog = new CatalogReader().read(List.of(catalogFolder));
        try (TestWorkbook wb = TestWorkbook.create(base.resolve("clinic.tenken"), catalog,
                TestWorkbook.clockAt(TODAY))) {
            ChecklistService checklist = wb.checklist();
            checklist.saveFacility(new Facility("さくら内科クリニック", FacilityKind.CLINIC));
            answering.answer(new Answers(checklist, checklist.open(R8, FormKind.FACILITY, null)));
            Path out = base.resolve("提出用.xlsx");
            var result = wb.export().exportOfficial(R8, out, f -> { });
            return open(result.file());
        }
    }

    private static void blank(XSSFSheet s, int excelRow, int... cols) {
        for (int c : cols) {
            assertEquals("", text(s, excelRow, c), "row " + excelRow + " col " + c + " should stay blank");
        }
    }

    // ---- layouts ----

    /** L01: an item's sentence over two rows, its No., answer, dates and 備考 merged down both rows. */
    @Test
    void l01_textOverTwoRowsMerged() throws Exception {
        OfficialSamples.Sheet s = titled();
        s.header(3, 0, "No.", "チェック項目", "はい・いいえ", "確認日", "目標日", "備考");
        s.put(4, 0, "3-①").put(4, 1, CONTACT);
        s.put(5, 0, "3-②").put(5, 1, RESTORE_A).put(6, 1, RESTORE_B);
        s.merge(5, 0, 6, 0).merge(5, 2, 6, 2).merge(5, 3, 6, 3).merge(5, 4, 6, 4).merge(5, 5, 6, 5);
        s.put(7, 0, "3-③").put(7, 1, BCP);
        s.put(8, 0, "3-④").put(8, 1, RULES);
        s.box(3, 0, 8, 5).list(4, 2, 8, 2, "はい", "いいえ");
        try (XSSFWorkbook out = writeBack(s.save(dir.resolve("l01.xlsx")), a -> a
                .no(RESTORE_A + RESTORE_B, null, D1, TARGET, NOTE).yes(BCP, null, D2))) {
            XSSFSheet x = out.getSheet(LABEL);
            blank(x, 5, 2, 3, 4, 5);
            assertEquals("いいえ", text(x, 6, 2));
            assertEquals(D1, date(x, 6, 3));
            assertEquals(TARGET, date(x, 6, 4));
            assertEquals(NOTE, text(x, 6, 5));
            blank(x, 7, 2, 3, 4, 5);
            assertEquals("はい", text(x, 8, 2));
            assertEquals(D2, date(x, 8, 3));
            blank(x, 8, 4, 5);
            blank(x, 9, 2, 3, 4, 5);
        }
    }

    /** L02: the same sentence over two rows, nothing merged (a re-typed copy). */
    @Test
    void l02_textOverTwoRowsPlain() throws Exception {
        OfficialSamples.Sheet s = titled();
        s.header(3, 0, "No.", "チェック項目", "はい・いいえ", "確認日", "目標日", "備考");
        s.put(4, 0, "3-①").put(4, 1, CONTACT);
        s.put(5, 0, "3-②").put(5, 1, RESTORE_A).put(6, 1, RESTORE_B);
        s.put(7, 0, "3-③").put(7, 1, BCP);
        s.put(8, 0, "3-④").put(8, 1, RULES);
        s.box(3, 0, 8, 5);
        try (XSSFWorkbook out = writeBack(s.save(dir.resolve("l02.xlsx")), a -> a
                .no(RESTORE_A + RESTORE_B, null, D1, TARGET, NOTE).yes(BCP, null, D2))) {
            XSSFSheet x = out.getSheet(LABEL);
            assertEquals("いいえ", text(x, 6, 2));
            assertEquals(D1, date(x, 6, 3));
            assertEquals(TARGET, date(x, 6, 4));
            assertEquals(NOTE, text(x, 6, 5));
            blank(x, 7, 2, 3, 4, 5);
            assertEquals(RESTORE_B, text(x, 7, 1));
            assertEquals("はい", text(x, 8, 2));
            blank(x, 5, 2, 3, 4, 5);
        }
    }

    /** L03: the header repeated on page 2; rows on both pages answered, the repeated header untouched. */
    @Test
    void l03_headerRepeated() throws Exception {
        OfficialSamples.Sheet s = titled();
        String[] h = {"No.", "チェック項目", "対象", "はい・いいえ", "確認日", "目標日", "備考"};
        s.header(3, 0, h);
        s.put(4, 0, "1-①").put(4, 1, OFFICER).put(4, 2, "－");
        s.put(5, 0, "2-①").put(5, 1, LEDGER).put(5, 2, "医療情報システム全般");
        s.put(6, 0, "2-②").put(6, 1, REMOTE).put(6, 2, "医療情報システム全般");
        s.header(7, 0, h);
        s.put(8, 0, "2-⑧").put(8, 1, REUSE).put(8, 2, "医療情報システム全般");
        s.put(9, 0, "3-①").put(9, 1, CONTACT).put(9, 2, "－");
        s.box(3, 0, 9, 6).list(4, 3, 9, 3, "はい", "いいえ");
        s.sheet.setRowBreak(6);
        try (XSSFWorkbook out = writeBack(s.save(dir.resolve("l03.xlsx")), a -> a
                .yes(REMOTE, null, D1).no(REUSE, null, D2, TARGET, NOTE))) {
            XSSFSheet x = out.getSheet(LABEL);
            assertEquals("はい", text(x, 7, 3));
            assertEquals(D1, date(x, 7, 4));
            for (int c = 0; c < h.length; c++) {
                assertEquals(h[c], text(x, 8, c), "repeated header col " + c);
            }
            assertEquals("いいえ", text(x, 9, 3));
            assertEquals(D2, date(x, 9, 4));
            assertEquals(TARGET, date(x, 9, 5));
            assertEquals(NOTE, text(x, 9, 6));
            blank(x, 10, 3, 4, 5, 6);
            blank(x, 5, 3, 4, 5, 6);
        }
    }

    /** L04: 実施済 | 未実施 mark columns, a copy with ✓ left in them. */
    @Test
    void l04_jisshizumiMijisshi() throws Exception {
        OfficialSamples.Sheet s = titled();
        s.header(3, 0, "No.", "チェック項目", "対象", "実施済", "未実施", "確認日", "目標日", "備考");
        s.put(4, 0, "1-①").put(4, 1, OFFICER).put(4, 2, "－").put(4, 3, "✓");
        s.put(5, 0, "2-①").put(5, 1, LEDGER).put(5, 2, "医療情報システム全般").put(5, 4, "✓");
        s.put(6, 0, "2-⑨").put(6, 1, USB).put(6, 2, "医療情報システム全般").put(6, 3, "✓");
        s.put(7, 0, "3-③").put(7, 1, BCP).put(7, 2, "－");
        s.box(3, 0, 7, 7);
        try (XSSFWorkbook out = writeBack(s.save(dir.resolve("l04.xlsx")), a -> a
                .no(OFFICER, null, D1, TARGET, NOTE).yes(LEDGER, null, D2))) {
            XSSFSheet x = out.getSheet(LABEL);
            assertEquals("", text(x, 5, 3), "実施済 cleared");
            assertEquals("○", text(x, 5, 4));
            assertEquals(D1, date(x, 5, 5));
            assertEquals(TARGET, date(x, 5, 6));
            assertEquals(NOTE, text(x, 5, 7));
            assertEquals("○", text(x, 6, 3));
            assertEquals("", text(x, 6, 4), "未実施 cleared");
            assertEquals(D2, date(x, 6, 5));
            blank(x, 7, 3, 4, 5, 6, 7);
            blank(x, 8, 3, 4, 5, 6, 7);
            assertEquals("実施済", text(x, 4, 3));
        }
    }

    /** L05: 回答 | 確認日 | 対応予定時期 | 特記事項. */
    @Test
    void l05_taiouYoteiJiki() throws Exception {
        OfficialSamples.Sheet s = titled();
        s.header(3, 0, "No.", "チェック項目", "対象", "回答", "確認日", "対応予定時期", "特記事項");
        s.put(4, 0, "1-①").put(4, 1, OFFICER).put(4, 2, "－");
        s.put(5, 0, "2-⑧").put(5, 1, REUSE).put(5, 2, "医療情報システム全般");
        s.put(6, 0, "3-④").put(6, 1, RULES).put(6, 2, "－");
        s.box(3, 0, 6, 6);
        try (XSSFWorkbook out = writeBack(s.save(dir.resolve("l05.xlsx")), a -> a
                .yes(OFFICER, null, D1).no(REUSE, null, D2, TARGET, NOTE))) {
            XSSFSheet x = out.getSheet(LABEL);
            assertEquals("はい", text(x, 5, 3));
            assertEquals(D1, date(x, 5, 4));
            blank(x, 5, 5, 6);
            assertEquals("いいえ", text(x, 6, 3));
            assertEquals(D2, date(x, 6, 4));
            assertEquals(TARGET, date(x, 6, 5));
            assertEquals(NOTE, text(x, 6, 6));
            blank(x, 7, 3, 4, 5, 6);
        }
    }

    /** L06: a filled-in 「（例）」 row at the top of the table, same wording as 1-①. */
    @Test
    void l06_exampleRow() throws Exception {
        OfficialSamples.Sheet s = titled();
        s.header(3, 0, "No.", "チェック項目", "対象", "はい・いいえ", "確認日", "目標日", "備考");
        s.put(4, 0, "（例）").put(4, 1, OFFICER).put(4, 2, "－").put(4, 3, "はい").put(4, 4, "令和8年4月1日")
                .put(4, 6, "例：規程を確認");
        s.put(5, 0, "1-①").put(5, 1, OFFICER).put(5, 2, "－");
        s.put(6, 0, "2-①").put(6, 1, LEDGER).put(6, 2, "医療情報システム全般");
        s.put(7, 0, "3-③").put(7, 1, BCP).put(7, 2, "－");
        s.box(3, 0, 7, 6).list(4, 3, 7, 3, "はい", "いいえ");
        try (XSSFWorkbook out = writeBack(s.save(dir.resolve("l06.xlsx")), a -> a
                .no(OFFICER, null, D1, TARGET, NOTE).yes(LEDGER, null, D2))) {
            XSSFSheet x = out.getSheet(LABEL);
            assertEquals("はい", text(x, 5, 3), "the example as printed");
            assertEquals("令和8年4月1日", text(x, 5, 4));
            assertEquals("", text(x, 5, 5));
            assertEquals("例：規程を確認", text(x, 5, 6));
            assertEquals("いいえ", text(x, 6, 3));
            assertEquals(D1, date(x, 6, 4));
            assertEquals(TARGET, date(x, 6, 5));
            assertEquals(NOTE, text(x, 6, 6));
            assertEquals("はい", text(x, 7, 3));
            assertEquals(D2, date(x, 7, 4));
            blank(x, 8, 3, 4, 5, 6);
        }
    }

    /** L07: section rows printing 「－」 in their answer cells, and L07b a grey merged answer block on headings. */
    @Test
    void l07_sectionRowsWithDash() throws Exception {
        OfficialSamples.Sheet s = titled();
        s.header(3, 0, "No.", "チェック項目", "はい・いいえ", "確認日", "目標日", "備考");
        s.put(4, 0, "体制構築").merge(4, 0, 4, 1).put(4, 2, "－").put(4, 3, "－").put(4, 4, "－");
        s.put(5, 0, "1-①").put(5, 1, OFFICER);
        s.put(6, 0, "医療情報システムの管理・運用").merge(6, 0, 6, 1).put(6, 2, "－").put(6, 3, "－").put(6, 4, "－");
        s.put(7, 0, "2-①").put(7, 1, LEDGER);
        s.put(8, 0, "2-②").put(8, 1, REMOTE);
        s.box(3, 0, 8, 5).list(5, 2, 5, 2, "はい", "いいえ").list(7, 2, 8, 2, "はい", "いいえ");
        try (XSSFWorkbook out = writeBack(s.save(dir.resolve("l07.xlsx")), a -> a
                .yes(OFFICER, null, D1).no(LEDGER, null, D2, TARGET, NOTE))) {
            XSSFSheet x = out.getSheet(LABEL);
            for (int row : new int[] {5, 7}) {
                assertEquals("－", text(x, row, 2), "heading " + row);
                assertEquals("－", text(x, row, 3));
                assertEquals("－", text(x, row, 4));
                assertEquals("", text(x, row, 5));
            }
            assertEquals("はい", text(x, 6, 2));
            assertEquals(D1, date(x, 6, 3));
            assertEquals("いいえ", text(x, 8, 2));
            assertEquals(TARGET, date(x, 8, 4));
            assertEquals(NOTE, text(x, 8, 5));
            blank(x, 9, 2, 3, 4, 5);
        }
    }

    @Test
    void l07b_greyMergedBlockOnHeadings() throws Exception {
        OfficialSamples.Sheet s = titled();
        s.header(3, 0, "No.", "チェック項目", "はい・いいえ", "確認日", "目標日", "備考");
        s.put(4, 0, "医療情報システムの有無").merge(4, 0, 4, 1).grey(4, 2, 5).merge(4, 2, 4, 5);
        s.put(5, 1, GATE);
        s.put(6, 0, "体制構築").merge(6, 0, 6, 1).grey(6, 2, 5).merge(6, 2, 6, 5);
        s.put(7, 0, "1-①").put(7, 1, OFFICER);
        s.put(8, 0, "医療情報システムの管理・運用").merge(8, 0, 8, 1).grey(8, 2, 5).merge(8, 2, 8, 5);
        s.put(9, 0, "2-①").put(9, 1, LEDGER);
        s.put(10, 0, "2-②").put(10, 1, REMOTE);
        s.box(3, 0, 10, 5).list(4, 2, 10, 2, "はい", "いいえ");
        try (XSSFWorkbook out = writeBack(s.save(dir.resolve("l07b.xlsx")), a -> a
                .yes(GATE, null, D1).yes(OFFICER, null, D1).no(REMOTE, null, D2, TARGET, NOTE))) {
            XSSFSheet x = out.getSheet(LABEL);
            for (int row : new int[] {5, 7, 9}) {
                blank(x, row, 2, 3, 4, 5);
            }
            assertEquals("はい", text(x, 6, 2));
            assertEquals(D1, date(x, 6, 3));
            assertEquals("はい", text(x, 8, 2));
            blank(x, 10, 2, 3, 4, 5);
            assertEquals("いいえ", text(x, 11, 2));
            assertEquals(D2, date(x, 11, 3));
            assertEquals(TARGET, date(x, 11, 4));
            assertEquals(NOTE, text(x, 11, 5));
        }
    }

    /** L08: device sub-rows with No. and text merged down, 1回目 and 2回目, 確認日 before はい・いいえ. */
    @Test
    void l08_deviceRowsMergedTwoRounds() throws Exception {
        OfficialSamples.Sheet s = titled();
        s.put(3, 0, "No.").merge(3, 0, 4, 0).put(3, 1, "チェック項目").merge(3, 1, 4, 1);
        s.put(3, 2, "対象").merge(3, 2, 4, 2);
        s.put(3, 3, "1回目").merge(3, 3, 3, 5).put(3, 6, "2回目").merge(3, 6, 3, 7);
        s.put(3, 8, "備考").merge(3, 8, 4, 8);
        s.header(4, 3, "確認日", "はい・いいえ", "目標日", "確認日", "はい・いいえ");
        s.put(5, 0, "1-①").put(5, 1, OFFICER).put(5, 2, "－");
        s.put(6, 0, "2-⑥").put(6, 1, PATCH).merge(6, 0, 8, 0).merge(6, 1, 8, 1);
        s.put(6, 2, "サーバ").put(7, 2, "端末PC").put(8, 2, "ネットワーク機器");
        s.put(9, 0, "3-③").put(9, 1, BCP).put(9, 2, "－");
        s.box(3, 0, 9, 8).list(5, 4, 9, 4, "はい", "いいえ").list(5, 7, 9, 7, "はい", "いいえ");
        try (XSSFWorkbook out = writeBack(s.save(dir.resolve("l08.xlsx")), a -> a
                .no(PATCH, Scope.SERVER, D1, TARGET, NOTE).second(PATCH, Scope.SERVER, D3)
                .yes(PATCH, Scope.NETWORK, D2))) {
            XSSFSheet x = out.getSheet(LABEL);
            assertEquals(D1, date(x, 7, 3));
            assertEquals("いいえ", text(x, 7, 4));
            assertEquals(TARGET, date(x, 7, 5));
            assertEquals(D3, date(x, 7, 6));
            assertEquals("はい", text(x, 7, 7));
            assertEquals(NOTE, text(x, 7, 8));
            blank(x, 8, 3, 4, 5, 6, 7, 8);
            assertEquals(D2, date(x, 9, 3));
            assertEquals("はい", text(x, 9, 4));
            blank(x, 9, 5, 6, 7, 8);
            blank(x, 6, 3, 4, 5, 6, 7, 8);
            assertEquals("2回目", text(x, 4, 6));
            assertEquals("はい・いいえ", text(x, 5, 4));
        }
    }

    /** L09: the standard form with the gate boxed above the header; devices 2-④ merged down, a 2回目. */
    @Test
    void l09_gateAboveAndStandardDevices() throws Exception {
        Path f = OfficialSamples.facilityStandard(dir.resolve("l09.xlsx"), true);
        try (XSSFWorkbook out = writeBack(f, a -> a.yes(GATE, null, D1)
                .no(ACCESS, Scope.TERMINAL, D1, TARGET, NOTE).second(ACCESS, Scope.TERMINAL, D3)
                .yes(ACCESS, Scope.NETWORK, D2))) {
            XSSFSheet x = out.getSheet(LABEL);
            assertEquals("はい", text(x, 4, 3));
            assertEquals(D1, date(x, 4, 4));
            assertEquals("1回目", text(x, 6, 3));
            assertEquals("はい・いいえ", text(x, 7, 3));
            assertEquals("1 体制構築", text(x, 8, 0));
            blank(x, 8, 3, 4, 5, 6, 7, 8);
            // rows: 9 1-①, 10 section 2, 11 2-①, 12 2-④ サーバ, 13 端末PC, 14 ネットワーク機器
            blank(x, 12, 3, 4, 5, 6, 7, 8);
            assertEquals("いいえ", text(x, 13, 3));
            assertEquals(D1, date(x, 13, 4));
            assertEquals(TARGET, date(x, 13, 5));
            assertEquals("はい", text(x, 13, 6));
            assertEquals(D3, date(x, 13, 7));
            assertEquals(NOTE, text(x, 13, 8));
            assertEquals("はい", text(x, 14, 3));
            assertEquals(D2, date(x, 14, 4));
            blank(x, 14, 5, 6, 7, 8);
            blank(x, 9, 3, 4, 5, 6, 7, 8);
        }
    }

    /** L10: table at column C, frozen panes, gate in the table, section rows merged across. */
    @Test
    void l10_tableAtColumnC() throws Exception {
        OfficialSamples.Sheet s = new OfficialSamples.Sheet(LABEL);
        s.put(0, 2, TITLE).put(1, 2, LABEL);
        s.header(3, 2, "No.", "チェック項目", "対象", "はい・いいえ", "確認日", "目標日", "備考");
        s.put(4, 2, "医療情報システムの有無").merge(4, 2, 4, 8);
        s.put(5, 3, GATE);
        s.put(6, 2, "1 体制構築").merge(6, 2, 6, 8);
        s.put(7, 2, "1-①").put(7, 3, OFFICER).put(7, 4, "－");
        s.put(8, 2, "2-①").put(8, 3, LEDGER).put(8, 4, "医療情報システム全般");
        s.put(9, 2, "2-②").put(9, 3, REMOTE).put(9, 4, "医療情報システム全般");
        s.box(3, 2, 9, 8).list(5, 5, 9, 5, "はい", "いいえ");
        s.sheet.createFreezePane(4, 4);
        try (XSSFWorkbook out = writeBack(s.save(dir.resolve("l10.xlsx")), a -> a.yes(GATE, null, D1)
                .no(OFFICER, null, D1, TARGET, NOTE).yes(REMOTE, null, D2))) {
            XSSFSheet x = out.getSheet(LABEL);
            assertEquals("はい", text(x, 6, 5));
            assertEquals(D1, date(x, 6, 6));
            assertEquals("いいえ", text(x, 8, 5));
            assertEquals(D1, date(x, 8, 6));
            assertEquals(TARGET, date(x, 8, 7));
            assertEquals(NOTE, text(x, 8, 8));
            blank(x, 9, 5, 6, 7, 8);
            assertEquals("はい", text(x, 10, 5));
            blank(x, 5, 5, 6, 7, 8);
            assertEquals("1 体制構築", text(x, 7, 2));
            for (int r = 1; r <= 10; r++) {
                blank(x, r, 0, 1);
            }
        }
    }

    /** L11: a form without 備考: the note has nowhere to go, nothing written beside the table. */
    @Test
    void l11_noNoteColumn() throws Exception {
        OfficialSamples.Sheet s = titled();
        s.header(3, 0, "No.", "チェック項目", "はい・いいえ", "確認日", "目標日");
        s.put(4, 0, "1-①").put(4, 1, OFFICER);
        s.put(5, 0, "2-①").put(5, 1, LEDGER);
        s.put(6, 0, "2-⑤").put(6, 1, ACCOUNTS);
        s.put(7, 0, "3-③").put(7, 1, BCP);
        s.box(3, 0, 7, 4).list(4, 2, 7, 2, "はい", "いいえ");
        try (XSSFWorkbook out = writeBack(s.save(dir.resolve("l11.xlsx")), a -> a
                .no(LEDGER, null, D1, TARGET, NOTE).yes(ACCOUNTS, null, D2))) {
            XSSFSheet x = out.getSheet(LABEL);
            assertEquals("いいえ", text(x, 6, 2));
            assertEquals(D1, date(x, 6, 3));
            assertEquals(TARGET, date(x, 6, 4));
            assertEquals("はい", text(x, 7, 2));
            for (int r = 1; r <= 9; r++) {
                blank(x, r, 5, 6, 7);
            }
            blank(x, 5, 2, 3, 4);
            blank(x, 8, 2, 3, 4);
        }
    }

    /** L12: OfficialSamples.reordered: 確認日 before はい | いいえ, device sub-rows with the item cell empty. */
    @Test
    void l12_reorderedDeviceRowsUnmerged() throws Exception {
        Path f = OfficialSamples.reordered(dir.resolve("l12.xlsx"));
        try (XSSFWorkbook out = writeBack(f, a -> a.no(PATCH, Scope.TERMINAL, D1, TARGET, "")
                .second(PATCH, Scope.TERMINAL, D3).yes(PATCH, Scope.SERVER, D2).yes(BCP, null, D2))) {
            XSSFSheet x = out.getSheet("Sheet1");
            // row 10 サーバ, 11 端末ＰＣ, 12 ネットワーク機器, 13 3-③
            assertEquals(D2, date(x, 10, 4));
            assertEquals("○", text(x, 10, 5));
            assertEquals("", text(x, 10, 6));
            assertEquals(D1, date(x, 11, 4));
            assertEquals("", text(x, 11, 5));
            assertEquals("○", text(x, 11, 6));
            assertEquals(TARGET, date(x, 11, 7));
            assertEquals(D3, date(x, 11, 8));
            assertEquals("○", text(x, 11, 9));
            assertEquals("", text(x, 11, 10));
            blank(x, 12, 4, 5, 6, 7, 8, 9, 10);
            assertEquals("○", text(x, 13, 5));
            blank(x, 9, 4, 5, 6, 7, 8, 9, 10);
            assertEquals("はい", text(x, 8, 5));
        }
    }
    static final String LOG = "アクセスログを管理している。";
    static final String SERVICES = "バックグラウンドで動作している不要なソフトウェア及びサービスを停止している。";
    static final String PASSWORD = "パスワードは英数字、記号が混在した8文字以上とし、定期的に変更している。"
            + "※二要素認証、または13文字以上の場合は定期的な変更は不要";

    /** L13: one cell naming two devices (サーバ、端末PC): the answers combined into the one row. */
    @Test
    void l13_oneRowTwoDevices() throws Exception {
        OfficialSamples.Sheet s = titled();
        s.header(3, 0, "No.", "チェック項目", "対象", "はい・いいえ", "確認日", "目標日", "備考");
        s.put(4, 0, "2-⑪").put(4, 1, LOG).put(4, 2, "サーバ");
        s.put(5, 0, "2-⑫").put(5, 1, SERVICES).put(5, 2, "サーバ\n端末PC");
        s.put(6, 0, "3-③").put(6, 1, BCP).put(6, 2, "－");
        s.box(3, 0, 6, 6).list(4, 3, 6, 3, "はい", "いいえ");
        try (XSSFWorkbook out = writeBack(s.save(dir.resolve("l13.xlsx")), a -> a
                .yes(SERVICES, Scope.SERVER, D1).no(SERVICES, Scope.TERMINAL, D2, TARGET, NOTE))) {
            XSSFSheet x = out.getSheet(LABEL);
            assertEquals("いいえ", text(x, 6, 3));
            assertEquals(D2, date(x, 6, 4));
            assertEquals(TARGET, date(x, 6, 5));
            assertEquals(NOTE, text(x, 6, 6));
            blank(x, 5, 3, 4, 5, 6);
            blank(x, 7, 3, 4, 5, 6);
        }
    }

    /** L14: device sub-rows with No., text, and also the 備考 cell merged down the three rows. */
    @Test
    void l14_deviceRowsNoteMergedDown() throws Exception {
        OfficialSamples.Sheet s = titled();
        s.header(3, 0, "No.", "チェック項目", "対象", "はい・いいえ", "確認日", "目標日", "備考");
        s.put(4, 0, "1-①").put(4, 1, OFFICER).put(4, 2, "－");
        s.put(5, 0, "2-⑥").put(5, 1, PATCH).merge(5, 0, 7, 0).merge(5, 1, 7, 1).merge(5, 6, 7, 6);
        s.put(5, 2, "サーバ").put(6, 2, "端末PC").put(7, 2, "ネットワーク機器");
        s.put(8, 0, "3-③").put(8, 1, BCP).put(8, 2, "－");
        s.box(3, 0, 8, 6).list(4, 3, 8, 3, "はい", "いいえ");
        try (XSSFWorkbook out = writeBack(s.save(dir.resolve("l14.xlsx")), a -> a
                .no(PATCH, Scope.SERVER, D1, TARGET, NOTE).yes(PATCH, Scope.TERMINAL, D2))) {
            XSSFSheet x = out.getSheet(LABEL);
            assertEquals("いいえ", text(x, 6, 3));
            assertEquals(D1, date(x, 6, 4));
            assertEquals(TARGET, date(x, 6, 5));
            assertEquals("はい", text(x, 7, 3));
            assertEquals(D2, date(x, 7, 4));
            blank(x, 8, 3, 4, 5);
            assertEquals(NOTE, text(x, 6, 6), "the server's note in the merged 備考 cell");
        }
    }

    /** L15: a two-row header (1回目 / 2回目 over the fields) repeated on page 2, answered in both rounds. */
    @Test
    void l15_twoRowHeaderRepeated() throws Exception {
        OfficialSamples.Sheet s = titled();
        for (int h : new int[] {3, 8}) {
            s.put(h, 0, "No.").merge(h, 0, h + 1, 0).put(h, 1, "チェック項目").merge(h, 1, h + 1, 1);
            s.put(h, 2, "1回目").merge(h, 2, h, 4).put(h, 5, "2回目").merge(h, 5, h, 6);
            s.put(h, 7, "備考").merge(h, 7, h + 1, 7);
            s.header(h + 1, 2, "はい・いいえ", "確認日", "目標日", "はい・いいえ", "確認日");
        }
        s.put(5, 0, "2-⑤").put(5, 1, ACCOUNTS);
        s.put(6, 0, "2-⑥").put(6, 1, PATCH);
        s.put(7, 0, "2-⑦").put(7, 1, PASSWORD);
        s.put(10, 0, "2-⑧").put(10, 1, REUSE);
        s.put(11, 0, "3-③").put(11, 1, BCP);
        s.box(3, 0, 11, 7).list(5, 2, 11, 2, "はい", "いいえ").list(5, 5, 11, 5, "はい", "いいえ");
        s.sheet.setRowBreak(7);
        try (XSSFWorkbook out = writeBack(s.save(dir.resolve("l15.xlsx")), a -> a
                .no(PASSWORD, null, D1, TARGET, NOTE).second(PASSWORD, null, D3)
                .no(REUSE, null, D1, TARGET, "").second(REUSE, null, D3).yes(BCP, null, D2))) {
            XSSFSheet x = out.getSheet(LABEL);
            assertEquals("いいえ", text(x, 8, 2));
            assertEquals(D1, date(x, 8, 3));
            assertEquals(TARGET, date(x, 8, 4));
            assertEquals("はい", text(x, 8, 5));
            assertEquals(D3, date(x, 8, 6));
            assertEquals(NOTE, text(x, 8, 7));
            assertEquals("1回目", text(x, 9, 2));
            assertEquals("2回目", text(x, 9, 5));
            assertEquals("はい・いいえ", text(x, 10, 2));
            assertEquals("確認日", text(x, 10, 3));
            assertEquals("目標日", text(x, 10, 4));
            assertEquals("はい・いいえ", text(x, 10, 5));
            assertEquals("確認日", text(x, 10, 6));
            assertEquals("いいえ", text(x, 11, 2));
            assertEquals("はい", text(x, 11, 5));
            assertEquals(D3, date(x, 11, 6));
            assertEquals("はい", text(x, 12, 2));
            assertEquals(D2, date(x, 12, 3));
            blank(x, 6, 2, 3, 4, 5, 6, 7);
            blank(x, 7, 2, 3, 4, 5, 6, 7);
        }
    }

    /** L16: a ※ footnote row merged across between items. */
    @Test
    void l16_footnoteRowBetweenItems() throws Exception {
        OfficialSamples.Sheet s = titled();
        s.header(3, 0, "No.", "チェック項目", "対象", "はい・いいえ", "確認日", "目標日", "備考");
        s.put(4, 0, "2-⑥").put(4, 1, PATCH).put(4, 2, "医療情報システム全般");
        s.put(5, 0, "2-⑦").put(5, 1, PASSWORD.replace("※", "\n※")).put(5, 2, "医療情報システム全般");
        s.put(6, 0, "※パスワードの設定は、令和７年度版から変更ありません。").merge(6, 0, 6, 6);
        s.put(7, 0, "2-⑧").put(7, 1, REUSE).put(7, 2, "医療情報システム全般");
        s.box(3, 0, 7, 6).list(4, 3, 7, 3, "はい", "いいえ");
        try (XSSFWorkbook out = writeBack(s.save(dir.resolve("l16.xlsx")), a -> a
                .no(PASSWORD, null, D1, TARGET, NOTE).yes(REUSE, null, D2))) {
            XSSFSheet x = out.getSheet(LABEL);
            assertEquals("いいえ", text(x, 6, 3));
            assertEquals(NOTE, text(x, 6, 6));
            assertEquals("※パスワードの設定は、令和７年度版から変更ありません。", text(x, 7, 0));
            blank(x, 7, 3, 4, 5, 6);
            assertEquals("はい", text(x, 8, 3));
            assertEquals(D2, date(x, 8, 4));
        }
    }

    /** L17: 実施済 | 未実施 in both rounds, the table from column C, a section row merged across. */
    @Test
    void l17_marksTwoRoundsAtColumnC() throws Exception {
        OfficialSamples.Sheet s = new OfficialSamples.Sheet(LABEL);
        s.put(0, 2, TITLE).put(1, 2, LABEL);
        s.put(3, 2, "No.").merge(3, 2, 4, 2).put(3, 3, "チェック項目").merge(3, 3, 4, 3);
        s.put(3, 4, "1回目").merge(3, 4, 3, 7).put(3, 8, "2回目").merge(3, 8, 3, 10);
        s.put(3, 11, "備考").merge(3, 11, 4, 11);
        s.header(4, 4, "実施済", "未実施", "確認日", "目標日", "実施済", "未実施", "確認日");
        s.put(5, 2, "1 体制構築").merge(5, 2, 5, 11);
        s.put(6, 2, "1-①").put(6, 3, OFFICER);
        s.put(7, 2, "2 医療情報システムの管理・運用").merge(7, 2, 7, 11);
        s.put(8, 2, "2-①").put(8, 3, LEDGER);
        s.put(9, 2, "2-②").put(9, 3, REMOTE);
        s.box(3, 2, 9, 11);
        try (XSSFWorkbook out = writeBack(s.save(dir.resolve("l17.xlsx")), a -> a
                .no(OFFICER, null, D1, TARGET, NOTE).second(OFFICER, null, D3).yes(REMOTE, null, D2))) {
            XSSFSheet x = out.getSheet(LABEL);
            assertEquals("", text(x, 7, 4));
            assertEquals("○", text(x, 7, 5));
            assertEquals(D1, date(x, 7, 6));
            assertEquals(TARGET, date(x, 7, 7));
            assertEquals("○", text(x, 7, 8));
            assertEquals("", text(x, 7, 9));
            assertEquals(D3, date(x, 7, 10));
            assertEquals(NOTE, text(x, 7, 11));
            assertEquals("○", text(x, 10, 4));
            assertEquals(D2, date(x, 10, 6));
            blank(x, 9, 4, 5, 6, 7, 8, 9, 10, 11);
            assertEquals("1 体制構築", text(x, 6, 2));
            blank(x, 6, 4, 5, 6, 7, 8, 9, 10, 11);
            for (int r = 1; r <= 10; r++) {
                blank(x, r, 0, 1);
            }
        }
    }
    /** L14b: L14 taken in from last year's filled-in copy; this year two devices answered, each with a note. */
    @Test
    void l14b_filledCopyDeviceRowsNoteMergedDown() throws Exception {
        OfficialSamples.Sheet s = titled();
        s.header(3, 0, "No.", "チェック項目", "対象", "はい・いいえ", "確認日", "目標日", "備考");
        s.put(4, 0, "1-①").put(4, 1, OFFICER).put(4, 2, "－");
        s.put(5, 0, "2-⑥").put(5, 1, PATCH).merge(5, 0, 7, 0).merge(5, 1, 7, 1).merge(5, 6, 7, 6);
        s.put(5, 2, "サーバ").put(6, 2, "端末PC").put(7, 2, "ネットワーク機器");
        s.put(8, 0, "3-③").put(8, 1, BCP).put(8, 2, "－");
        for (int r = 5; r <= 7; r++) {
            s.put(r, 3, "はい").put(r, 4, "R7.6.4");
        }
        s.put(5, 6, "昨年度の備考");
        s.box(3, 0, 8, 6).list(4, 3, 8, 3, "はい", "いいえ");
        try (XSSFWorkbook out = writeBack(s.save(dir.resolve("l14b.xlsx")), a -> a
                .no(PATCH, Scope.SERVER, D1, TARGET, NOTE).yes(PATCH, Scope.TERMINAL, D2))) {
            XSSFSheet x = out.getSheet(LABEL);
            assertEquals("いいえ", text(x, 6, 3));
            assertEquals("はい", text(x, 7, 3));
            blank(x, 8, 3, 4, 5);
            assertEquals(NOTE, text(x, 6, 6), "the server's note in the merged 備考 cell");
        }
    }

    /** L14c: the merged 備考 of device rows, two devices with their own notes: both are printed. */
    @Test
    void l14c_twoNotesInOneMergedNoteCell() throws Exception {
        OfficialSamples.Sheet s = titled();
        s.header(3, 0, "No.", "チェック項目", "対象", "はい・いいえ", "確認日", "目標日", "備考");
        s.put(4, 0, "1-①").put(4, 1, OFFICER).put(4, 2, "－");
        s.put(5, 0, "2-⑥").put(5, 1, PATCH).merge(5, 0, 7, 0).merge(5, 1, 7, 1).merge(5, 6, 7, 6);
        s.put(5, 2, "サーバ").put(6, 2, "端末PC").put(7, 2, "ネットワーク機器");
        s.put(8, 0, "3-③").put(8, 1, BCP).put(8, 2, "－");
        s.box(3, 0, 8, 6).list(4, 3, 8, 3, "はい", "いいえ");
        try (XSSFWorkbook out = writeBack(s.save(dir.resolve("l14c.xlsx")), a -> a
                .no(PATCH, Scope.SERVER, D1, TARGET, NOTE).no(PATCH, Scope.TERMINAL, D2, TARGET, "端末は来月更新"))) {
            XSSFSheet x = out.getSheet(LABEL);
            assertEquals("いいえ", text(x, 6, 3));
            assertEquals("いいえ", text(x, 7, 3));
            assertEquals("サーバ：" + NOTE + "／端末PC：端末は来月更新", text(x, 6, 6));
        }
    }
}
