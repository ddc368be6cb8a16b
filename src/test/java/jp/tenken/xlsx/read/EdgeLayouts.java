package jp.tenken.xlsx.read;

import static jp.tenken.xlsx.read.OfficialSamples.DEVICE_LEDGER;
import static jp.tenken.xlsx.read.OfficialSamples.GATE;
import static jp.tenken.xlsx.read.OfficialSamples.SECURITY_OFFICER;

import java.io.IOException;
import java.nio.file.Path;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;

/**
 * Workbooks in layouts a clinic or a later edition might use, each built so that a careless reader misreads it: the
 * year only on a cover sheet while an item names another 年度, notes and a signature block under the table, short
 * unnumbered items, a 区分 column of names only, 第1 headings, header words with hints, 和暦 date formats, a hidden
 * 2回目. Item texts are the 令和7年度版 wording (resources/catalog/editions/r7.json).
 */
public final class EdgeLayouts {
    public static final String USB = "USBストレージ等の外部記録媒体の接続制限";
    public static final String TWO_FACTOR = "二要素認証（令和9年度までに導入が目標）";
    public static final String RULES = "運用管理規程等の整備";
    public static final String REMOTE = "リモートメンテナンス（保守）を利用している機器の有無を事業者に確認した。";
    public static final String TITLE = "医療機関におけるサイバーセキュリティ対策チェックリスト";

    private EdgeLayouts() {
    }

    /**
     * A cover sheet printing 令和８年度版; the form sheet's title prints no year; item 2-⑩ names 令和9年度 in its text.
     * Without {@code cover} only the item names a year.
     */
    public static Path yearOnlyOnCover(Path file, boolean cover) throws IOException {
        OfficialSamples.Sheet s = new OfficialSamples.Sheet(cover ? "表紙" : "医療機関・薬局確認用");
        if (cover) {
            s.put(0, 0, "令和８年度版　" + TITLE);
            s.put(1, 0, "・「いいえ」の場合は、目標日を記入してください。");
            s = s.next("医療機関・薬局確認用");
        }
        s.put(0, 0, TITLE).put(1, 0, "医療機関・薬局確認用");
        s.header(3, 0, "No.", "チェック項目", "対象", "はい・いいえ", "確認日", "目標日");
        s.put(4, 0, "2-⑨").put(4, 1, USB).put(4, 2, "医療情報システム全般");
        s.put(5, 0, "2-⑩").put(5, 1, TWO_FACTOR).put(5, 2, "医療情報システム全般");
        s.box(3, 0, 5, 5).list(4, 3, 5, 3, "はい", "いいえ");
        return s.save(file);
    }

    /**
     * Sections as merged heading rows with a bordered blank spacer row between them, then under the table (outside its
     * borders) a 【記入上の注意】 block with numbered sentences and a signature block.
     */
    public static Path notesAndSignatureAfterTable(Path file) throws IOException {
        OfficialSamples.Sheet s = new OfficialSamples.Sheet("医療機関・薬局確認用");
        s.put(0, 0, "令和８年度版　" + TITLE).put(1, 0, "医療機関・薬局確認用");
        s.header(3, 0, "No.", "チェック項目", "対象", "はい・いいえ", "確認日", "目標日");
        s.put(4, 0, "1 体制構築").merge(4, 0, 4, 5);
        s.put(5, 0, "①").put(5, 1, SECURITY_OFFICER).put(5, 2, "－");
        s.put(7, 0, "2 医療情報システムの管理・運用").merge(7, 0, 7, 5);
        s.put(8, 0, "①").put(8, 1, DEVICE_LEDGER).put(8, 2, "医療情報システム全般");
        s.put(9, 0, "②").put(9, 1, REMOTE).put(9, 2, "医療情報システム全般");
        s.box(3, 0, 9, 5).list(4, 3, 9, 3, "はい", "いいえ");
        s.put(11, 0, "【記入上の注意】");
        s.put(12, 0, "1. 各項目について「はい」又は「いいえ」を選択してください。");
        s.put(13, 0, "2. 「いいえ」の場合は、令和８年度中の目標日を記入してください。");
        s.put(15, 0, "上記のとおり確認しました。");
        s.put(17, 1, "医療機関名：");
        s.put(18, 1, "管理者氏名：　　　　　　　　　　　　印");
        return s.save(file);
    }

