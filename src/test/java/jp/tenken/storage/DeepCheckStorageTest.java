package jp.tenken.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import jp.tenken.domain.FiscalYear;
import jp.tenken.domain.edition.FormKind;
import jp.tenken.domain.edition.RowKey;
import jp.tenken.domain.edition.Scope;
import jp.tenken.domain.guideline.DeepCheck;
import jp.tenken.domain.guideline.DeepCheckValue;
import jp.tenken.domain.year.Answer;
import jp.tenken.domain.year.AnswerValue;
import jp.tenken.domain.year.Assessment;
import jp.tenken.domain.year.Facility;
import jp.tenken.domain.year.FacilityKind;
import jp.tenken.domain.year.Round;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The deep self-check on a real workbook file: saved per year, logged, kept across a reopen and an upgrade. */
class DeepCheckStorageTest {
    private static final Instant NOW = Instant.parse("2025-10-01T01:02:03Z");
    private static final FiscalYear FY = new FiscalYear(2025);

    @TempDir
    Path dir;

    @Test
    void deepChecksRoundTripThroughTheFilePerYearWithTheirChangeLog() {
        Path f = dir.resolve("deep.tenken");
        int logBefore;
        try (StoredFile wb = StoredFile.create(f)) {
            logBefore = wb.changeLog().count();
            wb.deepChecks().save(FY, new DeepCheck("シ13-⑪", DeepCheckValue.PARTLY, "VPN装置のみ制限", null), NOW);
            wb.deepChecks().save(FY, new DeepCheck("シ14-⑤", DeepCheckValue.NOT_DONE, "", null), NOW);
            wb.deepChecks().save(FY, new DeepCheck("シ14-⑤", DeepCheckValue.DONE, "ICカード導入済", null), NOW);
            wb.deepChecks().save(FY.previous(), new DeepCheck("シ14-⑤", DeepCheckValue.NOT_DONE, "", null), NOW);
            wb.deepChecks().save(FY, new DeepCheck("シ12-①", null, "未回答のままメモだけ", null), NOW);
        }
        try (StoredFile wb = StoredFile.open(f)) {
            Map<String, DeepCheck> year = wb.deepChecks().load(FY).stream()
                    .collect(Collectors.toMap(DeepCheck::clauseRef, d -> d));
            assertEquals(3, year.size());
            assertEquals(DeepCheckValue.PARTLY, year.get("シ13-⑪").value());
            assertEquals("VPN装置のみ制限", year.get("シ13-⑪").note());
            assertEquals(DeepCheckValue.DONE, year.get("シ14-⑤").value(), "the later save replaced the earlier");
            assertEquals("ICカード導入済", year.get("シ14-⑤").note());
            assertEquals(null, year.get("シ12-①").value());
            assertEquals(NOW, year.get("シ14-⑤").changedAt());
            assertEquals(DeepCheckValue.NOT_DONE, wb.deepChecks().load(FY.previous()).get(0).value(),
                    "each fiscal year keeps its own answers");
            assertEquals(logBefore + 5, wb.changeLog().count(), "one change-log entry per save");
            ChangeLog.Entry last = wb.changeLog().recent(3).get(2);
            assertEquals("deep-check:2025", last.entity());
            assertEquals("NOT_DONE", last.oldValue());
            assertEquals("DONE note=ICカード導入済", last.newValue());
        }
    }

    @Test
    void aSchemaTwoWorkbookIsUpgradedToThreeAndKeepsItsData() throws Exception {
        Path f = dir.resolve("v2.tenken");
        RowKey row = new RowKey("ops.two-factor", Scope.ALL);
        try (StoredFile wb = StoredFile.create(f)) {
            wb.facility().save(new Facility("さくら内科クリニック", FacilityKind.CLINIC), NOW);
            Assessment a = wb.assessments().findOrCreate(FY, "R7", FormKind.FACILITY, null, NOW);
            wb.answers().save(a.id(), new Answer(row, Round.FIRST, AnswerValue.NO, LocalDate.of(2025, 6, 1),
                    LocalDate.of(2026, 1, 31), "ICカード検討中", null), NOW);
            wb.settings().put("guideline.pattern", "IV", NOW);
        }
        // roll the file back to schema 2, as the app before the deep self-check wrote it
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + f); Statement s = c.createStatement()) {
            VendorYearsStorageTest.rollBackVendorYears(s);
            s.execute("DROP TABLE deep_check");
            s.execute("DROP TABLE IF EXISTS vendor_form"); // added by V004, after the deep self-check
            RegisterStorageTest.dropRegisterTables(s); // added by V005
            s.execute("PRAGMA user_version = 2");
        }
        try (StoredFile wb = StoredFile.open(f)) {
            assertEquals(Migrations.latest(), wb.database().schemaVersion());
            assertEquals("さくら内科クリニック", wb.facility().get().orElseThrow().name());
            Assessment a = wb.assessments().find(FY, FormKind.FACILITY, null).orElseThrow();
            List<Answer> answers = wb.answers().load(a.id());
            assertEquals(1, answers.size());
            assertEquals(AnswerValue.NO, answers.get(0).value());
            assertEquals("ICカード検討中", answers.get(0).note());
            assertEquals("IV", wb.settings().get("guideline.pattern").orElseThrow());
            assertTrue(wb.deepChecks().load(FY).isEmpty());
            wb.deepChecks().save(FY, new DeepCheck("シ14-⑤", DeepCheckValue.PARTLY, "", null), NOW);
            assertEquals(1, wb.deepChecks().load(FY).size());
            assertEquals("ok", wb.database().integrityCheck());
        }
        List<Path> backups;
        try (var s = Files.list(dir.resolve("backups"))) {
            backups = s.toList();
        }
        assertEquals(1, backups.size());
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + backups.get(0))) {
            assertEquals(2, Database.intPragma(c, "user_version"), "the copy is the file as it was before the upgrade");
        }
    }
}
