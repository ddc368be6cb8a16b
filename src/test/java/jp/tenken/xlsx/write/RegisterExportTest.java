package jp.tenken.xlsx.write;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import jp.tenken.domain.FiscalYear;
import jp.tenken.domain.register.Contact;
import jp.tenken.domain.register.ContactGroup;
import jp.tenken.domain.register.Device;
import jp.tenken.domain.register.DeviceKind;
import jp.tenken.domain.vendor.Vendor;
import jp.tenken.domain.year.Facility;
import jp.tenken.domain.year.FacilityKind;
import jp.tenken.service.PackParts;
import jp.tenken.service.RegisterService;
import jp.tenken.testing.TestWorkbook;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The 「機器台帳」 and 「連絡体制図」 sheets, in the pack and alone, read back as an inspector would read them. */
class RegisterExportTest {
    static final LocalDate TODAY = LocalDate.of(2025, 11, 1);
    static final FiscalYear FY = new FiscalYear(2025);

    @TempDir
    Path dir;
    TestWorkbook wb;
    RegisterService registers;

    @BeforeEach
    void open() {
        wb = TestWorkbook.create(dir.resolve("clinic.tenken"), TODAY);
        wb.checklist().saveFacility(new Facility("さくら内科クリニック", FacilityKind.CLINIC));
        registers = wb.context().registers();
    }

    @AfterEach
    void close() {
        wb.close();
    }

    private void fill() {
        Vendor v = wb.vendors().add("株式会社メディカル", "電子カルテ", "サポート 0120-000-000", true);
        registers.addDevice(new Device(0, FY, "電子カルテサーバ", DeviceKind.SERVER, "サーバ室", "富士通", "TX1320",
                "Windows Server", "2019", "電子カルテ", v.id(), true, LocalDate.of(2029, 1, 9),
                LocalDate.of(2025, 10, 1), "院長", ""));
        registers.addDevice(new Device(0, FY, "診察室PC", DeviceKind.TERMINAL, "診察室1", "NEC", "Mate",
                "Windows 10", "22H2", "電子カルテ端末", null, false, null, null, "", "=入替予定"));
        registers.saveContact(new Contact(0, FY, ContactGroup.INTERNAL, 0, "管理者", "山田 太郎", "090-1111-2222", "",
                ""));
    }

    @Test
    void thePackHoldsBothRegistersAfterTheFormsWhenTheyAreNotEmpty() throws Exception {
        fill();
        Path out = dir.resolve("pack.xlsx");
        wb.export().exportPack(FY, out, p -> { });
        try (XSSFWorkbook x = read(out)) {
            List<String> names = sheetNames(x);
            int devices = names.indexOf("機器台帳");
            assertTrue(devices > 1, names.toString());
            assertEquals(devices + 1, names.indexOf("連絡体制図"), names.toString());
            assertEquals(devices + 2, names.indexOf("ガイドライン対応表"), "the registers come before the clause table");
            Sheet s = x.getSheet("機器台帳");
            assertTrue(s.getPrintSetup().getLandscape());
            assertEquals(PrintSetup.A4_PAPERSIZE, s.getPrintSetup().getPaperSize());
            assertEquals("医療機関名：さくら内科クリニック", text(s, 1, 0));
            assertEquals(DeviceRegisterSheetWriter.HEADINGS, rowText(s, DeviceRegisterSheetWriter.HEADER_ROW,
                    DeviceRegisterSheetWriter.HEADINGS.size()));
            List<String> server = rowText(s, DeviceRegisterSheetWriter.HEADER_ROW + 1, 9);
            assertEquals(List.of("1", "電子カルテサーバ", "サーバ", "サーバ室", "富士通 TX1320", "Windows Server 2019",
                    "電子カルテ", "株式会社メディカル", "あり"), server);
            Row pc = s.getRow(DeviceRegisterSheetWriter.HEADER_ROW + 2);
            assertEquals(LocalDate.of(2029, 1, 9), s.getRow(DeviceRegisterSheetWriter.HEADER_ROW + 1).getCell(9)
                    .getLocalDateTimeCellValue().toLocalDate());
            assertEquals(CellType.BLANK, pc.getCell(10).getCellType(), "no update date");
            assertTrue(pc.getCell(13).getStringCellValue().startsWith("この OS のサポートは 令和7年10月14日 に終了"),
                    pc.getCell(13).getStringCellValue());
            assertTrue(pc.getCell(12).getCellStyle().getQuotePrefixed(), "a note starting with = stays text");
        }
    }

