package jp.tenken.xlsx;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DateUtil;

/** Whether a cell's number format shows a date, 和暦 formats included, for reading a form and for writing into one. */
public final class DateFormats {
    private DateFormats() {
    }

    /** Whether {@code style} shows its number as a date (POI's date formats, or a 和暦 one POI does not count). */
    public static boolean isDate(CellStyle style) {
        return style != null && style.getDataFormat() != 0 && (DateUtil.isADateFormat(style.getDataFormat(),
                style.getDataFormatString()) || wareki(style.getDataFormatString()));
    }

    /**
     * Whether a number format shows a 和暦 date (「[$-ja-JP]ggge"年"m"月"d"日"」, 「ge.m.d」): an era year (e, ee, after
     * g, gg or ggg) with a month or day, outside quoted text and [..] sections. POI does not count these as dates.
     */
    public static boolean wareki(String format) {
        if (format == null) {
            return false;
        }
        String bare = format.replaceAll("\"[^\"]*\"", "").replaceAll("\\[[^\\]]*\\]", "").split(";", -1)[0];
        return bare.matches("(?s)(?:[^A-Za-z]|g)*e{1,2}(?![A-Za-z&&[^md]]).*") && bare.matches("(?s).*[md].*");
    }
}
