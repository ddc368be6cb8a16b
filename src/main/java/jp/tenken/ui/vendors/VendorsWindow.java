package jp.tenken.ui.vendors;

import java.nio.file.Path;
import javafx.stage.Stage;
import jp.tenken.domain.FiscalYear;
import jp.tenken.i18n.Messages;
import jp.tenken.service.ExportService;
import jp.tenken.service.ImportService;
import jp.tenken.service.MdsSdsService;
import jp.tenken.service.VendorService;
import jp.tenken.service.VendorStatus;
import jp.tenken.ui.common.UiExecutor;
import jp.tenken.ui.common.Windows;

/**
 * The 事業者 window, owned by the main one: built on first use, shown again on the year asked for, opening on its list
 * of vendors; a vendor's MDS/SDS opens from it. What it saves is reported through {@code onChanged} (the checklist
 * reads the year again: the readiness line, and the form when an import changed the facility's own answers).
 */
public final class VendorsWindow {
    private final VendorService vendors;
    private final ExportService export;
    private final ImportService imports;
    private final MdsSdsService mdsSds;
    private final UiExecutor executor;
    private final Windows windows;
    private final Path folder;
    private final Runnable onChanged;
    private Stage stage;
    private VendorsViewModel vm;

    public VendorsWindow(VendorService vendors, ExportService export, ImportService imports, MdsSdsService mdsSds,
                         UiExecutor executor, Windows windows, Path folder, Runnable onChanged) {
        this.vendors = vendors;
        this.export = export;
        this.imports = imports;
        this.mdsSds = mdsSds;
        this.executor = executor;
        this.windows = windows;
        this.folder = folder;
        this.onChanged = onChanged;
    }

    /** Shows the window on a year, titled {@code title}. */
    public void show(Stage owner, FiscalYear year, String title) {
        if (stage != null) {
            vm.load(year);
            stage.show();
            stage.toFront();
            return;
        }
        vm = new VendorsViewModel(vendors, export, imports, executor);
        vm.setOnChanged(onChanged);
        VendorsView view = new VendorsView(vm, folder);
        MdsSdsWindow mdsSdsWindow = new MdsSdsWindow(mdsSds, executor, windows, folder);
        VendorsViewModel shown = vm;
        view.addVendorAction(Messages.get("mdsSds.open"), "vendor-mds-sds", () -> {
            VendorStatus v = shown.selectedProperty().get();
            if (v != null && stage != null) {
                mdsSdsWindow.show(stage, shown.yearProperty().get(), v.vendor(), onChanged);
            }
        });
        Stage window = windows.owned(owner, view).title(title)
                .size(Math.max(1000, owner.getWidth() - 60), Math.max(560, owner.getHeight() - 60))
                .scrolling().build();
        window.setOnHidden(e -> {
            stage = null;
            vm = null;
        });
        stage = window;
        window.setOnShown(e -> view.focusTable());
        window.show();
        vm.load(year);
    }

    /** Closes the window (the workbook it showed was replaced). */
    public void close() {
        if (stage != null) {
            stage.close();
        }
    }
}
