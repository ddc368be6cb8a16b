package jp.tenken.xlsx.read;

import static jp.tenken.xlsx.read.OfficialSamples.ACCESS_RIGHTS;
import static jp.tenken.xlsx.read.OfficialSamples.BCP;
import static jp.tenken.xlsx.read.OfficialSamples.DEVICE_LEDGER;
import static jp.tenken.xlsx.read.OfficialSamples.SECURITY_OFFICER;
import static jp.tenken.xlsx.read.OfficialSamples.VENDOR_MDS;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import jp.tenken.domain.edition.FormKind;
import jp.tenken.domain.edition.Scope;
import jp.tenken.domain.official.OfficialColumn;
import jp.tenken.domain.official.OfficialGrid;
import jp.tenken.domain.official.OfficialItem;
import jp.tenken.domain.official.OfficialReading;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Layouts the ministry's 事業者確認用 (001716188.xlsx), alone or beside the facility form, might plausibly have.
 * Item wording from resources/catalog/editions/r7.json (the vendor wording of 2-③ is its VENDOR variant). Each test
 * states what a person reading the sheet would see.
 */
class VendorLayoutsTest {
    static final String TITLE = "令和８年度版　医療機関等におけるサイバーセキュリティ対策チェックリスト";
    static final String FACILITY_TITLE = "令和８年度版　医療機関・薬局におけるサイバーセキュリティ対策チェックリスト";
    static final List<String> NUMBERS = List.of("1-①", "2-①", "2-③", "2-④", "3-③");
    static final List<String> TEXTS = List.of(SECURITY_OFFICER, DEVICE_LEDGER, VENDOR_MDS, ACCESS_RIGHTS, BCP);
    static final Map<OfficialColumn, Integer> COLUMNS = Map.of(OfficialColumn.NUMBER, 0, OfficialColumn.ITEM, 1,
            OfficialColumn.SCOPE, 2, OfficialColumn.ANSWER_1, 3, OfficialColumn.CHECKED_1, 4, OfficialColumn.TARGET_1, 5,
            OfficialColumn.ANSWER_2, 6, OfficialColumn.CHECKED_2, 7, OfficialColumn.NOTE, 8);

    @TempDir
    Path dir;

    private final OfficialGridReader reader = new OfficialGridReader();

    /**
     * The vendor table at row {@code h}: a two-row header (1回目 over はい・いいえ | 確認日 | 目標日, 2回目 over はい・いいえ |
     * 確認日), sections merged across, 2-④ per device with No. and text merged down. Returns the last row.
     */
    static int vendorTable(OfficialSamples.Sheet s, int h) {
        s.put(h, 0, "No.", s.head).merge(h, 0, h + 1, 0);
        s.put(h, 1, "チェック項目", s.head).merge(h, 1, h + 1, 1);
        s.put(h, 2, "対象", s.head).merge(h, 2, h + 1, 2);
        s.put(h, 3, "1回目", s.head).merge(h, 3, h, 5);
        s.put(h, 6, "2回目", s.head).merge(h, 6, h, 7);
        s.put(h, 8, "備考", s.head).merge(h, 8, h + 1, 8);
        s.header(h + 1, 3, "はい・いいえ", "確認日", "目標日", "はい・いいえ", "確認日");
        int r = h + 2;
        s.put(r, 0, "1 体制構築").merge(r, 0, r, 8);
        r++;
        s.put(r, 0, "1-①").put(r, 1, SECURITY_OFFICER).put(r, 2, "－");
        r++;
        s.put(r, 0, "2 医療情報システムの管理・運用").merge(r, 0, r, 8);
        r++;
        s.put(r, 0, "2-①").put(r, 1, DEVICE_LEDGER).put(r, 2, "医療情報システム全般");
        r++;
        s.put(r, 0, "2-③").put(r, 1, VENDOR_MDS).put(r, 2, "－");
        r++;
        s.put(r, 0, "2-④").put(r, 1, ACCESS_RIGHTS).merge(r, 0, r + 1, 0).merge(r, 1, r + 1, 1);
        s.put(r, 2, "サーバ").put(r + 1, 2, "端末PC");
        r += 2;
        s.put(r, 0, "3 インシデント発生に備えた対応").merge(r, 0, r, 8);
        r++;
        s.put(r, 0, "3-③").put(r, 1, BCP).put(r, 2, "－");
        s.box(h, 0, r, 8).list(h + 2, 3, r, 3, "はい", "いいえ").list(h + 2, 6, r, 6, "はい", "いいえ");
        return r;
    }

