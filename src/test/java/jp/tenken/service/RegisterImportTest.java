package jp.tenken.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import jp.tenken.domain.FiscalYear;
import jp.tenken.domain.register.Device;
import jp.tenken.domain.register.DeviceKind;
import jp.tenken.domain.register.RegisterColumn;
import jp.tenken.domain.register.RegisterList;
import jp.tenken.domain.register.RegisterMapping;
import jp.tenken.i18n.UserMessageException;
import jp.tenken.testing.TestWorkbook;
import jp.tenken.xlsx.HostileWorkbooks;
import jp.tenken.xlsx.RefusedWorkbookException;
import jp.tenken.xlsx.read.RegisterListException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A clinic's own messy device list taken into the 機器台帳: read, previewed, confirmed; a bad file changes nothing. */
class RegisterImportTest {
    private static final FiscalYear FY = new FiscalYear(2025);

    @TempDir
    Path dir;
    TestWorkbook wb;
    RegisterService registers;

    @BeforeEach
    void open() {
        wb = TestWorkbook.create(dir.resolve("clinic.tenken"), LocalDate.of(2025, 6, 1));
        wb.vendors().add("株式会社メディカル", "電子カルテ", "", true);
        registers = wb.context().registers();
    }

    @AfterEach
    void close() {
        wb.close();
    }

    @Test
    void aMessyExcelListIsReadWithEveryLibertySaidAndWrittenOnlyOnConfirm() throws Exception {
        RegisterList list = registers.readList(MessyRegisterLists.xlsx(dir, "機器一覧.xlsx"));
        assertEquals("機器一覧", list.sheet(), "the sheet with the most rows");
        RegisterMapping m = RegisterMapping.guess(list);
        assertEquals(3, m.headerRow());
        assertEquals(Map.ofEntries(Map.entry(RegisterColumn.NAME, 1), Map.entry(RegisterColumn.KIND, 2),
                Map.entry(RegisterColumn.LOCATION, 3), Map.entry(RegisterColumn.MAKER, 4),
                Map.entry(RegisterColumn.MODEL, 5), Map.entry(RegisterColumn.OS, 6), Map.entry(RegisterColumn.ROLE, 7),
                Map.entry(RegisterColumn.VENDOR, 8), Map.entry(RegisterColumn.REMOTE, 9),
                Map.entry(RegisterColumn.SUPPORT_END, 10), Map.entry(RegisterColumn.LAST_UPDATE, 11),
                Map.entry(RegisterColumn.ADMINISTRATOR, 12), Map.entry(RegisterColumn.NOTE, 13)), m.columns());
        int log = wb.workbook().changeLog().count();
        RegisterImportPreview p = registers.preview(list, m, FY);
        assertEquals(log, wb.workbook().changeLog().count(), "a preview writes nothing");
        assertTrue(registers.devices(FY).isEmpty());
        assertMessyRead(p);
        List<Device> added = registers.importDevices(p);
        assertEquals(4, added.size());
        assertEquals(4, registers.devices(FY).size());
        assertEquals("import", wb.workbook().changeLog().recent(1).get(0).what());
        RegisterImportPreview again = registers.preview(list, m, FY);
        assertEquals(0, again.devices().size(), "the same list twice adds nothing");
        assertEquals(4, again.alreadyThere());
    }

