package jp.tenken.ui.registers;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import jp.tenken.domain.FiscalYear;
import jp.tenken.domain.Wareki;
import jp.tenken.domain.register.Device;
import jp.tenken.domain.register.DeviceKind;
import jp.tenken.domain.vendor.Vendor;
import jp.tenken.i18n.Messages;
import jp.tenken.service.ExportService;
import jp.tenken.service.RegisterService;
import jp.tenken.ui.common.UiExecutor;

/**
 * State and commands of the 機器台帳 tab: the year's devices with their warnings, the device being edited (or a new
 * one), the vendors it can be maintained by. Every save goes straight to the workbook, through the executor.
 */
public final class DeviceRegisterViewModel {

    // --- state
    private final ObservableList<DeviceRow> devices = FXCollections.observableArrayList();
    private final ObservableList<Vendor> vendors = FXCollections.observableArrayList();
    private final ObjectProperty<DeviceRow> selected = new SimpleObjectProperty<>();
    private final BooleanProperty creating = new SimpleBooleanProperty(true);
    private final BooleanProperty locked = new SimpleBooleanProperty(false);
    private final StringProperty name = new SimpleStringProperty("");
    private final ObjectProperty<DeviceKind> kind = new SimpleObjectProperty<>(DeviceKind.TERMINAL);
    private final StringProperty location = new SimpleStringProperty("");
    private final StringProperty maker = new SimpleStringProperty("");
    private final StringProperty model = new SimpleStringProperty("");
    private final StringProperty os = new SimpleStringProperty("");
    private final StringProperty osVersion = new SimpleStringProperty("");
    private final StringProperty role = new SimpleStringProperty("");
    private final ObjectProperty<Vendor> vendor = new SimpleObjectProperty<>();
    private final BooleanProperty remote = new SimpleBooleanProperty(false);
    private final ObjectProperty<LocalDate> supportEnd = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> lastUpdate = new SimpleObjectProperty<>();
    private final StringProperty administrator = new SimpleStringProperty("");
    private final StringProperty note = new SimpleStringProperty("");

    private final RegisterService service;
    private final ExportService export;
    private final UiExecutor executor;
    private final RegisterStatus status;
    private FiscalYear year;
    /** The device as the fields last showed or saved it; null while the fields are a new device not yet saved. */
    private Device base;

    DeviceRegisterViewModel(RegisterService service, ExportService export, UiExecutor executor, RegisterStatus status) {
        this.service = service;
        this.export = export;
        this.executor = executor;
        this.status = status;
    }

    public ObservableList<DeviceRow> devices() {
        return devices;
    }

    /** The vendors list, a device's 保守事業者 is chosen from. */
    public ObservableList<Vendor> vendors() {
        return vendors;
    }

    public ReadOnlyObjectProperty<DeviceRow> selectedProperty() {
        return selected;
    }

    /** True while the fields describe a device not yet added. */
    public ReadOnlyBooleanProperty creatingProperty() {
        return creating;
    }

    public StringProperty nameProperty() {
        return name;
    }

    public ObjectProperty<DeviceKind> kindProperty() {
        return kind;
    }

    public StringProperty locationProperty() {
        return location;
    }

    public StringProperty makerProperty() {
        return maker;
    }

    public StringProperty modelProperty() {
        return model;
    }

    public StringProperty osProperty() {
        return os;
    }

    public StringProperty osVersionProperty() {
        return osVersion;
    }

    public StringProperty roleProperty() {
        return role;
    }

    public ObjectProperty<Vendor> vendorProperty() {
        return vendor;
    }

    public BooleanProperty remoteProperty() {
        return remote;
    }

    public ObjectProperty<LocalDate> supportEndProperty() {
        return supportEnd;
    }

    public ObjectProperty<LocalDate> lastUpdateProperty() {
        return lastUpdate;
    }

    public StringProperty administratorProperty() {
        return administrator;
    }

    public StringProperty noteProperty() {
        return note;
    }

    /** True when the year is finalised: the 台帳 is shown, not changed. */
    public ReadOnlyBooleanProperty lockedProperty() {
        return locked;
    }

