package jp.tenken.xlsx.read;

import static jp.tenken.xlsx.read.OfficialSamples.ACCESS_RIGHTS;
import static jp.tenken.xlsx.read.OfficialSamples.BCP;
import static jp.tenken.xlsx.read.OfficialSamples.DEVICE_LEDGER;
import static jp.tenken.xlsx.read.OfficialSamples.SECURITY_OFFICER;
import static jp.tenken.xlsx.read.OfficialSamples.SECURITY_PATCH;
import static jp.tenken.xlsx.read.OfficialSamples.VENDOR_MDS;

import java.io.IOException;
import java.nio.file.Path;

/**
 * More synthetic workbooks of our own making, each laid out the way a ministry checklist plausibly could be (we have
 * not seen the 令和8年度版 grid): the wording is test data, never presented as official. Rows and columns 0-based.
 */
public final class OfficialVariants {
    public static final String BACKUP = "バックアップを取得し、ネットワークから切り離して保管している。";
    public static final String TRAINING = "情報セキュリティに関する研修を年1回以上実施している。";
    public static final String SERVICES = "不要なサービスやポートを停止している。";
    public static final String PATCH_SHORT = "セキュリティパッチを適用している。";

    private OfficialVariants() {
    }

    private static OfficialSamples.Sheet header(OfficialSamples.Sheet s, int r, String... words) {
        for (int c = 0; c < words.length; c++) {
            if (!words[c].isEmpty()) {
                s.put(r, c, words[c], s.head);
            }
        }
        return s;
    }

    /** A cover sheet with notes first; 項番 | 確認内容 | 確認結果 | 確認した日付 | いいえの場合の目標日 | 備考; ① restarting per section. */
    public static Path coverSheetFirst(Path file) throws IOException {
        OfficialSamples.Sheet cover = new OfficialSamples.Sheet("表紙");
        cover.put(0, 0, "令和８年度版 サイバーセキュリティ対策チェックリスト（テスト用の合成データ）");
        cover.put(2, 0, "本ファイルについて");
        cover.put(3, 0, "各項目の回答欄で「はい」または「いいえ」を選び、確認した日付を記入してください。");
        cover.put(4, 0, "回答");
        OfficialSamples.Sheet s = cover.next("医療機関・薬局確認用");
        s.put(0, 0, "チェックリスト");
        header(s, 2, "項番", "確認内容", "確認結果", "確認した日付", "いいえの場合の目標日", "備考");
        s.put(3, 0, "1. 体制構築").merge(3, 0, 3, 5);
        s.put(4, 0, "①").put(4, 1, SECURITY_OFFICER);
        s.put(5, 0, "2. 医療情報システムの管理・運用").merge(5, 0, 5, 5);
        s.put(6, 0, "①").put(6, 1, DEVICE_LEDGER);
        s.put(7, 0, "②").put(7, 1, BACKUP);
        s.box(2, 0, 7, 5).width(1, 50);
        return s.save(file);
    }

    /** Title rows and notes above; a hidden column (with an old 回答 header) between No. and チェック項目; rounds in each header. */
    public static Path titleNotesHiddenColumn(Path file) throws IOException {
        OfficialSamples.Sheet s = new OfficialSamples.Sheet("Sheet1");
        s.put(0, 0, "令和8年度版 医療機関・薬局におけるサイバーセキュリティ対策チェックリスト（合成）");
        s.put(1, 0, "医療機関・薬局確認用");
        s.put(2, 0, "記入上の注意：「いいえ」の場合は、令和8年度中の目標日を記入してください。");
        s.put(3, 0, "※本様式はテスト用に作成したものです。");
        header(s, 5, "No.", "回答（旧様式）", "チェック項目", "回答（1回目）", "確認日（1回目）", "目標日（1回目）",
                "回答（2回目）", "確認日（2回目）");
        s.put(6, 0, "1-①").put(6, 1, "ID-001").put(6, 2, SECURITY_OFFICER);
        s.put(7, 0, "2-①").put(7, 1, "ID-002").put(7, 2, DEVICE_LEDGER);
        s.put(8, 0, "3-③").put(8, 1, "ID-003").put(8, 2, BCP);
        s.box(5, 0, 8, 7).hide(1);
        return s.save(file);
    }

    /** 備考 between the text and the answer; 結果 | 実施日 | 対応予定日; (1) numbers under section rows. */
    public static Path noteInTheMiddle(Path file) throws IOException {
        OfficialSamples.Sheet s = new OfficialSamples.Sheet("医療機関・薬局確認用");
        s.put(0, 0, "令和8年度 チェックリスト（合成）");
        header(s, 2, "番号", "チェック項目", "備考", "結果", "実施日", "対応予定日");
        s.put(3, 0, "1").put(3, 1, "体制構築");
        s.put(4, 0, "(1)").put(4, 1, SECURITY_OFFICER).put(4, 2, "院長が兼任");
        s.put(5, 0, "2").put(5, 1, "医療情報システムの管理・運用");
        s.put(6, 0, "(1)").put(6, 1, DEVICE_LEDGER);
        s.put(7, 0, "（２）").put(7, 1, ACCESS_RIGHTS);
        s.box(2, 0, 7, 5);
        return s.save(file);
    }

