package jp.tenken.xlsx.write;

import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Sheet;

/** How every exported sheet prints: A4, one page wide, page numbers in the footer, the sheet named on the right. */
final class PageSetup {
    private PageSetup() {
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
