package jp.tenken.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import jp.tenken.domain.FiscalYear;
import jp.tenken.domain.edition.FormKind;
import jp.tenken.domain.edition.RowKey;
import jp.tenken.domain.edition.Scope;
import jp.tenken.domain.vendor.ContractPeriod;
import jp.tenken.domain.vendor.Vendor;
import jp.tenken.domain.year.Answer;
import jp.tenken.domain.year.AnswerValue;
import jp.tenken.domain.year.Assessment;
import jp.tenken.domain.year.Round;
import jp.tenken.i18n.Messages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Vendors as they stood in each fiscal year, the upgrade of files written before vendors had years, and finalised
 * years whose answers the file itself refuses to change — each on a real workbook file.
 */
class VendorYearsStorageTest {
    static final FiscalYear R6 = new FiscalYear(2024);
    static final FiscalYear R7 = new FiscalYear(2025);
    static final FiscalYear R8 = new FiscalYear(2026);
    static final Instant NOW = Instant.parse("2026-05-01T00:00:00Z");

    @TempDir
    Path dir;

    /** Turns a file of the current schema back into schema 4 (vendors without years), as the app wrote it then. */
    static void rollBackVendorYears(Statement s) throws SQLException {
        for (String t : List.of("answer_final_insert", "answer_final_update", "answer_final_delete")) {
            s.execute("DROP TRIGGER " + t);
        }
        for (String table : List.of("device", "contact", "register_review", "vendor_form", "vendor_year")) {
            for (String op : List.of("insert", "update", "delete")) { // V009, which needs final_year
                s.execute("DROP TRIGGER IF EXISTS " + table + "_final_" + op);
            }
        }
        s.execute("DROP TABLE final_year");
        s.execute("DROP TABLE vendor_year");
        RegisterStorageTest.dropRegisterTables(s); // V005, listed after V006
        s.execute("ALTER TABLE vendor ADD COLUMN name TEXT NOT NULL DEFAULT ''");
        s.execute("ALTER TABLE vendor ADD COLUMN systems TEXT NOT NULL DEFAULT ''");
        s.execute("ALTER TABLE vendor ADD COLUMN contact TEXT NOT NULL DEFAULT ''");
        s.execute("ALTER TABLE vendor ADD COLUMN contracted INTEGER NOT NULL DEFAULT 1 CHECK (contracted IN (0, 1))");
        s.execute("PRAGMA user_version = 4");
    }

    @Test
    void aChangeHoldsFromItsYearOnAndEarlierYearsKeepTheirs() {
        try (StoredFile wb = StoredFile.create(dir.resolve("years.tenken"))) {
            Vendor medical = wb.vendors().add(R7, "株式会社メディカル", "電子カルテ", "", true, NOW);
            Vendor added = wb.vendors().add(R8, "新しい事業者", "PACS", "", true, NOW);
            wb.vendors().update(R8, new Vendor(medical.id(), "メディカルHD", "電子カルテ、レセコン", "", false), NOW);

            assertEquals(List.of(), wb.vendors().list(R6), "nobody was listed before 令和7年度");
            assertEquals(List.of(medical), wb.vendors().list(R7), "令和7年度 keeps the name and the contract");
            assertEquals(List.of(new Vendor(medical.id(), "メディカルHD", "電子カルテ、レセコン", "", false), added),
                    wb.vendors().list(R8));
            assertEquals("メディカルHD", wb.vendors().find(medical.id()).orElseThrow().name(), "now: the last change");
            assertTrue(wb.vendors().find(added.id(), R7).isEmpty());

            Map<Long, ContractPeriod> contracts = wb.vendors().contracts();
            assertEquals(new ContractPeriod(true, R7, R7), contracts.get(medical.id()));
            assertEquals(new ContractPeriod(true, R8, null), contracts.get(added.id()));
            assertThrows(IllegalArgumentException.class, () -> wb.vendors().update(R7, added, NOW),
                    "a vendor is not changed in a year it is not listed in");
            List<ChangeLog.Entry> log = wb.changeLog().recent(1);
            assertEquals("update", log.get(0).what());
            assertTrue(log.get(0).newValue().contains("令和8年度から"), log.get(0).newValue());
        }
    }

