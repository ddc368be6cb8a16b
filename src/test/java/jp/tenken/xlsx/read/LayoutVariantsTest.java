package jp.tenken.xlsx.read;

import static jp.tenken.xlsx.read.EdgeLayouts.REMOTE;
import static jp.tenken.xlsx.read.EdgeLayouts.RULES;
import static jp.tenken.xlsx.read.EdgeLayouts.TWO_FACTOR;
import static jp.tenken.xlsx.read.EdgeLayouts.USB;
import static jp.tenken.xlsx.read.OfficialSamples.ACCESS_RIGHTS;
import static jp.tenken.xlsx.read.OfficialSamples.BCP;
import static jp.tenken.xlsx.read.OfficialSamples.DEVICE_LEDGER;
import static jp.tenken.xlsx.read.OfficialSamples.GATE;
import static jp.tenken.xlsx.read.OfficialSamples.SECURITY_OFFICER;
import static jp.tenken.xlsx.read.OfficialSamples.SECURITY_PATCH;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import jp.tenken.domain.FiscalYear;
import jp.tenken.domain.edition.Scope;
import jp.tenken.domain.official.OfficialColumn;
import jp.tenken.domain.official.OfficialGrid;
import jp.tenken.domain.official.OfficialItem;
import jp.tenken.domain.official.OfficialReading;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * More layouts a ministry file or a clinic's edited copy could plausibly have (synthetic; item wording from
 * resources/catalog/editions/r7.json). Each test states what a person reading the sheet would see.
 */
class LayoutVariantsTest {
    static final String TITLE = "令和８年度版　医療機関におけるサイバーセキュリティ対策チェックリスト";
    static final String LABEL = "医療機関・薬局確認用";
    static final String ACCOUNTS = "退職者や使用していないアカウント等、不要なアカウントを削除している。";
    static final String PASSWORD = "パスワードは英数字、記号が混在した8文字以上とし、定期的に変更している。"
            + "※二要素認証、または13文字以上の場合は定期的な変更は不要";
    static final String REUSE = "パスワードの使い回しを禁止している。";
    static final String LOG = "アクセスログを管理している。";
    static final String SERVICES = "バックグラウンドで動作している不要なソフトウェア及びサービスを停止している。";
    static final String SOURCE = "接続元制限を実施している。";
    static final String CONTACT = "インシデント発生時における組織内と外部関係機関（事業者、厚生労働省、警察等）への連絡体制図がある。";
    static final String RESTORE_A = "インシデント発生時に診療を継続するために必要な情報を検討し、";
    static final String RESTORE_B = "データやシステムのバックアップの実施と復旧手順を確認している。";
    static final String RESTORE = RESTORE_A + RESTORE_B;
    static final String MDS = "事業者から製造業者/サービス事業者による医療情報セキュリティ開示書（MDS/SDS）を提出してもらう。";

    @TempDir
    Path dir;

    private final OfficialGridReader reader = new OfficialGridReader();

    private OfficialReading read(String name, OfficialSamples.Sheet s) throws Exception {
        return reader.read(s.save(dir.resolve(name + ".xlsx")));
    }

    private static OfficialGrid only(OfficialReading r) {
        return RowKeepingRecognitionTest.only(r);
    }

    private static List<String> numbers(OfficialGrid g) {
        return g.items().stream().map(OfficialItem::number).toList();
    }

    private static List<String> texts(OfficialGrid g) {
        return g.items().stream().map(OfficialItem::text).toList();
    }

    private static OfficialSamples.Sheet titled(String sheet) {
        OfficialSamples.Sheet s = new OfficialSamples.Sheet(sheet);
        s.put(0, 0, TITLE).put(1, 0, LABEL);
        return s;
    }

    private static void expect(OfficialGrid g, List<String> numbers, List<String> texts) {
        assertEquals(numbers, numbers(g), () -> "numbers; items " + g.items() + " unread " + g.unread());
        assertEquals(texts, texts(g), () -> "texts; items " + g.items());
    }

    // 01: answer columns 実施済 | 未実施 with ✓ marks
    @Test
    void v01_checkMarksUnderJisshizumiMijisshi() throws Exception {
        OfficialSamples.Sheet s = titled(LABEL);
        s.header(3, 0, "No.", "チェック項目", "対象", "実施済", "未実施", "確認日", "目標日", "備考");
        s.put(4, 0, "1-①").put(4, 1, SECURITY_OFFICER).put(4, 2, "－").put(4, 3, "✓");
        s.put(5, 0, "2-①").put(5, 1, DEVICE_LEDGER).put(5, 2, "医療情報システム全般").put(5, 4, "✓");
        s.put(6, 0, "2-⑨").put(6, 1, USB).put(6, 2, "医療情報システム全般");
        s.box(3, 0, 6, 7);
        OfficialGrid g = only(read("v01", s));
        expect(g, List.of("1-①", "2-①", "2-⑨"), List.of(SECURITY_OFFICER, DEVICE_LEDGER, USB));
        assertEquals(3, g.columns().get(OfficialColumn.YES_1), g.columns()::toString);
        assertEquals(4, g.columns().get(OfficialColumn.NO_1), g.columns()::toString);
        assertEquals(5, g.columns().get(OfficialColumn.CHECKED_1), g.columns()::toString);
    }

