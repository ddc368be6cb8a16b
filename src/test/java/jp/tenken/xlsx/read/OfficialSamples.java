package jp.tenken.xlsx.read;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Synthetic workbooks in the shapes the ministry's 令和8年度版 Excel might take (we have not seen its grid): each
 * built with POI the way a person lays out a form in Excel, for the reader, the add-edition flow and the write-back.
 */
public final class OfficialSamples {
    public static final String SECURITY_OFFICER = "医療情報システム安全管理責任者を設置している。";
    public static final String DEVICE_LEDGER = "サーバ、端末PC、ネットワーク機器の台帳管理を行っている。";
    public static final String ACCESS_RIGHTS = "利用者の職種・担当業務別の情報区分毎のアクセス利用権限を設定している。";
    public static final String SECURITY_PATCH = "セキュリティパッチ（最新ファームウェアや更新プログラム）を適用している。";
    public static final String NEW_ITEM = "生成AIサービスの利用方針を定めている。";
    public static final String BCP = "サイバー攻撃を想定した事業継続計画（BCP）を策定している。";
    public static final String GATE = "医療情報システムを導入、運用している。";
    public static final String VENDOR_MDS = "医療機関に製造業者/サービス事業者による医療情報セキュリティ開示書（MDS/SDS）を提出した。";

    private OfficialSamples() {
    }

    /** A small sheet builder: text at (row, column), 0-based, with merges and a bordered style for the grid. */
    public static final class Sheet {
        public final XSSFWorkbook wb;
        public final XSSFSheet sheet;
        public final CellStyle grid;
        public final CellStyle head;

        public Sheet(String name) {
            this(new XSSFWorkbook(), name);
        }

        private Sheet(XSSFWorkbook wb, String name) {
            this.wb = wb;
            sheet = wb.createSheet(name);
            grid = wb.createCellStyle();
            grid.setBorderTop(BorderStyle.THIN);
            grid.setBorderBottom(BorderStyle.THIN);
            grid.setBorderLeft(BorderStyle.THIN);
            grid.setBorderRight(BorderStyle.THIN);
            grid.setWrapText(true);
            head = wb.createCellStyle();
            head.cloneStyleFrom(grid);
            head.setFillForegroundColor(IndexedColors.LIGHT_TURQUOISE.getIndex());
            head.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        }

        public Sheet put(int r, int c, String text) {
            return put(r, c, text, null);
        }

        public Sheet put(int r, int c, String text, CellStyle style) {
            Row row = sheet.getRow(r) == null ? sheet.createRow(r) : sheet.getRow(r);
            Cell cell = row.getCell(c) == null ? row.createCell(c) : row.getCell(c);
            cell.setCellValue(text);
            if (style != null) {
                cell.setCellStyle(style);
            }
            return this;
        }

        /** Header words in row {@code r} from column {@code from}, in the header style (an empty word leaves a gap). */
        public Sheet header(int r, int from, String... words) {
            for (int c = 0; c < words.length; c++) {
                if (!words[c].isEmpty()) {
                    put(r, from + c, words[c], head);
                }
            }
            return this;
        }

        /** A grey fill over cells {@code c1} to {@code c2} of row {@code r}, as a form greys out cells taking no answer. */
        public Sheet grey(int r, int c1, int c2) {
            CellStyle grey = wb.createCellStyle();
            grey.cloneStyleFrom(grid);
            grey.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
            grey.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            Row row = sheet.getRow(r) == null ? sheet.createRow(r) : sheet.getRow(r);
            for (int c = c1; c <= c2; c++) {
                (row.getCell(c) == null ? row.createCell(c) : row.getCell(c)).setCellStyle(grey);
            }
            return this;
        }

        /** Borders on every cell of a rectangle, so the printed grid has lines where the answers go. */
        public Sheet box(int r1, int c1, int r2, int c2) {
            for (int r = r1; r <= r2; r++) {
                Row row = sheet.getRow(r) == null ? sheet.createRow(r) : sheet.getRow(r);
                for (int c = c1; c <= c2; c++) {
                    Cell cell = row.getCell(c) == null ? row.createCell(c) : row.getCell(c);
                    if (cell.getCellStyle().getIndex() == 0) {
                        cell.setCellStyle(grid);
                    }
                }
            }
            return this;
        }

