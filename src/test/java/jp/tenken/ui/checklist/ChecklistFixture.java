package jp.tenken.ui.checklist;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import jp.tenken.catalog.Catalog;
import jp.tenken.catalog.CatalogReader;
import jp.tenken.domain.edition.Scope;
import jp.tenken.domain.year.FacilityKind;
import jp.tenken.service.ChecklistService;
import jp.tenken.testing.TestWorkbook;
import jp.tenken.ui.common.ImmediateUiExecutor;
import jp.tenken.ui.common.UiExecutor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/** A new workbook file and the checklist screen's view model on it, on 10 June 2025, without a toolkit. */
abstract class ChecklistFixture {
    static final Catalog CATALOG = new CatalogReader().bundled();
    static final LocalDate TODAY = LocalDate.of(2025, 6, 10);

    @TempDir
    Path dir;
    TestWorkbook wb;
    ChecklistService service;
    ChecklistViewModel vm;

    @BeforeEach
    void open() {
        wb = TestWorkbook.create(dir.resolve("vm.tenken"), CATALOG, TestWorkbook.clockAt(TODAY));
        service = wb.checklist();
        vm = newViewModel(new ImmediateUiExecutor());
    }

    @AfterEach
    void close() {
        wb.close();
    }

    /** How often the edition banner opened the take-in of the ministry's Excel. */
    int takeIns;

    ChecklistViewModel newViewModel(UiExecutor executor) {
        ChecklistViewModel v = new ChecklistViewModel(service, wb.vendors(), wb.export(), executor);
        v.setEditions(wb.context().editionMoves(), () -> takeIns++);
        return v;
    }

    void loadWithFacility() {
        vm.load();
        assertTrue(vm.needsFacilityProperty().get(), "first run asks for the facility");
        vm.saveFacility("さくら内科クリニック", FacilityKind.CLINIC);
        assertFalse(vm.needsFacilityProperty().get());
    }

    RowViewModel row(String key, Scope scope) {
        return vm.rows().stream().filter(r -> r.item().key().equals(key) && r.scope() == scope).findFirst()
                .orElseThrow();
    }
}