    // 02: はい | いいえ columns printed with □ in every cell, ☑ where ticked; gate row and section rows
    @Test
    void v02_checkboxGlyphs() throws Exception {
        OfficialSamples.Sheet s = titled(LABEL);
        s.header(3, 0, "No.", "チェック項目", "はい", "いいえ", "確認日", "目標日");
        s.put(4, 1, GATE).put(4, 2, "☑").put(4, 3, "□");
        s.put(5, 0, "1 体制構築").merge(5, 0, 5, 5);
        s.put(6, 0, "1-①").put(6, 1, SECURITY_OFFICER).put(6, 2, "☑").put(6, 3, "□");
        s.put(7, 0, "2 医療情報システムの管理・運用").merge(7, 0, 7, 5);
        s.put(8, 0, "2-①").put(8, 1, DEVICE_LEDGER).put(8, 2, "□").put(8, 3, "☑");
        s.put(9, 0, "2-②").put(9, 1, REMOTE).put(9, 2, "□").put(9, 3, "□");
        s.box(3, 0, 9, 5);
        OfficialGrid g = only(read("v02", s));
        expect(g, List.of("", "1-①", "2-①", "2-②"), List.of(GATE, SECURITY_OFFICER, DEVICE_LEDGER, REMOTE));
        assertEquals(2, g.columns().get(OfficialColumn.YES_1), g.columns()::toString);
        assertEquals(3, g.columns().get(OfficialColumn.NO_1), g.columns()::toString);
    }

    // 03: 1回目 / 2回目 blocks with 確認日 before はい・いいえ
    @Test
    void v03_checkedDateBeforeAnswer() throws Exception {
        OfficialSamples.Sheet s = titled(LABEL);
        s.put(3, 0, "No.", s.head).merge(3, 0, 4, 0).put(3, 1, "チェック項目", s.head).merge(3, 1, 4, 1);
        s.put(3, 2, "対象", s.head).merge(3, 2, 4, 2);
        s.put(3, 3, "1回目", s.head).merge(3, 3, 3, 5).put(3, 6, "2回目", s.head).merge(3, 6, 3, 7);
        s.put(3, 8, "備考", s.head).merge(3, 8, 4, 8);
        s.header(4, 3, "確認日", "はい・いいえ", "目標日", "確認日", "はい・いいえ");
        s.put(5, 0, "1-①").put(5, 1, SECURITY_OFFICER).put(5, 2, "－");
        s.put(6, 0, "2-④").put(6, 1, ACCESS_RIGHTS).put(6, 2, "サーバ").merge(6, 0, 7, 0).merge(6, 1, 7, 1);
        s.put(7, 2, "端末PC");
        s.put(8, 0, "3-③").put(8, 1, BCP).put(8, 2, "－");
        s.box(3, 0, 8, 8).list(5, 4, 8, 4, "はい", "いいえ").list(5, 7, 8, 7, "はい", "いいえ");
        OfficialGrid g = only(read("v03", s));
        expect(g, List.of("1-①", "2-④", "3-③"), List.of(SECURITY_OFFICER, ACCESS_RIGHTS, BCP));
        assertEquals(Map.of(OfficialColumn.NUMBER, 0, OfficialColumn.ITEM, 1, OfficialColumn.SCOPE, 2,
                OfficialColumn.CHECKED_1, 3, OfficialColumn.ANSWER_1, 4, OfficialColumn.TARGET_1, 5,
                OfficialColumn.CHECKED_2, 6, OfficialColumn.ANSWER_2, 7, OfficialColumn.NOTE, 8), g.columns());
        assertEquals(List.of(Scope.SERVER, Scope.TERMINAL), g.items().get(1).scopes());
    }

    // 04: number and text in one cell merged over No. and チェック項目 (one with a line break after the number)
    @Test
    void v04_numberAndTextInOneMergedCell() throws Exception {
        OfficialSamples.Sheet s = titled(LABEL);
        s.header(3, 0, "No.", "チェック項目", "はい・いいえ", "確認日", "目標日");
        s.put(4, 0, "1 体制構築").merge(4, 0, 4, 1);
        s.put(5, 0, "1-① " + SECURITY_OFFICER).merge(5, 0, 5, 1);
        s.put(6, 0, "2 医療情報システムの管理・運用").merge(6, 0, 6, 1);
        s.put(7, 0, "2-①　" + DEVICE_LEDGER).merge(7, 0, 7, 1);
        s.put(8, 0, "2-⑥\n" + SECURITY_PATCH).merge(8, 0, 8, 1);
        s.put(9, 0, "3 インシデント発生に備えた対応").merge(9, 0, 9, 1);
        s.put(10, 0, "3-③ " + BCP).merge(10, 0, 10, 1);
        s.box(3, 0, 10, 4).list(4, 2, 10, 2, "はい", "いいえ");
        OfficialGrid g = only(read("v04", s));
        expect(g, List.of("1-①", "2-①", "2-⑥", "3-③"), List.of(SECURITY_OFFICER, DEVICE_LEDGER, SECURITY_PATCH, BCP));
    }

