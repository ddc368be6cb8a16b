package jp.tenken.xlsx.write;

import org.apache.poi.ooxml.POIXMLDocumentPart;
import org.apache.poi.ooxml.POIXMLRelation;
import org.apache.poi.xssf.model.SharedStringsTable;
import org.apache.poi.xssf.usermodel.XSSFFactory;
import org.apache.poi.xssf.usermodel.XSSFRelation;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTRst;

/**
 * The written workbook's shared strings, with a plain text looked up by its text. The spreadsheet library finds a
 * string it already holds by the string's XML, which it writes out for every cell set (a pack sets about 2,000 cells
 * with some 400 different texts: about 20 ms of an export's main thread). A string with runs of its own formatting or
 * phonetic guides is still looked up by its XML, so such strings stay apart from a plain one of the same text.
 */
final class PlainTextStrings extends SharedStringsTable {

    /** Makes workbooks that hold their strings in a {@link PlainTextStrings}: {@code new XSSFWorkbook(FACTORY)}. */
    static final XSSFFactory FACTORY = new XSSFFactory() {
        @Override
        public POIXMLDocumentPart newDocumentPart(POIXMLRelation descriptor) {
            return descriptor == XSSFRelation.SHARED_STRINGS ? new PlainTextStrings()
                    : super.newDocumentPart(descriptor);
        }
    };

    @Override
    protected String xmlText(CTRst st) {
        if (st.isSetT() && st.sizeOfRArray() == 0 && st.sizeOfRPhArray() == 0 && !st.isSetPhoneticPr()) {
            return '\u0000' + st.getT(); // no XML text starts with a NUL
        }
        return super.xmlText(st);
    }
}
