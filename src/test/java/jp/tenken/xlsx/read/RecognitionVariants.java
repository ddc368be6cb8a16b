package jp.tenken.xlsx.read;

import static jp.tenken.xlsx.read.OfficialSamples.ACCESS_RIGHTS;
import static jp.tenken.xlsx.read.OfficialSamples.BCP;
import static jp.tenken.xlsx.read.OfficialSamples.DEVICE_LEDGER;
import static jp.tenken.xlsx.read.OfficialSamples.SECURITY_OFFICER;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackagePartName;
import org.apache.poi.openxml4j.opc.PackagingURIHelper;
import org.apache.poi.openxml4j.opc.TargetMode;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbookType;

/**
 * Synthetic workbooks of our own making in grids other than the usual ones, each built so that a careless reader
 * would lose or misread a row: short numbered items, numbers split over two cells, text beside its heading's column,
 * a filled-in example sheet first, a cover note naming another year. The wording is test data, never official.
 */
public final class RecognitionVariants {
    public static final String SHORT_ITEM = "パスワードの管理";
    public static final String SHORT_LOG = "ログの確認";
    public static final String FORM_TITLE = "令和8年度版 医療機関におけるサイバーセキュリティ対策チェックリスト";

    private RecognitionVariants() {
    }

    private static OfficialSamples.Sheet header(OfficialSamples.Sheet s, int r, String... words) {
        for (int c = 0; c < words.length; c++) {
            if (!words[c].isEmpty()) {
                s.put(r, c, words[c], s.head);
            }
        }
        return s;
    }

    /** Items numbered 1. 2. 3 in the No. column, two of them short and without 「。」 (not headings). */
    public static Path shortNumberedItems(Path file) throws IOException {
        OfficialSamples.Sheet s = new OfficialSamples.Sheet("医療機関・薬局確認用");
        s.put(0, 0, "令和8年度版 チェックリスト（合成）");
        header(s, 2, "No.", "チェック項目", "回答", "確認日", "目標日");
        s.put(3, 0, "1.").put(3, 1, SHORT_ITEM);
        s.put(4, 0, "2.").put(4, 1, SECURITY_OFFICER);
        s.put(5, 0, "3").put(5, 1, SHORT_LOG);
        s.box(2, 0, 5, 4);
        return s.save(file);
    }

    /** Sections 1 and 2 as numbered heading rows over unnumbered items (the heading digits are not item numbers). */
    public static Path numberedHeadingsOverUnnumberedItems(Path file) throws IOException {
        OfficialSamples.Sheet s = new OfficialSamples.Sheet("医療機関・薬局確認用");
        s.put(0, 0, "令和8年度版 チェックリスト（合成）");
        header(s, 2, "No.", "チェック項目", "回答", "確認日", "目標日");
        s.put(3, 0, "1").put(3, 1, "体制構築");
        s.put(4, 1, SECURITY_OFFICER);
        s.put(5, 0, "2").put(5, 1, "医療情報システムの管理・運用");
        s.put(6, 1, DEVICE_LEDGER);
        s.put(7, 1, ACCESS_RIGHTS);
        s.put(9, 0, "※「いいえ」の場合は目標日を記入してください。");
        s.box(2, 0, 7, 4);
        return s.save(file);
    }

    /** Sections 1 and 2 as heading rows, items ① ② with short text, and one row repeated exactly (row 8). */
    public static Path repeatedNumberedRow(Path file) throws IOException {
        OfficialSamples.Sheet s = new OfficialSamples.Sheet("医療機関・薬局確認用");
        s.put(0, 0, "令和8年度版 チェックリスト（合成）");
        header(s, 2, "No.", "チェック項目", "対象", "回答", "確認日", "目標日");
        s.put(3, 0, "1").put(3, 1, "体制構築");
        s.put(4, 0, "①").put(4, 1, SHORT_ITEM).put(4, 2, "－");
        s.put(5, 0, "2").put(5, 1, "医療情報システムの管理・運用");
        s.put(6, 0, "④").put(6, 1, ACCESS_RIGHTS).put(6, 2, "サーバ");
        s.put(7, 0, "④").put(7, 1, ACCESS_RIGHTS).put(7, 2, "サーバ");
        s.box(2, 0, 7, 5);
        return s.save(file);
    }

    /**
     * 「No.」 merged over two columns: the section digit in A, the item's ① in B (A merged down over a section's
     * items in section 2), a heading row 「1 | | 体制構築」.
     */
    public static Path splitNumbers(Path file) throws IOException {
        OfficialSamples.Sheet s = new OfficialSamples.Sheet("医療機関・薬局確認用");
        s.put(0, 0, "令和8年度版 チェックリスト（合成）");
        s.put(2, 0, "No.", s.head).merge(2, 0, 2, 1);
        header(s, 2, "", "", "チェック項目", "回答", "確認日", "目標日");
        s.put(3, 0, "1").put(3, 2, "体制構築");
        s.put(4, 0, "1").put(4, 1, "①").put(4, 2, SECURITY_OFFICER);
        s.put(5, 0, "2").put(5, 2, "医療情報システムの管理・運用");
        s.put(6, 0, "2").merge(6, 0, 7, 0).put(6, 1, "①").put(6, 2, DEVICE_LEDGER);
        s.put(7, 1, "②").put(7, 2, ACCESS_RIGHTS);
        s.put(8, 0, "3").put(8, 1, "③").put(8, 2, BCP);
        s.box(2, 0, 8, 5);
        return s.save(file);
    }