    // 05: dashes typed otherwise: １ー① (long-vowel mark), 2‐① (hyphen), ２―⑥ (bar), 3−③ (minus), ３－④
    @Test
    void v05_dashVariants() throws Exception {
        OfficialSamples.Sheet s = titled(LABEL);
        s.header(3, 0, "No.", "チェック項目", "はい・いいえ", "確認日", "目標日");
        s.put(4, 0, "１ー①").put(4, 1, SECURITY_OFFICER);
        s.put(5, 0, "2‐①").put(5, 1, DEVICE_LEDGER);
        s.put(6, 0, "２―⑥").put(6, 1, SECURITY_PATCH);
        s.put(7, 0, "3−③").put(7, 1, BCP);
        s.put(8, 0, "３－④").put(8, 1, RULES);
        s.box(3, 0, 8, 4);
        OfficialGrid g = only(read("v05", s));
        expect(g, List.of("1-①", "2-①", "2-⑥", "3-③", "3-④"),
                List.of(SECURITY_OFFICER, DEVICE_LEDGER, SECURITY_PATCH, BCP, RULES));
    }

    // 06: 対象 with line breaks in one cell
    @Test
    void v06_scopeWithLineBreaks() throws Exception {
        OfficialSamples.Sheet s = titled(LABEL);
        s.header(3, 0, "No.", "チェック項目", "対象", "はい・いいえ", "確認日", "目標日");
        s.put(4, 0, "2-④").put(4, 1, ACCESS_RIGHTS).put(4, 2, "サーバ\n端末PC");
        s.put(5, 0, "2-⑪").put(5, 1, LOG).put(5, 2, "サーバ");
        s.put(6, 0, "2-⑫").put(6, 1, SERVICES).put(6, 2, "サーバ\r\n端末ＰＣ");
        s.put(7, 0, "2-⑬").put(7, 1, SOURCE).put(7, 2, "ネットワーク\n機器");
        s.box(3, 0, 7, 5).list(4, 3, 7, 3, "はい", "いいえ");
        OfficialGrid g = only(read("v06", s));
        expect(g, List.of("2-④", "2-⑪", "2-⑫", "2-⑬"), List.of(ACCESS_RIGHTS, LOG, SERVICES, SOURCE));
        assertEquals(List.of(List.of(Scope.SERVER, Scope.TERMINAL), List.of(Scope.SERVER),
                List.of(Scope.SERVER, Scope.TERMINAL), List.of(Scope.NETWORK)),
                g.items().stream().map(OfficialItem::scopes).toList());
    }

    // 07: section heading rows whose answer cells are merged into one grey block covered by the answer list
    @Test
    void v07_headingRowWithMergedAnswerCell() throws Exception {
        OfficialSamples.Sheet s = titled(LABEL);
        s.header(3, 0, "No.", "チェック項目", "はい・いいえ", "確認日", "目標日");
        s.put(4, 0, "医療情報システムの有無").merge(4, 0, 4, 1).merge(4, 2, 4, 4);
        s.put(5, 1, GATE);
        s.put(6, 0, "体制構築").merge(6, 0, 6, 1).merge(6, 2, 6, 4);
        s.put(7, 0, "1-①").put(7, 1, SECURITY_OFFICER);
        s.put(8, 0, "医療情報システムの管理・運用").merge(8, 0, 8, 1).merge(8, 2, 8, 4);
        s.put(9, 0, "2-①").put(9, 1, DEVICE_LEDGER);
        s.box(3, 0, 9, 4).list(4, 2, 9, 2, "はい", "いいえ");
        OfficialGrid g = only(read("v07", s));
        expect(g, List.of("", "1-①", "2-①"), List.of(GATE, SECURITY_OFFICER, DEVICE_LEDGER));
        assertEquals(List.of("医療情報システムの有無", "体制構築", "医療情報システムの管理・運用"),
                g.items().stream().map(OfficialItem::sectionTitle).toList());
    }