    /** The answer and date columns have no header at all: a はい/いいえ list and date rules on their cells. */
    public static Path validationOnly(Path file) throws IOException {
        OfficialSamples.Sheet s = new OfficialSamples.Sheet("医療機関・薬局確認用");
        s.put(0, 0, "令和8年度版（合成）");
        header(s, 2, "No.", "項目");
        s.put(3, 0, "1-①").put(3, 1, SECURITY_OFFICER);
        s.put(4, 0, "2-⑥").put(4, 1, SECURITY_PATCH);
        s.put(5, 0, "3-③").put(5, 1, BCP);
        s.box(2, 0, 5, 4).list(3, 2, 5, 2, "はい", "いいえ").dates(3, 3, 5, 4);
        return s.save(file);
    }

    /** Three header rows: 1回目/2回目 merged, 確認結果 over はい | いいえ (○ goes in one), full-width ２－③ numbers. */
    public static Path circleColumnsThreeHeaderRows(Path file) throws IOException {
        OfficialSamples.Sheet s = new OfficialSamples.Sheet("医療機関・薬局確認用");
        s.put(0, 0, "令和8年度版 チェックリスト（合成）");
        s.put(2, 0, "番号", s.head).merge(2, 0, 4, 0).put(2, 1, "チェック項目", s.head).merge(2, 1, 4, 1);
        s.put(2, 2, "1回目", s.head).merge(2, 2, 2, 5).put(2, 6, "2回目", s.head).merge(2, 6, 2, 8);
        s.put(3, 2, "確認結果", s.head).merge(3, 2, 3, 3).put(3, 4, "確認日", s.head).merge(3, 4, 4, 4);
        s.put(3, 5, "目標日", s.head).merge(3, 5, 4, 5).put(3, 6, "確認結果", s.head).merge(3, 6, 3, 7);
        s.put(3, 8, "確認日", s.head).merge(3, 8, 4, 8);
        s.put(4, 2, "はい", s.head).put(4, 3, "いいえ", s.head).put(4, 6, "はい", s.head).put(4, 7, "いいえ", s.head);
        s.put(5, 0, "１　体制構築").merge(5, 0, 5, 8);
        s.put(6, 0, "１－①").put(6, 1, SECURITY_OFFICER);
        s.put(7, 0, "２　医療情報システムの管理・運用").merge(7, 0, 7, 8);
        s.put(8, 0, "２－⑥").put(8, 1, SECURITY_PATCH);
        s.box(2, 0, 8, 8);
        return s.save(file);
    }

    /** 1回目 and 2回目 as two blocks side by side, each titled once above (not merged), a gap column between. */
    public static Path roundBlocksSideBySide(Path file) throws IOException {
        OfficialSamples.Sheet s = new OfficialSamples.Sheet("医療機関・薬局確認用");
        s.put(0, 0, "令和8年度版（合成）");
        s.put(2, 2, "【1回目】").put(2, 6, "【2回目】");
        header(s, 3, "No.", "チェック項目", "回答", "確認日", "目標日", "", "回答", "確認日", "目標日");
        s.put(4, 0, "1-①").put(4, 1, SECURITY_OFFICER);
        s.put(5, 0, "2-①").put(5, 1, DEVICE_LEDGER);
        s.box(3, 0, 5, 4).box(3, 6, 5, 8);
        return s.save(file);
    }

    /** 回答 and 確認日 merged over two columns with a second header row naming 1回目 | 2回目 below. */
    public static Path secondHeaderRow(Path file) throws IOException {
        OfficialSamples.Sheet s = new OfficialSamples.Sheet("医療機関・薬局確認用");
        s.put(0, 0, "令和8年度版（合成）");
        s.put(2, 0, "番号", s.head).merge(2, 0, 3, 0).put(2, 1, "チェック項目", s.head).merge(2, 1, 3, 1);
        s.put(2, 2, "回答", s.head).merge(2, 2, 2, 3).put(2, 4, "確認日", s.head).merge(2, 4, 2, 5);
        s.put(2, 6, "目標日", s.head);
        s.put(3, 2, "1回目", s.head).put(3, 3, "2回目", s.head).put(3, 4, "1回目", s.head).put(3, 5, "2回目", s.head)
                .put(3, 6, "1回目", s.head);
        s.put(4, 0, "1-①").put(4, 1, SECURITY_OFFICER);
        s.put(5, 0, "2-①").put(5, 1, DEVICE_LEDGER);
        s.put(6, 0, "3-③").put(6, 1, BCP);
        s.box(2, 0, 6, 6);
        return s.save(file);
    }