    // --- texts the view shows

    public String dateText(LocalDate d) {
        return d == null ? "" : Wareki.format(d);
    }

    public String vendorText(Vendor v) {
        return v == null ? Messages.get("registers.vendor.none") : v.name();
    }

    public List<DeviceKind> kinds() {
        return List.of(DeviceKind.values());
    }

    // --- commands

    /** Shows the devices of a year (what was typed for the year shown before is saved first). */
    public void load(FiscalYear y) {
        if (y != null && !y.equals(year)) {
            commit();
            clearFields();
        }
        year = y;
        refresh(selected.get() == null ? null : selected.get().device().id());
    }

    void refresh(Long keep) {
        refresh(keep, false);
    }

    /** Reloads the list; {@code keepFields}: the fields hold the clerk's typing for another device, left alone. */
    private void refresh(Long keep, boolean keepFields) {
        FiscalYear y = year;
        executor.submit(() -> rows(y), loaded -> {
            vendors.setAll(loaded.vendors());
            locked.set(loaded.locked());
            Optional<DeviceRow> again = keep == null ? Optional.empty()
                    : loaded.rows().stream().filter(r -> r.device().id() == keep).findFirst();
            DeviceRow shownBefore = selected.get();
            devices.setAll(loaded.rows());
            if (keepFields) {
                selected.set(again.orElse(shownBefore == null ? null : loaded.rows().stream()
                        .filter(r -> r.device().id() == shownBefore.device().id()).findFirst().orElse(null)));
            } else if (again.isPresent()) {
                show(again.get());
            } else if (!loaded.rows().isEmpty() && shownBefore == null && !dirty()) {
                show(loaded.rows().get(0));
            } else if (loaded.rows().isEmpty() && !dirty()) {
                clearFields();
            }
        }, status::failed);
    }

    private record Loaded(List<DeviceRow> rows, List<Vendor> vendors, boolean locked) {
    }

    private Loaded rows(FiscalYear y) {
        List<Vendor> list = service.vendors(y);
        Map<Long, String> names = new HashMap<>();
        list.forEach(v -> names.put(v.id(), v.name()));
        List<DeviceRow> out = new ArrayList<>();
        for (Device d : service.devices(y)) {
            out.add(new DeviceRow(d, d.vendorId() == null ? "" : names.get(d.vendorId()),
                    service.warningTexts(d)));
        }
        return new Loaded(out, list, service.isFinal(y));
    }

    /**
     * Chooses a device (the table's selection): what was typed into the fields is saved first, so choosing another
     * device never throws typing away. When it cannot be saved (no name) the status line says why, the typing is
     * kept and the choice is refused. Returns whether {@code r} is now the one shown.
     */
    public boolean select(DeviceRow r) {
        DeviceRow current = selected.get();
        if (r != null && current != null && r.device().id() == current.device().id()) {
            return true;
        }
        if (!commit()) {
            return false;
        }
        show(r);
        return true;
    }

    /** Puts a device into the fields, without saving anything. */
    private void show(DeviceRow r) {
        selected.set(r);
        if (r == null) {
            return;
        }
        Device d = r.device();
        base = d;
        name.set(d.name());
        kind.set(d.kind());
        location.set(d.location());
        maker.set(d.maker());
        model.set(d.model());
        os.set(d.os());
        osVersion.set(d.osVersion());
        role.set(d.role());
        vendor.set(vendors.stream().filter(v -> d.vendorId() != null && v.id() == d.vendorId()).findFirst()
                .orElse(null));
        remote.set(d.remoteMaintenance());
        supportEnd.set(d.supportEnd());
        lastUpdate.set(d.lastUpdate());
        administrator.set(d.administrator());
        note.set(d.note());
        creating.set(false);
    }

    /** Empties the fields for a new device, after saving what was typed (refused, with the reason, if it cannot be). */
    public void newDevice() {
        if (!commit()) {
            return;
        }
        clearFields();
    }

