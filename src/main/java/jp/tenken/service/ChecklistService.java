package jp.tenken.service;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import jp.tenken.catalog.Catalog;
import jp.tenken.domain.FiscalYear;
import jp.tenken.domain.edition.Edition;
import jp.tenken.domain.edition.EditionChoice;
import jp.tenken.domain.edition.Form;
import jp.tenken.domain.edition.FormKind;
import jp.tenken.domain.edition.Item;
import jp.tenken.domain.year.Answer;
import jp.tenken.domain.year.AnswerRules;
import jp.tenken.domain.year.AnswerSheet;
import jp.tenken.domain.year.Assessment;
import jp.tenken.domain.year.Carryover;
import jp.tenken.domain.year.Facility;
import jp.tenken.domain.year.Readiness;
import jp.tenken.domain.year.Round;
import jp.tenken.domain.year.RuleViolation;
import jp.tenken.domain.year.YearSummary;
import jp.tenken.i18n.Messages;
import jp.tenken.i18n.UserMessageException;
import jp.tenken.storage.AnswerRepository;
import jp.tenken.storage.AssessmentRepository;
import jp.tenken.storage.FacilityRepository;

/**
 * Answering the checklist: the facility, the fiscal years in the file, opening a year's form, saving one answer
 * (checked against the rules, in its own transaction) and what an inspector would flag.
 */
public final class ChecklistService {
    private final StoredForms forms;
    private final FacilityRepository facility;
    private final AssessmentRepository assessments;
    private final AnswerRepository answers;
    private final boolean onSharedFolder;
    private final Catalog catalog;
    private final Clock clock;

    /**
     * Every saved time and "today" come from {@code clock}; {@code onSharedFolder} is what the open file found
     * when it was opened.
     */
    public ChecklistService(StoredForms forms, FacilityRepository facility, AssessmentRepository assessments,
                            AnswerRepository answers, boolean onSharedFolder, Catalog catalog, Clock clock) {
        this.forms = forms;
        this.facility = facility;
        this.assessments = assessments;
        this.answers = answers;
        this.onSharedFolder = onSharedFolder;
        this.catalog = catalog;
        this.clock = clock;
    }