        public Sheet merge(int r1, int c1, int r2, int c2) {
            sheet.addMergedRegion(new CellRangeAddress(r1, r2, c1, c2));
            return this;
        }

        /** Another sheet of the same workbook (saving either saves both). */
        public Sheet next(String name) {
            return new Sheet(wb, name);
        }

        /** A drop-down list on a rectangle of cells, as a form offers はい/いいえ. */
        public Sheet list(int r1, int c1, int r2, int c2, String... values) {
            DataValidationHelper h = sheet.getDataValidationHelper();
            DataValidation v = h.createValidation(h.createExplicitListConstraint(values),
                    new CellRangeAddressList(r1, r2, c1, c2));
            sheet.addValidationData(v);
            return this;
        }

        /** A date-only rule on a rectangle of cells. */
        public Sheet dates(int r1, int c1, int r2, int c2) {
            DataValidationHelper h = sheet.getDataValidationHelper();
            DataValidation v = h.createValidation(h.createDateConstraint(DataValidationConstraint.OperatorType.BETWEEN,
                    "2019-05-01", "2099-12-31", "yyyy-MM-dd"), new CellRangeAddressList(r1, r2, c1, c2));
            sheet.addValidationData(v);
            return this;
        }

        /** A date format on a rectangle of cells (empty cells created with it). */
        public Sheet dateFormat(int r1, int c1, int r2, int c2) {
            CellStyle d = wb.createCellStyle();
            d.cloneStyleFrom(grid);
            d.setDataFormat(wb.createDataFormat().getFormat("yyyy/m/d"));
            for (int r = r1; r <= r2; r++) {
                Row row = sheet.getRow(r) == null ? sheet.createRow(r) : sheet.getRow(r);
                for (int c = c1; c <= c2; c++) {
                    (row.getCell(c) == null ? row.createCell(c) : row.getCell(c)).setCellStyle(d);
                }
            }
            return this;
        }

        public Sheet hide(int c) {
            sheet.setColumnHidden(c, true);
            return this;
        }

        public Sheet width(int c, int chars) {
            sheet.setColumnWidth(c, chars * 256);
            return this;
        }

        public Path save(Path file) throws IOException {
            try (OutputStream out = Files.newOutputStream(file)) {
                wb.write(out);
            }
            wb.close();
            return file;
        }
    }

    /**
     * The likely shape of 001716187.xlsx: title rows, the form label, a two-row header with 1回目 and 2回目 merged
     * over their columns, No. | チェック項目 | 対象 | はい・いいえ | 確認日 | 目標日 | はい・いいえ | 確認日 | 備考, section
     * rows merged across, and an item answered per device with its No. and text merged down three rows.
     * Items: gate, 1-①, 2-①, 2-④ (サーバ/端末PC/ネットワーク機器), 2-⑭ (unknown text), 3-③.
     */
    public static Path facilityStandard(Path file) throws IOException {
        return facilityStandard(file, false);
    }

