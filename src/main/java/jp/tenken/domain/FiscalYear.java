package jp.tenken.domain;

import java.time.LocalDate;
import java.time.Month;

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
}
