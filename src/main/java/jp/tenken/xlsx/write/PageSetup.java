package jp.tenken.xlsx.write;

import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Sheet;

/** How every exported sheet prints: A4, one page wide, page numbers in the footer, the sheet named on the right. */
final class PageSetup {
    /** Code points of a name printed in a one-line heading; a longer name is shortened there (kept whole elsewhere). */
    static final int HEADING_NAME_MAX = 60;

    private PageSetup() {
    }

    /**
     * A facility or vendor name as a one-line sheet heading prints it: whole up to {@link #HEADING_NAME_MAX}
     * characters, otherwise cut on a character boundary and ended with 「…」, so a very long name can neither run
     * off the page nor make the page print smaller; line breaks and tabs print as spaces.
     */
    static String headingName(String name) {
        if (name == null) {
            return "";
        }
        String oneLine = name.replaceAll("[\\p{Cntrl}\\s]+", " ").strip();
        if (oneLine.codePointCount(0, oneLine.length()) <= HEADING_NAME_MAX) {
            return oneLine;
        }
        return oneLine.substring(0, oneLine.offsetByCodePoints(0, HEADING_NAME_MAX - 1)) + "…";
    }

    static void a4OneWide(Sheet sheet, boolean landscape, String footerRight) {
        PrintSetup ps = sheet.getPrintSetup();
        ps.setPaperSize(PrintSetup.A4_PAPERSIZE);
        ps.setLandscape(landscape);
        ps.setFitWidth((short) 1);
        ps.setFitHeight((short) 0);
        sheet.setFitToPage(true);
        sheet.setMargin(Sheet.LeftMargin, 0.4);
        sheet.setMargin(Sheet.RightMargin, 0.4);
        sheet.getFooter().setCenter("&P / &N");
        sheet.getFooter().setRight(footerRight);
    }

    /** The form-like sheets also break pages by themselves, sit centred, and keep room above and below. */
    static void a4OneWideCentred(Sheet sheet, String footerRight) {
        a4OneWide(sheet, false, footerRight);
        sheet.setAutobreaks(true);
        sheet.setHorizontallyCenter(true);
        sheet.setMargin(Sheet.TopMargin, 0.5);
        sheet.setMargin(Sheet.BottomMargin, 0.6);
    }
}
