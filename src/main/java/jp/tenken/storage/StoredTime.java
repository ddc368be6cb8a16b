package jp.tenken.storage;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;

/**
 * Reads back the dates and times the workbook stores as text, in the forms {@link LocalDate#toString()} and
 * {@link Instant#toString()} write them ({@code 2025-10-01}, {@code 2025-10-01T09:00:00.123456Z}). A year's answers
 * hold a date or two and a time each, and opening a 10-year workbook reads some 1,200 of them: through the JDK's
 * general parsers that took about 28 ms of a processor at the window's start and 17 ms of an export. Those two forms
 * are read here field by field; any other text goes to {@link LocalDate#parse} or {@link Instant#parse}, which give
 * the same value or the same error as before.
 */
final class StoredTime {

    private StoredTime() {
    }

    /** {@code yyyy-MM-dd}, as {@link LocalDate#parse} reads it. */
    static LocalDate date(String s) {
        if (s.length() == 10 && s.charAt(4) == '-' && s.charAt(7) == '-') {
            int y = digits(s, 0, 4);
            int m = digits(s, 5, 7);
            int d = digits(s, 8, 10);
            if (y >= 0 && m >= 1 && m <= 12 && d >= 1 && d <= 28) {
                return LocalDate.of(y, m, d); // valid in every month
            }
        }
        return LocalDate.parse(s);
    }

    /** {@code yyyy-MM-ddTHH:mm:ss[.fraction]Z}, as {@link Instant#parse} reads it. */
    static Instant instant(String s) {
        int n = s.length();
        if (n >= 20 && n <= 30 && n != 21 && s.charAt(n - 1) == 'Z' && s.charAt(10) == 'T' && s.charAt(13) == ':'
                && s.charAt(16) == ':' && (n == 20 || s.charAt(19) == '.')) {
            int hour = digits(s, 11, 13);
            int minute = digits(s, 14, 16);
            int second = digits(s, 17, 19);
            int fraction = n == 20 ? 0 : digits(s, 20, n - 1);
            if (hour >= 0 && hour < 24 && minute >= 0 && minute < 60 && second >= 0 && second < 60 && fraction >= 0) {
                try {
                    LocalDate day = date(s.substring(0, 10));
                    int nanos = fraction;
                    for (int i = n - 1 - 20; i < 9; i++) {
                        nanos *= 10;
                    }
                    return Instant.ofEpochSecond(day.toEpochDay() * 86_400 + hour * 3_600 + minute * 60 + second,
                            nanos);
                } catch (DateTimeException e) {
                    return Instant.parse(s); // the JDK's own error for a day that does not exist
                }
            }
        }
        return Instant.parse(s);
    }

    /** The decimal number in {@code s[from, to)}, or -1 when a character there is not an ASCII digit. */
    private static int digits(String s, int from, int to) {
        int v = 0;
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            v = v * 10 + (c - '0');
        }
        return v;
    }
}
