package jp.tenken.service;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import jp.tenken.catalog.Catalog;
import jp.tenken.catalog.EditionChoice;
import jp.tenken.domain.Answer;
import jp.tenken.domain.AnswerRules;
import jp.tenken.domain.AnswerSheet;
import jp.tenken.domain.Assessment;
import jp.tenken.domain.Carryover;
import jp.tenken.domain.Edition;
import jp.tenken.domain.Facility;
import jp.tenken.domain.FiscalYear;
import jp.tenken.domain.Form;
import jp.tenken.domain.FormKind;
import jp.tenken.domain.Readiness;
import jp.tenken.domain.Round;
import jp.tenken.domain.RuleViolation;
import jp.tenken.domain.YearSummary;
import jp.tenken.storage.Workbook;

/**
 * Answering the checklist: the facility, the fiscal years in the file, opening a year's form, saving one answer
 * (checked against the rules, in its own transaction) and what an inspector would flag.
 */
public final class ChecklistService {
    private final Workbook workbook;
    private final Catalog catalog;
    private final Clock clock;

    public ChecklistService(Workbook workbook, Catalog catalog, Clock clock) {
        this.workbook = workbook;
        this.catalog = catalog;
        this.clock = clock;
    }

    public Catalog catalog() {
        return catalog;
    }

    public Workbook workbook() {
        return workbook;
    }

