package jp.tenken.domain;

import java.time.LocalDate;
import java.time.chrono.JapaneseDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Dates as the ministry's forms write them (和暦, e.g. 令和7年5月16日), and the ways people type them. */
public final class Wareki {

    private static final DateTimeFormatter LONG =
            DateTimeFormatter.ofPattern("GGGGy年M月d日", Locale.JAPAN);
    private static final Pattern ERA = Pattern.compile("^(令和|R|r)\\s*(元|\\d{1,2})\\s*[年./\\-]\\s*(\\d{1,2})\\s*[月./\\-]\\s*(\\d{1,2})\\s*日?$");
    private static final Pattern WESTERN = Pattern.compile("^(\\d{4})\\s*[年./\\-]\\s*(\\d{1,2})\\s*[月./\\-]\\s*(\\d{1,2})\\s*日?$");
    private static final Pattern COMPACT = Pattern.compile("^(\\d{4})(\\d{2})(\\d{2})$");
    /** The day of the week people write after a date: 「（火）」, 「(火曜日)」, 「 火曜日」. */
    private static final Pattern WEEKDAY = Pattern.compile("\\s*(?:\\(([月火水木金土日])(?:曜日?)?\\)|([月火水木金土日])曜日?)$");
    private static final String WEEKDAYS = "月火水木金土日";

    private Wareki() {
    }

    /** 令和7年5月16日 (令和元年 for the first year, as Japanese forms print it). */
    public static String format(LocalDate date) {
        if (date == null) {
            return "";
        }
        String s = LONG.format(JapaneseDate.from(date));
        return s.replaceFirst("^令和1年", "令和元年");
    }

    /**
     * Reads 令和7年5月16日, R7.5.16, 2025/5/16, 2025-05-16, 20250516 (full-width digits too), with or without the day
     * of the week after it (「令和7年9月30日（火）」), which must then be that date's. Returns empty for text that is not
     * a real date.
     */
    public static Optional<LocalDate> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        // the long-vowel mark people type between numbers is a dash in a date
        String s = FullWidth.toHalfWidth(text.strip()).replace('ー', '-');
        Matcher w = WEEKDAY.matcher(s);
        if (w.find() && w.start() > 0) {
            String day = w.group(1) != null ? w.group(1) : w.group(2);
            Optional<LocalDate> d = parse(s.substring(0, w.start()));
            return d.filter(x -> WEEKDAYS.indexOf(day) == x.getDayOfWeek().getValue() - 1);
        }
        if (s.isEmpty()) {
            return Optional.empty();
        }
        try {
            Matcher m = ERA.matcher(s);
            if (m.matches()) {
                int reiwa = m.group(2).equals("元") ? 1 : Integer.parseInt(m.group(2));
                return Optional.of(LocalDate.of(reiwa + FiscalYear.REIWA_OFFSET,
                        Integer.parseInt(m.group(3)), Integer.parseInt(m.group(4))));
            }
            m = WESTERN.matcher(s);
            if (m.matches()) {
                return Optional.of(LocalDate.of(Integer.parseInt(m.group(1)),
                        Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3))));
            }
            m = COMPACT.matcher(s);
            if (m.matches()) {
                return Optional.of(LocalDate.of(Integer.parseInt(m.group(1)),
                        Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3))));
            }
        } catch (java.time.DateTimeException | NumberFormatException e) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(s));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