    // 08: the header repeated mid-sheet (page 2 of the print), the table goes on under it
    @Test
    void v08_headerRepeatedMidSheet() throws Exception {
        OfficialSamples.Sheet s = titled(LABEL);
        String[] h = {"No.", "チェック項目", "対象", "はい・いいえ", "確認日", "目標日"};
        s.header(3, 0, h);
        s.put(4, 0, "1-①").put(4, 1, SECURITY_OFFICER).put(4, 2, "－");
        s.put(5, 0, "2-①").put(5, 1, DEVICE_LEDGER).put(5, 2, "医療情報システム全般");
        s.put(6, 0, "2-②").put(6, 1, REMOTE).put(6, 2, "医療情報システム全般");
        s.header(7, 0, h);
        s.put(8, 0, "2-⑧").put(8, 1, REUSE).put(8, 2, "医療情報システム全般");
        s.put(9, 0, "3-①").put(9, 1, CONTACT).put(9, 2, "－");
        s.box(3, 0, 9, 5).list(4, 3, 9, 3, "はい", "いいえ");
        s.sheet.setRowBreak(6);
        OfficialReading r = read("v08", s);
        OfficialGrid g = only(r);
        expect(g, List.of("1-①", "2-①", "2-②", "2-⑧", "3-①"),
                List.of(SECURITY_OFFICER, DEVICE_LEDGER, REMOTE, REUSE, CONTACT));
    }

    // 09: two forms on two sheets, the answer list read from a hidden helper sheet
    @Test
    void v09_twoSheetsHiddenListSheet() throws Exception {
        OfficialSamples.Sheet a = titled(LABEL);
        a.header(3, 0, "No.", "チェック項目", "はい・いいえ", "確認日", "目標日");
        a.put(4, 1, GATE).put(5, 0, "1-①").put(5, 1, SECURITY_OFFICER).put(6, 0, "2-①").put(6, 1, DEVICE_LEDGER);
        a.box(3, 0, 6, 4);
        OfficialSamples.Sheet b = a.next("事業者確認用");
        b.put(0, 0, TITLE).put(1, 0, "事業者確認用");
        b.header(3, 0, "No.", "チェック項目", "はい・いいえ", "確認日", "目標日");
        b.put(4, 0, "1-①").put(4, 1, SECURITY_OFFICER).put(5, 0, "2-③").put(5, 1, MDS);
        b.box(3, 0, 5, 4);
        OfficialSamples.Sheet list = a.next("list");
        list.put(0, 0, "はい").put(1, 0, "いいえ");
        a.wb.setSheetHidden(2, true);
        for (OfficialSamples.Sheet x : List.of(a, b)) {
            DataValidationHelper dv = x.sheet.getDataValidationHelper();
            DataValidation v = dv.createValidation(dv.createFormulaListConstraint("list!$A$1:$A$2"),
                    new CellRangeAddressList(4, 6, 2, 2));
            x.sheet.addValidationData(v);
        }
        OfficialReading r = read("v09", a);
        assertEquals(2, r.grids().size(), () -> r.grids() + " " + r.unrecognised());
        expect(r.grids().get(0), List.of("", "1-①", "2-①"), List.of(GATE, SECURITY_OFFICER, DEVICE_LEDGER));
        expect(r.grids().get(1), List.of("1-①", "2-③"), List.of(SECURITY_OFFICER, MDS));
        assertEquals(List.of(LABEL, "事業者確認用"), r.grids().stream().map(OfficialGrid::label).toList());
        assertEquals(Optional.of(FiscalYear.ofReiwa(8)), r.year());
    }

    // 10: sheet protected, rows 2-⑪…2-⑬ grouped and collapsed (hidden): still the form's items
    @Test
    void v10_protectedSheetCollapsedGroup() throws Exception {
        OfficialSamples.Sheet s = titled(LABEL);
        s.header(3, 0, "No.", "チェック項目", "対象", "はい・いいえ", "確認日", "目標日");
        s.put(4, 0, "2-⑩").put(4, 1, TWO_FACTOR).put(4, 2, "医療情報システム全般");
        s.put(5, 0, "2-⑪").put(5, 1, LOG).put(5, 2, "サーバ");
        s.put(6, 0, "2-⑫").put(6, 1, SERVICES).put(6, 2, "サーバ、端末PC");
        s.put(7, 0, "2-⑬").put(7, 1, SOURCE).put(7, 2, "ネットワーク機器");
        s.put(8, 0, "3-①").put(8, 1, CONTACT).put(8, 2, "－");
        s.box(3, 0, 8, 5).list(4, 3, 8, 3, "はい", "いいえ");
        s.sheet.groupRow(5, 7);
        s.sheet.setRowGroupCollapsed(5, true);
        s.sheet.protectSheet("tenken");
        OfficialGrid g = only(read("v10", s));
        expect(g, List.of("2-⑩", "2-⑪", "2-⑫", "2-⑬", "3-①"), List.of(TWO_FACTOR, LOG, SERVICES, SOURCE, CONTACT));
    }