    /** 「確認事項」 over B, the item texts in the unlabelled C next to it. */
    public static Path textBesideHeading(Path file) throws IOException {
        OfficialSamples.Sheet s = new OfficialSamples.Sheet("医療機関・薬局確認用");
        s.put(0, 0, "令和8年度版 チェックリスト（合成）");
        header(s, 2, "No.", "確認事項", "", "回答", "確認日", "目標日");
        s.put(3, 0, "1-①").put(3, 2, SECURITY_OFFICER);
        s.put(4, 0, "2-①").put(4, 2, DEVICE_LEDGER);
        s.put(5, 0, "3-③").put(5, 2, BCP);
        s.box(2, 0, 5, 5).width(1, 4).width(2, 50);
        return s.save(file);
    }

    /**
     * A filled-in example placed before the real form: sheet 「記入例」 and a sheet 「Sheet2」 with a 【記入例】 line at
     * its top, both answered, then the form itself (whose date hint says 記入例 without being an example).
     */
    public static Path exampleSheetsFirst(Path file) throws IOException {
        OfficialSamples.Sheet ex = new OfficialSamples.Sheet("記入例");
        form(ex, "はい");
        OfficialSamples.Sheet marked = ex.next("Sheet2");
        form(marked, "いいえ");
        marked.put(0, 6, "【記入例】");
        OfficialSamples.Sheet real = ex.next("医療機関・薬局確認用");
        form(real, "");
        real.put(2, 3, "（記入例：令和8年4月1日）"); // a field's hint on the real form: not an example sheet
        return real.save(file);
    }

    private static void form(OfficialSamples.Sheet s, String answer) {
        s.put(0, 0, FORM_TITLE);
        s.put(1, 0, "医療機関・薬局確認用");
        header(s, 3, "No.", "チェック項目", "回答", "確認日", "目標日");
        s.put(4, 0, "1-①").put(4, 1, SECURITY_OFFICER).put(4, 2, answer);
        s.put(5, 0, "2-①").put(5, 1, DEVICE_LEDGER).put(5, 2, answer);
        s.box(3, 0, 5, 4);
    }

    /**
     * The workbook {@code xlsx} saved as a macro-enabled workbook at {@code xlsm}, with {@code vba} as its
     * vbaProject.bin (bytes of our own; nothing runs them).
     */
    public static Path macroEnabled(Path xlsx, Path xlsm, byte[] vba) throws IOException {
        try (InputStream in = Files.newInputStream(xlsx); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            wb.setWorkbookType(XSSFWorkbookType.XLSM);
            OPCPackage pkg = wb.getPackage();
            try {
                PackagePartName name = PackagingURIHelper.createPartName("/xl/vbaProject.bin");
                PackagePart part = pkg.createPart(name, "application/vnd.ms-office.vbaProject");
                try (OutputStream out = part.getOutputStream()) {
                    out.write(vba);
                }
                wb.getPackagePart().addRelationship(name, TargetMode.INTERNAL,
                        "http://schemas.microsoft.com/office/2006/relationships/vbaProject");
            } catch (InvalidFormatException e) {
                throw new IOException(e);
            }
            try (OutputStream out = Files.newOutputStream(xlsm)) {
                wb.write(out);
            }
        }
        return xlsm;
    }

    /** The bytes of a zip entry of {@code file} (e.g. xl/vbaProject.bin), or null when it has none. */
    public static byte[] entry(Path file, String name) throws IOException {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            ZipEntry e = zip.getEntry(name);
            if (e == null) {
                return null;
            }
            try (InputStream in = zip.getInputStream(e)) {
                return in.readAllBytes();
            }
        }
    }

    /**
     * A cover sheet whose note names 令和7年度版, then the form: a footnote, the big title naming 令和8年度版, the form
     * label, and a note naming the 令和7年度版 checklist between the title and the table.
     */
    public static Path coverNamesAnotherYear(Path file) throws IOException {
        OfficialSamples.Sheet cover = new OfficialSamples.Sheet("はじめに");
        cover.put(0, 0, "令和7年度版チェックリストからの主な変更点（合成）");
        cover.put(2, 0, "本チェックリストは令和7年度版から項目を見直しました。");
        OfficialSamples.Sheet s = cover.next("チェックリスト");
        s.put(0, 0, "※このチェックリストは立入検査時に確認します。");
        org.apache.poi.ss.usermodel.CellStyle big = s.wb.createCellStyle();
        org.apache.poi.ss.usermodel.Font font = s.wb.createFont();
        font.setFontHeightInPoints((short) 16);
        font.setBold(true);
        big.setFont(font);
        s.put(1, 0, FORM_TITLE, big).merge(1, 0, 1, 4);
        s.put(2, 0, "医療機関・薬局確認用");
        s.put(3, 0, "令和7年度版チェックリストとの違いは別紙参照");
        header(s, 4, "No.", "チェック項目", "回答", "確認日", "目標日");
        s.put(5, 0, "1-①").put(5, 1, SECURITY_OFFICER);
        s.put(6, 0, "2-①").put(6, 1, DEVICE_LEDGER);
        s.box(4, 0, 6, 4);
        return s.save(file);
    }
}
