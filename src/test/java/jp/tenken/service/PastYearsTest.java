package jp.tenken.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import jp.tenken.domain.FiscalYear;
import jp.tenken.domain.edition.FormKind;
import jp.tenken.domain.edition.RowKey;
import jp.tenken.domain.edition.Scope;
import jp.tenken.domain.vendor.Vendor;
import jp.tenken.domain.vendor.VendorFormStatus;
import jp.tenken.domain.year.Answer;
import jp.tenken.domain.year.AnswerValue;
import jp.tenken.domain.year.Round;
import jp.tenken.i18n.UserMessageException;
import jp.tenken.storage.ChangeLog;
import jp.tenken.storage.StorageException;
import jp.tenken.testing.TestWorkbook;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Past years do not change: a 令和7年度 pack exported again after vendors and answers changed in 令和8年度 holds
 * the same cells but its 出力日, and a finalised year (年度を確定) takes no answer until it is reopened.
 */
class PastYearsTest {
    static final FiscalYear R7 = ThreeYears.FY2025;
    static final FiscalYear R8 = new FiscalYear(2026);
    static final LocalDate FIRST_EXPORT = LocalDate.of(2026, 4, 10);
    static final LocalDate LATER = LocalDate.of(2026, 6, 1);
    static final String PATCH = ThreeYears.PATCH;

    @TempDir
    Path dir;

    @Test
    void aPastYearsPackExportedAgainHoldsTheSameAnswersVendorsAndStatuses() throws Exception {
        Path file;
        Vendor medical;
        Vendor network;
        try (ThreeYears three = new ThreeYears(dir)) {
            file = three.workbook.file();
            medical = three.vendor;
            network = three.workbook.vendors().add(R7, "ネット保守サービス", "ネットワーク保守", "", true);
            three.workbook.vendors().setStatus(R7, medical.id(), VendorFormStatus.RECEIVED);
        }
        Path first = dir.resolve("令和7年度_1.xlsx");
        List<VendorStatus> before;
        try (TestWorkbook wb = TestWorkbook.open(file, FIRST_EXPORT)) {
            wb.export().exportPack(R7, first, p -> { });
            before = wb.vendors().statuses(R7);
            assertEquals(List.of("株式会社メディカル", "ネット保守サービス"), names(before));

            // 令和8年度: a vendor added, one renamed with other systems, one ended; answers given
            Vendor added = wb.vendors().add(R8, "新しい事業者", "PACS", "", true);
            wb.vendors().update(R8, new Vendor(medical.id(), "メディカルHD", "電子カルテ、レセコン、PACS", "", true));
            wb.vendors().update(R8, new Vendor(network.id(), network.name(), network.systems(), "", false));
            for (Long vendor : new Long[] {null, medical.id(), added.id()}) {
                OpenForm f = wb.checklist().open(R8, vendor == null ? FormKind.FACILITY : FormKind.VENDOR, vendor);
                wb.checklist().saveAnswer(f.assessment(), new Answer(new RowKey(PATCH, Scope.ALL), Round.FIRST,
                        AnswerValue.NO, LocalDate.of(2026, 4, 8), LocalDate.of(2026, 12, 1), "令和8年度の回答", null));
            }
            wb.vendors().setStatus(R8, added.id(), VendorFormStatus.SENT);

            List<VendorStatus> r8 = wb.vendors().statuses(R8);
            assertEquals(List.of("メディカルHD", "ネット保守サービス", "新しい事業者"), names(r8));
            assertFalse(r8.get(1).vendor().contracted(), "ended in 令和8年度");
            assertTrue(r8.get(1).flags().isEmpty());
            assertEquals(asOfYear(before), asOfYear(wb.vendors().statuses(R7)),
                    "令和7年度's vendors, statuses, readiness and flags as they were");
            assertEquals("令和7年度〜令和7年度", "%s〜%s".formatted(wb.vendors().statuses(R7).get(1).contract().from().label(),
                    wb.vendors().statuses(R7).get(1).contract().to().label()), "the 契約期間 says it ended");
            assertEquals("株式会社メディカル", wb.vendors().vendors(R7).get(0).name());
            assertEquals("株式会社メディカル", wb.comparisons().compare(ThreeYears.FY2024, R7, FormKind.VENDOR,
                    medical.id(), false).vendorName(), "the 前年度比較 of 令和7年度 names the vendor as it was");
        }
        Path again = dir.resolve("令和7年度_2.xlsx");
        try (TestWorkbook wb = TestWorkbook.open(file, LATER)) {
            wb.export().exportPack(R7, again, p -> { });
        }
        Map<String, String> a = cells(first);
        Map<String, String> b = cells(again);
        assertEquals(a.keySet(), b.keySet(), "the same sheets and cells");
        List<String> differ = new ArrayList<>();
        a.forEach((at, text) -> {
            if (!text.equals(b.get(at))) {
                differ.add(at + " 「" + text + "」 → 「" + b.get(at) + "」");
            }
        });
        assertFalse(differ.isEmpty(), "the 出力日 moved on");
        assertTrue(differ.stream().allMatch(d -> d.contains("出力")), "only the 出力日 differs: " + differ);
        assertTrue(a.values().stream().anyMatch(t -> t.contains("株式会社メディカル")));
        assertTrue(b.values().stream().noneMatch(t -> t.contains("新しい事業者") || t.contains("メディカルHD")
                || t.contains("令和8年度の回答")), "nothing of 令和8年度 in 令和7年度's pack");
    }