    private void clearFields() {
        selected.set(null);
        base = null;
        for (StringProperty p : List.of(name, location, maker, model, os, osVersion, role, administrator, note)) {
            p.set("");
        }
        kind.set(DeviceKind.TERMINAL);
        vendor.set(null);
        remote.set(false);
        supportEnd.set(null);
        lastUpdate.set(null);
        creating.set(true);
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    /** Whether the fields hold something not yet saved (nor on its way to being saved). */
    public boolean dirty() {
        if (year == null || locked.get()) {
            return false;
        }
        DeviceRow current = selected.get();
        if (creating.get() || current == null) {
            return base == null && !(blank(name.get()) && blank(location.get()) && blank(maker.get())
                    && blank(model.get()) && blank(os.get()) && blank(osVersion.get()) && blank(role.get())
                    && blank(administrator.get()) && blank(note.get()) && vendor.get() == null && !remote.get()
                    && supportEnd.get() == null && lastUpdate.get() == null);
        }
        return blank(name.get()) || !typed(current.device().id()).equals(base);
    }

    private Device typed(long id) {
        return new Device(id, year, name.get(), kind.get(), location.get(), maker.get(), model.get(), os.get(),
                osVersion.get(), role.get(), vendor.get() == null ? null : vendor.get().id(), remote.get(),
                supportEnd.get(), lastUpdate.get(), administrator.get(), note.get());
    }

    /** Adds the device in the fields, or saves the changes to the selected one (Enter, the 保存 button). */
    public void save() {
        if (!locked.get() && blank(name.get())) {
            status.say(Messages.get("registers.device.nameRequired"));
            return;
        }
        commit();
    }

    /**
     * Saves what was typed when the clerk leaves a field: as {@link #commit()}, except that a new device without
     * its name yet waits quietly (the name may be typed next) instead of asking for it.
     */
    public void commitOnLeave() {
        if ((creating.get() || selected.get() == null) && blank(name.get())) {
            return;
        }
        commit();
    }

    /**
     * Saves what was typed, if anything changed: called on Enter, on leaving a field, before another device is
     * chosen and before the window closes. Returns false, with the reason on the status line and the typing kept,
     * when it cannot be saved (no name); true otherwise.
     */
    public boolean commit() {
        if (!dirty()) {
            return true;
        }
        if (blank(name.get())) {
            status.say(Messages.get("registers.device.nameRequired"));
            return false;
        }
        DeviceRow current = selected.get();
        boolean adding = creating.get() || current == null;
        Device d = typed(adding ? 0 : current.device().id());
        base = d;
        executor.submit(() -> adding ? service.addDevice(d) : service.updateDevice(d), saved -> {
            status.say(Messages.get(adding ? "registers.device.added" : "registers.device.saved", saved.name()));
            DeviceRow now = selected.get();
            boolean stillHere = adding ? base == d && creating.get()
                    : now != null && now.device().id() == saved.id();
            if (stillHere) {
                base = saved;
                creating.set(false);
            }
            // keep showing what the clerk has moved on to; the device just saved when still on it
            refresh(stillHere ? Long.valueOf(saved.id()) : now == null ? null : now.device().id(), !stillHere);
            status.changed();
        }, e -> {
            if (base == d) {
                base = adding ? null : current.device(); // not saved: the typing still counts as unsaved
            }
            status.failed(e);
        });
        return true;
    }

    /** Removes the selected device from the year's 台帳. */
    public void delete() {
        DeviceRow current = selected.get();
        if (current == null) {
            return;
        }
        clearFields();
        executor.submit(() -> {
            service.deleteDevice(current.device().id());
            return current;
        }, r -> {
            status.say(Messages.get("registers.device.deleted", r.device().name()));
            refresh(null);
            status.changed();
        }, status::failed);
    }

    /** Prints the year's 機器台帳 on its own to {@code out}. */
    public void export(Path out) {
        FiscalYear y = year;
        status.say(Messages.get("export.running"));
        executor.submit(() -> export.exportRegister(y, true, out, p -> { }),
                r -> status.say(Messages.get("export.done", r.file().toAbsolutePath())), status::failed);
    }
}
