package jp.tenken.domain.official;

import jp.tenken.domain.edition.Scope;

/** One answer row of an item in the ministry's workbook: its scope (device sub-row) and its Excel row (1-based). */
public record OfficialRow(Scope scope, int excelRow) {
}
