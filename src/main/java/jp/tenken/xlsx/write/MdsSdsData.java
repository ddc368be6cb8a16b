package jp.tenken.xlsx.write;

import java.util.List;
import jp.tenken.domain.FiscalYear;
import jp.tenken.domain.vendor.MdsSds;

/**
 * The 「MDS/SDS の確認」 sheet: per vendor, each disclosure received (date, version, the answers counted) and every
 * いいえ with the clinic's own risk assessment and response; a vendor with none received says so.
 */
public record MdsSdsData(FiscalYear year, List<VendorLine> vendors, String source) {
    public MdsSdsData {
        vendors = List.copyOf(vendors);
    }

    /** One vendor and its disclosures of the year. */
    public record VendorLine(String name, String systems, List<DocLine> docs) {
        public VendorLine {
            docs = List.copyOf(docs);
        }
    }

    /** One disclosure: as received, its counts, its いいえ items. */
    public record DocLine(MdsSds.Doc doc, MdsSds.Counts counts, List<MdsSds.Item> noItems) {
        public DocLine {
            noItems = List.copyOf(noItems);
        }
    }
}
