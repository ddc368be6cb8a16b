package jp.tenken.ui.vendors;

import java.nio.file.Path;
import javafx.stage.Stage;
import javafx.stage.Window;
import jp.tenken.domain.FiscalYear;
import jp.tenken.domain.vendor.Vendor;
import jp.tenken.service.MdsSdsService;
import jp.tenken.ui.common.UiExecutor;
import jp.tenken.ui.common.Windows;

/** Opens one vendor's MDS/SDS of a year in its own window, owned by the 事業者 window. */
public final class MdsSdsWindow {
    private final MdsSdsService service;
    private final UiExecutor executor;
    private final Windows windows;
    private final Path folder;

    public MdsSdsWindow(MdsSdsService service, UiExecutor executor, Windows windows, Path folder) {
        this.service = service;
        this.executor = executor;
        this.windows = windows;
        this.folder = folder;
    }

    /** Shows a vendor's MDS/SDS of {@code year}; {@code onChanged} runs after each save. */
    public void show(Window owner, FiscalYear year, Vendor vendor, Runnable onChanged) {
        MdsSdsViewModel vm = new MdsSdsViewModel(service, executor, year, vendor, onChanged);
        Stage stage = windows.owned(owner, new MdsSdsView(vm, folder)).title(vm.title())
                .size(Math.max(900, owner.getWidth() - 80), Math.max(600, owner.getHeight() - 80)).build();
        stage.show();
        vm.load();
    }
}
