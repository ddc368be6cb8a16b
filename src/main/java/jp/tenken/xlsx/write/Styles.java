package jp.tenken.xlsx.write;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;

/** The few cell styles of the exported forms, created once per workbook (Excel limits the number of styles). */
final class Styles {
    /** A Japanese font present on clinic PCs; LibreOffice substitutes a CJK font where it is missing. */
    static final String FONT = "游ゴシック";
    /** 和暦 as the forms write it: 令和7年5月16日 (a real date underneath). */
    static final String WAREKI = "[$-411]ggge\"年\"m\"月\"d\"日\"";

    final CellStyle title;
    final CellStyle notice;
    final CellStyle label;
    final CellStyle plain;
    final CellStyle header;
    final CellStyle section;
    final CellStyle number;
    final CellStyle text;
    final CellStyle centered;
    final CellStyle answer;
    final CellStyle date;
    final CellStyle note;
    final CellStyle noteQuoted;
    final CellStyle small;
    /** Last year's answer printed in the 備考 column: grey italics, so nobody takes it for this year's. */
    final CellStyle hint;
    /** A row an inspector should look at first (a 目標日 passed without a はい): pale red. */
    final CellStyle warn;
    final CellStyle warnCentered;

    Styles(Workbook wb) {
        Font base = font(wb, 10, false);
        Font bold = font(wb, 10, true);
        Font big = font(wb, 14, true);
        Font mid = font(wb, 11, true);
        title = style(wb, big, false, HorizontalAlignment.LEFT, false);
        notice = style(wb, bold, false, HorizontalAlignment.LEFT, false);
        label = style(wb, mid, false, HorizontalAlignment.LEFT, false);
        plain = style(wb, base, false, HorizontalAlignment.LEFT, false);
        small = style(wb, font(wb, 9, false), false, HorizontalAlignment.LEFT, true);
        header = style(wb, bold, true, HorizontalAlignment.CENTER, true);
        header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
        header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        section = style(wb, bold, true, HorizontalAlignment.CENTER, true);
        number = style(wb, bold, true, HorizontalAlignment.CENTER, true);
        text = style(wb, base, true, HorizontalAlignment.LEFT, true);
        centered = style(wb, base, true, HorizontalAlignment.CENTER, true);
        answer = style(wb, font(wb, 11, true), true, HorizontalAlignment.CENTER, false);
        date = style(wb, base, true, HorizontalAlignment.CENTER, false);
        date.setDataFormat(wb.createDataFormat().getFormat(WAREKI));
        note = style(wb, font(wb, 9, false), true, HorizontalAlignment.LEFT, true);
        noteQuoted = style(wb, font(wb, 9, false), true, HorizontalAlignment.LEFT, true);
        warn = style(wb, base, true, HorizontalAlignment.LEFT, true);
        warnCentered = style(wb, bold, true, HorizontalAlignment.CENTER, true);
        for (CellStyle w : new CellStyle[] {warn, warnCentered}) {
            w.setFillForegroundColor(IndexedColors.ROSE.getIndex());
            w.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        }
        Font grey = font(wb, 9, false);
        grey.setItalic(true);
        grey.setColor(IndexedColors.GREY_50_PERCENT.getIndex());
        hint = style(wb, grey, true, HorizontalAlignment.LEFT, true);
        hint.setQuotePrefixed(true);
        // A note that starts with = + - @ stays text when someone edits it in Excel.
        noteQuoted.setQuotePrefixed(true);
    }

    private static Font font(Workbook wb, int points, boolean bold) {
        Font f = wb.createFont();
        f.setFontName(FONT);
        f.setFontHeightInPoints((short) points);
        f.setBold(bold);
        return f;
    }

    private static CellStyle style(Workbook wb, Font font, boolean border, HorizontalAlignment h, boolean wrap) {
        CellStyle s = wb.createCellStyle();
        s.setFont(font);
        s.setAlignment(h);
        s.setVerticalAlignment(VerticalAlignment.CENTER);
        s.setWrapText(wrap);
        if (border) {
            s.setBorderTop(BorderStyle.THIN);
            s.setBorderBottom(BorderStyle.THIN);
            s.setBorderLeft(BorderStyle.THIN);
            s.setBorderRight(BorderStyle.THIN);
        }
        return s;
    }

    /** Text typed by a user: quote-prefixed when it would otherwise read as a formula. */
    CellStyle userText(String value, CellStyle normal, CellStyle quoted) {
        return FormulaGuard.looksLikeFormula(value) ? quoted : normal;
    }

}