    /** The clock "today" and every saved time come from. */
    public Clock clock() {
        return clock;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    public FiscalYear currentYear() {
        return FiscalYear.of(today());
    }

    public Optional<Facility> facility() {
        return workbook.facility().get();
    }

    public void saveFacility(Facility facility) {
        if (facility.name().isBlank()) {
            throw new IllegalArgumentException("facility name is blank");
        }
        workbook.facility().save(facility, Instant.now(clock));
    }

    /** The facility's own form: 薬局確認用 for a pharmacy, else 医療機関確認用. */
    public FormKind ownForm() {
        return facility().map(f -> f.kind().ownForm()).orElse(FormKind.FACILITY);
    }

    /** Every fiscal year in the file (and the current one), newest first, with its own form's progress. */
    public List<YearSummary> years() {
        TreeMap<FiscalYear, Assessment> own = new TreeMap<>();
        FormKind kind = ownForm();
        for (Assessment a : workbook.assessments().list()) {
            if (a.form() == kind) {
                own.put(a.year(), a);
            }
        }
        List<YearSummary> out = new ArrayList<>();
        FiscalYear current = currentYear();
        if (!own.containsKey(current)) {
            EditionChoice choice = catalog.editionFor(current);
            Form form = choice.edition().form(kind).orElseThrow();
            Readiness r = Readiness.of(form, new AnswerSheet(List.of()), today());
            out.add(new YearSummary(current, choice.edition().id(), r.rows(), 0, r.flags().size()));
        }
        for (Assessment a : own.descendingMap().values()) {
            Edition e = catalog.edition(a.editionId()).orElse(catalog.editionFor(a.year()).edition());
            Form form = e.form(kind).orElseThrow();
            Readiness r = Readiness.of(form, new AnswerSheet(workbook.answers().load(a.id())), today());
            out.add(new YearSummary(a.year(), e.id(), r.rows(), r.answered(), r.flags().size()));
        }
        out.sort((x, y) -> y.year().compareTo(x.year()));
        return out;
    }

    /** Opens (starting if needed) the year's assessment of a form with the edition that applies to the year. */
    public OpenForm open(FiscalYear year, FormKind kind, Long vendorId) {
        Optional<Assessment> existing = workbook.assessments().find(year, kind, vendorId);
        EditionChoice choice;
        Assessment a;
        if (existing.isPresent()) {
            a = existing.get();
            Edition e = catalog.edition(a.editionId()).orElse(null);
            choice = e == null ? catalog.editionFor(year) : new EditionChoice(year, e, e.fiscalYear().equals(year));
        } else {
            choice = catalog.editionFor(year);
            a = workbook.assessments().findOrCreate(year, choice.edition().id(), kind, vendorId, Instant.now(clock));
        }
        Form form = choice.edition().form(kind).orElseThrow(
                () -> new IllegalStateException("edition " + a.editionId() + " has no form " + kind));
        return new OpenForm(a, choice, form, new AnswerSheet(workbook.answers().load(a.id())));
    }

    /**
     * Checks and saves one answer in its own transaction. A rule broken (future 確認日, 目標日 outside the fiscal
     * year, 2回目 before 1回目…) throws {@link AnswerRejectedException} and saves nothing.
     */
    public Answer saveAnswer(Assessment assessment, Answer answer) {
        AnswerSheet current = new AnswerSheet(workbook.answers().load(assessment.id()));
        Round otherRound = answer.round() == Round.FIRST ? Round.SECOND : Round.FIRST;
        Answer other = current.get(answer.row(), otherRound);
        List<RuleViolation> violations = AnswerRules.check(answer, other, assessment.year(), today());
        if (!violations.isEmpty()) {
            throw new AnswerRejectedException(violations);
        }
        return workbook.answers().save(assessment.id(), answer, Instant.now(clock));
    }

    /** The vendors (事業者) in the workbook. */
    public List<jp.tenken.domain.Vendor> vendors() {
        return workbook.vendors().list();
    }

    public jp.tenken.domain.Vendor addVendor(String name, String systems, String contact, boolean contracted) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("vendor name is blank");
        }
        return workbook.vendors().add(name.strip(), systems == null ? "" : systems.strip(),
                contact == null ? "" : contact.strip(), contracted, Instant.now(clock));
    }

    /** Changes a vendor's name, systems, contact or contract. */
    public jp.tenken.domain.Vendor updateVendor(jp.tenken.domain.Vendor vendor) {
        if (vendor.name() == null || vendor.name().isBlank()) {
            throw new IllegalArgumentException("vendor name is blank");
        }
        return workbook.vendors().update(new jp.tenken.domain.Vendor(vendor.id(), vendor.name().strip(),
                vendor.systems() == null ? "" : vendor.systems().strip(),
                vendor.contact() == null ? "" : vendor.contact().strip(), vendor.contracted()), Instant.now(clock));
    }

    /**
     * Every vendor in a fiscal year: where its 事業者確認用 stands (未送付 when nothing is recorded), the form's
     * readiness (blank when not started) and what an inspector would flag.
     */
    public List<VendorStatus> vendorStatuses(FiscalYear year) {
        List<VendorStatus> out = new ArrayList<>();
        java.util.Map<Long, jp.tenken.domain.VendorForm> forms = new java.util.HashMap<>();
        workbook.vendorForms().list(year).forEach(f -> forms.put(f.vendorId(), f));
        for (jp.tenken.domain.Vendor v : vendors()) {
            jp.tenken.domain.VendorForm f = forms.getOrDefault(v.id(), jp.tenken.domain.VendorForm.notSent(v.id(), year));
            Readiness r = existing(year, FormKind.VENDOR, v.id()).map(this::readiness).orElseGet(() ->
                    Readiness.of(formFor(year, FormKind.VENDOR).orElseThrow(), new AnswerSheet(List.of()), today()));
            out.add(new VendorStatus(v, f, r, jp.tenken.domain.VendorFlag.of(v, f, r)));
        }
        return out;
    }

    /** What an inspector would flag about the year's contracted vendors' 事業者確認用. */
    public List<jp.tenken.domain.VendorFlag> vendorFlags(FiscalYear year) {
        return vendorStatuses(year).stream().flatMap(s -> s.flags().stream()).toList();
    }

    /** Moves a vendor's form of the year to a status, dated today. */
    public jp.tenken.domain.VendorForm setVendorStatus(FiscalYear year, long vendorId,
                                                        jp.tenken.domain.VendorFormStatus status) {
        jp.tenken.domain.VendorForm f = workbook.vendorForms().get(year, vendorId).moveTo(status, today());
        return workbook.vendorForms().save(f, Instant.now(clock));
    }

    /**
     * A year's form as answered so far, without starting it: empty when the file holds no assessment of that
     * year, form and vendor.
     */
    public Optional<OpenForm> existing(FiscalYear year, FormKind kind, Long vendorId) {
        Optional<Assessment> a = workbook.assessments().find(year, kind, vendorId);
        if (a.isEmpty()) {
            return Optional.empty();
        }
        Edition e = catalog.edition(a.get().editionId()).orElse(null);
        EditionChoice choice = e == null ? catalog.editionFor(year)
                : new EditionChoice(year, e, e.fiscalYear().equals(year));
        Optional<Form> form = choice.edition().form(kind);
        return form.map(f -> new OpenForm(a.get(), choice, f, new AnswerSheet(workbook.answers().load(a.get().id()))));
    }

    /** The form a year not yet started would be answered on. */
    public Optional<Form> formFor(FiscalYear year, FormKind kind) {
        return catalog.editionFor(year).edition().form(kind);
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
