package jp.tenken.service;

import jp.tenken.domain.edition.EditionChoice;
import jp.tenken.domain.edition.Form;
import jp.tenken.domain.year.AnswerSheet;
import jp.tenken.domain.year.Assessment;

/** A form opened for answering: the assessment row, the edition used (and whether it is the year's own), the answers. */
public record OpenForm(Assessment assessment, EditionChoice edition, Form form, AnswerSheet answers) {
}
