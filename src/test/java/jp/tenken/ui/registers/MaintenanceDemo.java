package jp.tenken.ui.registers;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import jp.tenken.domain.FiscalYear;
import jp.tenken.domain.register.Device;
import jp.tenken.domain.register.DeviceKind;
import jp.tenken.domain.register.DeviceUpkeep;
import jp.tenken.domain.register.UpkeepChoice.TwoFactor;
import jp.tenken.domain.register.UpkeepChoice.UpdatesBy;
import jp.tenken.domain.register.UpkeepChoice.WrittenIn;
import jp.tenken.domain.vendor.MdsSds;
import jp.tenken.domain.vendor.Vendor;
import jp.tenken.domain.year.Facility;
import jp.tenken.domain.year.FacilityKind;
import jp.tenken.service.MaintenanceService;
import jp.tenken.service.MdsSdsWorkbooks;
import jp.tenken.service.RegisterService;
import jp.tenken.testing.TestWorkbook;
import jp.tenken.ui.common.DisplaySettings;
import jp.tenken.ui.common.FxUiExecutor;
import jp.tenken.ui.common.Windows;
import jp.tenken.ui.vendors.MdsSdsView;
import jp.tenken.ui.vendors.MdsSdsViewModel;

/**
 * For looking at 保守委託機関編 and 二要素認証 as a clinic would (a screenshot): a small clinic's 令和8年度 registers,
 * the registers window on the tab named by {@code -Ddemo.tab=maintenance} (else the 機器台帳), and the pack written
 * to {@code -Ddemo.pack} when given. Not a test.
 */
public final class MaintenanceDemo extends Application {
    private static final FiscalYear FY = new FiscalYear(2026);

    @Override
    public void start(Stage stage) throws Exception {
        Path dir = Files.createTempDirectory("tenken-maintenance");
        String only = System.getProperty("demo.file"); // seed a workbook there for the real app, and stop
        TestWorkbook wb = TestWorkbook.create(only == null ? dir.resolve("demo.tenken") : Path.of(only),
                LocalDate.of(2026, 12, 6));
        wb.checklist().saveFacility(new Facility("さくら内科クリニック", FacilityKind.CLINIC));
        Vendor chart = wb.vendors().add(FY, "メディカルシステム株式会社", "電子カルテ", "03-0000-0000", true);
        Vendor net = wb.vendors().add(FY, "ネット保守株式会社", "UTM・ルータ", "", true);
        RegisterService registers = wb.context().registers();
        MaintenanceService maintenance = wb.context().maintenance();
        Device server = registers.addDevice(new Device(0, FY, "電子カルテサーバ", DeviceKind.SERVER, "サーバ室",
                "富士通", "TX1320", "Windows Server", "2022", "電子カルテ", chart.id(), true, null,
                LocalDate.of(2026, 11, 10), "メディカルシステム", ""));
        Device exam = registers.addDevice(new Device(0, FY, "診察室PC", DeviceKind.TERMINAL, "診察室", "NEC", "Mate",
                "Windows 11 Pro", "24H2", "電子カルテ（スタンドアロン）", chart.id(), true, null,
                LocalDate.of(2026, 11, 10), "院長", ""));
        Device desk = registers.addDevice(new Device(0, FY, "受付PC", DeviceKind.TERMINAL, "受付", "NEC", "Mate",
                "Windows 11 Pro", "24H2", "レセプト", null, false, null, LocalDate.of(2026, 10, 1), "事務長", ""));
        registers.addDevice(new Device(0, FY, "UTM", DeviceKind.NETWORK, "サーバ室", "", "", "", "", "境界防御",
                net.id(), true, null, LocalDate.of(2026, 9, 1), "ネット保守", ""));
        maintenance.save(new DeviceUpkeep(server.id(), false, UpdatesBy.VENDOR, WrittenIn.CONTRACT,
                "保守契約書 第5条（OS・ソフトウェアの更新）", TwoFactor.DONE, null), FY);
        maintenance.save(new DeviceUpkeep(exam.id(), true, UpdatesBy.VENDOR, WrittenIn.UNCONFIRMED, "",
                TwoFactor.PLANNED, LocalDate.of(2027, 6, 30)), FY);
        maintenance.save(new DeviceUpkeep(desk.id(), false, UpdatesBy.CLINIC, WrittenIn.UNCONFIRMED, "",
                TwoFactor.AT_RENEWAL, null), FY);
        Path mds = MdsSdsWorkbooks.disclosure(dir.resolve("MDS_メディカルカルテ9.xlsx"), "いいえ");
        String tab = System.getProperty("demo.tab", "");
        if (!tab.equals("mapping")) {
            MdsSds.Sheet sheet = wb.context().mdsSds().read(mds);
            MdsSds.Doc doc = wb.context().mdsSds().keep(new MdsSds.Doc(0, chart.id(), FY, MdsSds.Kind.MDS,
                    LocalDate.of(2026, 11, 20), "Ver.5.0", "", 0), mds,
                    wb.context().mdsSds().preview(sheet, sheet.recognition().mapping()));
            MdsSds.Item no = wb.context().mdsSds().items(doc.id()).stream()
                    .filter(i -> i.answer() == MdsSds.Answer.NO).findFirst().orElseThrow();
            wb.context().mdsSds().assess(doc.id(), new MdsSds.Item(no.position(), "", "", null,
                    "操作ログの改ざんを検知できず、不正な閲覧に気づくのが遅れうる。院内のみの利用で影響は中程度。",
                    "院長が月1回ログを確認する。次回の更新（令和9年度）で対応版を導入するよう事業者に依頼済み。"));
        }
        if (only != null) {
            wb.close();
            Platform.exit();
            return;
        }
        String pack = System.getProperty("demo.pack");
        if (pack != null) {
            wb.export().exportPack(FY, Path.of(pack), f -> { });
        }
        stage.setScene(new Scene(new Label("Tenken"), 1300, 740));
        stage.show();
        RegistersWindow window = new RegistersWindow(registers, maintenance, wb.export(), new FxUiExecutor(),
                new Windows(new DisplaySettings()), dir, () -> { });
        Platform.runLater(() -> {
            if (tab.equals("mdssds") || tab.equals("mapping")) {
                MdsSdsViewModel vm = new MdsSdsViewModel(wb.context().mdsSds(), new FxUiExecutor(), FY, chart, null);
                Stage s = new Windows(new DisplaySettings()).owned(stage, new MdsSdsView(vm, dir)).title(vm.title())
                        .size(1240, 700).build();
                s.show();
                vm.load();
                if (tab.equals("mapping")) {
                    vm.takeIn(mds);
                }
            } else if ("maintenance".equals(tab)) {
                window.showMaintenance(stage, FY, "demo.tenken");
            } else {
                window.show(stage, FY, "demo.tenken");
            }
        });
    }

    /** The entry point: on the class path the main class must not extend Application. */
    public static final class Main {
        public static void main(String[] args) {
            Application.launch(MaintenanceDemo.class, args);
        }
    }
}
