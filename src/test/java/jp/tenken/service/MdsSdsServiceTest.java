package jp.tenken.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import jp.tenken.domain.FiscalYear;
import jp.tenken.domain.vendor.MdsSds;
import jp.tenken.domain.vendor.Vendor;
import jp.tenken.i18n.UserMessageException;
import jp.tenken.storage.StorageException;
import jp.tenken.testing.TestWorkbook;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One vendor's MDS/SDS as a clinic meets it: an Excel built like a disclosure (a cover sheet, then items with
 * section headings, numbers, text and はい／いいえ／対象外) is recognised by structure, taken in, its いいえ listed and
 * assessed, printed on the pack's 「MDS/SDS の確認」 sheet, carried to the next year and locked with a finalised year.
 */
class MdsSdsServiceTest {
    static final FiscalYear FY = new FiscalYear(2026);

    @TempDir
    Path dir;

    @Test
    void aVendorsMdsIsTakenInAndEachNoGetsTheClinicsAssessment() throws Exception {
        try (TestWorkbook wb = TestWorkbook.create(dir.resolve("m.tenken"), LocalDate.of(2026, 12, 6))) {
            MdsSdsService service = wb.context().mdsSds();
            Vendor v = wb.vendors().add(FY, "メディカルシステム株式会社", "電子カルテ", "", true);
            Path file = MdsSdsWorkbooks.disclosure(dir.resolve("MDS_メディカルカルテ9.xlsx"), "いいえ");

            MdsSds.Sheet sheet = service.read(file);
            assertEquals("確認事項", sheet.sheet(), "the sheet of items, not the cover");
            assertTrue(sheet.recognition().sure(), "numbers, text and answers on the same rows");
            MdsSds.Mapping m = sheet.recognition().mapping();
            assertEquals(List.of(0, 1, 2), List.of(m.numberColumn(), m.textColumn(), m.answerColumn()));
            List<MdsSds.Item> items = service.preview(sheet, m);
            assertEquals(41, items.size(), "section headings and the note are left out");
            assertEquals(new MdsSds.Counts(37, 2, 2, 0), MdsSds.Counts.of(items));

            MdsSds.Doc d = service.keep(new MdsSds.Doc(0, v.id(), FY, MdsSds.Kind.MDS, LocalDate.of(2026, 11, 20),
                    "Ver.5.0", "", 0), file, items);
            assertEquals(Files.size(file), d.fileSize());
            assertEquals("MDS_メディカルカルテ9.xlsx", d.fileName());
            assertEquals(Files.size(file), service.file(d.id()).orElseThrow().length, "the file is kept whole");
            List<MdsSds.Item> no = service.items(d.id()).stream().filter(i -> i.answer() == MdsSds.Answer.NO).toList();
            assertEquals(List.of("1-7", "2-3"), no.stream().map(MdsSds.Item::number).toList());
            assertEquals(List.of("MDS／SDS（メディカルシステム株式会社）：「いいえ」2 件のリスク評価・対応が未記入です"),
                    service.readinessNotes(FY), "the readiness line says what the inspector will ask about");

            service.assess(d.id(), new MdsSds.Item(no.get(0).position(), "", "", null, "ログの改ざん検知がない",
                    "院内で月1回ログを確認し、次回更新時に対応版を導入"));
            // a corrected file from the vendor: taken in again, the clinic's words stay on the same item
            service.keep(d, file, service.preview(service.read(file), m));
            MdsSds.Item again = service.items(d.id()).stream().filter(i -> i.number().equals("1-7")).findFirst()
                    .orElseThrow();
            assertEquals("ログの改ざん検知がない", again.risk());
            assertTrue(again.assessed());
            assertEquals(List.of("MDS／SDS（メディカルシステム株式会社）：「いいえ」1 件のリスク評価・対応が未記入です"),
                    service.readinessNotes(FY));

            // the pack's sheet lists the vendor, the counts and each いいえ with the clinic's words
            Path pack = dir.resolve("pack.xlsx");
            wb.export().exportPack(FY, pack, p -> { });
            List<String> text = sheetText(pack, "MDS／SDSの確認");
            assertTrue(text.contains("メディカルシステム株式会社（電子カルテ）"), text.toString());
            assertTrue(text.stream().anyMatch(t -> t.startsWith("MDS　受領 令和8年11月20日　Ver.5.0　はい 37／いいえ 2／対象外 2")),
                    text.toString());
            assertTrue(text.contains("院内で月1回ログを確認し、次回更新時に対応版を導入"), text.toString());
            assertTrue(text.contains("未記入"), "the second いいえ is not yet assessed");
        }
    }