    /**
     * Section headings drawn as plain text between the bordered blocks of their items (no border, no merge), then a
     * note under the last block: the headings start sections, the note ends the table.
     */
    public static Path headingsOutsideTheBorders(Path file) throws IOException {
        OfficialSamples.Sheet s = new OfficialSamples.Sheet("医療機関・薬局確認用");
        s.put(0, 0, "令和８年度版　" + TITLE).put(1, 0, "医療機関・薬局確認用");
        s.header(3, 0, "No.", "チェック項目", "対象", "はい・いいえ", "確認日", "目標日");
        s.box(3, 0, 3, 5);
        s.put(4, 0, "1 体制構築");
        s.put(5, 0, "①").put(5, 1, SECURITY_OFFICER).put(5, 2, "－");
        s.box(5, 0, 5, 5).list(5, 3, 5, 3, "はい", "いいえ");
        s.put(6, 0, "2 医療情報システムの管理・運用");
        s.put(7, 0, "①").put(7, 1, DEVICE_LEDGER).put(7, 2, "医療情報システム全般");
        s.put(8, 0, "②").put(8, 1, REMOTE).put(8, 2, "医療情報システム全般");
        s.box(7, 0, 8, 5).list(7, 3, 8, 3, "はい", "いいえ");
        s.put(10, 0, "上記のとおり確認しました。");
        return s.save(file);
    }

    /**
     * Only the gate question is boxed; the numbered items under it have neither borders nor an answer list (a clinic's
     * re-typed copy): they are items all the same.
     */
    public static Path onlyTheGateBoxed(Path file) throws IOException {
        OfficialSamples.Sheet s = new OfficialSamples.Sheet("医療機関・薬局確認用");
        s.put(0, 0, "令和８年度版　" + TITLE).put(1, 0, "医療機関・薬局確認用");
        s.header(3, 0, "No.", "チェック項目", "対象", "はい・いいえ", "確認日", "目標日");
        s.put(4, 1, GATE).box(3, 0, 4, 5);
        s.put(5, 0, "1 体制構築");
        s.put(6, 0, "①").put(6, 1, SECURITY_OFFICER).put(6, 2, "－");
        s.put(7, 0, "2 医療情報システムの管理・運用");
        s.put(8, 0, "①").put(8, 1, DEVICE_LEDGER).put(8, 2, "医療情報システム全般");
        return s.save(file);
    }

    /**
     * No number column: headings 「2．…」 merged across the table; short items without 「。」 that have a 対象 (USB,
     * 二要素認証) or an answer (運用管理規程等の整備, answered いいえ, no 対象).
     */
    public static Path unnumberedShortItems(Path file) throws IOException {
        OfficialSamples.Sheet s = new OfficialSamples.Sheet("医療機関・薬局確認用");
        s.put(0, 0, "令和８年度版　" + TITLE).put(1, 0, "医療機関・薬局確認用");
        s.header(3, 0, "チェック項目", "対象", "はい・いいえ", "確認日", "目標日");
        s.put(4, 0, "2．医療情報システムの管理・運用").merge(4, 0, 4, 4);
        s.put(5, 0, DEVICE_LEDGER).put(5, 1, "医療情報システム全般");
        s.put(6, 0, USB).put(6, 1, "医療情報システム全般");
        s.put(7, 0, TWO_FACTOR).put(7, 1, "医療情報システム全般");
        s.put(8, 0, "3．インシデント発生に備えた対応").merge(8, 0, 8, 4);
        s.put(9, 0, RULES).put(9, 2, "いいえ");
        s.box(3, 0, 9, 4).list(4, 2, 9, 2, "はい", "いいえ");
        return s.save(file);
    }

    /** A 区分 column of section names only (merged down over each section), items numbered ① ② in their own column. */
    public static Path sectionNamesOnly(Path file) throws IOException {
        OfficialSamples.Sheet s = new OfficialSamples.Sheet("医療機関・薬局確認用");
        s.put(0, 0, "令和８年度版　" + TITLE).put(1, 0, "医療機関・薬局確認用");
        s.header(3, 0, "区分", "No.", "チェック項目", "対象", "はい・いいえ", "確認日", "目標日");
        s.put(4, 0, "医療情報システムの有無").put(4, 2, GATE);
        s.put(5, 0, "体制構築").put(5, 1, "①").put(5, 2, SECURITY_OFFICER).put(5, 3, "－");
        s.put(6, 0, "医療情報システムの管理・運用").merge(6, 0, 7, 0);
        s.put(6, 1, "①").put(6, 2, DEVICE_LEDGER).put(6, 3, "医療情報システム全般");
        s.put(7, 1, "②").put(7, 2, REMOTE).put(7, 3, "医療情報システム全般");
        s.box(3, 0, 7, 6).list(4, 4, 7, 4, "はい", "いいえ");
        return s.save(file);
    }

