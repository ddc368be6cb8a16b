package jp.tenken.service;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import jp.tenken.domain.FiscalYear;
import jp.tenken.domain.UserText;
import jp.tenken.domain.edition.FormKind;
import jp.tenken.domain.vendor.ContractPeriod;
import jp.tenken.domain.vendor.Vendor;
import jp.tenken.domain.vendor.VendorFlag;
import jp.tenken.domain.vendor.VendorForm;
import jp.tenken.domain.vendor.VendorFormStatus;
import jp.tenken.domain.year.Readiness;
import jp.tenken.i18n.Messages;
import jp.tenken.i18n.UserMessageException;
import jp.tenken.storage.FinalYearRepository;
import jp.tenken.storage.VendorFormRepository;
import jp.tenken.storage.VendorRepository;

/**
 * The vendors (事業者) and their 事業者確認用 per fiscal year: add and edit vendors (from a year on, never changing
 * the years before), see where each form stands and what an inspector would flag, record a form as sent (送付済,
 * dated today) and move it through 回収済 and 確認済, and finalise a year after the 立入検査 (年度を確定).
 * Writing the form to a file is {@link ExportService}'s job, taking a returned one in is {@link ImportService}'s.
 */
public final class VendorService {
    private final VendorRepository vendors;
    private final VendorFormRepository vendorForms;
    private final FinalYearRepository finalYears;
    private final StoredForms forms;
    private final Clock clock;

    public VendorService(StoredForms forms, VendorRepository vendors, VendorFormRepository vendorForms,
                         FinalYearRepository finalYears, Clock clock) {
        this.vendors = vendors;
        this.vendorForms = vendorForms;
        this.finalYears = finalYears;
        this.forms = forms;
        this.clock = clock;
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    /** The facility's name, as a file sent to a vendor is named after it; empty before it is entered. */
    public String facilityName() {
        return forms.facilityName();
    }

    /** The vendors (事業者) in the workbook, each as it stands now. */
    public List<Vendor> vendors() {
        return vendors.list();
    }

    /** The vendors listed in a fiscal year, each as it stood in that year. */
    public List<Vendor> vendors(FiscalYear year) {
        return vendors.list(year);
    }

    /** Adds a vendor from the current fiscal year on. */
    public Vendor add(String name, String systems, String contact, boolean contracted) {
        return add(FiscalYear.of(today()), name, systems, contact, contracted);
    }

    /** Adds a vendor from {@code year} on: the years before it do not list it, nor miss its form. */
    public Vendor add(FiscalYear year, String name, String systems, String contact, boolean contracted) {
        String n = UserText.line(name);
        if (n.isEmpty()) {
            throw new IllegalArgumentException("vendor name is blank");
        }
        refuseIfFinal(year);
        return vendors.add(year, n, UserText.line(systems), UserText.line(contact), contracted, Instant.now(clock));
    }

    /**
     * Changes a vendor's name, systems, contact or contract from {@code year} on; the years before keep what they
     * had (so ending a contract in 令和8年度 leaves 令和7年度's form, status and pack as they were).
     */
    public Vendor update(FiscalYear year, Vendor vendor) {
        String n = UserText.line(vendor.name());
        if (n.isEmpty()) {
            throw new IllegalArgumentException("vendor name is blank");
        }
        refuseIfFinal(year);
        return vendors.update(year, new Vendor(vendor.id(), n, UserText.line(vendor.systems()),
                UserText.line(vendor.contact()), vendor.contracted()), Instant.now(clock));
    }

    /**
     * Every vendor listed in a fiscal year, as it stood then: where its 事業者確認用 stands (未送付 when nothing is
     * recorded), the form's readiness (blank when not started), what an inspector would flag, and its 契約期間.
     */
    public List<VendorStatus> statuses(FiscalYear year) {
        List<VendorStatus> out = new ArrayList<>();
        Map<Long, VendorForm> sent = new HashMap<>();
        vendorForms.list(year).forEach(f -> sent.put(f.vendorId(), f));
        Map<Long, ContractPeriod> contracts = vendors.contracts();
        for (Vendor v : vendors(year)) {
            VendorForm f = sent.getOrDefault(v.id(), VendorForm.notSent(v.id(), year));
            StoredForms.Blankable form = forms.formOrBlank(year, FormKind.VENDOR, v.id());
            Readiness r = Readiness.of(form.form(), form.answers(), today());
            out.add(new VendorStatus(v, f, r, VendorFlag.of(v, f, r),
                    contracts.getOrDefault(v.id(), ContractPeriod.NONE)));
        }
        return out;
    }

    /** What an inspector would flag about the year's contracted vendors' 事業者確認用. */
    public List<VendorFlag> flags(FiscalYear year) {
        return statuses(year).stream().flatMap(s -> s.flags().stream()).toList();
    }

    /**
     * Records the vendor's form of the year as 送付済 today, once it was written to a file. A form already returned
     * keeps its status: sending it again is a copy, not a new request.
     */
    public VendorForm markSent(FiscalYear year, long vendorId) {
        VendorForm now = vendorForms.get(year, vendorId);
        if (now.status().returned()) {
            return now;
        }
        return setStatus(year, vendorId, VendorFormStatus.SENT);
    }

    /**
     * Whether a fiscal year is finalised (年度を確定): its answers, vendors and their forms' statuses are then
     * read-only until it is reopened.
     */
    public boolean isFinal(FiscalYear year) {
        return finalYears.isFinal(year);
    }

    /** A finalised year's vendors and their forms' statuses stay as the 立入検査 saw them, like its answers. */
    private void refuseIfFinal(FiscalYear year) {
        if (finalYears.isFinal(year)) {
            throw new UserMessageException(Messages.get("vendors.year.finalRefused", year.label()), null);
        }
    }

    /** Finalises a fiscal year after the 立入検査; logged in the change log. */
    public void finalise(FiscalYear year) {
        finalYears.finalise(year, Instant.now(clock));
    }

    /** Opens a finalised fiscal year for changes again; logged in the change log. */
    public void reopen(FiscalYear year) {
        finalYears.reopen(year, Instant.now(clock));
    }

    /** Moves a vendor's form of the year to a status, dated today. */
    public VendorForm setStatus(FiscalYear year, long vendorId, VendorFormStatus status) {
        refuseIfFinal(year);
        VendorForm f = vendorForms.get(year, vendorId).moveTo(status, today());
        return vendorForms.save(f, Instant.now(clock));
    }
}