    /**
     * {@link #facilityStandard(Path)}, or with {@code gateAbove} the gate question 「医療情報システムの有無」 in a box of
     * its own between the title and the table's header, with a はい/いいえ list in the table's 1回目 column.
     */
    public static Path facilityStandard(Path file, boolean gateAbove) throws IOException {
        Sheet s = new Sheet("医療機関・薬局確認用");
        s.width(0, 7).width(1, 46).width(2, 17);
        for (int c = 3; c <= 7; c++) {
            s.width(c, 13);
        }
        s.width(8, 22);
        s.sheet.getPrintSetup().setLandscape(true);
        s.sheet.getPrintSetup().setPaperSize(org.apache.poi.ss.usermodel.PrintSetup.A4_PAPERSIZE);
        s.sheet.setFitToPage(true);
        s.sheet.getPrintSetup().setFitWidth((short) 1);
        s.sheet.getPrintSetup().setFitHeight((short) 0);
        s.put(0, 0, "令和８年度版　医療機関・薬局におけるサイバーセキュリティ対策チェックリスト").merge(0, 0, 0, 8);
        s.put(1, 0, "※立入検査時、本チェックリストを確認します").merge(1, 0, 1, 8);
        s.put(2, 0, "医療機関・薬局確認用").put(2, 5, "医療機関名：");
        int h = 4;
        if (gateAbove) {
            s.put(3, 0, "医療情報システムの有無").put(3, 1, GATE);
            s.box(3, 0, 3, 8).list(3, 3, 3, 3, "はい", "いいえ");
            h = 5;
        }
        s.put(h, 0, "No.", s.head).merge(h, 0, h + 1, 0);
        s.put(h, 1, "チェック項目", s.head).merge(h, 1, h + 1, 1);
        s.put(h, 2, "対象", s.head).merge(h, 2, h + 1, 2);
        s.put(h, 3, "1回目", s.head).merge(h, 3, h, 5);
        s.put(h, 6, "2回目", s.head).merge(h, 6, h, 7);
        s.put(h, 8, "備考", s.head).merge(h, 8, h + 1, 8);
        s.sheet.createRow(h + 1).setHeightInPoints(30);
        s.header(h + 1, 3, "はい・いいえ", "確認日", "令和８年度中の目標日", "はい・いいえ", "確認日");
        s.box(h, 0, h + 1, 8);
        int r = h + 2;
        int first = r;
        if (!gateAbove) {
            s.put(r, 0, "医療情報システムの有無").merge(r, 0, r, 8);
            r++;
            s.put(r, 1, GATE);
            r++;
        }
        s.put(r, 0, "1 体制構築").merge(r, 0, r, 8);
        r++;
        s.put(r, 0, "1-①").put(r, 1, SECURITY_OFFICER).put(r, 2, "－");
        r++;
        s.put(r, 0, "２．医療情報システムの管理・運用").merge(r, 0, r, 8);
        r++;
        s.put(r, 0, "2-①").put(r, 1, DEVICE_LEDGER).put(r, 2, "医療情報システム全般");
        r++;
        s.put(r, 0, "2-④").put(r, 1, ACCESS_RIGHTS).merge(r, 0, r + 2, 0).merge(r, 1, r + 2, 1);
        s.put(r, 2, "サーバ").put(r + 1, 2, "端末PC").put(r + 2, 2, "ネットワーク機器");
        r += 3;
        s.put(r, 0, "2-⑭").put(r, 1, NEW_ITEM).put(r, 2, "医療情報システム全般");
        r++;
        s.put(r, 0, "3 インシデント発生に備えた対応").merge(r, 0, r, 8);
        r++;
        s.put(r, 0, "3-③").put(r, 1, BCP);
        s.box(first, 0, r, 8);
        r += 2;
        s.put(r, 0, "※「いいえ」の場合は目標日を記入してください。");
        return s.save(file);
    }

    /**
     * Columns in another order, full-width numbers, an extra title block, 区分 merged down each section, はい and
     * いいえ as separate columns (○ goes in one), 確認日 before the answer, and device sub-rows with the item cell left
     * empty instead of merged.
     */
    public static Path reordered(Path file) throws IOException {
        Sheet s = new Sheet("Sheet1");
        s.put(0, 0, "厚生労働省");
        s.put(1, 0, "令和８年度版 医療機関・薬局におけるサイバーセキュリティ対策チェックリスト");
        s.put(2, 0, "【医療機関・薬局確認用】");
        s.put(3, 0, "施設名");
        s.put(4, 0, "");
        s.put(6, 4, "1回目").merge(6, 4, 6, 7);
        s.put(6, 8, "2回目").merge(6, 8, 6, 10);
        s.put(7, 0, "区分").put(7, 1, "番号").put(7, 2, "確認項目").put(7, 3, "対象")
                .put(7, 4, "確認日").put(7, 5, "はい").put(7, 6, "いいえ").put(7, 7, "目標日")
                .put(7, 8, "確認日").put(7, 9, "はい").put(7, 10, "いいえ");
        s.put(8, 0, "１ 体制構築");
        s.put(8, 1, "１－①").put(8, 2, SECURITY_OFFICER);
        s.put(9, 0, "２ 医療情報システムの管理・運用").merge(9, 0, 11, 0);
        s.put(9, 1, "２－⑥").put(9, 2, SECURITY_PATCH).put(9, 3, "サーバ");
        s.put(10, 3, "端末ＰＣ");
        s.put(11, 3, "ネットワーク機器");
        s.put(12, 0, "３ インシデント発生に備えた対応");
        s.put(12, 1, "３－③").put(12, 2, BCP);
        s.box(6, 0, 12, 10);
        return s.save(file);
    }