    /** A 対象機器 column: 「－」, 全般, 「サーバ、端末PC」 in one cell, a repeated sub-row, all three devices in one cell. */
    public static Path scopeColumnSeveralDevices(Path file) throws IOException {
        OfficialSamples.Sheet s = new OfficialSamples.Sheet("医療機関・薬局確認用");
        s.put(0, 0, "令和8年度版（合成）");
        header(s, 2, "No.", "チェック項目", "対象機器", "回答", "確認日", "目標日");
        s.put(3, 0, "1-①").put(3, 1, SECURITY_OFFICER).put(3, 2, "－");
        s.put(4, 0, "2-①").put(4, 1, DEVICE_LEDGER).put(4, 2, "医療情報システム全般");
        s.put(5, 0, "2-④").put(5, 1, ACCESS_RIGHTS).put(5, 2, "サーバ、端末PC");
        s.put(6, 0, "2-④").put(6, 1, ACCESS_RIGHTS).put(6, 2, "ネットワーク機器");
        s.put(7, 0, "2-⑥").put(7, 1, SECURITY_PATCH).put(7, 2, "サーバ・端末PC・ネットワーク機器");
        s.box(2, 0, 7, 5);
        return s.save(file);
    }

    /** The devices in parentheses after the text: 「…（サーバ）」 rows under one number, 「…（サーバ・端末PC）」. */
    public static Path scopeInParentheses(Path file) throws IOException {
        OfficialSamples.Sheet s = new OfficialSamples.Sheet("医療機関・薬局確認用");
        s.put(0, 0, "令和8年度版（合成）");
        header(s, 2, "No.", "チェック項目", "確認結果", "確認日", "目標日");
        s.put(3, 0, "2-⑥").put(3, 1, PATCH_SHORT + "（サーバ）");
        s.put(4, 1, PATCH_SHORT + "（端末PC）");
        s.put(5, 1, PATCH_SHORT + "（ネットワーク機器）");
        s.put(6, 0, "2-⑧").put(6, 1, SERVICES + "（サーバ・端末PC）");
        s.box(2, 0, 6, 4);
        return s.save(file);
    }

    /** 区分 merged down each section; numbers 1. 2. 3. running across sections. */
    public static Path runningNumbersMergedSections(Path file) throws IOException {
        OfficialSamples.Sheet s = new OfficialSamples.Sheet("医療機関・薬局確認用");
        s.put(0, 0, "令和8年度版（合成）");
        header(s, 2, "区分", "No.", "チェック項目", "回答", "確認日", "目標日");
        s.put(3, 0, "1 体制構築").merge(3, 0, 4, 0);
        s.put(3, 1, "1.").put(3, 2, SECURITY_OFFICER);
        s.put(4, 1, "2.").put(4, 2, TRAINING);
        s.put(5, 0, "2 医療情報システムの管理・運用").merge(5, 0, 7, 0);
        s.put(5, 1, "3.").put(5, 2, DEVICE_LEDGER);
        s.put(6, 1, "4.").put(6, 2, ACCESS_RIGHTS);
        s.put(7, 1, "5.").put(7, 2, SECURITY_PATCH);
        s.put(8, 0, "3 インシデント発生に備えた対応");
        s.put(8, 1, "6.").put(8, 2, BCP);
        s.box(2, 0, 8, 5);
        return s.save(file);
    }

    /** No 令和N年度 anywhere in the file; the form named only by the sheet. */
    public static Path noYearAnywhere(Path file) throws IOException {
        OfficialSamples.Sheet s = new OfficialSamples.Sheet("医療機関・薬局確認用");
        s.put(0, 0, "サイバーセキュリティ対策チェックリスト（合成）");
        header(s, 2, "No.", "チェック項目", "はい・いいえ", "確認日", "目標日");
        s.put(3, 0, "1-①").put(3, 1, SECURITY_OFFICER);
        s.put(4, 0, "2-①").put(4, 1, DEVICE_LEDGER);
        s.box(2, 0, 4, 4);
        return s.save(file);
    }

    /** 事業者確認用 with a 責任分界 column and a ガイドライン参照 column kept on each item. */
    public static Path vendorWithResponsibility(Path file) throws IOException {
        OfficialSamples.Sheet s = new OfficialSamples.Sheet("事業者確認用");
        s.put(0, 0, "令和8年度版 チェックリスト（合成）");
        s.put(1, 0, "事業者確認用");
        header(s, 3, "No.", "チェック項目", "責任分界", "ガイドライン参照", "はい・いいえ", "確認日", "目標日");
        s.put(4, 0, "1-①").put(4, 1, SECURITY_OFFICER).put(4, 2, "医療機関").put(4, 3, "経営管理編 2.1");
        s.put(5, 0, "2-③").put(5, 1, VENDOR_MDS).put(5, 2, "事業者").put(5, 3, "企画管理編 9.2");
        s.box(3, 0, 5, 6).width(2, 12);
        return s.save(file);
    }

