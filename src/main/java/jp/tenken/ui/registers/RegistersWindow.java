package jp.tenken.ui.registers;

import java.nio.file.Path;
import javafx.stage.Stage;
import javafx.stage.Window;
import jp.tenken.domain.FiscalYear;
import jp.tenken.i18n.Messages;
import jp.tenken.service.ExportService;
import jp.tenken.service.RegisterService;
import jp.tenken.ui.common.UiExecutor;
import jp.tenken.ui.common.Windows;

/**
 * The 「機器台帳・連絡体制図」 window, owned by the main one: built on first use, shown again on the year asked for,
 * closed by Esc or its close box once the 連絡体制図's typing is saved. What it saves is reported through {@code onChanged} (the readiness line refreshes).
 */
public final class RegistersWindow {
    private final RegisterService service;
    private final ExportService export;
    private final UiExecutor executor;
    private final Windows windows;
    private final Path folder;
    private final Runnable onChanged;
    private Stage stage;
    private RegistersViewModel vm;

    public RegistersWindow(RegisterService service, ExportService export, UiExecutor executor, Windows windows,
                           Path folder, Runnable onChanged) {
        this.service = service;
        this.export = export;
        this.executor = executor;
        this.windows = windows;
        this.folder = folder;
        this.onChanged = onChanged;
    }

    /** Shows the window on a year, titled with the workbook's name. */
    public void show(Window owner, FiscalYear year, String workbookName) {
        if (stage == null) {
            vm = new RegistersViewModel(service, export, executor);
            vm.setOnChanged(onChanged);
            RegistersView view = new RegistersView(vm, folder);
            RegistersViewModel shown = vm;
            stage = windows.owned(owner, view)
                    .closeAsking(() -> shown.contacts().commit() && shown.devices().commit()) // typing saved, or kept with why
                    .title(Messages.get("registers.title") + " — " + workbookName)
                    .size(Math.max(1000, owner.getWidth() - 60), Math.max(600, owner.getHeight() - 60))
                    .build();
            stage.setOnHidden(e -> {
                stage = null;
                vm = null;
            });
        }
        vm.load(year);
        stage.show();
        stage.toFront();
    }

    /** Closes the window (the workbook it showed was replaced). */
    public void close() {
        if (stage != null) {
            stage.close();
        }
    }
}