    // 11: frozen panes under the header, the table starting at column C with two empty columns before
    @Test
    void v11_frozenPaneTableAtColumnC() throws Exception {
        OfficialSamples.Sheet s = new OfficialSamples.Sheet(LABEL);
        s.put(0, 2, TITLE).put(1, 2, LABEL);
        s.header(3, 2, "No.", "チェック項目", "対象", "はい・いいえ", "確認日", "目標日", "備考");
        s.put(4, 2, "医療情報システムの有無").merge(4, 2, 4, 8);
        s.put(5, 3, GATE);
        s.put(6, 2, "1 体制構築").merge(6, 2, 6, 8);
        s.put(7, 2, "1-①").put(7, 3, SECURITY_OFFICER).put(7, 4, "－");
        s.put(8, 2, "2-①").put(8, 3, DEVICE_LEDGER).put(8, 4, "医療情報システム全般");
        s.box(3, 2, 8, 8).list(5, 5, 8, 5, "はい", "いいえ").width(0, 2).width(1, 2);
        s.sheet.createFreezePane(4, 4);
        OfficialReading r = read("v11", s);
        OfficialGrid g = only(r);
        expect(g, List.of("", "1-①", "2-①"), List.of(GATE, SECURITY_OFFICER, DEVICE_LEDGER));
        assertEquals(2, g.columns().get(OfficialColumn.NUMBER));
        assertEquals(5, g.columns().get(OfficialColumn.ANSWER_1));
        assertEquals(LABEL, g.label());
        assertEquals(Optional.of(FiscalYear.ofReiwa(8)), r.year());
    }

    // 12: three header rows: 点検結果 over the rounds, 1回目 / 2回目, then the field words
    @Test
    void v12_threeHeaderRows() throws Exception {
        OfficialSamples.Sheet s = titled(LABEL);
        s.put(3, 0, "No.", s.head).merge(3, 0, 5, 0).put(3, 1, "チェック項目", s.head).merge(3, 1, 5, 1);
        s.put(3, 2, "点検結果", s.head).merge(3, 2, 3, 6);
        s.put(4, 2, "1回目", s.head).merge(4, 2, 4, 4).put(4, 5, "2回目", s.head).merge(4, 5, 4, 6);
        s.header(5, 2, "はい・いいえ", "確認日", "目標日", "はい・いいえ", "確認日");
        s.put(6, 0, "2-⑤").put(6, 1, ACCOUNTS);
        s.put(7, 0, "2-⑥").put(7, 1, SECURITY_PATCH);
        s.put(8, 0, "2-⑦").put(8, 1, PASSWORD);
        s.box(3, 0, 8, 6);
        OfficialGrid g = only(read("v12", s));
        expect(g, List.of("2-⑤", "2-⑥", "2-⑦"), List.of(ACCOUNTS, SECURITY_PATCH, PASSWORD));
        assertEquals(Map.of(OfficialColumn.NUMBER, 0, OfficialColumn.ITEM, 1, OfficialColumn.ANSWER_1, 2,
                OfficialColumn.CHECKED_1, 3, OfficialColumn.TARGET_1, 4, OfficialColumn.ANSWER_2, 5,
                OfficialColumn.CHECKED_2, 6), g.columns());
    }

    // 13: 目標日 named 対応予定時期, 備考 named 特記事項
    @Test
    void v13_targetNamedTaiouYoteiJiki() throws Exception {
        OfficialSamples.Sheet s = titled(LABEL);
        s.header(3, 0, "No.", "チェック項目", "対象", "回答", "確認日", "対応予定時期", "特記事項");
        s.put(4, 0, "1-①").put(4, 1, SECURITY_OFFICER).put(4, 2, "－");
        s.put(5, 0, "2-⑧").put(5, 1, REUSE).put(5, 2, "医療情報システム全般");
        s.put(6, 0, "3-④").put(6, 1, RULES).put(6, 2, "－");
        s.box(3, 0, 6, 6);
        OfficialGrid g = only(read("v13", s));
        expect(g, List.of("1-①", "2-⑧", "3-④"), List.of(SECURITY_OFFICER, REUSE, RULES));
        assertEquals(5, g.columns().get(OfficialColumn.TARGET_1), g.columns()::toString);
        assertEquals(6, g.columns().get(OfficialColumn.NOTE), g.columns()::toString);
    }

    // 14: 目標日 named 実施予定時期 / 改善予定, 備考 named コメント
    @Test
    void v14_targetNamedJisshiYoteiAndComment() throws Exception {
        OfficialSamples.Sheet s = titled(LABEL);
        s.header(3, 0, "No.", "チェック項目", "はい・いいえ", "確認日", "実施予定時期", "コメント");
        s.put(4, 0, "2-⑨").put(4, 1, USB);
        s.put(5, 0, "2-⑩").put(5, 1, TWO_FACTOR);
        s.box(3, 0, 5, 5);
        OfficialGrid g = only(read("v14", s));
        expect(g, List.of("2-⑨", "2-⑩"), List.of(USB, TWO_FACTOR));
        assertEquals(4, g.columns().get(OfficialColumn.TARGET_1), g.columns()::toString);
        assertEquals(5, g.columns().get(OfficialColumn.NOTE), g.columns()::toString);
    }