    /** The same table for the facility (its own 2-③ wording and the gate row). */
    static int facilityTable(OfficialSamples.Sheet s, int h) {
        int last = vendorTable(s, h);
        s.put(h + 6, 1, "事業者から製造業者/サービス事業者による医療情報セキュリティ開示書（MDS/SDS）を提出してもらう。");
        return last;
    }

    static void expectVendor(OfficialGrid g) {
        assertEquals("事業者確認用", g.label(), () -> "label; grid " + g);
        assertEquals(List.of(FormKind.VENDOR), g.forms());
        assertEquals(NUMBERS, g.items().stream().map(OfficialItem::number).toList(),
                () -> "numbers; items " + g.items() + " unread " + g.unread());
        assertEquals(TEXTS, g.items().stream().map(OfficialItem::text).toList());
        assertEquals(List.of(Scope.SERVER, Scope.TERMINAL), g.items().get(3).scopes());
        assertEquals(COLUMNS, g.columns());
    }

    private OfficialReading read(String name, OfficialSamples.Sheet s) throws IOException {
        return reader.read(s.save(dir.resolve(name + ".xlsx")));
    }

    private static OfficialGrid vendorGrid(OfficialReading r) {
        List<OfficialGrid> v = r.grids().stream().filter(g -> g.forms().contains(FormKind.VENDOR)).toList();
        assertEquals(1, v.size(), () -> "vendor grids " + r.grids() + " unrecognised " + r.unrecognised());
        return v.get(0);
    }

    // P01: 事業者確認用 alone on its sheet
    @Test
    void p01_alone() throws Exception {
        OfficialSamples.Sheet s = new OfficialSamples.Sheet("事業者確認用");
        s.put(0, 0, TITLE).put(1, 0, "事業者確認用");
        vendorTable(s, 3);
        OfficialReading r = read("p01", s);
        expectVendor(RowKeepingRecognitionTest.only(r));
        assertEquals(8, r.year().orElseThrow().reiwa());
    }

    // P02: after a cover sheet that names both forms and explains them
    @Test
    void p02_afterCoverSheet() throws Exception {
        OfficialSamples.Sheet cover = new OfficialSamples.Sheet("表紙");
        cover.put(0, 0, TITLE);
        cover.put(2, 0, "本チェックリストは「医療機関・薬局確認用」と「事業者確認用」の２種類です。");
        cover.put(3, 0, "事業者確認用");
        cover.put(4, 0, "※医療機関が事業者に確認を依頼してください");
        cover.put(6, 0, "記入方法").put(7, 0, "はい・いいえを選択し、確認日を記入してください。");
        OfficialSamples.Sheet s = cover.next("事業者確認用");
        s.put(0, 0, TITLE).put(1, 0, "事業者確認用");
        vendorTable(s, 3);
        expectVendor(RowKeepingRecognitionTest.only(read("p02", cover)));
    }

    // P03: both forms in one workbook, sheets named 医療機関用 / 事業者用, each label printed on its sheet
    @Test
    void p03_twoSheetsNamedOtherwiseWithLabels() throws Exception {
        OfficialReading r = reader.read(VendorLayouts.twoSheets(dir.resolve("p03.xlsx"), true));
        assertEquals(2, r.grids().size(), () -> r.grids().toString());
        assertEquals(List.of(FormKind.FACILITY, FormKind.PHARMACY), r.grids().get(0).forms());
        expectVendor(vendorGrid(r));
    }

