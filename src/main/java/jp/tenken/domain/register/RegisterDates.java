package jp.tenken.domain.register;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import jp.tenken.domain.FiscalYear;
import jp.tenken.domain.FullWidth;
import jp.tenken.domain.Wareki;

/**
 * Dates as clinics' own lists write them: 令和7年10月14日, R7.10.14, 平成31年3月31日, 2025/10/14, 2025-10-14, an
 * Excel serial number (45944), or only a month (2025年10月, R7.10 — read as that month's last day).
 */
public final class RegisterDates {
    private static final Pattern HEISEI = Pattern.compile(
            "^(平成|H|h)\\s*(元|\\d{1,2})\\s*[年./\\-]\\s*(\\d{1,2})\\s*[月./\\-]\\s*(\\d{1,2})\\s*日?$");
    private static final Pattern MONTH = Pattern.compile("^(令和|R|r|平成|H|h)?\\s*(元|\\d{1,4})\\s*[年./\\-]\\s*(\\d{1,2})\\s*月?$");
    private static final Pattern SERIAL = Pattern.compile("^\\d{5}(\\.0+)?$");
    private static final LocalDate EXCEL_EPOCH = LocalDate.of(1899, 12, 30);
    private static final int HEISEI_OFFSET = 1988;

    private RegisterDates() {
    }

    /** A reading: the date, and whether only a month was written (the last day is taken). */
    public record Reading(LocalDate date, boolean monthOnly) {
    }

    /** The date the text means; empty when it is not one. */
    public static Optional<Reading> read(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String s = FullWidth.toHalfWidth(text.strip()).replace('ー', '-');
        Optional<LocalDate> plain = Wareki.parse(s);
        if (plain.isPresent()) {
            return Optional.of(new Reading(plain.get(), false));
        }
        try {
            Matcher m = HEISEI.matcher(s);
            if (m.matches()) {
                int y = m.group(2).equals("元") ? 1 : Integer.parseInt(m.group(2));
                return Optional.of(new Reading(LocalDate.of(y + HEISEI_OFFSET, Integer.parseInt(m.group(3)),
                        Integer.parseInt(m.group(4))), false));
            }
            if (SERIAL.matcher(s).matches()) {
                long n = (long) Double.parseDouble(s);
                if (n >= 20_000 && n <= 80_000) {
                    return Optional.of(new Reading(EXCEL_EPOCH.plusDays(n), false));
                }
                return Optional.empty();
            }
            m = MONTH.matcher(s);
            if (m.matches()) {
                int y = m.group(2).equals("元") ? 1 : Integer.parseInt(m.group(2));
                String era = m.group(1) == null ? "" : m.group(1).toUpperCase(Locale.ROOT);
                int year = era.isEmpty() ? y : y + (era.equals("H") || era.equals("平成") ? HEISEI_OFFSET
                        : FiscalYear.REIWA_OFFSET);
                if (year < 1900) {
                    return Optional.empty();
                }
                return Optional.of(new Reading(YearMonth.of(year, Integer.parseInt(m.group(3))).atEndOfMonth(), true));
            }
        } catch (DateTimeException | NumberFormatException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }
}