    // 15: a cover sheet, then 医療機関・薬局確認用 and 事業者確認用 on their own sheets (sheet names only)
    @Test
    void v15_vendorSheetAlongsideWithCover() throws Exception {
        OfficialSamples.Sheet cover = new OfficialSamples.Sheet("表紙");
        cover.put(0, 0, TITLE).put(2, 0, "（医療機関・薬局確認用、事業者確認用の2シート）");
        OfficialSamples.Sheet a = cover.next(LABEL);
        a.put(0, 0, "医療機関におけるサイバーセキュリティ対策チェックリスト");
        a.header(2, 0, "No.", "チェック項目", "はい・いいえ", "確認日", "目標日");
        a.put(3, 0, "1-①").put(3, 1, SECURITY_OFFICER).put(4, 0, "2-①").put(4, 1, DEVICE_LEDGER);
        a.box(2, 0, 4, 4);
        OfficialSamples.Sheet b = cover.next("事業者確認用");
        b.put(0, 0, "医療機関におけるサイバーセキュリティ対策チェックリスト");
        b.header(2, 0, "No.", "チェック項目", "はい・いいえ", "確認日", "目標日");
        b.put(3, 0, "1-①").put(3, 1, SECURITY_OFFICER).put(4, 0, "2-③").put(4, 1, MDS);
        b.box(2, 0, 4, 4);
        OfficialReading r = read("v15", cover);
        assertEquals(2, r.grids().size(), () -> r.grids() + " " + r.unrecognised());
        assertEquals(List.of(LABEL, "事業者確認用"), r.grids().stream().map(OfficialGrid::label).toList());
        expect(r.grids().get(1), List.of("1-①", "2-③"), List.of(SECURITY_OFFICER, MDS));
        assertEquals(Optional.of(FiscalYear.ofReiwa(8)), r.year());
    }

    // 16: a note naming the other form printed between the form's label and its header
    @Test
    void v16_noteNamingTheOtherForm() throws Exception {
        OfficialSamples.Sheet s = titled(LABEL);
        s.put(2, 0, "※事業者確認用チェックリストは、システム事業者に記入を依頼してください。");
        s.header(4, 0, "No.", "チェック項目", "はい・いいえ", "確認日", "目標日");
        s.put(5, 0, "1-①").put(5, 1, SECURITY_OFFICER).put(6, 0, "2-③").put(6, 1, MDS);
        s.box(4, 0, 6, 4);
        OfficialGrid g = only(read("v16", s));
        expect(g, List.of("1-①", "2-③"), List.of(SECURITY_OFFICER, MDS));
        assertEquals(LABEL, g.label());
    }

    // 17: an item's text over two rows, its No. and answer cells merged down both rows
    @Test
    void v17_textOverTwoRowsMergedNumber() throws Exception {
        OfficialSamples.Sheet s = titled(LABEL);
        s.header(3, 0, "No.", "チェック項目", "はい・いいえ", "確認日", "目標日");
        s.put(4, 0, "3-①").put(4, 1, CONTACT);
        s.put(5, 0, "3-②").put(5, 1, RESTORE_A).put(6, 1, RESTORE_B);
        s.merge(5, 0, 6, 0).merge(5, 2, 6, 2).merge(5, 3, 6, 3).merge(5, 4, 6, 4);
        s.put(7, 0, "3-③").put(7, 1, BCP);
        s.box(3, 0, 7, 4).list(4, 2, 7, 2, "はい", "いいえ");
        OfficialGrid g = only(read("v17", s));
        expect(g, List.of("3-①", "3-②", "3-③"), List.of(CONTACT, RESTORE, BCP));
    }

    // 18: an item's text over two rows, nothing merged (a re-typed copy): the second row has no number
    @Test
    void v18_textOverTwoRowsPlain() throws Exception {
        OfficialSamples.Sheet s = titled(LABEL);
        s.header(3, 0, "No.", "チェック項目", "はい・いいえ", "確認日", "目標日");
        s.put(4, 0, "3-①").put(4, 1, CONTACT);
        s.put(5, 0, "3-②").put(5, 1, RESTORE_A).put(6, 1, RESTORE_B);
        s.put(7, 0, "3-③").put(7, 1, BCP);
        s.box(3, 0, 7, 4);
        OfficialGrid g = only(read("v18", s));
        expect(g, List.of("3-①", "3-②", "3-③"), List.of(CONTACT, RESTORE, BCP));
    }

