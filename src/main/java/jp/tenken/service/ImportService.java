package jp.tenken.service;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import jp.tenken.catalog.Catalog;
import jp.tenken.domain.FiscalYear;
import jp.tenken.domain.UserText;
import jp.tenken.domain.edition.Edition;
import jp.tenken.domain.edition.Form;
import jp.tenken.domain.edition.FormKind;
import jp.tenken.domain.edition.Item;
import jp.tenken.domain.vendor.Vendor;
import jp.tenken.domain.vendor.VendorForm;
import jp.tenken.domain.vendor.VendorFormStatus;
import jp.tenken.domain.year.Answer;
import jp.tenken.domain.year.AnswerRules;
import jp.tenken.domain.year.AnswerSheet;
import jp.tenken.domain.year.AnswerValue;
import jp.tenken.domain.year.Assessment;
import jp.tenken.domain.year.Round;
import jp.tenken.domain.Wareki;
import jp.tenken.domain.year.RuleViolation;
import jp.tenken.i18n.Messages;
import jp.tenken.i18n.UserMessageException;
import jp.tenken.storage.AnswerRepository;
import jp.tenken.storage.AssessmentRepository;
import jp.tenken.storage.FinalYearRepository;
import jp.tenken.storage.VendorFormRepository;
import jp.tenken.storage.VendorRepository;
import jp.tenken.xlsx.read.FormFile;
import jp.tenken.xlsx.read.FormFileException;
import jp.tenken.xlsx.read.FormFileProblem;
import jp.tenken.xlsx.read.FormFileReader;

/**
 * Takes in a filled-in form: a vendor's returned 事業者確認用, or the facility's own form exported by Tenken on
 * another PC. {@link #preview} reads and checks everything in memory and says what would change; only
 * {@link #apply} writes, in one transaction. A bad file throws {@link FormFileException} and changes nothing.
 */
public final class ImportService {
    private final AssessmentRepository assessments;
    private final AnswerRepository answers;
    private final VendorRepository vendors;
    private final VendorFormRepository vendorForms;
    private final FinalYearRepository finalYears;
    private final Catalog catalog;
    private final Clock clock;
    private final StoredForms forms;
    private final FormFileReader reader = new FormFileReader();

