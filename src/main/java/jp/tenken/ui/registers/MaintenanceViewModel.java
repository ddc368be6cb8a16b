package jp.tenken.ui.registers;

import java.util.List;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import jp.tenken.domain.FiscalYear;
import jp.tenken.domain.register.MaintenanceDetermination;
import jp.tenken.i18n.Messages;
import jp.tenken.service.MaintenanceService;
import jp.tenken.ui.common.UiExecutor;

/**
 * The 「保守委託機関編」 tab: whether the part applies to the year (該当する／該当しない／判断できない), each server's
 * reason, and the 二要素認証 still open; what it means in plain words, with the source named.
 */
public final class MaintenanceViewModel {
    private final StringProperty heading = new SimpleStringProperty("");
    private final StringProperty outcome = new SimpleStringProperty("");
    private final StringProperty notAsked = new SimpleStringProperty("");
    private final ObservableList<String> reasons = FXCollections.observableArrayList();
    private final ObservableList<String> twoFactor = FXCollections.observableArrayList();

    private final MaintenanceService service;
    private final UiExecutor executor;
    private final RegisterStatus status;
    private FiscalYear year;

    MaintenanceViewModel(MaintenanceService service, UiExecutor executor, RegisterStatus status) {
        this.service = service;
        this.executor = executor;
        this.status = status;
    }

    public ReadOnlyStringProperty headingProperty() {
        return heading;
    }

    /** 「該当する（みなし遵守）」, 「該当しない」 or 「判断できない」. */
    public ReadOnlyStringProperty outcomeProperty() {
        return outcome;
    }

    /** For a year before 第7.0版: that these questions are not yet asked ("" otherwise). */
    public ReadOnlyStringProperty notAskedProperty() {
        return notAsked;
    }

    public ObservableList<String> reasons() {
        return reasons;
    }

    /** The terminals and servers whose 二要素認証 is still open, in words. */
    public ObservableList<String> twoFactor() {
        return twoFactor;
    }

    public String explanation() {
        return Messages.get("maintenance.explain");
    }

    public String source() {
        return Messages.get("maintenance.source");
    }

    /** Shows a year's determination. */
    public void load(FiscalYear y) {
        year = y;
        refresh();
    }

    /** Reads the determination again (after a device or vendor changed). */
    public void refresh() {
        FiscalYear y = year;
        if (y == null) {
            return;
        }
        executor.submit(() -> new Shown(service.determination(y), service.twoFactorFlags(y).stream()
                .map(MaintenanceService::describe).toList()), s -> {
            if (!y.equals(year)) {
                return;
            }
            heading.set(Messages.get("maintenance.heading", y.label()));
            outcome.set(MaintenanceService.describe(s.determination().outcome()));
            notAsked.set(MaintenanceDetermination.asked(y) ? "" : Messages.get("maintenance.notAsked", y.label()));
            reasons.setAll(s.determination().reasons().stream().map(MaintenanceService::describe).toList());
            twoFactor.setAll(s.twoFactor().isEmpty() ? List.of(Messages.get("maintenance.twoFactorNone"))
                    : s.twoFactor());
        }, status::failed);
    }

    private record Shown(MaintenanceDetermination determination, List<String> twoFactor) {
    }
}