    // 19: a ※ footnote row between items (merged across), and 2-⑦'s ※ note on a second line of its own cell
    @Test
    void v19_footnoteRowsBetweenItems() throws Exception {
        OfficialSamples.Sheet s = titled(LABEL);
        s.header(3, 0, "No.", "チェック項目", "対象", "はい・いいえ", "確認日", "目標日");
        s.put(4, 0, "2-⑥").put(4, 1, SECURITY_PATCH).put(4, 2, "医療情報システム全般");
        s.put(5, 0, "2-⑦").put(5, 1, PASSWORD.replace("※", "\n※")).put(5, 2, "医療情報システム全般");
        s.put(6, 0, "※パスワードの設定は、令和７年度版から変更ありません。").merge(6, 0, 6, 5);
        s.put(7, 0, "2-⑧").put(7, 1, REUSE).put(7, 2, "医療情報システム全般");
        s.box(3, 0, 7, 5).list(4, 3, 7, 3, "はい", "いいえ");
        OfficialReading r = read("v19", s);
        OfficialGrid g = only(r);
        expect(g, List.of("2-⑥", "2-⑦", "2-⑧"), List.of(SECURITY_PATCH, PASSWORD, REUSE));
        assertEquals(Optional.of(FiscalYear.ofReiwa(8)), r.year());
    }

    // 20: long items without 「。」 and short ones, ① numbers restarting per heading row in the No. column
    @Test
    void v20_itemsWithoutFullStop() throws Exception {
        OfficialSamples.Sheet s = titled(LABEL);
        s.header(3, 0, "No.", "チェック項目", "はい・いいえ", "確認日", "目標日");
        s.put(4, 0, "2").put(4, 1, "医療情報システムの管理・運用");
        s.put(5, 0, "⑨").put(5, 1, USB);
        s.put(6, 0, "⑩").put(6, 1, TWO_FACTOR);
        s.put(7, 0, "3").put(7, 1, "インシデント発生に備えた対応");
        s.put(8, 0, "①").put(8, 1, CONTACT.replace("。", ""));
        s.put(9, 0, "④").put(9, 1, RULES);
        s.box(3, 0, 9, 4);
        OfficialReading r = read("v20", s);
        OfficialGrid g = only(r);
        expect(g, List.of("2-⑨", "2-⑩", "3-①", "3-④"), List.of(USB, TWO_FACTOR, CONTACT.replace("。", ""), RULES));
        assertEquals(Optional.of(FiscalYear.ofReiwa(8)), r.year());
    }

    // 21: a filled-in example row 「（例）」 at the top of the table
    @Test
    void v21_exampleRowRei() throws Exception {
        OfficialSamples.Sheet s = titled(LABEL);
        s.header(3, 0, "No.", "チェック項目", "対象", "はい・いいえ", "確認日", "目標日");
        s.put(4, 0, "（例）").put(4, 1, SECURITY_OFFICER).put(4, 2, "－").put(4, 3, "はい").put(4, 4, "令和8年4月1日");
        s.put(5, 0, "1-①").put(5, 1, SECURITY_OFFICER).put(5, 2, "－");
        s.put(6, 0, "2-①").put(6, 1, DEVICE_LEDGER).put(6, 2, "医療情報システム全般");
        s.box(3, 0, 6, 5).list(4, 3, 6, 3, "はい", "いいえ");
        OfficialGrid g = only(read("v21", s));
        expect(g, List.of("1-①", "2-①"), List.of(SECURITY_OFFICER, DEVICE_LEDGER));
    }

    // 22: an example row whose No. cell says 記入例 (in the top ten rows of the form's sheet)
    @Test
    void v22_exampleRowKinyuurei() throws Exception {
        OfficialSamples.Sheet s = titled(LABEL);
        s.header(3, 0, "No.", "チェック項目", "対象", "はい・いいえ", "確認日", "目標日");
        s.put(4, 0, "記入例").put(4, 1, SECURITY_OFFICER).put(4, 2, "－").put(4, 3, "いいえ").put(4, 5, "令和8年9月30日");
        s.put(5, 0, "1-①").put(5, 1, SECURITY_OFFICER).put(5, 2, "－");
        s.put(6, 0, "2-①").put(6, 1, DEVICE_LEDGER).put(6, 2, "医療情報システム全般");
        s.box(3, 0, 6, 5).list(4, 3, 6, 3, "はい", "いいえ");
        OfficialReading r = read("v22", s);
        OfficialGrid g = only(r);
        expect(g, List.of("1-①", "2-①"), List.of(SECURITY_OFFICER, DEVICE_LEDGER));
    }

    // 23: one answer column headed チェック with ✓ marks: it says only はい, so the reader does not guess; the sheet is
    // reported without an answer column (the clerk states the columns on the mapping screen)
    @Test
    void v23_singleCheckColumnIsNotGuessed() throws Exception {
        OfficialSamples.Sheet s = titled(LABEL);
        s.header(3, 0, "No.", "チェック項目", "チェック", "確認日", "目標日");
        s.put(4, 0, "1-①").put(4, 1, SECURITY_OFFICER).put(4, 2, "✓");
        s.put(5, 0, "2-①").put(5, 1, DEVICE_LEDGER);
        s.box(3, 0, 5, 4);
        OfficialReading r = read("v23", s);
        assertEquals(List.of(), r.grids());
        assertEquals(List.of(SheetReader.WORD_ANSWER), r.unrecognised().get(0).missingWords());
    }