    /** Two forms stacked on one sheet: 医療機関・薬局確認用, then 事業者確認用 with its own title and header. */
    public static Path twoFormsStacked(Path file) throws IOException {
        Sheet s = new Sheet("チェックリスト");
        s.put(0, 0, "令和8年度版 医療機関・薬局におけるサイバーセキュリティ対策チェックリスト");
        s.put(1, 0, "医療機関・薬局確認用");
        header(s, 3, 0);
        s.put(4, 0, "1 体制構築");
        s.put(5, 0, "1-①").put(5, 1, SECURITY_OFFICER);
        s.put(6, 0, "2 医療情報システムの管理・運用");
        s.put(7, 0, "2-①").put(7, 1, DEVICE_LEDGER);
        s.box(3, 0, 7, 6);
        s.put(10, 0, "令和8年度版 医療機関・薬局におけるサイバーセキュリティ対策チェックリスト");
        s.put(11, 0, "事業者確認用");
        s.put(12, 0, "事業者名：");
        header(s, 14, 0);
        s.put(15, 0, "1 体制構築");
        s.put(16, 0, "1-①").put(16, 1, SECURITY_OFFICER);
        s.put(17, 0, "2 医療情報システムの管理・運用");
        s.put(18, 0, "2-③").put(18, 1, VENDOR_MDS);
        s.box(14, 0, 18, 6);
        return s.save(file);
    }

    /** Two forms side by side: 医療機関・薬局確認用 in A:G, 事業者確認用 in I:O, device words in the item column. */
    public static Path twoFormsSideBySide(Path file) throws IOException {
        Sheet s = new Sheet("確認用");
        s.put(0, 0, "令和8年度版 チェックリスト");
        s.put(1, 0, "医療機関・薬局確認用").put(1, 8, "事業者確認用");
        header(s, 2, 0);
        header(s, 2, 8);
        for (int base : new int[] {0, 8}) {
            s.put(3, base, "1").put(3, base + 1, "体制構築");
            s.put(4, base, "①").put(4, base + 1, SECURITY_OFFICER);
            s.put(5, base, "2").put(5, base + 1, "医療情報システムの管理・運用");
            s.put(6, base, "④").put(6, base + 1, ACCESS_RIGHTS);
            s.put(7, base + 1, "・サーバ");
            s.put(8, base + 1, "・端末PC");
            s.box(2, base, 8, base + 6);
        }
        return s.save(file);
    }

    /** The likely shape of 001716188.xlsx: 事業者確認用 alone, with the vendor's wording of 2-③ and the new 2-⑭. */
    public static Path vendorOnly(Path file) throws IOException {
        Sheet s = new Sheet("事業者確認用");
        s.width(1, 50);
        s.put(0, 0, "令和８年度版　医療機関・薬局におけるサイバーセキュリティ対策チェックリスト");
        s.put(1, 0, "事業者確認用");
        s.put(2, 0, "事業者名：").put(3, 0, "システム名：");
        header(s, 5, 0);
        s.put(6, 0, "1 体制構築");
        s.put(7, 0, "1-①").put(7, 1, SECURITY_OFFICER);
        s.put(8, 0, "2 医療情報システムの管理・運用");
        s.put(9, 0, "2-③").put(9, 1, VENDOR_MDS);
        s.put(10, 0, "2-⑭").put(10, 1, "生成AIサービスの利用方針を医療機関に示している。");
        s.box(5, 0, 10, 6);
        return s.save(file);
    }

    /** One row header: No. | チェック項目 | はい・いいえ (1回目) | 確認日 | 目標日 | はい・いいえ (2回目) | 確認日. */
    private static void header(Sheet s, int r, int c) {
        s.put(r, c, "No.", s.head).put(r, c + 1, "チェック項目", s.head).put(r, c + 2, "1回目 はい・いいえ", s.head)
                .put(r, c + 3, "1回目 確認日", s.head).put(r, c + 4, "目標日", s.head)
                .put(r, c + 5, "2回目 はい・いいえ", s.head).put(r, c + 6, "2回目 確認日", s.head);
    }

    /** A workbook that is not a checklist: a staff list with a 確認日 column. */
    public static Path notAChecklist(Path file) throws IOException {
        Sheet s = new Sheet("職員名簿");
        s.put(0, 0, "職員名簿");
        s.put(2, 0, "氏名").put(2, 1, "職種").put(2, 2, "確認日");
        s.put(3, 0, "山田太郎").put(3, 1, "医師").put(3, 2, "2026/4/1");
        return s.save(file);
    }
}
