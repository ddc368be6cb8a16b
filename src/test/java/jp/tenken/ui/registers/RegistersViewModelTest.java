package jp.tenken.ui.registers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import jp.tenken.domain.FiscalYear;
import jp.tenken.domain.register.Contact;
import jp.tenken.domain.register.ContactGroup;
import jp.tenken.domain.register.DeviceKind;
import jp.tenken.domain.register.RegisterColumn;
import jp.tenken.service.MessyRegisterLists;
import jp.tenken.testing.TestWorkbook;
import jp.tenken.ui.common.ImmediateUiExecutor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The 機器台帳・連絡体制図 window's view models, driven with an immediate executor and a real workbook file. */
class RegistersViewModelTest {
    static final FiscalYear FY = new FiscalYear(2025);

    @TempDir
    Path dir;
    TestWorkbook wb;
    RegistersViewModel vm;
    int changed;

    @BeforeEach
    void setUp() {
        wb = TestWorkbook.create(dir.resolve("clinic.tenken"), LocalDate.of(2025, 11, 1));
        wb.vendors().add("株式会社メディカル", "電子カルテ", "0120-000-000", true);
        vm = new RegistersViewModel(wb.context().registers(), wb.export(), new ImmediateUiExecutor());
        vm.setOnChanged(() -> changed++);
        vm.load(FY);
    }

    @AfterEach
    void close() {
        wb.close();
    }

    @Test
    void aClerkAddsADeviceAndSeesWhyItNeedsLooking() {
        assertEquals(List.of("機器台帳が空です（2-①）", "連絡体制図が未記入です（3-①）"), vm.notes());
        DeviceRegisterViewModel d = vm.devices();
        assertTrue(d.creatingProperty().get());
        d.save();
        assertEquals("機器名を入力してください。", vm.status().textProperty().get());
        d.nameProperty().set("診察室PC");
        d.kindProperty().set(DeviceKind.TERMINAL);
        d.osProperty().set("Windows 10");
        d.vendorProperty().set(d.vendors().get(0));
        d.save();
        assertEquals("「診察室PC」を追加しました。", vm.status().textProperty().get());
        assertEquals(1, changed);
        DeviceRow row = d.devices().get(0);
        assertEquals("株式会社メディカル", row.vendorName());
        assertTrue(row.flagged());
        assertEquals(3, row.warnings().size());
        assertTrue(row.warnings().get(0).startsWith("この OS のサポートは 令和7年10月14日 に終了"), row.warnings().toString());
        assertEquals(List.of("連絡体制図が未記入です（3-①）"), vm.notes());
        d.administratorProperty().set("事務長");
        d.lastUpdateProperty().set(LocalDate.of(2025, 10, 20));
        d.osProperty().set("Windows 11");
        d.save();
        assertFalse(d.devices().get(0).flagged(), d.devices().get(0).warnings().toString());
        assertFalse(d.creatingProperty().get());
        d.delete();
        assertTrue(d.devices().isEmpty());
        assertTrue(d.creatingProperty().get());
        assertEquals(List.of("機器台帳が空です（2-①）", "連絡体制図が未記入です（3-①）"), vm.notes());
    }

    @Test
    void theChartShowsEveryRoleUnfilledAndKeepsWhatTheClerkEnters() throws Exception {
        ContactChartViewModel c = vm.contacts();
        assertEquals(4 + 1 + 4, c.boxes().size());
        assertEquals("① 現場の担当（発見者） → 企画管理者", c.calls().get(0));
        assertEquals("未記入", c.shown(c.boxes().get(0).phone()));
        Contact vendor = c.boxes().get(4);
        c.select(vendor);
        assertFalse(c.editableProperty().get(), "a vendor's box is kept on the 事業者 screen");
        c.select(c.boxes().get(0));
        c.nameProperty().set("院長 山田");
        c.phoneProperty().set("090-1111-2222");
        c.save();
        assertEquals("院長 山田", c.boxes().get(0).name());
        assertEquals(9, c.boxes().size(), "the other boxes were kept");
        assertEquals("院長 山田", c.selectedProperty().get().name());
        c.add(ContactGroup.EXTERNAL, "顧問弁護士");
        assertEquals("顧問弁護士", c.boxes().get(9).role());
        assertEquals("⑨ 管理者 → 顧問弁護士", c.calls().get(c.calls().size() - 1));
        c.delete();
        assertEquals(9, c.boxes().size());
        assertEquals(List.of("機器台帳が空です（2-①）"), vm.notes());
        Path out = dir.resolve("体制図.xlsx");
        c.export(out);
        assertTrue(Files.size(out) > 0);
    }