    /** Section headings 「第1　体制構築」 and 「第２　…」 (full-width digit) merged across, items ① ②. */
    public static Path daiHeadings(Path file) throws IOException {
        OfficialSamples.Sheet s = new OfficialSamples.Sheet("医療機関・薬局確認用");
        s.put(0, 0, "令和８年度版　" + TITLE).put(1, 0, "医療機関・薬局確認用");
        s.header(3, 0, "No.", "チェック項目", "対象", "はい・いいえ", "確認日", "目標日");
        s.put(4, 0, "第1　体制構築").merge(4, 0, 4, 5);
        s.put(5, 0, "①").put(5, 1, SECURITY_OFFICER).put(5, 2, "－");
        s.put(6, 0, "第２　医療情報システムの管理・運用").merge(6, 0, 6, 5);
        s.put(7, 0, "①").put(7, 1, DEVICE_LEDGER).put(7, 2, "医療情報システム全般");
        s.put(8, 0, "②").put(8, 1, REMOTE).put(8, 2, "医療情報システム全般");
        s.box(3, 0, 8, 5).list(4, 3, 8, 3, "はい", "いいえ");
        return s.save(file);
    }

    /**
     * 1回目 and 2回目 header blocks; the 1回目 確認日 header carries an example 「確認日（例：R8.6.1）」, the 2回目 date
     * column has no header word but a 和暦 date format; with {@code hideSecond} the clinic hid the 2回目 columns, and a
     * hidden helper column 項目ID stands before the table.
     */
    public static Path hintsAndHiddenSecondRound(Path file, boolean hideSecond) throws IOException {
        OfficialSamples.Sheet s = new OfficialSamples.Sheet("医療機関・薬局確認用");
        s.put(0, 0, "令和８年度版　" + TITLE).put(1, 0, "医療機関・薬局確認用");
        s.put(3, 3, "1回目", s.head).merge(3, 3, 3, 5).put(3, 6, "2回目", s.head).merge(3, 6, 3, 7);
        s.header(3, 0, "項目ID", "No.", "チェック項目");
        s.merge(3, 0, 4, 0).merge(3, 1, 4, 1).merge(3, 2, 4, 2);
        s.header(4, 0, "", "", "", "はい・いいえ", "確認日（例：R8.6.1）", "目標日", "はい・いいえ", hideSecond ? "確認日" : "");
        s.put(5, 0, "R7-1-1").put(5, 1, "1-①").put(5, 2, SECURITY_OFFICER);
        s.put(6, 0, "R7-2-1").put(6, 1, "2-①").put(6, 2, DEVICE_LEDGER);
        s.box(3, 0, 6, 7).list(5, 3, 6, 3, "はい", "いいえ").list(5, 6, 6, 6, "はい", "いいえ");
        CellStyle wareki = s.wb.createCellStyle();
        wareki.cloneStyleFrom(s.grid);
        wareki.setDataFormat(s.wb.createDataFormat().getFormat("[$-ja-JP]ggge\"年\"m\"月\"d\"日\";@"));
        for (int r = 5; r <= 6; r++) {
            Row row = s.sheet.getRow(r);
            row.getCell(7).setCellStyle(wareki);
        }
        s.hide(0);
        if (hideSecond) {
            s.hide(6).hide(7);
        }
        return s.save(file);
    }

    /**
     * The gate question 「医療情報システムの有無」 in a box of its own between the title and the table's header, with its
     * own はい/いいえ list and 確認日 cell (and a note that いいえ ends the form), then the table of numbered items.
     */
    public static Path gateAboveTheHeader(Path file) throws IOException {
        OfficialSamples.Sheet s = new OfficialSamples.Sheet("医療機関・薬局確認用");
        s.put(0, 0, "令和８年度版　" + TITLE).put(1, 0, "医療機関・薬局確認用");
        s.put(3, 0, "医療情報システムの有無").put(3, 1, GATE).put(3, 3, "いいえ");
        s.box(3, 0, 3, 5).list(3, 3, 3, 3, "はい", "いいえ");
        s.put(4, 0, "※「いいえ」の場合は、以降の項目の回答は不要です。");
        s.header(6, 0, "No.", "チェック項目", "対象", "はい・いいえ", "確認日", "目標日");
        s.put(7, 0, "1 体制構築").merge(7, 0, 7, 5);
        s.put(8, 0, "①").put(8, 1, SECURITY_OFFICER).put(8, 2, "－");
        s.put(9, 0, "2 医療情報システムの管理・運用").merge(9, 0, 9, 5);
        s.put(10, 0, "①").put(10, 1, DEVICE_LEDGER).put(10, 2, "医療情報システム全般");
        s.put(11, 0, "②").put(11, 1, REMOTE).put(11, 2, "医療情報システム全般");
        s.box(6, 0, 11, 5).list(8, 3, 11, 3, "はい", "いいえ");
        return s.save(file);
    }
}
