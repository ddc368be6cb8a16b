package jp.tenken.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import jp.tenken.domain.FiscalYear;
import jp.tenken.domain.register.Device;
import jp.tenken.domain.register.DeviceKind;
import jp.tenken.domain.register.DeviceUpkeep;
import jp.tenken.domain.register.UpkeepChoice.TwoFactor;
import jp.tenken.domain.register.UpkeepChoice.UpdatesBy;
import jp.tenken.domain.register.UpkeepChoice.WrittenIn;
import jp.tenken.domain.vendor.MdsSds;
import jp.tenken.domain.vendor.Vendor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** V008 (device upkeep, MDS/SDS): a file written before it is upgraded, and a finalised year's rows are refused. */
class MaintenanceStorageTest {
    static final FiscalYear FY = new FiscalYear(2026);
    static final Instant NOW = Instant.parse("2026-12-06T01:00:00Z");

    @TempDir
    Path dir;

    @Test
    void aFileFromBeforeV008GetsItNextAndKeepsItsDevices() throws Exception {
        Path f = dir.resolve("before-v008.tenken");
        long deviceId;
        try (StoredFile wb = StoredFile.create(f)) {
            deviceId = new DeviceRepository(wb.database()).add(Device.of(FY, "サーバ", DeviceKind.SERVER), NOW).id();
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + f); Statement s = c.createStatement()) {
            RegisterStorageTest.dropMaintenanceTables(s);
            // as a file written with V009 (listed before V008), the last script before it
            s.execute("PRAGMA user_version = "
                    + Migrations.SCRIPTS.indexOf("storage/migration/V008__maintenance_mds.sql"));
        }
        try (StoredFile wb = StoredFile.open(f)) {
            assertEquals(Migrations.latest(), wb.database().schemaVersion());
            DeviceUpkeepRepository upkeep = new DeviceUpkeepRepository(wb.database());
            upkeep.save(new DeviceUpkeep(deviceId, false, UpdatesBy.VENDOR, WrittenIn.SLA, "", TwoFactor.DONE, null),
                    FY, NOW);
            assertEquals(UpdatesBy.VENDOR, upkeep.list(FY).get(deviceId).updatesBy());
        }
    }

    @Test
    void theFileItselfRefusesAFinalisedYearsRows() {
        try (StoredFile wb = StoredFile.create(dir.resolve("final.tenken"))) {
            Vendor v = wb.vendors().add(FY, "メディカルシステム株式会社", "電子カルテ", "", true, NOW);
            long deviceId = new DeviceRepository(wb.database()).add(Device.of(FY, "PC", DeviceKind.TERMINAL), NOW).id();
            MdsSdsRepository docs = new MdsSdsRepository(wb.database());
            MdsSds.Doc d = docs.record(new MdsSds.Doc(0, v.id(), FY, MdsSds.Kind.SDS, LocalDate.of(2026, 7, 1),
                    "Ver.5.0", "", 0), NOW);
            wb.finalYears().finalise(FY, NOW);
            DeviceUpkeepRepository upkeep = new DeviceUpkeepRepository(wb.database());
            StorageException e = assertThrows(StorageException.class, () -> upkeep.save(DeviceUpkeep.none(deviceId),
                    FY, NOW));
            assertEquals(StorageException.Kind.YEAR_FINAL, e.kind());
            assertEquals(StorageException.Kind.YEAR_FINAL, assertThrows(StorageException.class, () -> docs.record(
                    new MdsSds.Doc(d.id(), v.id(), FY, MdsSds.Kind.SDS, null, "", "", 0), NOW)).kind());
            assertEquals(StorageException.Kind.YEAR_FINAL, assertThrows(StorageException.class,
                    () -> docs.keepFile(d, new byte[] {1}, List.of(), NOW)).kind());
            wb.finalYears().reopen(FY, NOW);
            upkeep.save(DeviceUpkeep.none(deviceId), FY, NOW);
        }
    }
}