    @Test
    void aFinalisedYearTakesNoAnswerUntilItIsReopened() throws Exception {
        Path file;
        Path sent = dir.resolve("送付.xlsx");
        try (ThreeYears three = new ThreeYears(dir)) {
            file = three.workbook.file();
            three.workbook.export().exportVendorForm(R7, three.vendor.id(), sent, p -> { });
        }
        try (TestWorkbook wb = TestWorkbook.open(file, FIRST_EXPORT)) {
            VendorService vendors = wb.vendors();
            OpenForm own = wb.checklist().open(R7, FormKind.FACILITY, null);
            Answer before = own.answers().get(new RowKey(PATCH, Scope.ALL), Round.FIRST);
            vendors.finalise(R7);
            assertTrue(vendors.isFinal(R7));
            assertFalse(vendors.isFinal(R8));

            StorageException e = assertThrows(StorageException.class, () -> wb.checklist().saveAnswer(
                    own.assessment(), before.withValue(AnswerValue.YES)));
            assertTrue(e.getMessage().contains("確定済み"), e.getMessage());
            assertEquals(before, wb.checklist().open(R7, FormKind.FACILITY, null).answers()
                    .get(new RowKey(PATCH, Scope.ALL), Round.FIRST));
            UserMessageException refused = assertThrows(UserMessageException.class,
                    () -> wb.imports().preview(sent));
            assertTrue(refused.getMessage().contains("令和7年度は確定済み"), refused.getMessage());
            UserMessageException vendorRefused = assertThrows(UserMessageException.class,
                    () -> vendors.add(R7, "後から足した事業者", "", "", true));
            assertTrue(vendorRefused.getMessage().contains("確定を解除"), vendorRefused.getMessage());
            assertThrows(UserMessageException.class, () -> vendors.setStatus(R7, 1, VendorFormStatus.CONFIRMED));
            assertEquals(1, vendors.vendors(R7).size(), "the finalised year's vendors as they were");
            vendors.add(R8, "令和8年度の事業者", "", "", true); // the next year is open

            vendors.reopen(R7);
            wb.checklist().saveAnswer(own.assessment(), before.withValue(AnswerValue.YES));
            assertEquals(AnswerValue.YES, wb.checklist().open(R7, FormKind.FACILITY, null).answers()
                    .get(new RowKey(PATCH, Scope.ALL), Round.FIRST).value());
            List<String> log = wb.workbook().changeLog().recent(20).stream()
                    .filter(x -> x.entity().equals("year:2025")).map(ChangeLog.Entry::what).toList();
            assertEquals(List.of("reopen", "finalise"), log);
        }
    }

    /** What a year's vendor list says about that year (the 契約期間 spans all years and may grow). */
    private static List<List<Object>> asOfYear(List<VendorStatus> list) {
        return list.stream().map(s -> List.<Object>of(s.vendor(), s.form(), s.readiness(), s.flags())).toList();
    }

    private static List<String> names(List<VendorStatus> list) {
        return list.stream().map(s -> s.vendor().name()).toList();
    }

    /** Every cell of every sheet (the hidden tag too) as a person would read it, by sheet and reference. */
    static Map<String, String> cells(Path xlsx) throws Exception {
        Map<String, String> out = new TreeMap<>();
        DataFormatter f = new DataFormatter();
        try (InputStream in = Files.newInputStream(xlsx); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            for (Sheet s : wb) {
                for (Row r : s) {
                    for (Cell c : r) {
                        out.put(s.getSheetName() + "!" + c.getAddress().formatAsString(), f.formatCellValue(c));
                    }
                }
            }
        }
        return out;
    }
}
