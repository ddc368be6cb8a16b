package jp.tenken.ui.registers;

import java.time.LocalDate;
import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import jp.tenken.domain.FiscalYear;
import jp.tenken.domain.register.Device;
import jp.tenken.domain.register.DeviceKind;
import jp.tenken.domain.register.DeviceUpkeep;
import jp.tenken.domain.register.UpkeepChoice.TwoFactor;
import jp.tenken.domain.register.UpkeepChoice.UpdatesBy;
import jp.tenken.domain.register.UpkeepChoice.WrittenIn;
import jp.tenken.i18n.Messages;
import jp.tenken.service.MaintenanceService;
import jp.tenken.ui.common.UiExecutor;

/**
 * What guideline 第7.0版 asks of the device selected in the 機器台帳: whether the chart application completes its
 * processing on this PC (then it counts as a server), who applies its security updates, where that is written and
 * the clause, and its 二要素認証 with the planned date. Each change is saved at once (no Save button); a year
 * finalised refuses it and the status line says why.
 */
public final class DeviceUpkeepViewModel {

    // --- state
    private final BooleanProperty available = new SimpleBooleanProperty(false);
    private final BooleanProperty terminal = new SimpleBooleanProperty(false);
    private final BooleanProperty server = new SimpleBooleanProperty(false);
    private final BooleanProperty asksTwoFactor = new SimpleBooleanProperty(false);
    private final StringProperty serverText = new SimpleStringProperty(Messages.get("maintenance.device.none"));
    private final BooleanProperty chartProcessing = new SimpleBooleanProperty(false);
    private final ObjectProperty<UpdatesBy> updatesBy = new SimpleObjectProperty<>(UpdatesBy.UNKNOWN);
    private final ObjectProperty<WrittenIn> writtenIn = new SimpleObjectProperty<>(WrittenIn.UNCONFIRMED);
    private final StringProperty clause = new SimpleStringProperty("");
    private final ObjectProperty<TwoFactor> twoFactor = new SimpleObjectProperty<>(TwoFactor.UNKNOWN);
    private final ObjectProperty<LocalDate> twoFactorBy = new SimpleObjectProperty<>();

    private final MaintenanceService service;
    private final UiExecutor executor;
    private final RegisterStatus status;
    private Device device;
    private DeviceUpkeep shown;
    private boolean loading;

    DeviceUpkeepViewModel(MaintenanceService service, UiExecutor executor, RegisterStatus status) {
        this.service = service;
        this.executor = executor;
        this.status = status;
        chartProcessing.addListener((o, a, b) -> changed());
        updatesBy.addListener((o, a, b) -> changed());
        writtenIn.addListener((o, a, b) -> changed());
        twoFactor.addListener((o, a, b) -> changed());
        twoFactorBy.addListener((o, a, b) -> changed());
    }

    /** True while a stored device is selected (a device not yet added has nothing to record against). */
    public ReadOnlyBooleanProperty availableProperty() {
        return available;
    }

    /** True when the device is a 端末PC (only a PC can count as a server by chart processing). */
    public ReadOnlyBooleanProperty terminalProperty() {
        return terminal;
    }

    /** True when the device counts as a server (the update contract matters). */
    public ReadOnlyBooleanProperty serverProperty() {
        return server;
    }

    /** True when 二要素認証 is asked of the device (terminals and servers). */
    public ReadOnlyBooleanProperty asksTwoFactorProperty() {
        return asksTwoFactor;
    }

    /** 「この機器はサーバとして数えます。」 or why the contract is not used. */
    public ReadOnlyStringProperty serverTextProperty() {
        return serverText;
    }

    public BooleanProperty chartProcessingProperty() {
        return chartProcessing;
    }

    public ObjectProperty<UpdatesBy> updatesByProperty() {
        return updatesBy;
    }

    public ObjectProperty<WrittenIn> writtenInProperty() {
        return writtenIn;
    }

    public StringProperty clauseProperty() {
        return clause;
    }

    public ObjectProperty<TwoFactor> twoFactorProperty() {
        return twoFactor;
    }

    public ObjectProperty<LocalDate> twoFactorByProperty() {
        return twoFactorBy;
    }

    public List<UpdatesBy> updatesByChoices() {
        return List.of(UpdatesBy.values());
    }

    public List<WrittenIn> writtenInChoices() {
        return List.of(WrittenIn.values());
    }

    public List<TwoFactor> twoFactorChoices() {
        return List.of(TwoFactor.values());
    }

    /** A choice in words. */
    public String text(Object choice) {
        if (choice instanceof UpdatesBy u) {
            return Messages.get(u.messageKey());
        }
        if (choice instanceof WrittenIn w) {
            return Messages.get(w.messageKey());
        }
        if (choice instanceof TwoFactor t) {
            return Messages.get(t.messageKey());
        }
        return "";
    }

    // --- commands

    /** Shows what is recorded for a device (null or not yet stored: nothing to show). */
    public void show(Device d) {
        device = d == null || d.id() == 0 ? null : d;
        if (device == null) {
            put(null, DeviceUpkeep.none(0));
            return;
        }
        Device asked = device;
        executor.submit(() -> service.upkeep(asked), u -> {
            if (device != null && device.id() == asked.id()) {
                put(asked, u);
            }
        }, status::failed);
    }

    private void put(Device d, DeviceUpkeep u) {
        loading = true;
        try {
            shown = u;
            available.set(d != null);
            terminal.set(d != null && d.kind() == DeviceKind.TERMINAL);
            chartProcessing.set(u.chartProcessing());
            updatesBy.set(u.updatesBy());
            writtenIn.set(u.writtenIn());
            clause.set(u.clause());
            twoFactor.set(u.twoFactor());
            twoFactorBy.set(u.twoFactorBy());
            describe();
        } finally {
            loading = false;
        }
    }

    private void describe() {
        DeviceUpkeep u = current();
        boolean isServer = device != null && DeviceUpkeep.isServer(device, u);
        server.set(isServer);
        asksTwoFactor.set(device != null && DeviceUpkeep.asksTwoFactor(device, u));
        serverText.set(Messages.get(device == null ? "maintenance.device.none"
                : isServer ? "maintenance.device.server" : "maintenance.device.notServer"));
    }

    private DeviceUpkeep current() {
        long id = device == null ? 0 : device.id();
        return new DeviceUpkeep(id, terminal.get() && chartProcessing.get(), updatesBy.get(), writtenIn.get(),
                clause.get(), twoFactor.get(), twoFactorBy.get());
    }

    private void changed() {
        if (loading) {
            return;
        }
        describe();
        save();
    }

    /** Saves what the fields hold, when it differs from what is stored (typing in the clause saves on Enter/leave). */
    public void save() {
        if (device == null) {
            return;
        }
        DeviceUpkeep u = current();
        if (u.equals(shown)) {
            return;
        }
        FiscalYear y = device.year();
        Device d = device;
        shown = u;
        executor.submit(() -> service.save(u, y), saved -> {
            status.say(Messages.get("maintenance.device.saved", d.name()));
            status.changed();
        }, e -> {
            shown = null; // the fields keep what was typed; the next change tries again
            status.failed(e);
        });
    }
}
