package jp.tenken.service;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.TreeMap;
import jp.tenken.domain.FiscalYear;
import jp.tenken.domain.comparison.AnswerTally;
import jp.tenken.domain.comparison.Comparison;
import jp.tenken.domain.comparison.YearTally;
import jp.tenken.domain.edition.Form;
import jp.tenken.domain.edition.FormKind;
import jp.tenken.domain.register.MaintenanceDetermination;
import jp.tenken.domain.vendor.Vendor;
import jp.tenken.domain.year.AnswerSheet;
import jp.tenken.domain.year.Assessment;
import jp.tenken.i18n.Messages;
import jp.tenken.storage.AssessmentRepository;
import jp.tenken.storage.DeviceRepository;
import jp.tenken.storage.DeviceUpkeepRepository;
import jp.tenken.storage.VendorRepository;

/**
 * This year against last year: which fiscal years of a form the file holds, and the item-by-item comparison of
 * two of them (the facility's own form or one vendor's 事業者確認用), with the 保守委託機関編 answer of each year
 * (guideline 第7.0版) beside the facility's own. Reads only; starts no year.
 */
public final class ComparisonService {
    private final AssessmentRepository assessments;
    private final VendorRepository vendors;
    private final DeviceRepository devices;
    private final DeviceUpkeepRepository upkeep;
    private final StoredForms forms;
    private final Clock clock;

    public ComparisonService(StoredForms forms, AssessmentRepository assessments, VendorRepository vendors,
                             DeviceRepository devices, DeviceUpkeepRepository upkeep, Clock clock) {
        this.assessments = assessments;
        this.vendors = vendors;
        this.devices = devices;
        this.upkeep = upkeep;
        this.forms = forms;
        this.clock = clock;
    }

    /** The fiscal year "today" falls in, the later side of a comparison when none is chosen. */
    public FiscalYear currentYear() {
        return FiscalYear.of(LocalDate.now(clock));
    }

    /** The facility's own form: 薬局確認用 for a pharmacy, else 医療機関確認用. */
    public FormKind ownForm() {
        return forms.ownForm();
    }

    /** The vendors whose 事業者確認用 can be compared. */
    public List<Vendor> vendors() {
        return vendors.list();
    }

    /** The fiscal years the file holds for a form (and vendor), oldest first. */
    public List<FiscalYear> years(FormKind kind, Long vendorId) {
        return assessments(kind, vendorId).stream().map(Assessment::year).toList();
    }

    private List<Assessment> assessments(FormKind kind, Long vendorId) {
        TreeMap<FiscalYear, Assessment> byYear = new TreeMap<>();
        for (Assessment a : assessments.list()) {
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
                LocalDate.now(clock));
        List<YearTally> history = new ArrayList<>();
        for (Assessment a : withHistory ? assessments(kind, vendorId) : List.<Assessment>of()) {
            Side side = a.year().equals(earlier) ? before : a.year().equals(later) ? after
                    : side(a.year(), kind, vendorId);
            Form form = side.form;
            AnswerSheet answers = side.answers;
            history.add(new YearTally(a.year(), a.editionId(), AnswerTally.of(form, answers)));
        }
        String facility = forms.facilityName();
        String vendor = vendorId == null ? null : vendors.find(vendorId, later).or(() -> vendors.find(vendorId))
                .map(Vendor::name).orElseThrow(() -> new IllegalArgumentException("no vendor " + vendorId));
        return new ComparisonReport(c, kind, vendorId, facility, vendor, history,
                vendorId == null ? maintenance(earlier, later) : null);
    }

    /**
     * How the 保守委託機関編 answer (decided from each year's 機器台帳 and vendors) moved: 「保守委託機関編：令和7年度
     * （第6.0版の年度）→ 令和8年度 該当する」; null when the later year is before 第7.0版.
     */
    private String maintenance(FiscalYear earlier, FiscalYear later) {
        if (!MaintenanceDetermination.asked(later)) {
            return null;
        }
        return Messages.get("compare.maintenance", earlier.label(), outcome(earlier), later.label(), outcome(later));
    }

    private String outcome(FiscalYear year) {
        if (!MaintenanceDetermination.asked(year)) {
            return Messages.get("compare.maintenance.notAsked");
        }
        MaintenanceDetermination d = MaintenanceDetermination.of(devices.list(year), upkeep.list(year),
                vendors.list(year));
        return MaintenanceService.describe(d.outcome());
    }

    /** Whether the file holds the year before {@code year} for this form, so there is something to compare. */
    public boolean hasPrevious(FiscalYear year, FormKind kind, Long vendorId) {
        return assessments.find(year.previous(), kind, vendorId).isPresent();
    }

    private record Side(Form form, AnswerSheet answers) {
    }

    private Side side(FiscalYear year, FormKind kind, Long vendorId) {
        StoredForms.Blankable form = forms.formOrBlank(year, kind, vendorId);
        return new Side(form.form(), form.answers());
    }
}