    @Test
    void theChartPrintsEveryBoxAndTheCallsInOrderWithBlanksAsMikinyu() throws Exception {
        fill();
        Path out = dir.resolve("chart.xlsx");
        wb.export().exportRegister(FY, false, out, p -> { });
        try (XSSFWorkbook x = read(out)) {
            assertEquals(List.of("連絡体制図"), sheetNames(x));
            Sheet s = x.getSheet("連絡体制図");
            assertFalse(s.getPrintSetup().getLandscape());
            List<String> all = allText(s);
            assertTrue(all.contains("① 企画管理者\n氏名：未記入\n電話：未記入"), all.toString());
            assertTrue(all.contains("③ 管理者\n氏名：山田 太郎\n電話：090-1111-2222"), all.toString());
            assertTrue(all.contains("④ 株式会社メディカル\n連絡先：サポート 0120-000-000\n電子カルテ"), all.toString());
            assertTrue(all.contains("起点　現場の担当（発見者）\n氏名：未記入\n電話：未記入"), all.toString());
            // the outside bodies' arrow is not beside its caller's column: it names the caller (as the table does)
            assertTrue(all.contains("管理者から\n→"), all.toString());
            int top = all.indexOf(ContactChartSheetWriter.CALLS_HEADING);
            assertTrue(top > 0);
            int headRow = findRow(s, ContactChartSheetWriter.CALLS_HEADING) + 1;
            assertEquals(ContactChartSheetWriter.CALL_HEADINGS, rowText(s, headRow, 6));
            List<List<String>> calls = new ArrayList<>();
            for (int r = headRow + 1; r <= s.getLastRowNum(); r++) {
                calls.add(rowText(s, r, 6));
            }
            assertEquals(8, calls.size());
            assertEquals(List.of("③", "医療情報システム安全管理責任者", "→", "管理者", "",
                    "氏名：山田 太郎\n電話：090-1111-2222"), calls.get(2));
            assertEquals(List.of("④", "医療情報システム安全管理責任者", "→", "株式会社メディカル", "",
                    "連絡先：サポート 0120-000-000"), calls.get(3));
            assertEquals(List.of("⑥", "管理者", "→", "都道府県警察のサイバー犯罪相談窓口", "", "氏名：未記入\n電話：未記入"),
                    calls.get(5));
        }
    }

    @Test
    void emptyRegistersStayOutOfThePackButPrintAloneAsBlankForms() throws Exception {
        RegisterData none = registers.forPack(FY);
        assertNull(none.devices());
        assertNull(none.chart());
        Path pack = dir.resolve("pack.xlsx");
        wb.export().exportPack(FY, pack, p -> { });
        try (XSSFWorkbook x = read(pack)) {
            assertFalse(sheetNames(x).contains("機器台帳"));
            assertFalse(sheetNames(x).contains("連絡体制図"));
            // the 概要 says what the inspector will not find
            String summary = String.join("\n", allText(x.getSheet(SummarySheetWriter.SHEET_NAME)));
            assertTrue(summary.contains("3. 機器台帳・連絡体制図（2-①・3-①）"), summary);
            assertTrue(summary.contains("機器台帳が空です（2-①）"), summary);
            assertTrue(summary.contains("連絡体制図が未記入です（3-①）"), summary);
        }
        fill();
        wb.export().exportPack(FY, new PackParts(true, false), pack, p -> { });
        try (XSSFWorkbook x = read(pack)) {
            assertFalse(sheetNames(x).contains("機器台帳"), "turned off");
        }
        Path alone = dir.resolve("devices.xlsx");
        new XlsxExporter().writeRegisters(registers.printed(FY.previous()).devicesOnly(), alone, p -> { }, TODAY);
        try (XSSFWorkbook x = read(alone)) {
            Sheet s = x.getSheet("機器台帳");
            assertNotNull(s);
            assertEquals(DeviceRegisterSheetWriter.HEADER_ROW, s.getLastRowNum(), "only the heading row");
        }
    }

    @Test
    void aRegisterSheetThatDoesNotReadBackAsMeantIsNotHandedOver() {
        fill();
        RegisterData d = registers.printed(FY);
        XlsxExporter losesADevice = new XlsxExporter(x -> {
            Sheet s = x.getSheet(DeviceRegisterSheetWriter.SHEET_NAME);
            s.removeRow(s.getRow(DeviceRegisterSheetWriter.HEADER_ROW + 2));
        });
        ExportMismatchException e = assertThrows(ExportMismatchException.class,
                () -> losesADevice.writeRegisters(d, dir.resolve("x.xlsx"), p -> { }, TODAY));
        assertTrue(e.getMessage().contains("シート「機器台帳」の行数が想定（2行）と違います"), e.getMessage());
        XlsxExporter losesACall = new XlsxExporter(x -> {
            Sheet s = x.getSheet(ContactChartSheetWriter.SHEET_NAME);
            s.removeRow(s.getRow(s.getLastRowNum()));
        });
        assertThrows(ExportMismatchException.class,
                () -> losesACall.writeRegisters(d.chartOnly(), dir.resolve("y.xlsx"), p -> { }, TODAY));
    }

    private static XSSFWorkbook read(Path p) throws Exception {
        try (InputStream in = Files.newInputStream(p)) {
            return new XSSFWorkbook(in);
        }
    }

    private static List<String> sheetNames(XSSFWorkbook x) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < x.getNumberOfSheets(); i++) {
            if (!x.isSheetVeryHidden(i)) {
                out.add(x.getSheetName(i));
            }
        }
        return out;
    }

    private static String text(Sheet s, int r, int c) {
        Row row = s.getRow(r);
        Cell cell = row == null ? null : row.getCell(c);
        return cell == null || cell.getCellType() != CellType.STRING ? "" : cell.getStringCellValue();
    }

    private static List<String> rowText(Sheet s, int r, int cols) {
        List<String> out = new ArrayList<>();
        for (int c = 0; c < cols; c++) {
            out.add(text(s, r, c));
        }
        return out;
    }

    private static List<String> allText(Sheet s) {
        List<String> out = new ArrayList<>();
        for (Row row : s) {
            for (Cell c : row) {
                if (c.getCellType() == CellType.STRING) {
                    out.add(c.getStringCellValue());
                }
            }
        }
        return out;
    }

    private static int findRow(Sheet s, String text) {
        for (Row row : s) {
            for (Cell c : row) {
                if (c.getCellType() == CellType.STRING && c.getStringCellValue().equals(text)) {
                    return row.getRowNum();
                }
            }
        }
        return -1;
    }
}
