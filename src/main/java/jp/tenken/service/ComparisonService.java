package jp.tenken.service;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import jp.tenken.domain.AnswerSheet;
import jp.tenken.domain.AnswerTally;
import jp.tenken.domain.Assessment;
import jp.tenken.domain.Comparison;
import jp.tenken.domain.Facility;
import jp.tenken.domain.FiscalYear;
import jp.tenken.domain.Form;
import jp.tenken.domain.FormKind;
import jp.tenken.domain.Vendor;
import jp.tenken.domain.YearTally;

/**
 * This year against last year: which fiscal years of a form the file holds, and the item-by-item comparison of
 * two of them (the facility's own form or one vendor's 事業者確認用). Reads only; starts no year.
 */
public final class ComparisonService {
    private final ChecklistService checklist;

    public ComparisonService(ChecklistService checklist) {
        this.checklist = checklist;
    }

    public ChecklistService checklist() {
        return checklist;
    }

    /** The fiscal years the file holds for a form (and vendor), oldest first. */
    public List<FiscalYear> years(FormKind kind, Long vendorId) {
        return assessments(kind, vendorId).stream().map(Assessment::year).toList();
    }

    private List<Assessment> assessments(FormKind kind, Long vendorId) {
        TreeMap<FiscalYear, Assessment> byYear = new TreeMap<>();
        for (Assessment a : checklist.workbook().assessments().list()) {
            if (a.form() == kind && Objects.equals(a.vendorId(), vendorId)) {
                byYear.put(a.year(), a);
            }
        }
        return new ArrayList<>(byYear.values());
    }

    /** Compares two fiscal years of a form; a year not started in the file compares as all 未回答. */
    public ComparisonReport compare(FiscalYear earlier, FiscalYear later, FormKind kind, Long vendorId) {
        return compare(earlier, later, kind, vendorId, true);
    }

    /** As {@link #compare(FiscalYear, FiscalYear, FormKind, Long)}; without the history when only the two years matter. */
    ComparisonReport compare(FiscalYear earlier, FiscalYear later, FormKind kind, Long vendorId, boolean withHistory) {
        Side before = side(earlier, kind, vendorId);
        Side after = side(later, kind, vendorId);
        Comparison c = Comparison.of(earlier, before.form, before.answers, later, after.form, after.answers,
                checklist.today());
        List<YearTally> history = new ArrayList<>();
        for (Assessment a : withHistory ? assessments(kind, vendorId) : List.<Assessment>of()) {
            Form form = a.year().equals(earlier) ? before.form : a.year().equals(later) ? after.form
                    : checklist.catalog().edition(a.editionId()).flatMap(e -> e.form(kind))
                    .orElseGet(() -> checklist.formFor(a.year(), kind).orElseThrow());
            AnswerSheet answers = a.year().equals(earlier) ? before.answers : a.year().equals(later) ? after.answers
                    : new AnswerSheet(checklist.workbook().answers().load(a.id()));
            history.add(new YearTally(a.year(), a.editionId(), AnswerTally.of(form, answers)));
        }
        String facility = checklist.facility().map(Facility::name).orElse("");
        String vendor = vendorId == null ? null : checklist.vendors().stream().filter(v -> v.id() == vendorId)
                .map(Vendor::name).findFirst().orElseThrow(() -> new IllegalArgumentException("no vendor " + vendorId));
        return new ComparisonReport(c, kind, vendorId, facility, vendor, history);
    }

    /** Whether the file holds the year before {@code year} for this form, so there is something to compare. */
    public boolean hasPrevious(FiscalYear year, FormKind kind, Long vendorId) {
        return checklist.workbook().assessments().find(year.previous(), kind, vendorId).isPresent();
    }

    private record Side(Form form, AnswerSheet answers) {
    }

    private Side side(FiscalYear year, FormKind kind, Long vendorId) {
        Optional<OpenForm> open = checklist.existing(year, kind, vendorId);
        if (open.isPresent()) {
            return new Side(open.get().form(), open.get().answers());
        }
        Form form = checklist.formFor(year, kind)
                .orElseThrow(() -> new IllegalStateException("no form " + kind + " for " + year));
        return new Side(form, new AnswerSheet(List.of()));
    }
}
