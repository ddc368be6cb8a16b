package jp.tenken.xlsx.write;

import org.apache.poi.ooxml.POIXMLDocumentPart;
import org.apache.poi.ooxml.POIXMLRelation;
import org.apache.poi.xssf.model.SharedStringsTable;
import org.apache.poi.xssf.usermodel.XSSFFactory;
import org.apache.poi.xssf.usermodel.XSSFRelation;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTRst;

/**
 * The written workbook's shared strings, with a plain text looked up by its text. The spreadsheet library finds a
 * string it already holds by the string's XML, which it writes out for every cell set (a pack sets about 2,000 cells
 * with some 400 different texts: about 20 ms of an export's main thread). A string with runs of its own formatting or
 * phonetic guides is still looked up by its XML, so such strings stay apart from a plain one of the same text.
 */
final class PlainTextStrings extends SharedStringsTable {

    /** Makes workbooks that hold their strings in a {@link PlainTextStrings}. */
    private static final XSSFFactory FACTORY = new XSSFFactory() {
        @Override
        public POIXMLDocumentPart newDocumentPart(POIXMLRelation descriptor) {
            return descriptor == XSSFRelation.SHARED_STRINGS ? new PlainTextStrings()
                    : super.newDocumentPart(descriptor);
        }
    };

    /** A new, empty workbook whose strings are held here; {@link #discard} it when done, do not close it. */
    static XSSFWorkbook newWorkbook() {
        return new XSSFWorkbook(FACTORY);
    }

    /**
     * Lets go of a workbook from {@link #newWorkbook} without writing it again. It holds nothing but memory, yet the
     * library's {@code close()} saves a package made in memory once more into a buffer of its own (about 9 ms of an
     * export, the whole pack zipped a second time); reverting the package closes it without saving.
     */
    static void discard(XSSFWorkbook wb) {
        wb.getPackage().revert();
    }

    @Override
    protected String xmlText(CTRst st) {
        if (st.isSetT() && st.sizeOfRArray() == 0 && st.sizeOfRPhArray() == 0 && !st.isSetPhoneticPr()) {
            return '\u0000' + st.getT(); // no XML text starts with a NUL
        }
        return super.xmlText(st);
    }
}