    // P04: the same, but the forms are named only as 医療機関用 / 事業者用 (sheet name and title), no 「…確認用」 label
    @Test
    void p04_twoSheetsNamedOtherwiseWithoutLabels() throws Exception {
        OfficialReading r = reader.read(VendorLayouts.twoSheets(dir.resolve("p04.xlsx"), false));
        assertEquals(2, r.grids().size(), () -> r.grids().toString());
        assertEquals(List.of(FormKind.FACILITY), r.grids().get(0).forms(), "医療機関用");
        assertEquals("事業者用", r.grids().get(1).label());
        assertEquals(List.of(FormKind.VENDOR), r.grids().get(1).forms(), "事業者用");
    }

    // P05: 事業者名 / 記入者 / 連絡先 / 記入日 block (bordered, fill-in cells) between the label and the header
    @Test
    void p05_vendorBlockAboveHeader() throws Exception {
        expectVendor(RowKeepingRecognitionTest.only(reader.read(VendorLayouts.vendorWithBlock(dir.resolve("p05.xlsx")))));
    }

    // P06: the same block worded 事業者名 / 回答者 / 回答日 / 医療機関名, at the right of the label rows
    @Test
    void p06_respondentBlockBesideTitle() throws Exception {
        OfficialSamples.Sheet s = new OfficialSamples.Sheet("事業者確認用");
        s.put(0, 0, TITLE).put(1, 0, "事業者確認用");
        s.put(1, 5, "医療機関名").put(2, 5, "事業者名").put(3, 5, "回答者").put(4, 5, "回答日");
        for (int r = 1; r <= 4; r++) {
            s.merge(r, 6, r, 8);
        }
        s.box(1, 5, 4, 8);
        vendorTable(s, 6);
        expectVendor(RowKeepingRecognitionTest.only(read("p06", s)));
    }

    // P07: the note 「※医療機関が事業者に確認を依頼してください」 between the label and the header, and a 「※事業者確認用は…」
    // footnote under the table
    @Test
    void p07_requestNote() throws Exception {
        OfficialSamples.Sheet s = new OfficialSamples.Sheet("事業者確認用");
        s.put(0, 0, TITLE).put(1, 0, "事業者確認用");
        s.put(2, 0, "※医療機関が事業者に確認を依頼してください");
        int last = vendorTable(s, 4);
        s.put(last + 2, 0, "※事業者確認用は、医療機関・薬局確認用の各項目のうち事業者に関するものです。");
        expectVendor(RowKeepingRecognitionTest.only(read("p07", s)));
    }

    // P08: a filled-in 「事業者確認用（記入例）」 sheet before the real one
    @Test
    void p08_exampleSheetBeside() throws Exception {
        OfficialReading r = reader.read(VendorLayouts.withExampleSheet(dir.resolve("p08.xlsx")));
        expectVendor(RowKeepingRecognitionTest.only(r));
        assertEquals(List.of("事業者確認用（記入例）"), r.examples());
    }

    // P09: both forms stacked on one sheet, the facility form's footnote naming the vendor form between them
    @Test
    void p09_stackedWithNoteBetween() throws Exception {
        OfficialSamples.Sheet s = new OfficialSamples.Sheet("チェックリスト");
        s.put(0, 0, FACILITY_TITLE).put(1, 0, "医療機関・薬局確認用");
        int last = facilityTable(s, 3);
        s.put(last + 1, 0, "※事業者確認用は、医療機関が事業者に確認を依頼してください。");
        s.put(last + 3, 0, TITLE).put(last + 4, 0, "事業者確認用");
        s.put(last + 5, 0, "事業者名：");
        vendorTable(s, last + 7);
        OfficialReading r = read("p09", s);
        assertEquals(2, r.grids().size(), () -> r.grids().toString());
        assertEquals(List.of(FormKind.FACILITY, FormKind.PHARMACY), r.grids().get(0).forms());
        expectVendor(vendorGrid(r));
    }