    @Test
    void vendorsOfAnOlderFileStartInTheFirstYearTheyHaveAFormInOrElseTheYearTheyWereAdded() throws Exception {
        Path f = dir.resolve("old.tenken");
        StoredFile.create(f).close();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + f); Statement s = c.createStatement()) {
            rollBackVendorYears(s);
            // added on 2026-04-01 09:00 in Japan (still 3/31 in UTC): a 令和8年度 vendor with nothing in 令和7年度
            s.execute("INSERT INTO vendor (id, name, systems, contact, contracted, created_at) VALUES "
                    + "(1, '令和8年度の事業者', 'PACS', '', 1, '2026-04-01T00:00:00Z'),"
                    + "(2, '前からの事業者', '電子カルテ', '山田', 1, '2026-05-01T00:00:00Z'),"
                    + "(3, '契約のない業者', '', '', 0, '2025-06-01T00:00:00.123456789Z'),"
                    + "(4, '日付の読めない業者', '', '', 1, 'いつか')");
            s.execute("INSERT INTO vendor_form (fiscal_year, vendor_id, status, changed_at) "
                    + "VALUES (2025, 2, 'SENT', '2026-05-01T00:00:00Z')");
        }
        try (StoredFile wb = StoredFile.open(f)) {
            assertEquals(Migrations.latest(), wb.database().schemaVersion());
            assertEquals(new Vendor(2, "前からの事業者", "電子カルテ", "山田", true), wb.vendors().find(2, R7).orElseThrow());
            assertEquals(List.of("前からの事業者", "契約のない業者", "日付の読めない業者"),
                    wb.vendors().list(R7).stream().map(Vendor::name).toList(), "the 令和8年度 vendor is not in 令和7年度");
            assertEquals(List.of("日付の読めない業者"), wb.vendors().list(R6).stream().map(Vendor::name).toList(),
                    "without a date: listed in every year rather than lost");
            assertEquals(4, wb.vendors().list(R8).size());
            assertFalse(wb.vendors().list(R8).get(2).contracted(), "契約なし stays so");
            assertEquals(ContractPeriod.NONE, wb.vendors().contracts().get(3L));
        }
    }

    @Test
    void aFinalisedYearsAnswersCannotChangeUntilItIsReopened() {
        try (StoredFile wb = StoredFile.create(dir.resolve("final.tenken"))) {
            Assessment a = wb.assessments().findOrCreate(R7, "r7", FormKind.FACILITY, null, NOW);
            Assessment later = wb.assessments().findOrCreate(R8, "r8", FormKind.FACILITY, null, NOW);
            RowKey row = new RowKey("ops.mds-sds", Scope.NONE);
            Answer yes = new Answer(row, Round.FIRST, AnswerValue.YES, LocalDate.of(2025, 5, 1), null, "", null);
            wb.answers().save(a.id(), yes, NOW);

            wb.finalYears().finalise(R7, NOW);
            assertTrue(wb.finalYears().isFinal(R7));
            assertEquals(List.of(R7), List.copyOf(wb.finalYears().list()));
            StorageException e = assertThrows(StorageException.class,
                    () -> wb.answers().save(a.id(), yes.withNote("後から変更"), NOW));
            assertEquals(StorageException.Kind.YEAR_FINAL, e.kind());
            assertEquals(Messages.get("storage.error.YEAR_FINAL"), e.getMessage());
            assertEquals("", wb.answers().load(a.id()).get(0).note(), "nothing changed");
            wb.answers().save(later.id(), yes.withCheckedOn(LocalDate.of(2026, 5, 1)), NOW); // 令和8年度 is open

            wb.finalYears().reopen(R7, NOW);
            assertFalse(wb.finalYears().isFinal(R7));
            wb.answers().save(a.id(), yes.withNote("後から変更"), NOW);
            assertEquals("後から変更", wb.answers().load(a.id()).get(0).note());
            List<String> log = wb.changeLog().recent(10).stream().filter(x -> x.entity().equals("year:2025"))
                    .map(ChangeLog.Entry::what).toList();
            assertEquals(List.of("reopen", "finalise"), log);
        }
    }
}
