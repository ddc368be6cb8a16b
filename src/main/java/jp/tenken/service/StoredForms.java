package jp.tenken.service;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.Optional;
import java.time.Clock;
import java.time.Instant;
import jp.tenken.catalog.Catalog;
import jp.tenken.domain.FiscalYear;
import jp.tenken.domain.edition.Edition;
import jp.tenken.domain.edition.EditionChoice;
import jp.tenken.domain.edition.Form;
import jp.tenken.domain.edition.FormKind;
import jp.tenken.domain.year.AnswerSheet;
import jp.tenken.domain.year.Assessment;
import jp.tenken.domain.year.Facility;
import jp.tenken.storage.AnswerRepository;
import jp.tenken.storage.AssessmentRepository;
import jp.tenken.storage.EditionMoveRepository;
import jp.tenken.storage.FacilityRepository;
import jp.tenken.storage.FinalYearRepository;

/**
 * The forms a workbook holds, each read with the edition it was answered on (the catalog's one rule for that),
 * and the form a year not yet started would use. Starts nothing; its one write is the rule that a form with no
 * answer yet follows the newest edition of its year (令和8年度 started on 令和7年度版 before 令和8年度版 was taken in
 * is on 令和8年度版 as soon as it is). Built once by the composition root and shared by every service that reads
 * forms.
 */
public final class StoredForms {
    private final AssessmentRepository assessments;
    private final AnswerRepository answers;
    private final FacilityRepository facility;
    private final Catalog catalog;
    private final EditionMoveRepository moves;
    private final FinalYearRepository finalYears;
    private final Clock clock;
    /** While {@link #readingOnce} runs on this thread: each form read so far, by year, form and vendor. */
    private final ThreadLocal<Map<List<Object>, Optional<OpenForm>>> held = new ThreadLocal<>();

    public StoredForms(AssessmentRepository assessments, AnswerRepository answers, FacilityRepository facility,
                       EditionMoveRepository moves, FinalYearRepository finalYears, Catalog catalog, Clock clock) {
        this.assessments = assessments;
        this.answers = answers;
        this.facility = facility;
        this.moves = moves;
        this.finalYears = finalYears;
        this.catalog = catalog;
        this.clock = clock;
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

    /** Whether {@link #read} gives a form for {@code stored}, without reading its answers. */
    boolean opens(Assessment stored) {
        Assessment a = follow(stored);
        return catalog.editionFor(a).edition().form(a.form()).isPresent();
    }

    /** An assessment read with its edition, form and answers; empty when its edition lacks the form. */
    Optional<OpenForm> read(Assessment stored) {
        Assessment a = follow(stored);
        EditionChoice choice = catalog.editionFor(a);
        return choice.edition().form(a.form())
                .map(f -> new OpenForm(a, choice, f, new AnswerSheet(answers.load(a.id()))));
    }

    /**
     * The form on the newest edition of its year when it has no answer yet and a newer edition than its own (with
     * that form) is known; otherwise as stored. A finalised year never changes.
     */
    Assessment follow(Assessment a) {
        Optional<Edition> newer = newer(a);
        if (newer.isEmpty() || finalYears.isFinal(a.year())) {
            return a;
        }
        String to = newer.get().id();
        return moves.follow(a.id(), a.editionId(), to, Instant.now(clock)) ? a.withEdition(to) : a;
    }

    /** The newest edition covering {@code a}'s year with its form, when newer than the one it is answered on. */
    Optional<Edition> newer(Assessment a) {
        Edition newest = catalog.editionFor(a.year(), a.form()).edition();
        Optional<Edition> on = catalog.edition(a.editionId());
        if (newest.id().equals(a.editionId()) || newest.form(a.form()).isEmpty()
                || on.isPresent() && on.get().fiscalYear().compareTo(newest.fiscalYear()) >= 0) {
            return Optional.empty();
        }
        return Optional.of(newest);
    }

    /**
     * Runs {@code work} with each form read from the file at most once, however many parts of it ask (the pack's
     * form, comparison, vendor status and ガイドライン対応表 sheets all read the same year).
     */
    <T> T readingOnce(Supplier<T> work) {
        if (held.get() != null) {
            return work.get();
        }
        held.set(new HashMap<>());
        try {
            return work.get();
        } finally {
            held.remove();
        }
    }

    /** A year's form as answered so far; empty when the file holds no assessment of that year, form and vendor. */
    Optional<OpenForm> existing(FiscalYear year, FormKind kind, Long vendorId) {
        Map<List<Object>, Optional<OpenForm>> read = held.get();
        if (read == null) {
            return assessments.find(year, kind, vendorId).flatMap(this::read);
        }
        return read.computeIfAbsent(Arrays.asList(year, kind, vendorId),
                k -> assessments.find(year, kind, vendorId).flatMap(this::read));
    }

    /** The form a year not yet started would be answered on. */
    Optional<Form> formFor(FiscalYear year, FormKind kind) {
        return catalog.editionFor(year, kind).edition().form(kind);
    }

    /** A year's form with its answers, or the form it would use, blank, when it was never started. */
    Blankable formOrBlank(FiscalYear year, FormKind kind, Long vendorId) {
        Optional<OpenForm> open = existing(year, kind, vendorId);
        if (open.isPresent()) {
            return new Blankable(open.get().edition(), open.get().form(), open.get().answers(), true);
        }
        EditionChoice choice = catalog.editionFor(year, kind);
        Form form = choice.edition().form(kind)
                .orElseThrow(() -> new IllegalStateException("no form " + kind + " for " + year));
        return new Blankable(choice, form, new AnswerSheet(List.of()), false);
    }

    /** A form with its answers (none when {@code started} is false). */
    record Blankable(EditionChoice edition, Form form, AnswerSheet answers, boolean started) {
    }
}