    /** No word names the item column: it is the one holding sentences under No. | (blank) | 回答 | 確認日 | 目標日. */
    public static Path itemColumnWithoutHeader(Path file) throws IOException {
        OfficialSamples.Sheet s = new OfficialSamples.Sheet("医療機関・薬局確認用");
        s.put(0, 0, "令和8年度版（合成）");
        header(s, 2, "No.", "", "回答", "確認日", "目標日");
        s.put(3, 0, "1-①").put(3, 1, SECURITY_OFFICER);
        s.put(4, 0, "2-①").put(4, 1, DEVICE_LEDGER);
        s.put(5, 0, "3-③").put(5, 1, BCP);
        s.box(2, 0, 5, 4);
        return s.save(file);
    }

    /** Genuinely ambiguous: headers 欄1…欄4 say nothing; only a stated mapping can read it. */
    public static Path ambiguousHeaders(Path file) throws IOException {
        OfficialSamples.Sheet s = new OfficialSamples.Sheet("医療機関・薬局確認用");
        s.put(0, 0, "令和8年度版（合成）");
        header(s, 2, "欄1", "欄2", "欄3", "欄4");
        s.put(3, 0, "1-①").put(3, 1, SECURITY_OFFICER);
        s.put(4, 0, "2-①").put(4, 1, DEVICE_LEDGER);
        s.box(2, 0, 4, 3);
        return s.save(file);
    }

    /** Problems to be caught before adding: 1-① twice with different text, 2-③ without text. */
    public static Path withProblems(Path file) throws IOException {
        OfficialSamples.Sheet s = new OfficialSamples.Sheet("医療機関・薬局確認用");
        s.put(0, 0, "令和8年度版（合成）");
        header(s, 2, "No.", "チェック項目", "回答", "確認日", "目標日");
        s.put(3, 0, "1-①").put(3, 1, SECURITY_OFFICER);
        s.put(4, 0, "1-①").put(4, 1, TRAINING);
        s.put(5, 0, "2-③");
        s.put(6, 0, "2-④").put(6, 1, ACCESS_RIGHTS);
        s.box(2, 0, 6, 4);
        return s.save(file);
    }

    /** 1回目 and 2回目 as two whole tables side by side, each with its own No. and チェック項目, titled above. */
    public static Path roundTablesSideBySide(Path file) throws IOException {
        OfficialSamples.Sheet s = new OfficialSamples.Sheet("医療機関・薬局確認用");
        s.put(0, 0, "令和8年度版（合成）");
        s.put(2, 0, "1回目").merge(2, 0, 2, 4).put(2, 6, "2回目").merge(2, 6, 2, 10);
        for (int base : new int[] {0, 6}) {
            s.put(3, base, "No.", s.head).put(3, base + 1, "チェック項目", s.head).put(3, base + 2, "回答", s.head)
                    .put(3, base + 3, "確認日", s.head).put(3, base + 4, "目標日", s.head);
            s.put(4, base, "1-①").put(4, base + 1, SECURITY_OFFICER);
            s.put(5, base, "2-①").put(5, base + 1, DEVICE_LEDGER);
            s.box(3, base, 5, base + 4);
        }
        return s.save(file);
    }

    /** No form named anywhere; 1回目 header with a date placeholder over device sub-rows (a merged item). */
    public static Path noFormNamed(Path file) throws IOException {
        OfficialSamples.Sheet c = new OfficialSamples.Sheet("Sheet1");
        c.put(0, 0, "医療機関におけるサイバーセキュリティ対策チェックリスト（令和8年度版・合成）");
        c.put(2, 0, "No.").put(2, 1, "チェック項目").put(2, 2, "対象").put(2, 3, "1回目（確認日：令和　年　月　日）")
                .put(2, 5, "2回目");
        c.put(3, 3, "はい／いいえ").put(3, 4, "目標日").put(3, 5, "はい／いいえ").put(3, 6, "目標日");
        c.merge(2, 3, 2, 4).merge(2, 5, 2, 6);
        c.put(4, 0, "2-⑥").put(4, 1, PATCH_SHORT).put(4, 2, "サーバ").put(4, 3, "はい");
        c.put(5, 2, "端末PC").put(5, 3, "いいえ").put(5, 4, "令和8年12月1日");
        c.put(6, 2, "ネットワーク機器");
        c.merge(4, 0, 6, 0).merge(4, 1, 6, 1);
        c.box(2, 0, 6, 6);
        return c.save(file);
    }
}