    // 24: 大項目 | 中項目 | No. | 小項目 (the text) — no チェック項目 word at all
    @Test
    void v24_daiChuShouKoumoku() throws Exception {
        OfficialSamples.Sheet s = titled(LABEL);
        s.header(3, 0, "大項目", "No.", "小項目", "はい・いいえ", "確認日", "目標日");
        s.put(4, 0, "1 体制構築").put(4, 1, "①").put(4, 2, SECURITY_OFFICER);
        s.put(5, 0, "2 医療情報システムの管理・運用").merge(5, 0, 6, 0);
        s.put(5, 1, "①").put(5, 2, DEVICE_LEDGER);
        s.put(6, 1, "②").put(6, 2, REMOTE);
        s.box(3, 0, 6, 5).list(4, 3, 6, 3, "はい", "いいえ");
        OfficialGrid g = only(read("v24", s));
        expect(g, List.of("1-①", "2-①", "2-②"), List.of(SECURITY_OFFICER, DEVICE_LEDGER, REMOTE));
        assertEquals(2, g.columns().get(OfficialColumn.ITEM), g.columns()::toString);
    }

    // 25: the gate's section row carries 「－」 in its own answer cell (greyed, no list): a heading, not an item
    @Test
    void v25_headingWithDashInAnswer() throws Exception {
        OfficialSamples.Sheet s = titled(LABEL);
        s.header(3, 0, "No.", "チェック項目", "はい・いいえ", "確認日", "目標日");
        s.put(4, 0, "体制構築").merge(4, 0, 4, 1).put(4, 2, "－").put(4, 3, "－").put(4, 4, "－");
        s.put(5, 0, "1-①").put(5, 1, SECURITY_OFFICER);
        s.put(6, 0, "医療情報システムの管理・運用").merge(6, 0, 6, 1).put(6, 2, "－").put(6, 3, "－").put(6, 4, "－");
        s.put(7, 0, "2-①").put(7, 1, DEVICE_LEDGER);
        s.put(8, 0, "2-②").put(8, 1, REMOTE);
        s.box(3, 0, 8, 4).list(5, 2, 5, 2, "はい", "いいえ").list(7, 2, 8, 2, "はい", "いいえ");
        OfficialGrid g = only(read("v25", s));
        expect(g, List.of("1-①", "2-①", "2-②"), List.of(SECURITY_OFFICER, DEVICE_LEDGER, REMOTE));
        assertEquals(List.of("体制構築", "医療情報システムの管理・運用", "医療情報システムの管理・運用"),
                g.items().stream().map(OfficialItem::sectionTitle).toList());
    }

    // guard for the text-continuation fix: two questions under one merged No., each answered on its own row
    @Test
    void g01_twoQuestionsUnderOneMergedNumberStayTwoRows() throws Exception {
        OfficialSamples.Sheet s = titled(LABEL);
        s.header(3, 0, "No.", "チェック項目", "はい・いいえ", "確認日", "目標日");
        s.put(4, 0, "2-⑦").put(4, 1, "パスワードは英数字、記号が混在した8文字以上とし、定期的に変更している。").merge(4, 0, 5, 0);
        s.put(5, 1, REUSE);
        s.put(6, 0, "2-⑨").put(6, 1, USB);
        s.box(3, 0, 6, 4).list(4, 2, 6, 2, "はい", "いいえ");
        OfficialGrid g = only(read("g01", s));
        assertEquals(List.of("パスワードは英数字、記号が混在した8文字以上とし、定期的に変更している。", REUSE, USB), texts(g));
    }

    // guard for the repeated-header fix: a second form under the first with only its label between is a second table
    @Test
    void g02_stackedFormsWithOnlyALabelBetweenStayTwo() throws Exception {
        OfficialSamples.Sheet s = titled(LABEL);
        String[] h = {"No.", "チェック項目", "はい・いいえ", "確認日", "目標日"};
        s.header(3, 0, h);
        s.put(4, 0, "1-①").put(4, 1, SECURITY_OFFICER);
        s.box(3, 0, 4, 4);
        s.put(6, 0, "事業者確認用");
        s.header(7, 0, h);
        s.put(8, 0, "2-③").put(8, 1, MDS);
        s.box(7, 0, 8, 4);
        OfficialReading r = read("g02", s);
        assertEquals(List.of(LABEL, "事業者確認用"), r.grids().stream().map(OfficialGrid::label).toList());
        assertEquals(List.of(List.of(SECURITY_OFFICER), List.of(MDS)),
                r.grids().stream().map(LayoutVariantsTest::texts).toList());
    }
}
