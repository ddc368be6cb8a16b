package jp.tenken.service;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import jp.tenken.catalog.Catalog;
import jp.tenken.domain.FiscalYear;
import jp.tenken.domain.FormKind;
import jp.tenken.domain.Readiness;
import jp.tenken.domain.Vendor;
import jp.tenken.domain.VendorFlag;
import jp.tenken.domain.VendorForm;
import jp.tenken.domain.VendorFormStatus;
import jp.tenken.storage.VendorFormRepository;
import jp.tenken.storage.VendorRepository;
import jp.tenken.storage.Workbook;

/**
 * The vendors (事業者) and their 事業者確認用 per fiscal year: add and edit vendors, see where each form stands and
 * what an inspector would flag, record a form as sent (送付済, dated today) and move it through 回収済 and 確認済.
 * Writing the form to a file is {@link ExportService}'s job, taking a returned one in is {@link ImportService}'s.
 */
public final class VendorService {
    private final VendorRepository vendors;
    private final VendorFormRepository vendorForms;
    private final StoredForms forms;
    private final Clock clock;

    public VendorService(Workbook workbook, Catalog catalog, Clock clock) {
        this.vendors = workbook.vendors();
        this.vendorForms = workbook.vendorForms();
        this.forms = new StoredForms(workbook, catalog);
        this.clock = clock;
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    /** The facility's name, as a file sent to a vendor is named after it; empty before it is entered. */
    public String facilityName() {
        return forms.facilityName();
    }

    /** The vendors (事業者) in the workbook. */
    public List<Vendor> vendors() {
        return vendors.list();
    }

    public Vendor add(String name, String systems, String contact, boolean contracted) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("vendor name is blank");
        }
        return vendors.add(name.strip(), systems == null ? "" : systems.strip(),
                contact == null ? "" : contact.strip(), contracted, Instant.now(clock));
    }

    /** Changes a vendor's name, systems, contact or contract. */
    public Vendor update(Vendor vendor) {
        if (vendor.name() == null || vendor.name().isBlank()) {
            throw new IllegalArgumentException("vendor name is blank");
        }
        return vendors.update(new Vendor(vendor.id(), vendor.name().strip(),
                vendor.systems() == null ? "" : vendor.systems().strip(),
                vendor.contact() == null ? "" : vendor.contact().strip(), vendor.contracted()), Instant.now(clock));
    }

    /**
     * Every vendor in a fiscal year: where its 事業者確認用 stands (未送付 when nothing is recorded), the form's
     * readiness (blank when not started) and what an inspector would flag.
     */
    public List<VendorStatus> statuses(FiscalYear year) {
        List<VendorStatus> out = new ArrayList<>();
        Map<Long, VendorForm> sent = new HashMap<>();
        vendorForms.list(year).forEach(f -> sent.put(f.vendorId(), f));
        for (Vendor v : vendors()) {
            VendorForm f = sent.getOrDefault(v.id(), VendorForm.notSent(v.id(), year));
            StoredForms.Blankable form = forms.formOrBlank(year, FormKind.VENDOR, v.id());
            Readiness r = Readiness.of(form.form(), form.answers(), today());
            out.add(new VendorStatus(v, f, r, VendorFlag.of(v, f, r)));
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

    /** Moves a vendor's form of the year to a status, dated today. */
    public VendorForm setStatus(FiscalYear year, long vendorId, VendorFormStatus status) {
        VendorForm f = vendorForms.get(year, vendorId).moveTo(status, today());
        return vendorForms.save(f, Instant.now(clock));
    }
}