    static void assertMessyRead(RegisterImportPreview p) {
        List<Device> d = p.devices();
        assertEquals(List.of("電子カルテサーバ", "診察室ＰＣ", "ルーター", "ラベルプリンタ"), d.stream().map(Device::name).toList());
        assertEquals(List.of(DeviceKind.SERVER, DeviceKind.TERMINAL, DeviceKind.NETWORK, DeviceKind.OTHER),
                d.stream().map(Device::kind).toList());
        assertEquals(LocalDate.of(2029, 1, 9), d.get(0).supportEnd(), "a date cell or a slashed date");
        assertEquals(LocalDate.of(2025, 5, 20), d.get(0).lastUpdate(), "和暦");
        assertEquals(LocalDate.of(2025, 10, 14), d.get(1).supportEnd(), "R7.10.14");
        assertEquals(LocalDate.of(2025, 4, 1), d.get(1).lastUpdate());
        assertEquals(LocalDate.of(2025, 1, 21), d.get(2).supportEnd(), "the Excel serial 45678");
        assertEquals(null, d.get(2).lastUpdate(), "未定 is no date");
        assertEquals(LocalDate.of(2027, 1, 31), d.get(3).supportEnd(), "a month: its last day");
        assertTrue(d.get(0).remoteMaintenance());
        assertEquals(d.get(0).vendorId(), d.get(1).vendorId(), "メディカル and 株式会社メディカル are one vendor");
        assertTrue(d.get(0).vendorId() != null);
        assertEquals(null, d.get(2).vendorId());
        assertEquals("（取込時：保守事業者：〇〇電機、リモート保守：要確認、最終更新日：未定）", d.get(2).note());
        assertEquals("（取込時：種別：プリンタ）", d.get(3).note());
        assertEquals("入替予定", d.get(1).note());
        assertEquals(List.of(
                "7行目: 保守事業者「〇〇電機」は事業者一覧にないため、備考に残します（事業者を登録してから選び直せます）。",
                "7行目: リモート保守「要確認」はあり／なしとして読めないため「なし」とし、備考に残します。",
                "7行目: 最終更新日「未定」は日付として読めないため空欄にし、備考に残します。",
                "8行目: 種別「プリンタ」は分からないため「その他」として取り込み、備考に残します。",
                "8行目: サポート終了日「2027年1月」は月だけのため、その月の末日として読みました。",
                "9行目: 機器名が空のため取り込みません（端末PC / 2階 / 名前を書き忘れた行）。"), p.notes());
    }

    @Test
    void theSameListAsAShiftJisCsvReadsTheSame() throws Exception {
        RegisterList list = registers.readList(MessyRegisterLists.csv(dir, "機器一覧.csv"));
        RegisterMapping m = RegisterMapping.guess(list);
        assertEquals(3, m.headerRow());
        RegisterImportPreview p = registers.preview(list, m, FY);
        assertMessyRead(p);
        Path utf8 = dir.resolve("utf8.csv");
        Files.write(utf8, ("\uFEFF機器名,種別,OS,サポート終了日\n受付PC,端末PC,Windows 11,\"2031/10/14\"\n")
                .getBytes(StandardCharsets.UTF_8));
        RegisterList u = registers.readList(utf8);
        Device pc = registers.preview(u, RegisterMapping.guess(u), FY).devices().get(0);
        assertEquals("受付PC", pc.name());
        assertEquals(LocalDate.of(2031, 10, 14), pc.supportEnd());
    }

    @Test
    void aHostileOrMalformedFileIsRefusedInJapaneseAndChangesNothing() throws Exception {
        int log = wb.workbook().changeLog().count();
        for (Map.Entry<String, Path> e : HostileWorkbooks.all(dir).entrySet()) {
            Path file = e.getValue();
            RefusedWorkbookException r = assertThrows(RefusedWorkbookException.class, () -> registers.readList(file),
                    e.getKey());
            assertEquals(HostileWorkbooks.expected(e.getKey()), r.kind(), e.getKey());
        }
        Path unclosed = dir.resolve("壊れた.csv");
        Files.writeString(unclosed, "機器名,種別\n\"受付PC,端末PC\n");
        assertRefused(unclosed, RegisterListException.Kind.MALFORMED, "CSV として読めません");
        Path binary = dir.resolve("本当はExcel.csv");
        Files.copy(HostileWorkbooks.plain(dir, "plain.xlsx"), binary);
        assertRefused(binary, RegisterListException.Kind.NOT_TEXT, "CSV（文字のファイル）ではありません");
        Path xls = dir.resolve("古い形式.xls");
        Files.writeString(xls, "x");
        assertRefused(xls, RegisterListException.Kind.NOT_SUPPORTED, "読み込めない形式");
        Path big = dir.resolve("大きい.csv");
        Files.write(big, new byte[6 * 1024 * 1024]);
        assertRefused(big, RegisterListException.Kind.TOO_LARGE, "大きすぎる");
        Path blank = dir.resolve("空.csv");
        Files.writeString(blank, ",,\n,,\n");
        assertRefused(blank, RegisterListException.Kind.EMPTY, "読み込める行がありません");
        assertEquals(log, wb.workbook().changeLog().count());
        assertTrue(registers.devices(FY).isEmpty());
    }

    private void assertRefused(Path file, RegisterListException.Kind kind, String words) {
        RegisterListException e = assertThrows(RegisterListException.class, () -> registers.readList(file));
        assertEquals(kind, e.kind());
        assertTrue(e.getMessage().contains(words) && e.getMessage().contains(file.getFileName().toString()),
                e.getMessage());
        assertTrue(e instanceof UserMessageException);
    }
}