    // P10: 2回目 as a block of its own beside the 1回目 block (No. and チェック項目 printed again)
    @Test
    void p10_secondRoundBlockBeside() throws Exception {
        OfficialSamples.Sheet s = new OfficialSamples.Sheet("事業者確認用");
        s.put(0, 0, TITLE).put(1, 0, "事業者確認用");
        s.put(3, 0, "No.", s.head).put(3, 1, "チェック項目", s.head).put(3, 2, "対象", s.head)
                .put(3, 3, "はい・いいえ（1回目）", s.head).put(3, 4, "確認日（1回目）", s.head).put(3, 5, "目標日", s.head);
        s.put(3, 7, "No.", s.head).put(3, 8, "チェック項目", s.head)
                .put(3, 9, "はい・いいえ（2回目）", s.head).put(3, 10, "確認日（2回目）", s.head);
        String[][] rows = {{"1-①", SECURITY_OFFICER, "－"}, {"2-①", DEVICE_LEDGER, "医療情報システム全般"},
            {"2-③", VENDOR_MDS, "－"}, {"3-③", BCP, "－"}};
        for (int i = 0; i < rows.length; i++) {
            s.put(4 + i, 0, rows[i][0]).put(4 + i, 1, rows[i][1]).put(4 + i, 2, rows[i][2]);
            s.put(4 + i, 7, rows[i][0]).put(4 + i, 8, rows[i][1]);
        }
        s.box(3, 0, 7, 5).box(3, 7, 7, 10);
        OfficialGrid g = RowKeepingRecognitionTest.only(read("p10", s));
        assertEquals("事業者確認用", g.label());
        assertEquals(List.of("1-①", "2-①", "2-③", "3-③"), g.items().stream().map(OfficialItem::number).toList());
        assertEquals(Integer.valueOf(9), g.columns().get(OfficialColumn.ANSWER_2), g.columns()::toString);
        assertEquals(Integer.valueOf(10), g.columns().get(OfficialColumn.CHECKED_2), g.columns()::toString);
    }

    // P11: a 責任分界 column (医療機関 / 事業者 / 共同) between 対象 and the answers
    @Test
    void p11_responsibilityColumn() throws Exception {
        OfficialSamples.Sheet s = new OfficialSamples.Sheet("事業者確認用");
        s.put(0, 0, TITLE).put(1, 0, "事業者確認用");
        s.put(3, 0, "No.", s.head).put(3, 1, "チェック項目", s.head).put(3, 2, "対象", s.head)
                .put(3, 3, "責任分界", s.head).put(3, 4, "はい・いいえ", s.head).put(3, 5, "確認日", s.head)
                .put(3, 6, "目標日", s.head).put(3, 7, "備考", s.head);
        s.put(4, 0, "1-①").put(4, 1, SECURITY_OFFICER).put(4, 2, "－").put(4, 3, "事業者");
        s.put(5, 0, "2-③").put(5, 1, VENDOR_MDS).put(5, 2, "－").put(5, 3, "事業者");
        s.put(6, 0, "3-③").put(6, 1, BCP).put(6, 2, "－").put(6, 3, "医療機関・事業者");
        s.box(3, 0, 6, 7).list(4, 3, 6, 3, "医療機関", "事業者", "医療機関・事業者").list(4, 4, 6, 4, "はい", "いいえ");
        OfficialGrid g = RowKeepingRecognitionTest.only(read("p11", s));
        assertEquals("事業者確認用", g.label());
        assertEquals(List.of("1-①", "2-③", "3-③"), g.items().stream().map(OfficialItem::number).toList());
        assertEquals(List.of(SECURITY_OFFICER, VENDOR_MDS, BCP), g.items().stream().map(OfficialItem::text).toList());
        assertEquals(Integer.valueOf(4), g.columns().get(OfficialColumn.ANSWER_1), g.columns()::toString);
        assertEquals(Integer.valueOf(5), g.columns().get(OfficialColumn.CHECKED_1), g.columns()::toString);
        assertEquals(Integer.valueOf(7), g.columns().get(OfficialColumn.NOTE), g.columns()::toString);
    }

    // P12: the label only in the title's brackets 「…チェックリスト【事業者確認用】」, sheet named Sheet1
    @Test
    void p12_labelInTitleOnly() throws Exception {
        OfficialSamples.Sheet s = new OfficialSamples.Sheet("Sheet1");
        s.put(0, 0, TITLE + "【事業者確認用】");
        s.put(1, 0, "※医療機関・薬局確認用とあわせてご確認ください");
        vendorTable(s, 3);
        expectVendor(RowKeepingRecognitionTest.only(read("p12", s)));
    }
}
