package jp.tenken.service;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import jp.tenken.domain.FiscalYear;
import jp.tenken.domain.Wareki;
import jp.tenken.domain.register.Contact;
import jp.tenken.domain.register.ContactChart;
import jp.tenken.domain.register.ContactGroup;
import jp.tenken.domain.register.Device;
import jp.tenken.domain.register.DeviceWarning;
import jp.tenken.domain.register.RegisterImport;
import jp.tenken.domain.register.RegisterList;
import jp.tenken.domain.register.RegisterMapping;
import jp.tenken.domain.vendor.Vendor;
import jp.tenken.domain.year.Facility;
import jp.tenken.i18n.Messages;
import jp.tenken.i18n.UserMessageException;
import jp.tenken.storage.ContactRepository;
import jp.tenken.storage.DeviceRepository;
import jp.tenken.storage.FacilityRepository;
import jp.tenken.storage.FinalYearRepository;
import jp.tenken.storage.RegisterReviewRepository;
import jp.tenken.storage.VendorRepository;
import jp.tenken.xlsx.read.RegisterListReader;
import jp.tenken.xlsx.write.RegisterData;

/**
 * The records items 2-① and 3-① ask for, per fiscal year: the 機器台帳 (add, change, remove devices; the warnings a
 * clerk should read) and the 連絡体制図 (the clinic's people and outside bodies; the vendors' boxes come from the
 * vendors list). A year starts from the latest earlier year's registers; what the readiness line should say about
 * them is {@link #readinessNotes}.
 */
public final class RegisterService {
    static final String DEVICES = "DEVICES";
    static final String CONTACTS = "CONTACTS";

    private final DeviceRepository devices;
    private final ContactRepository contacts;
    private final RegisterReviewRepository reviews;
    private final VendorRepository vendors;
    private final FacilityRepository facility;
    private final FinalYearRepository finalYears;
    private final Clock clock;

    public RegisterService(DeviceRepository devices, ContactRepository contacts, RegisterReviewRepository reviews,
                           VendorRepository vendors, FacilityRepository facility, FinalYearRepository finalYears,
                           Clock clock) {
        this.devices = devices;
        this.contacts = contacts;
        this.reviews = reviews;
        this.vendors = vendors;
        this.facility = facility;
        this.finalYears = finalYears;
        this.clock = clock;
    }

    /**
     * Whether the year is finalised (年度を確定): its registers are then read-only, like its answers (the file's
     * triggers refuse any change; this lets a screen say so before anyone types).
     */
    public boolean isFinal(FiscalYear year) {
        return finalYears.isFinal(year);
    }

