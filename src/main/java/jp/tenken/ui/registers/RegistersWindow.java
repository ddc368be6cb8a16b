package jp.tenken.ui.registers;

import java.nio.file.Path;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.stage.Stage;
import javafx.stage.Window;
import jp.tenken.domain.FiscalYear;
import jp.tenken.i18n.Messages;
import jp.tenken.service.ExportService;
import jp.tenken.service.RegisterService;
import jp.tenken.ui.common.DisplaySettings;
import jp.tenken.ui.common.UiExecutor;

/**
 * The 「機器台帳・連絡体制図」 window, owned by the main one: built on first use, shown again on the year asked for,
 * closed by Esc. What it saves is reported through {@code onChanged} (the readiness line refreshes).
 */
public final class RegistersWindow {
    private final RegisterService service;
    private final ExportService export;
    private final UiExecutor executor;
    private final DisplaySettings display;
    private final Path folder;
    private final String stylesheet;
    private final Runnable onChanged;
    private Stage stage;
    private RegistersViewModel vm;

    public RegistersWindow(RegisterService service, ExportService export, UiExecutor executor, DisplaySettings display,
                           Path folder, String stylesheet, Runnable onChanged) {
        this.service = service;
        this.export = export;
        this.executor = executor;
        this.display = display;
        this.folder = folder;
        this.stylesheet = stylesheet;
        this.onChanged = onChanged;
    }

    /** Shows the window on a year, titled with the workbook's name. */
    public void show(Window owner, FiscalYear year, String workbookName) {
        if (stage == null) {
            vm = new RegistersViewModel(service, export, executor);
            vm.setOnChanged(onChanged);
            RegistersView view = new RegistersView(vm, folder);
            display.applyTo(view);
            Scene scene = new Scene(view, Math.max(1000, owner.getWidth() - 60), Math.max(600, owner.getHeight() - 60));
            scene.getStylesheets().add(stylesheet);
            scene.getAccelerators().put(new KeyCodeCombination(KeyCode.ESCAPE), () -> stage.close());
            stage = new Stage();
            stage.initOwner(owner);
            stage.setScene(scene);
            stage.setTitle(Messages.get("registers.title") + " — " + workbookName);
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
