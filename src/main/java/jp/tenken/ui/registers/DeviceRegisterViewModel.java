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

    /** Shows the devices of a year. */
    public void load(FiscalYear y) {
        year = y;
        refresh(selected.get() == null ? null : selected.get().device().id());
    }

    void refresh(Long keep) {
        FiscalYear y = year;
        executor.submit(() -> rows(y), loaded -> {
            vendors.setAll(loaded.vendors());
            devices.setAll(loaded.rows());
            Optional<DeviceRow> again = keep == null ? Optional.empty()
                    : loaded.rows().stream().filter(r -> r.device().id() == keep).findFirst();
            if (again.isPresent()) {
                select(again.get());
            } else if (!loaded.rows().isEmpty() && selected.get() == null) {
                select(loaded.rows().get(0));
            } else if (loaded.rows().isEmpty()) {
                newDevice();
            }
        }, status::failed);
    }

    private record Loaded(List<DeviceRow> rows, List<Vendor> vendors) {
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
        return new Loaded(out, list);
    }

    public void select(DeviceRow r) {
        selected.set(r);
        if (r == null) {
            return;
        }
        Device d = r.device();
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

    /** Empties the fields for a new device. */
    public void newDevice() {
        selected.set(null);
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

    /** Adds the device in the fields, or saves the changes to the selected one. */
    public void save() {
        String n = name.get() == null ? "" : name.get().strip();
        if (n.isEmpty() || year == null) {
            status.say(Messages.get("registers.device.nameRequired"));
            return;
        }
        DeviceRow current = selected.get();
        boolean adding = creating.get() || current == null;
        Device d = new Device(adding ? 0 : current.device().id(), year, n, kind.get(), location.get(), maker.get(),
                model.get(), os.get(), osVersion.get(), role.get(), vendor.get() == null ? null : vendor.get().id(),
                remote.get(), supportEnd.get(), lastUpdate.get(), administrator.get(), note.get());
        executor.submit(() -> adding ? service.addDevice(d) : service.updateDevice(d), saved -> {
            status.say(Messages.get(adding ? "registers.device.added" : "registers.device.saved", saved.name()));
            refresh(saved.id());
            status.changed();
        }, status::failed);
    }

    /** Removes the selected device from the year's 台帳. */
    public void delete() {
        DeviceRow current = selected.get();
        if (current == null) {
            return;
        }
        selected.set(null);
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
