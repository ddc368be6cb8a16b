package jp.tenken.service;

import jp.tenken.domain.year.Answer;

/** One row and round an import would change: where it is in the file, what it was and what it becomes. */
public record ImportChange(int excelRow, String itemNumber, String itemText, Answer before, Answer after) {
}
