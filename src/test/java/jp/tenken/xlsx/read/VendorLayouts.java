package jp.tenken.xlsx.read;

import static jp.tenken.xlsx.read.VendorLayoutsTest.FACILITY_TITLE;
import static jp.tenken.xlsx.read.VendorLayoutsTest.TITLE;

import java.io.IOException;
import java.nio.file.Path;

/** Workbooks of {@link VendorLayoutsTest} for the end-to-end tests in jp.tenken.service. */
public final class VendorLayouts {
    private VendorLayouts() {
    }

    /** 事業者確認用 alone, with a bordered 事業者名 / 記入者 / 連絡先 / 記入日 block between the label and the header. */
    public static Path vendorWithBlock(Path file) throws IOException {
        OfficialSamples.Sheet s = new OfficialSamples.Sheet("事業者確認用");
        s.put(0, 0, TITLE).put(1, 0, "事業者確認用");
        s.put(2, 0, "事業者名").merge(2, 0, 2, 1).merge(2, 2, 2, 5);
        s.put(3, 0, "記入者").merge(3, 0, 3, 1).merge(3, 2, 3, 5);
        s.put(4, 0, "連絡先").merge(4, 0, 4, 1).merge(4, 2, 4, 5);
        s.put(5, 0, "記入日").merge(5, 0, 5, 1).merge(5, 2, 5, 5);
        s.box(2, 0, 5, 5);
        VendorLayoutsTest.vendorTable(s, 7);
        return s.save(file);
    }

    /** Both forms in one workbook on sheets 医療機関用 / 事業者用; with {@code labels} each prints its 「…確認用」. */
    public static Path twoSheets(Path file, boolean labels) throws IOException {
        OfficialSamples.Sheet f = new OfficialSamples.Sheet("医療機関用");
        f.put(0, 0, FACILITY_TITLE + (labels ? "" : "（医療機関用）"));
        if (labels) {
            f.put(1, 0, "医療機関・薬局確認用");
        }
        VendorLayoutsTest.facilityTable(f, 3);
        OfficialSamples.Sheet s = f.next("事業者用");
        s.put(0, 0, TITLE + (labels ? "" : "（事業者用）"));
        if (labels) {
            s.put(1, 0, "事業者確認用");
        }
        VendorLayoutsTest.vendorTable(s, 3);
        return f.save(file);
    }

    /** 医療機関・薬局確認用 alone, its 2-④ per サーバ / 端末PC as on the vendor form. */
    public static Path facility(Path file) throws IOException {
        OfficialSamples.Sheet f = new OfficialSamples.Sheet("医療機関・薬局確認用");
        f.put(0, 0, FACILITY_TITLE).put(1, 0, "医療機関・薬局確認用");
        VendorLayoutsTest.facilityTable(f, 3);
        return f.save(file);
    }

    /** A filled-in 「事業者確認用（記入例）」 sheet first, then the real 事業者確認用. */
    public static Path withExampleSheet(Path file) throws IOException {
        OfficialSamples.Sheet ex = new OfficialSamples.Sheet("事業者確認用（記入例）");
        ex.put(0, 0, TITLE).put(1, 0, "事業者確認用");
        VendorLayoutsTest.vendorTable(ex, 3);
        ex.put(6, 3, "はい").put(6, 4, "2026/6/1");
        OfficialSamples.Sheet s = ex.next("事業者確認用");
        s.put(0, 0, TITLE).put(1, 0, "事業者確認用");
        s.put(2, 0, "※医療機関が事業者に確認を依頼してください");
        VendorLayoutsTest.vendorTable(s, 4);
        return ex.save(file);
    }
}
