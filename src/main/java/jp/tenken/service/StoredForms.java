package jp.tenken.service;

import java.util.List;
import java.util.Optional;
import jp.tenken.catalog.Catalog;
import jp.tenken.domain.EditionChoice;
import jp.tenken.domain.AnswerSheet;
import jp.tenken.domain.Assessment;
import jp.tenken.domain.Facility;
import jp.tenken.domain.FiscalYear;
import jp.tenken.domain.Form;
import jp.tenken.domain.FormKind;
import jp.tenken.storage.AnswerRepository;
import jp.tenken.storage.AssessmentRepository;
import jp.tenken.storage.FacilityRepository;
import jp.tenken.storage.Workbook;

/**
 * The forms a workbook holds, each read with the edition it was answered on (the catalog's one rule for that),
 * and the form a year not yet started would use. Reads only, starts nothing; each service that reads forms keeps
 * its own.
 */
final class StoredForms {
    private final AssessmentRepository assessments;
    private final AnswerRepository answers;
    private final FacilityRepository facility;
    private final Catalog catalog;

    StoredForms(Workbook workbook, Catalog catalog) {
        this.assessments = workbook.assessments();
        this.answers = workbook.answers();
        this.facility = workbook.facility();
        this.catalog = catalog;
    }

    Optional<Facility> facility() {
        return facility.get();
    }

    String facilityName() {
        return facility().map(Facility::name).orElse("");
    }

    /** The facility's own form: 薬局確認用 for a pharmacy, else 医療機関確認用. */
    FormKind ownForm() {
        return facility().map(f -> f.kind().ownForm()).orElse(FormKind.FACILITY);
    }

    /** An assessment read with its edition, form and answers; empty when its edition lacks the form. */
    Optional<OpenForm> read(Assessment a) {
        EditionChoice choice = catalog.editionFor(a);
        return choice.edition().form(a.form())
                .map(f -> new OpenForm(a, choice, f, new AnswerSheet(answers.load(a.id()))));
    }

    /** A year's form as answered so far; empty when the file holds no assessment of that year, form and vendor. */
    Optional<OpenForm> existing(FiscalYear year, FormKind kind, Long vendorId) {
        return assessments.find(year, kind, vendorId).flatMap(this::read);
    }

    /** The form a year not yet started would be answered on. */
    Optional<Form> formFor(FiscalYear year, FormKind kind) {
        return catalog.editionFor(year).edition().form(kind);
    }

    /** A year's form with its answers, or the form it would use, blank, when it was never started. */
    Blankable formOrBlank(FiscalYear year, FormKind kind, Long vendorId) {
        Optional<OpenForm> open = existing(year, kind, vendorId);
        if (open.isPresent()) {
            return new Blankable(open.get().edition(), open.get().form(), open.get().answers(), true);
        }
        EditionChoice choice = catalog.editionFor(year);
        Form form = choice.edition().form(kind)
                .orElseThrow(() -> new IllegalStateException("no form " + kind + " for " + year));
        return new Blankable(choice, form, new AnswerSheet(List.of()), false);
    }

    /** A form with its answers (none when {@code started} is false). */
    record Blankable(EditionChoice edition, Form form, AnswerSheet answers, boolean started) {
    }
}