    /** A finalised year's registers stay as the 立入検査 saw them; said in words before anything is tried. */
    private void refuseIfFinal(FiscalYear year) {
        if (finalYears.isFinal(year)) {
            throw new UserMessageException(Messages.get("registers.year.finalRefused", year.label()), null);
        }
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private Instant now() {
        return Instant.now(clock);
    }

    /** The year's devices in their order. */
    public List<Device> devices(FiscalYear year) {
        return devices.list(year);
    }

    /** The vendors a device can be maintained by: the vendors list as it stands in the year. */
    public List<Vendor> vendors(FiscalYear year) {
        return vendors.list(year);
    }

    public Device addDevice(Device d) {
        refuseIfFinal(d.year());
        return devices.add(d, now());
    }

    public Device updateDevice(Device d) {
        refuseIfFinal(d.year());
        return devices.update(d, now());
    }

    public void deleteDevice(long id) {
        devices.delete(id, now());
    }

    /** Reads a clinic's own list (.xlsx or .csv); a file that cannot be read is refused in Japanese. */
    public RegisterList readList(Path file) {
        return new RegisterListReader().read(file);
    }

    /**
     * What taking the list in with {@code mapping} would add to the year's 機器台帳; a device whose name is already
     * there is left out (so taking the same list in twice adds nothing), and every liberty is said in words.
     */
    public RegisterImportPreview preview(RegisterList list, RegisterMapping mapping, FiscalYear year) {
        refuseIfFinal(year);
        RegisterImport read = RegisterImport.read(list, mapping, year, vendors.list(year));
        List<String> notes = new ArrayList<>();
        for (RegisterImport.Note n : read.notes()) {
            notes.add(Messages.get(n.kind().messageKey(), n.row(), n.column(), n.value()));
        }
        Set<String> there = new HashSet<>();
        devices.list(year).forEach(d -> there.add(d.name()));
        List<Device> added = new ArrayList<>();
        int skipped = 0;
        for (Device d : read.devices()) {
            if (!there.add(d.name())) {
                notes.add(Messages.get("registers.import.note.duplicate", d.name()));
                skipped++;
            } else {
                added.add(d);
            }
        }
        return new RegisterImportPreview(list.file(), year, added, notes, skipped);
    }

    /** Adds what a preview shows, in one transaction: all of it, or (on any failure) nothing. */
    public List<Device> importDevices(RegisterImportPreview p) {
        refuseIfFinal(p.year());
        if (p.devices().isEmpty()) {
            return List.of();
        }
        return devices.addAll(p.devices(), "import", p.file(), now());
    }

    /** The warnings of one device in its year, judged today. */
    public List<DeviceWarning> warnings(Device d) {
        return DeviceWarning.of(d, d.year(), today());
    }

    /** The warnings of one device in words, without its name (printed on its own row). */
    public List<String> warningTexts(Device d) {
        String own = d.name() + ": ";
        return warnings(d).stream().map(RegisterService::describe)
                .map(w -> w.startsWith(own) ? w.substring(own.length()) : w).toList();
    }

    /** A warning in words a clerk understands. */
    public static String describe(DeviceWarning w) {
        return Messages.get(w.kind().messageKey(), w.deviceName(),
                w.date() == null ? "" : Wareki.format(w.date()));
    }

    /** The year's 連絡体制図: what is stored, or the roles to fill in (all 未記入) when nothing is. */
    public ContactChart chart(FiscalYear year) {
        List<Contact> stored = contacts.list(year);
        List<Contact> fromVendors = vendorBoxes(year);
        if (stored.isEmpty()) {
            return ContactChart.template(year, fromVendors);
        }
        List<Contact> in = stored.stream().filter(k -> k.group() == ContactGroup.INTERNAL).toList();
        List<Contact> out = stored.stream().filter(k -> k.group() == ContactGroup.EXTERNAL).toList();
        return new ContactChart(year, in, fromVendors, out);
    }

    private List<Contact> vendorBoxes(FiscalYear year) {
        List<Contact> out = new ArrayList<>();
        for (Vendor v : vendors.list(year)) {
            out.add(new Contact(v.id(), year, ContactGroup.VENDOR, out.size(), v.name(), "", v.contact(),
                    v.systems(), ""));
        }
        return out;
    }

    /**
     * Stores a box of the chart. The first box stored in a year stores the roles shown with it, so the chart keeps
     * every box it showed; a box not yet stored (id 0) of the same group, place and role as a stored one changes
     * that one, any other is added.
     */
    public Contact saveContact(Contact k) {
        refuseIfFinal(k.year());
        Contact toSave = k;
        if (k.id() == 0) {
            List<Contact> stored = contacts.list(k.year());
            boolean fromTemplate = stored.isEmpty();
            if (fromTemplate) {
                ContactChart shown = chart(k.year());
                List<Contact> boxes = new ArrayList<>(shown.internal());
                boxes.addAll(shown.external());
                stored = contacts.addAll(boxes, "start", "template", now());
            }
            List<Contact> kept = stored;
            // the box the clerk typed into: same place and role; on a chart just started from the template, the
            // same place even when the role was retyped (else the template's box would stay beside the new one)
            Optional<Contact> same = kept.stream().filter(s -> s.group() == k.group()
                    && s.position() == k.position() && s.role().equals(k.role())).findFirst()
                    .or(() -> fromTemplate ? kept.stream().filter(s -> s.group() == k.group()
                            && s.position() == k.position()).findFirst() : Optional.empty());
            if (same.isPresent()) {
                toSave = new Contact(same.get().id(), k.year(), k.group(), k.position(), k.role(), k.name(),
                        k.phone(), k.other(), k.note());
            }
        }
        return contacts.save(toSave, now());
    }

    public void deleteContact(long id) {
        contacts.delete(id, now());
    }

    /**
     * Starts a year from the latest earlier year's registers: each register that is empty this year is copied
     * from there (in one transaction each, logged). Returns how many devices and boxes were copied.
     */
    public int carryOver(FiscalYear year) {
        refuseIfFinal(year);
        int copied = 0;
        Optional<FiscalYear> fromDevices = devices.latestBefore(year);
        if (devices.list(year).isEmpty() && fromDevices.isPresent()) {
            copied += devices.copyYear(fromDevices.get(), year, now());
        }
        Optional<FiscalYear> fromContacts = contacts.latestBefore(year);
        if (contacts.list(year).isEmpty() && fromContacts.isPresent()) {
            copied += contacts.copyYear(fromContacts.get(), year, now());
        }
        return copied;
    }

    /** Whether the year is empty on both registers while an earlier year has one to start from. */
    public boolean canCarryOver(FiscalYear year) {
        return !finalYears.isFinal(year) && devices.list(year).isEmpty() && devices.latestBefore(year).isPresent()
                || contacts.list(year).isEmpty() && contacts.latestBefore(year).isPresent();
    }

    /**
     * Records that a register of the year was looked over today and needs no change ({@code devices} or the chart);
     * it counts for that year only. Returns the day recorded.
     */
    public LocalDate markReviewed(FiscalYear year, boolean deviceRegister) {
        refuseIfFinal(year);
        LocalDate on = today();
        reviews.review(year, deviceRegister ? DEVICES : CONTACTS, on, now());
        return on;
    }

    /**
     * What the readiness line should say about the registers of a year: 「機器台帳が空です」, not looked at this
     * fiscal year, 「連絡体制図が未記入です」…; empty when both are kept up.
     */
    public List<String> readinessNotes(FiscalYear year) {
        List<String> out = new ArrayList<>();
        if (devices.list(year).isEmpty()) {
            out.add(Messages.get("registers.readiness.devicesEmpty"));
        } else if (!keptUp(year, devices.lastChange(year), DEVICES)) {
            out.add(Messages.get("registers.readiness.devicesStale", year.label()));
        }
        if (chart(year).empty()) {
            out.add(Messages.get("registers.readiness.chartEmpty"));
        } else if (!keptUp(year, contacts.lastChange(year), CONTACTS)) {
            out.add(Messages.get("registers.readiness.chartStale", year.label()));
        }
        return out;
    }

    private boolean keptUp(FiscalYear year, Optional<Instant> lastChange, String register) {
        boolean changed = lastChange.map(t -> year.contains(LocalDate.ofInstant(t, clock.getZone()))).orElse(false);
        // a review is recorded for one year (the year on screen), whatever day it was made: looking over last
        // year's registers late keeps last year up, never the year the day falls in
        return changed || reviews.reviewedOn(year, register).isPresent();
    }

    /** The year's registers as they print (the vendors' names and every warning in words). */
    public RegisterData printed(FiscalYear year) {
        Map<Long, String> names = new HashMap<>();
        vendors.list(year).forEach(v -> names.put(v.id(), v.name()));
        List<RegisterData.DeviceLine> lines = new ArrayList<>();
        for (Device d : devices.list(year)) {
            List<String> words = warningTexts(d);
            lines.add(new RegisterData.DeviceLine(d, d.vendorId() == null ? "" : names.get(d.vendorId()), words));
        }
        String name = facility.get().map(Facility::name).orElse("");
        return new RegisterData(year, name, lines, chart(year), readinessNotes(year));
    }

    /**
     * The registers the 立入検査用 pack includes by default: each one that is not empty, with the readiness notes its
     * 概要 prints (an empty register prints no sheet, only its note).
     */
    public RegisterData forPack(FiscalYear year) {
        RegisterData all = printed(year);
        boolean chart = !all.chart().empty();
        return new RegisterData(year, all.facilityName(), all.devices().isEmpty() ? null : all.devices(),
                chart ? all.chart() : null, all.notes());
    }
}
