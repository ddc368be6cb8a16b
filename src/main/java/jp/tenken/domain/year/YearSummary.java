package jp.tenken.domain.year;

import java.util.Objects;
import jp.tenken.domain.FiscalYear;

/**
 * A fiscal year held in the workbook, with the progress of its facility form for the navigation list:
 * {@code editionName} is the edition's title (令和8年度版), {@code exact} whether it is the year's own edition.
 */
public record YearSummary(FiscalYear year, String editionId, String editionName, boolean exact, int rows,
                          int answered, int flags) {

    /** The same year with new counts. */
    public YearSummary withCounts(int rows, int answered, int flags) {
        return new YearSummary(year, editionId, editionName, exact, rows, answered, flags);
    }

    // Written out rather than left to the record (the same meaning): the year list's selection compares its entries
    // on the JavaFX thread as the window first shows, and a record's own equals is linked at run time through method
    // handles the AOT cache does not hold, about 9 ms of processor there.

    @Override
    public boolean equals(Object o) {
        return o instanceof YearSummary s && Objects.equals(year, s.year) && Objects.equals(editionId, s.editionId)
                && Objects.equals(editionName, s.editionName) && exact == s.exact && rows == s.rows
                && answered == s.answered && flags == s.flags;
    }

    @Override
    public int hashCode() {
        int h = Objects.hashCode(year);
        h = 31 * h + Objects.hashCode(editionId);
        h = 31 * h + Objects.hashCode(editionName);
        h = 31 * h + Boolean.hashCode(exact);
        h = 31 * h + rows;
        h = 31 * h + answered;
        return 31 * h + flags;
    }
}