    @Test
    void aListIsMappedPreviewedAndTakenInOnlyOnConfirm() throws Exception {
        RegisterImportViewModel i = vm.imports();
        i.read(MessyRegisterLists.xlsx(dir, "機器一覧.xlsx"));
        assertNotNull(i.listProperty().get());
        assertEquals(3, i.headerRowProperty().get());
        assertEquals(1, i.columnOf(RegisterColumn.NAME));
        assertEquals(Integer.valueOf(1), i.mapping().columnOf("NAME").get(), "the shared grid shows the guess");
        assertEquals(3, i.mapping().headerRowProperty().get());
        assertEquals("4 台を令和7年度の機器台帳に取り込みます（既に台帳にある 0 台は除きます）。", i.summaryText());
        i.assign(RegisterColumn.NAME, -1);
        assertNull(i.previewProperty().get());
        assertEquals("「機器名」の列を選ぶと、取り込まれる機器が表示されます。", i.summaryText());
        assertEquals(List.of("機器名"), i.mapping().missingRequired());
        i.setHeaderRow(1);
        assertFalse(i.mappingProperty().get().complete(), "row 1 is the title");
        i.setHeaderRow(3);
        assertEquals(4, i.previewProperty().get().devices().size());
        assertEquals(List.of(), i.mapping().missingRequired());
        i.mapping().firstDataRowProperty().set(5);
        assertEquals(3, i.previewProperty().get().devices().size(), "the first device row left out");
        i.mapping().firstDataRowProperty().set(4);
        assertTrue(vm.devices().devices().isEmpty(), "nothing written before confirm");
        i.confirm();
        assertEquals(4, vm.devices().devices().size());
        assertNull(i.listProperty().get());
        assertEquals("「機器一覧.xlsx」から 4 台を令和7年度の機器台帳に取り込みました。", vm.status().textProperty().get());
        Path broken = dir.resolve("壊れた.csv");
        Files.writeString(broken, "機器名\n\"受付PC\n");
        i.read(broken);
        assertTrue(i.errorProperty().get().contains("CSV として読めません"));
        assertNull(i.listProperty().get());
    }

    @Test
    void aNewYearStartsFromLastYear() {
        vm.devices().nameProperty().set("NAS");
        vm.devices().save();
        vm.load(new FiscalYear(2026));
        assertTrue(vm.canCarryOverProperty().get());
        vm.carryOver();
        assertEquals("NAS", vm.devices().devices().get(0).device().name());
        assertFalse(vm.canCarryOverProperty().get());
    }

    @Test
    void choosingAnotherDeviceOrClosingSavesWhatWasTypedAndANamelessOneIsKeptWithTheReason() {
        DeviceRegisterViewModel d = vm.devices();
        d.nameProperty().set("受付PC");
        d.save();
        d.newDevice();
        d.nameProperty().set("診察室PC");
        d.osProperty().set("Windows 11 Pro");
        // choosing the first device saves the one being typed
        assertTrue(d.select(d.devices().get(0)));
        assertEquals(List.of("受付PC", "診察室PC"), d.devices().stream().map(r -> r.device().name()).toList());
        assertEquals("受付PC", d.nameProperty().get());
        d.administratorProperty().set("事務長");
        assertTrue(d.select(d.devices().get(1)));
        assertEquals("事務長", d.devices().get(0).device().administrator());
        assertEquals("診察室PC", d.nameProperty().get());
        // a new device with no name yet: the typing stays and the reason is said
        d.newDevice();
        d.locationProperty().set("2階");
        assertFalse(d.select(d.devices().get(0)));
        assertEquals("機器名を入力してください。", vm.status().textProperty().get());
        assertEquals("2階", d.locationProperty().get());
        assertFalse(d.commit(), "the window stays open");
        d.nameProperty().set("院長室PC");
        assertTrue(d.commit());
        assertEquals(3, d.devices().size());
    }

    @Test
    void aFinalisedYearsRegistersAreShownButNotChanged() {
        DeviceRegisterViewModel d = vm.devices();
        d.nameProperty().set("受付PC");
        d.save();
        wb.context().vendors().finalise(FY);
        vm.load(FY.previous());
        vm.load(FY);
        assertTrue(d.lockedProperty().get());
        assertFalse(vm.canCarryOverProperty().get());
        d.nameProperty().set("受付PC（変更）");
        assertTrue(d.commit(), "nothing to save in a finalised year");
        assertEquals("受付PC", wb.context().registers().devices(FY).get(0).name());
        vm.contacts().select(vm.contacts().boxes().get(0));
        assertFalse(vm.contacts().editableProperty().get());
    }
}