    /**
     * Whether the workbook lies on a shared folder (a NAS or a Windows share): it is then kept with a rollback
     * journal and held locked by this PC, and the screen says so.
     */
    public boolean onSharedFolder() {
        return onSharedFolder;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    public FiscalYear currentYear() {
        return FiscalYear.of(today());
    }

    public Optional<Facility> facility() {
        return forms.facility();
    }

    public void saveFacility(Facility facility) {
        if (facility.name().isBlank()) {
            throw new IllegalArgumentException("facility name is blank");
        }
        this.facility.save(facility, Instant.now(clock));
    }

    /** The facility's own form: 薬局確認用 for a pharmacy, else 医療機関確認用. */
    public FormKind ownForm() {
        return forms.ownForm();
    }

    /**
     * Whether {@link #years()} lists {@code year}, without reading any year's answers as that list does (for the
     * export's check of the year it was asked for): the current year always, a past one when the file holds its own
     * form and that form can be opened.
     */
    public boolean holdsYear(FiscalYear year) {
        if (year.equals(currentYear())) {
            return true;
        }
        Assessment held = ownForms().get(year);
        return held != null && forms.opens(held);
    }

    /** The facility's own form of each year the file holds (the last one listed, should a year have two). */
    private TreeMap<FiscalYear, Assessment> ownForms() {
        TreeMap<FiscalYear, Assessment> own = new TreeMap<>();
        FormKind kind = ownForm();
        for (Assessment a : assessments.list()) {
            if (a.form() == kind) {
                own.put(a.year(), a);
            }
        }
        return own;
    }

    /** Every fiscal year in the file (and the current one), newest first, with its own form's progress. */
    public List<YearSummary> years() {
        TreeMap<FiscalYear, Assessment> own = ownForms();
        FormKind kind = ownForm();
        List<YearSummary> out = new ArrayList<>();
        FiscalYear current = currentYear();
        if (!own.containsKey(current)) {
            EditionChoice choice = catalog.editionFor(current, kind);
            Form form = choice.edition().form(kind).orElseThrow();
            Readiness r = Readiness.of(form, new AnswerSheet(List.of()), today());
            out.add(new YearSummary(current, choice.edition().id(), choice.edition().name(), choice.exact(),
                    r.rows(), 0, r.flags().size()));
        }
        for (Assessment a : own.descendingMap().values()) {
            Optional<OpenForm> open = forms.read(a);
            if (open.isEmpty()) {
                continue;
            }
            Readiness r = Readiness.of(open.get().form(), open.get().answers(), today());
            out.add(new YearSummary(a.year(), open.get().edition().edition().id(),
                    open.get().edition().edition().name(), open.get().edition().exact(), r.rows(), r.answered(),
                    r.flags().size()));
        }
        out.sort((x, y) -> y.year().compareTo(x.year()));
        return out;
    }

    /**
     * The past fiscal years that can still be added to the file, newest first: each year before the current one
     * that an edition (bundled or taken in) is published for and that the file does not hold yet.
     */
    public List<FiscalYear> addableYears() {
        FiscalYear current = currentYear();
        FormKind kind = ownForm();
        Set<FiscalYear> held = new HashSet<>();
        for (Assessment a : assessments.list()) {
            if (a.form() == kind) {
                held.add(a.year());
            }
        }
        return catalog.editions().stream().map(Edition::fiscalYear).distinct()
                .filter(y -> y.compareTo(current) < 0 && !held.contains(y))
                .sorted(Comparator.reverseOrder()).toList();
    }

    /**
     * Adds a past fiscal year to the file (a clinic that starts with Tenken after the year was answered on paper):
     * starts its own form on the edition published for it and opens it. A year not offered by
     * {@link #addableYears()} is refused with a message and nothing is written.
     */
    public OpenForm addYear(FiscalYear year) {
        if (!addableYears().contains(year)) {
            String key;
            if (year.compareTo(currentYear()) >= 0) {
                key = "checklist.addYear.error.notPast";
            } else if (catalog.editions().stream().noneMatch(e -> e.fiscalYear().equals(year))) {
                key = "checklist.addYear.error.noEdition";
            } else {
                key = "checklist.addYear.error.held";
            }
            throw new UserMessageException(Messages.get(key, year.label()), null);
        }
        return open(year, ownForm(), null);
    }

    /** Opens (starting if needed) the year's assessment of a form with the edition that applies to the year. */
    public OpenForm open(FiscalYear year, FormKind kind, Long vendorId) {
        Optional<Assessment> existing = assessments.find(year, kind, vendorId);
        if (existing.isPresent()) {
            Assessment a = existing.get();
            return forms.read(a).orElseThrow(
                    () -> new IllegalStateException("edition " + a.editionId() + " has no form " + kind));
        }
        EditionChoice choice = catalog.editionFor(year, kind);
        Assessment a = assessments.findOrCreate(year, choice.edition().id(), kind, vendorId,
                Instant.now(clock));
        return forms.read(a).orElseThrow(
                () -> new IllegalStateException("edition " + a.editionId() + " has no form " + kind));
    }

    /**
     * Checks and saves one answer in its own transaction. A rule broken (future 確認日, 目標日 outside the fiscal
     * year, 2回目 before 1回目…) throws {@link AnswerRejectedException} and saves nothing.
     */
    public Answer saveAnswer(Assessment assessment, Answer answer) {
        return saveAnswer(assessment, answer, false);
    }

    /**
     * As {@link #saveAnswer(Assessment, Answer)}; {@code planBeyondYear}: the clerk confirmed a 目標日 after the year
     * (or the item's deadline) as a plan for a later year, so that date alone is not refused.
     */
    public Answer saveAnswer(Assessment assessment, Answer answer, boolean planBeyondYear) {
        AnswerSheet current = new AnswerSheet(answers.load(assessment.id()));
        Round otherRound = answer.round() == Round.FIRST ? Round.SECOND : Round.FIRST;
        Answer other = current.get(answer.row(), otherRound);
        FiscalYear deadline = catalog.editionFor(assessment).edition().form(assessment.form())
                .flatMap(f -> f.item(answer.row().itemKey())).map(Item::targetUntil).orElse(null);
        List<RuleViolation> violations = AnswerRules.check(answer, other, assessment.year(), today(), deadline);
        if (planBeyondYear) {
            violations = AnswerRules.withPlanBeyondLimit(violations, answer, assessment.year(), deadline);
        }
        if (!violations.isEmpty()) {
            throw new AnswerRejectedException(violations, assessment.year(), deadline,
                    AnswerRules.withPlanBeyondLimit(violations, answer, assessment.year(), deadline).isEmpty());
        }
        return answers.save(assessment.id(), answer, Instant.now(clock));
    }

    /**
     * A year's form as answered so far, without starting it: empty when the file holds no assessment of that
     * year, form and vendor.
     */
    public Optional<OpenForm> existing(FiscalYear year, FormKind kind, Long vendorId) {
        return forms.existing(year, kind, vendorId);
    }

    /** The form a year not yet started would be answered on. */
    public Optional<Form> formFor(FiscalYear year, FormKind kind) {
        return forms.formFor(year, kind);
    }

    /**
     * What the previous fiscal year hands to an open form: its answers read for this year's rows (shown as
     * 「前年度」 hints, never saved as this year's answers), the items new in this year's edition and those dropped.
     */
    public Carryover carryover(OpenForm open) {
        Assessment a = open.assessment();
        FiscalYear previous = a.year().previous();
        Optional<OpenForm> before = existing(previous, a.form(), a.vendorId());
        Optional<Form> previousForm = before.map(OpenForm::form).or(() -> formFor(previous, a.form()));
        if (previousForm.isEmpty()) {
            return Carryover.none(previous);
        }
        return Carryover.of(previous, previousForm.get(),
                before.map(OpenForm::answers).orElseGet(() -> new AnswerSheet(List.of())), before.isPresent(),
                open.form());
    }

    public Readiness readiness(OpenForm form) {
        return Readiness.of(form.form(), form.answers(), today());
    }
}
