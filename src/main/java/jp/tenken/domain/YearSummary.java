package jp.tenken.domain;

/** A fiscal year held in the workbook, with the progress of its facility form for the navigation list. */
public record YearSummary(FiscalYear year, String editionId, int rows, int answered, int flags) {
}
