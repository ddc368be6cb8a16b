package jp.tenken.domain;

import java.time.LocalDate;
import java.time.Month;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A Japanese fiscal year (年度), April to March, named by the calendar year it starts in. */
public record FiscalYear(int startYear) implements Comparable<FiscalYear> {

    /** 令和元年度 is fiscal 2019. */
    public static final int REIWA_OFFSET = 2018;

    public FiscalYear {
        if (startYear < 2000 || startYear > 2200) {
            throw new IllegalArgumentException("fiscal year out of range: " + startYear);
        }
    }

    public static FiscalYear of(LocalDate date) {
        return new FiscalYear(date.getMonthValue() >= Month.APRIL.getValue() ? date.getYear() : date.getYear() - 1);
    }

    public static FiscalYear ofReiwa(int reiwa) {
        return new FiscalYear(reiwa + REIWA_OFFSET);
    }

    private static final Pattern TYPED = Pattern.compile("^(R|令和)?\\s*(元|\\d{1,4})\\s*(年度?)?$");

    /**
     * A year as people type it on the command line or in a field: {@code 2026}, {@code R8}, {@code 令和8},
     * {@code 令和８年度}, {@code 令和元}; empty for anything else.
     */
    public static Optional<FiscalYear> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        Matcher m = TYPED.matcher(FullWidth.toHalfWidth(text.strip()).toUpperCase(Locale.ROOT));
        if (!m.matches()) {
            return Optional.empty();
        }
        boolean era = m.group(1) != null;
        int n = m.group(2).equals("元") ? 1 : Integer.parseInt(m.group(2));
        if (!era && m.group(2).length() < 4 || era && n > 99) {
            return Optional.empty();
        }
        try {
            return Optional.of(era ? ofReiwa(n) : new FiscalYear(n));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    public LocalDate firstDay() {
        return LocalDate.of(startYear, Month.APRIL, 1);
    }

    public LocalDate lastDay() {
        return LocalDate.of(startYear + 1, Month.MARCH, 31);
    }

    public boolean contains(LocalDate date) {
        return !date.isBefore(firstDay()) && !date.isAfter(lastDay());
    }

    public int reiwa() {
        return startYear - REIWA_OFFSET;
    }

    public FiscalYear previous() {
        return new FiscalYear(startYear - 1);
    }

    public FiscalYear following() {
        return new FiscalYear(startYear + 1);
    }

    /** As printed on the forms: 令和7年度 (平成30年度 for years before 令和, which began in fiscal 2019). */
    public String label() {
        int r = reiwa();
        if (r < 1) {
            return "平成" + (startYear - 1988) + "年度";
        }
        return "令和" + (r == 1 ? "元" : Integer.toString(r)) + "年度";
    }

    @Override
    public int compareTo(FiscalYear o) {
        return Integer.compare(startYear, o.startYear);
    }

    @Override
    public String toString() {
        return label() + " (" + startYear + ")";
    }

    // equals and hashCode written out, with the values a record's own would give: a record's own are linked through
    // method handles on first use (java.lang.runtime.ObjectMethods), about 25 ms of the start for this map key alone.
    @Override
    public boolean equals(Object o) {
        return o instanceof FiscalYear f && f.startYear == startYear;
    }

    @Override
    public int hashCode() {
        return startYear;
    }
}
