package jp.tenken.domain.year;

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
}