    /** Writes in one transaction per file; "today" for the rules comes from {@code clock}. */
    public ImportService(StoredForms forms, AssessmentRepository assessments, AnswerRepository answers,
                         VendorRepository vendors, VendorFormRepository vendorForms, FinalYearRepository finalYears,
                         Catalog catalog, Clock clock) {
        this.forms = forms;
        this.assessments = assessments;
        this.answers = answers;
        this.vendors = vendors;
        this.vendorForms = vendorForms;
        this.finalYears = finalYears;
        this.catalog = catalog;
        this.clock = clock;
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    /** Any form file Tenken exported: the facility's own form, or a vendor's (recognised by its name). */
    public ImportPreview preview(Path file) {
        return preview(file, null, null);
    }

    /**
     * A file expected to be one vendor's 事業者確認用 of one year: another vendor's or year's form, or the
     * facility's, is refused.
     */
    public ImportPreview previewVendor(Path file, FiscalYear year, long vendorId) {
        return preview(file, year, vendorId);
    }

    private ImportPreview preview(Path file, FiscalYear expectedYear, Long expectedVendor) {
        FormFile f = reader.read(file, catalog.editions());
        String name = f.fileName();
        Edition edition = catalog.edition(f.editionId()).orElseThrow();
        Form form = edition.form(f.kind()).orElseThrow();
        List<String> warnings = new ArrayList<>();

        Vendor vendor = whose(f, form, expectedVendor, warnings);
        if (expectedYear != null && !expectedYear.equals(f.year())) {
            throw refuse(name, FormFileProblem.Kind.WRONG_YEAR,
                    Messages.get("import.detail.years", f.year().label(), expectedYear.label()));
        }
        if (finalYears.isFinal(f.year())) {
            throw new UserMessageException(Messages.get("import.error.yearFinal", name, f.year().label()), null);
        }
        AnswerSheet current = current(f, edition, vendor == null ? null : vendor.id());

        List<FormFileProblem> problems = new ArrayList<>();
        List<ImportChange> changes = new ArrayList<>();
        int unchanged = 0;
        int blank = 0;
        for (FormFile.Row row : f.rows()) {
            Item item = form.item(row.key().itemKey()).orElseThrow();
            if (row.first().isEmpty() && row.second().isEmpty()) {
                blank++;
                keptAnswers(row, item, current, warnings);
                continue;
            }
            for (Answer a : List.of(row.first(), row.second())) {
                Answer other = a.round() == Round.FIRST ? row.second() : row.first();
                if (other.isEmpty()) {
                    other = current.get(a.row(), other.round());
                }
                if (a.isEmpty()) {
                    continue;
                }
                List<RuleViolation> broken = AnswerRules.check(a, other, f.year(), today(), item.targetUntil());
                List<RuleViolation> kept = AnswerRules.withPlanBeyondLimit(broken, a, f.year(), item.targetUntil());
                if (kept.size() < broken.size()) {
                    // a vendor's honest plan for a later year: taken in as it is, and said so
                    warnings.add(Messages.get("import.warning.planBeyondYear", row.excelRow(), item.number(),
                            Wareki.format(a.targetDate()), f.year().label()));
                }
                if (!kept.isEmpty()) {
                    String reason = new AnswerRejectedException(kept, f.year(), item.targetUntil()).getMessage();
                    problems.add(new FormFileProblem(FormFileProblem.Kind.RULE, row.excelRow(), reason)
                            .at(item.where(row.key().scope())));
                }
                Answer before = current.get(a.row(), a.round());
                if (a.sameContent(before.withNote(UserText.lines(before.note())))) {
                    unchanged++;
                } else {
                    changes.add(new ImportChange(row.excelRow(), item.number(), item.text(), before, a));
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new FormFileException(name, problems);
        }
        return new ImportPreview(file, f.editionId(), edition.name(), f.kind(), f.year(), vendor, changes, unchanged,
                blank, warnings);
    }

    /**
     * A row the file leaves blank that the workbook has answered (a vendor's second return that withdrew an answer):
     * kept as it is, as every blank row is, and said so, since the clerk would otherwise read the file as withdrawing
     * it.
     */
    private static void keptAnswers(FormFile.Row row, Item item, AnswerSheet current, List<String> warnings) {
        for (Round round : Round.values()) {
            Answer kept = current.get(row.key(), round);
            if (kept.value() != AnswerValue.UNANSWERED) {
                warnings.add(Messages.get("import.warning.blankKept", row.excelRow(), item.where(row.key().scope()),
                        Messages.get("import.round." + round.name()), kept.value().label()));
            }
        }
    }

    /** The answers the file's form holds now (none when not started); a form started on another edition is refused. */
    private AnswerSheet current(FormFile f, Edition edition, Long vendorId) {
        Optional<Assessment> existing = assessments.find(f.year(), f.kind(), vendorId);
        if (existing.isPresent() && !existing.get().editionId().equals(f.editionId())) {
            String inFile = catalog.edition(existing.get().editionId()).map(Edition::name)
                    .orElse(existing.get().editionId());
            throw refuse(f.fileName(), FormFileProblem.Kind.EDITION_CONFLICT,
                    Messages.get("import.detail.editions", edition.name(), inFile));
        }
        return new AnswerSheet(existing.map(a -> answers.load(a.id())).orElse(List.of()));
    }

    /**
     * The vendor a file is for (null for the facility's own form), refusing another vendor's or form than the one
     * expected; a facility's form made for another facility name only warns.
     */
    private Vendor whose(FormFile f, Form form, Long expectedVendor, List<String> warnings) {
        String name = f.fileName();
        if (f.kind() == FormKind.VENDOR) {
            Vendor vendor = resolveVendor(f, name);
            if (expectedVendor != null && vendor.id() != expectedVendor) {
                Vendor expected = vendors.find(expectedVendor, f.year())
                        .or(() -> vendors.find(expectedVendor)).orElseThrow();
                throw refuse(name, FormFileProblem.Kind.WRONG_VENDOR,
                        Messages.get("import.detail.vendors", f.vendorName(), expected.name()));
            }
            return vendor;
        }
        if (expectedVendor != null) {
            throw refuse(name, FormFileProblem.Kind.WRONG_FORM,
                    Messages.get("import.detail.forms", form.label(), FormKind.VENDOR.label()));
        }
        FormKind own = forms.ownForm();
        if (f.kind() != own) {
            throw refuse(name, FormFileProblem.Kind.WRONG_FORM,
                    Messages.get("import.detail.forms", form.label(), own.label()));
        }
        String facility = forms.facilityName();
        if (!f.facilityName().isEmpty() && !f.facilityName().equals(UserText.line(facility))) {
            warnings.add(Messages.get("import.warning.facility", f.facilityName(), facility));
        }
        return null;
    }

    /**
     * The vendor a file is for, among those listed in the file's year with the names they had then (or, failing
     * that, as they are now): the one Tenken tagged it with when the name shown still matches, else the one vendor
     * of that name (a file sent from another PC). Names are compared as {@link UserText#line} writes them.
     */
    private Vendor resolveVendor(FormFile f, String fileName) {
        try {
            return resolveVendor(f, fileName, vendors.list(f.year()));
        } catch (FormFileException e) {
            return resolveVendor(f, fileName, vendors.list());
        }
    }

    private Vendor resolveVendor(FormFile f, String fileName, List<Vendor> vendors) {
        if (f.vendorId() != null) {
            Optional<Vendor> tagged = vendors.stream().filter(v -> v.id() == f.vendorId()
                    && UserText.line(v.name()).equals(f.vendorName())).findFirst();
            if (tagged.isPresent()) {
                return tagged.get();
            }
        }
        List<Vendor> named = vendors.stream().filter(v -> UserText.line(v.name()).equals(f.vendorName())).toList();
        if (named.size() == 1) {
            return named.get(0);
        }
        throw refuse(fileName, FormFileProblem.Kind.UNKNOWN_VENDOR, f.vendorName());
    }

    private static FormFileException refuse(String fileName, FormFileProblem.Kind kind, String detail) {
        return new FormFileException(fileName, List.of(FormFileProblem.of(kind, detail)));
    }

    /**
     * Writes what the preview showed, in one transaction: the changed answers (each logged old → new), and for a
     * vendor's form the status 回収済 dated today.
     */
    public Assessment apply(ImportPreview p) {
        List<Answer> answers = p.changes().stream().map(ImportChange::after).toList();
        VendorForm status = null;
        if (p.vendor() != null) {
            status = vendorForms.get(p.year(), p.vendor().id())
                    .moveTo(VendorFormStatus.RECEIVED, today());
        }
        return assessments.importForm(p.year(), p.editionId(), p.kind(),
                p.vendor() == null ? null : p.vendor().id(), answers, status, p.file().getFileName().toString(),
                Instant.now(clock));
    }
}
