package jp.tenken.ui.registers;

import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import jp.tenken.domain.FiscalYear;
import jp.tenken.domain.Wareki;
import jp.tenken.i18n.Messages;
import jp.tenken.service.ExportService;
import jp.tenken.service.RegisterService;
import jp.tenken.ui.common.UiExecutor;

/**
 * The 「機器台帳・連絡体制図」 window's state: the fiscal year, what the readiness line says about the registers
 * (「機器台帳が空です」…), whether the year can start from last year's registers; and its two tabs and the take-in.
 */
public final class RegistersViewModel {

    // --- state
    private final ObjectProperty<FiscalYear> year = new SimpleObjectProperty<>();
    private final ObservableList<String> notes = FXCollections.observableArrayList();
    private final BooleanProperty canCarryOver = new SimpleBooleanProperty(false);

    private final RegisterService service;
    private final UiExecutor executor;
    private final RegisterStatus status = new RegisterStatus();
    private final DeviceRegisterViewModel devices;
    private final ContactChartViewModel contacts;
    private final RegisterImportViewModel imports;

    public RegistersViewModel(RegisterService service, ExportService export, UiExecutor executor) {
        this.service = service;
        this.executor = executor;
        devices = new DeviceRegisterViewModel(service, export, executor, status);
        contacts = new ContactChartViewModel(service, export, executor, status);
        imports = new RegisterImportViewModel(service, executor, status);
        imports.setOnImported(() -> devices.refresh(null));
        status.setOnChanged(this::refreshNotes);
    }

    public ReadOnlyObjectProperty<FiscalYear> yearProperty() {
        return year;
    }

    /** What an inspector would find missing in the registers of the year; empty when both are kept up. */
    public ObservableList<String> notes() {
        return notes;
    }

    /** True when the year is empty and an earlier year has registers to start from. */
    public ReadOnlyBooleanProperty canCarryOverProperty() {
        return canCarryOver;
    }

    public RegisterStatus status() {
        return status;
    }

    public DeviceRegisterViewModel devices() {
        return devices;
    }

    public ContactChartViewModel contacts() {
        return contacts;
    }

    public RegisterImportViewModel imports() {
        return imports;
    }

    /** Called after anything this window saved, so other screens (the readiness line) can refresh. */
    public void setOnChanged(Runnable r) {
        Runnable after = r == null ? () -> { } : r;
        status.setOnChanged(() -> {
            refreshNotes();
            after.run();
        });
    }

    // --- commands

    /** Shows the registers of a fiscal year. */
    public void load(FiscalYear y) {
        year.set(y);
        imports.setYear(y);
        devices.load(y);
        contacts.load(y);
        refreshNotes();
    }

    private void refreshNotes() {
        FiscalYear y = year.get();
        if (y == null) {
            return;
        }
        executor.submit(() -> new Notes(service.readinessNotes(y), service.canCarryOver(y)), n -> {
            notes.setAll(n.lines());
            canCarryOver.set(n.carry());
        }, status::failed);
    }

    private record Notes(List<String> lines, boolean carry) {
    }

    /** Starts the year from the latest earlier year's registers (each one that is empty this year). */
    public void carryOver() {
        FiscalYear y = year.get();
        executor.submit(() -> service.carryOver(y), n -> {
            status.say(Messages.get("registers.carried", n, y.label()));
            load(y);
            status.changed();
        }, status::failed);
    }

    /** Records that a register was looked over this year with nothing to change. */
    public void markReviewed(boolean deviceRegister) {
        FiscalYear y = year.get();
        executor.submit(() -> service.markReviewed(y, deviceRegister), on -> {
            status.say(Messages.get(deviceRegister ? "registers.reviewed.devices" : "registers.reviewed.chart",
                    y.label(), Wareki.format(on)));
            status.changed();
        }, status::failed);
    }
}