    @Test
    void anUnclearSheetAsksForTheColumnsAndALargeFileIsRefusedInJapanese() throws Exception {
        try (TestWorkbook wb = TestWorkbook.create(dir.resolve("u.tenken"), LocalDate.of(2026, 12, 6))) {
            MdsSdsService service = wb.context().mdsSds();
            Path odd = dir.resolve("odd.xlsx");
            try (XSSFWorkbook x = new XSSFWorkbook()) {
                Sheet s = x.createSheet("list");
                for (int i = 0; i < 6; i++) {
                    Row row = s.createRow(i);
                    row.createCell(0).setCellValue("項目 " + (char) ('あ' + i));
                    row.createCell(1).setCellValue(i % 2 == 0 ? "はい" : "詳細は別紙");
                }
                try (OutputStream out = Files.newOutputStream(odd)) {
                    x.write(out);
                }
            }
            MdsSds.Sheet sheet = service.read(odd);
            assertFalse(sheet.recognition().sure(), "three answers among notes: the clinic is asked");
            assertEquals(1, sheet.recognition().mapping().answerColumn());
            Path none = dir.resolve("none.xlsx");
            try (XSSFWorkbook x = new XSSFWorkbook()) {
                x.createSheet("メモ").createRow(0).createCell(0).setCellValue("MDS は別途郵送します");
                try (OutputStream out = Files.newOutputStream(none)) {
                    x.write(out);
                }
            }
            assertNull(service.read(none).recognition(), "no answer column: the clinic maps it");

            Path big = dir.resolve("MDS_scan.pdf");
            try (RandomAccessFile f = new RandomAccessFile(big.toFile(), "rw")) {
                f.setLength(MdsSdsService.MAX_FILE_BYTES + 1);
            }
            Vendor v = wb.vendors().add(FY, "画像システム株式会社", "PACS", "", true);
            UserMessageException e = assertThrows(UserMessageException.class, () -> service.keep(
                    new MdsSds.Doc(0, v.id(), FY, MdsSds.Kind.SDS, null, "", "", 0), big, null));
            assertTrue(e.getMessage().contains("10 MB まで"), e.getMessage());
            assertEquals(List.of(), service.docs(FY, v.id()), "nothing was written");
        }
    }

    @Test
    void theNextYearStartsFromLastYearsAndAFinalisedYearIsLocked() throws Exception {
        try (TestWorkbook wb = TestWorkbook.create(dir.resolve("y.tenken"), LocalDate.of(2027, 4, 10))) {
            MdsSdsService service = wb.context().mdsSds();
            Vendor v = wb.vendors().add(FY, "メディカルシステム株式会社", "電子カルテ", "", true);
            Path file = MdsSdsWorkbooks.disclosure(dir.resolve("MDS.xlsx"), "No");
            MdsSds.Sheet sheet = service.read(file);
            MdsSds.Doc d = service.keep(new MdsSds.Doc(0, v.id(), FY, MdsSds.Kind.MDS, LocalDate.of(2026, 6, 1),
                    "Ver.5.0", "", 0), file, service.preview(sheet, sheet.recognition().mapping()));
            MdsSds.Item no = service.items(d.id()).stream().filter(i -> i.answer() == MdsSds.Answer.NO).findFirst()
                    .orElseThrow();
            service.assess(d.id(), new MdsSds.Item(no.position(), "", "", null, "リスク", "対応"));

            FiscalYear next = new FiscalYear(2027);
            assertTrue(service.canCarryOver(next));
            assertEquals(1, service.carryOver(next));
            MdsSds.Doc hint = service.docs(next, v.id()).get(0);
            assertNull(hint.receivedOn(), "this year's must be asked for again");
            assertEquals(0, hint.fileSize());
            assertEquals("Ver.5.0", hint.version());
            assertEquals("リスク", service.items(hint.id()).stream().filter(i -> i.number().equals(no.number()))
                    .findFirst().orElseThrow().risk());
            assertFalse(service.canCarryOver(next));

            wb.vendors().finalise(FY);
            StorageException e = assertThrows(StorageException.class,
                    () -> service.assess(d.id(), new MdsSds.Item(no.position(), "", "", null, "変更", "変更")));
            assertEquals(StorageException.Kind.YEAR_FINAL, e.kind());
            assertThrows(StorageException.class, () -> service.record(new MdsSds.Doc(0, v.id(), FY, MdsSds.Kind.SDS,
                    LocalDate.of(2027, 4, 1), "", "", 0)));
        }
    }

    static List<String> sheetText(Path file, String sheet) throws Exception {
        List<String> out = new ArrayList<>();
        try (XSSFWorkbook x = new XSSFWorkbook(Files.newInputStream(file))) {
            Sheet s = x.getSheet(sheet);
            assertTrue(s != null, "no sheet " + sheet);
            for (Row row : s) {
                row.forEach(c -> {
                    if (c.getCellType() == org.apache.poi.ss.usermodel.CellType.STRING
                            && !c.getStringCellValue().isEmpty()) {
                        out.add(c.getStringCellValue());
                    }
                });
            }
        }
        return out;
    }
}
