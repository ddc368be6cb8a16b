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
import jp.tenken.domain.FiscalYear;
import jp.tenken.domain.register.Contact;
import jp.tenken.domain.register.ContactGroup;
import jp.tenken.domain.register.Device;
import jp.tenken.domain.register.DeviceKind;
import jp.tenken.domain.vendor.Vendor;
import jp.tenken.domain.vendor.VendorFormStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The 機器台帳 and 連絡体制図 on a real workbook file: per year, in order, every change logged, kept on reopen. */
class RegisterStorageTest {
    private static final Instant NOW = Instant.parse("2025-06-01T01:00:00Z");
    private static final Instant LATER = Instant.parse("2025-07-01T01:00:00Z");
    private static final FiscalYear FY = new FiscalYear(2025);

    @TempDir
    Path dir;

    /** Rolls a file back to before V005: what the app wrote before the registers (for upgrade tests). */
    static void dropRegisterTables(Statement s) throws SQLException {
        s.execute("DROP TABLE IF EXISTS device");
        s.execute("DROP TABLE IF EXISTS contact");
        s.execute("DROP TABLE IF EXISTS register_review");
    }

    @Test
    void aWorkbookFromBeforeTheRegistersIsUpgradedAndKeepsItsVendors() throws Exception {
        Path f = dir.resolve("before-registers.tenken");
        try (StoredFile wb = StoredFile.create(f)) {
            wb.vendors().add("株式会社メディカル", "電子カルテ", "", true, NOW);
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + f); Statement s = c.createStatement()) {
            dropRegisterTables(s);
            s.execute("DROP TABLE edition_move_answer");
            s.execute("DROP TABLE edition_move");
            // as a file written just before V005 (listed after V006) reached it
            s.execute("PRAGMA user_version = " + Migrations.SCRIPTS.indexOf("storage/migration/V005__registers.sql"));
        }
        try (StoredFile wb = StoredFile.open(f)) {
            assertEquals(Migrations.latest(), wb.database().schemaVersion());
            Vendor v = wb.vendors().list().get(0);
            DeviceRepository devices = new DeviceRepository(wb.database());
            devices.add(server(v.id()), NOW);
            assertEquals(v.id(), devices.list(FY).get(0).vendorId());
        }
    }

    private static Device server(Long vendorId) {
        return new Device(0, FY, "電子カルテサーバ", DeviceKind.SERVER, "サーバ室", "富士通", "PRIMERGY TX1320",
                "Windows Server", "2019", "電子カルテ", vendorId, true, LocalDate.of(2029, 1, 9),
                LocalDate.of(2025, 5, 20), "院長 山田", "UPS 接続");
    }

    @Test
    void devicesRoundTripThroughTheFileWithEveryChangeLogged() {
        Path f = dir.resolve("reg.tenken");
        long serverId;
        try (StoredFile wb = StoredFile.create(f)) {
            Vendor v = wb.vendors().add("株式会社メディカル", "電子カルテ", "03-0000-0000", true, NOW);
            DeviceRepository devices = new DeviceRepository(wb.database());
            int log = wb.changeLog().count();
            serverId = devices.add(server(v.id()), NOW).id();
            devices.add(Device.of(FY, "受付PC", DeviceKind.TERMINAL), NOW);
            devices.add(Device.of(FY.previous(), "古いPC", DeviceKind.TERMINAL), NOW);
            Device pc = devices.list(FY).get(1);
            devices.update(new Device(pc.id(), FY, "受付PC-1", DeviceKind.TERMINAL, "受付", "", "", "Windows 11",
                    "24H2", "レセコン", null, false, null, null, "事務長", ""), LATER);
            assertEquals(log + 4, wb.changeLog().count(), "three adds and one change");
            ChangeLog.Entry last = wb.changeLog().recent(1).get(0);
            assertEquals("update", last.what());
            assertTrue(last.oldValue().startsWith("受付PC |"), last.oldValue());
            assertTrue(last.newValue().startsWith("受付PC-1 |"), last.newValue());
        }
        try (StoredFile wb = StoredFile.open(f)) {
            DeviceRepository devices = new DeviceRepository(wb.database());
            List<Device> year = devices.list(FY);
            assertEquals(List.of("電子カルテサーバ", "受付PC-1"), year.stream().map(Device::name).toList());
            Device s = year.get(0);
            assertEquals(serverId, s.id());
            assertEquals("富士通 PRIMERGY TX1320", s.makerModel());
            assertEquals("Windows Server 2019", s.osLine());
            assertTrue(s.remoteMaintenance());
            assertEquals(LocalDate.of(2029, 1, 9), s.supportEnd());
            assertEquals(LocalDate.of(2025, 5, 20), s.lastUpdate());
            assertEquals("院長 山田", s.administrator());
            assertEquals(null, year.get(1).vendorId());
            assertEquals(LATER, devices.lastChange(FY).orElseThrow());
            assertEquals(FY.previous(), devices.latestBefore(FY).orElseThrow());
            devices.delete(year.get(1).id(), LATER);
            assertEquals(1, devices.list(FY).size());
            assertEquals("delete", wb.changeLog().recent(1).get(0).what());
            assertThrows(IllegalArgumentException.class, () -> devices.delete(9999, LATER));
        }
    }

    @Test
    void aYearCopiedKeepsWhenEachDeviceAndBoxWasLastChanged() {
        try (StoredFile wb = StoredFile.create(dir.resolve("copy.tenken"))) {
            DeviceRepository devices = new DeviceRepository(wb.database());
            ContactRepository contacts = new ContactRepository(wb.database());
            devices.add(Device.of(FY.previous(), "NAS", DeviceKind.SERVER), NOW.minusSeconds(86_400 * 90));
            contacts.save(new Contact(0, FY.previous(), ContactGroup.INTERNAL, 0, "管理者", "山田", "090-1", "", ""),
                    NOW.minusSeconds(86_400 * 90));
            assertEquals(1, devices.copyYear(FY.previous(), FY, NOW));
            assertEquals(1, contacts.copyYear(FY.previous(), FY, NOW));
            assertEquals("NAS", devices.list(FY).get(0).name());
            assertEquals(devices.lastChange(FY.previous()), devices.lastChange(FY));
            assertEquals("山田", contacts.list(FY).get(0).name());
            assertEquals(contacts.lastChange(FY.previous()), contacts.lastChange(FY));
            assertEquals("carry", wb.changeLog().recent(1).get(0).what());
        }
    }

    @Test
    void contactsAreStoredPerYearAndVendorBoxesAreRefused() {
        try (StoredFile wb = StoredFile.create(dir.resolve("chart.tenken"))) {
            ContactRepository contacts = new ContactRepository(wb.database());
            Contact police = contacts.save(Contact.role(FY, ContactGroup.EXTERNAL, 1, "都道府県警察のサイバー犯罪相談窓口"), NOW);
            contacts.save(new Contact(0, FY, ContactGroup.INTERNAL, 0, "管理者", "山田 太郎", "090-0000-0000", "", ""),
                    NOW);
            contacts.save(new Contact(police.id(), FY, ContactGroup.EXTERNAL, 1, police.role(), "", "", "", "番号を確認中"),
                    LATER);
            List<Contact> year = contacts.list(FY);
            assertEquals(List.of(ContactGroup.INTERNAL, ContactGroup.EXTERNAL), year.stream().map(Contact::group).toList());
            assertEquals("番号を確認中", year.get(1).note());
            assertTrue(year.get(1).blank());
            assertFalse(year.get(0).blank());
            assertTrue(contacts.list(FY.previous()).isEmpty());
            assertThrows(IllegalArgumentException.class, () -> contacts.save(
                    Contact.role(FY, ContactGroup.VENDOR, 0, "株式会社メディカル"), NOW));
            RegisterReviewRepository reviews = new RegisterReviewRepository(wb.database());
            reviews.review(FY, "DEVICES", LocalDate.of(2025, 6, 2), NOW);
            reviews.review(FY, "DEVICES", LocalDate.of(2025, 6, 3), NOW);
            assertEquals(LocalDate.of(2025, 6, 3), reviews.reviewedOn(FY, "DEVICES").orElseThrow());
            assertTrue(reviews.reviewedOn(FY, "CONTACTS").isEmpty());
        }
    }

    @Test
    void aFinalisedYearsRegistersAndVendorFormsCannotChangeUntilItIsReopened() {
        try (StoredFile wb = StoredFile.create(dir.resolve("final-registers.tenken"))) {
            Vendor v = wb.vendors().add("株式会社メディカル", "電子カルテ", "", true, NOW);
            DeviceRepository devices = new DeviceRepository(wb.database());
            ContactRepository contacts = new ContactRepository(wb.database());
            RegisterReviewRepository reviews = new RegisterReviewRepository(wb.database());
            Device kept = devices.add(server(v.id()), NOW);
            Contact boss = contacts.save(new Contact(0, FY, ContactGroup.INTERNAL, 0, "管理者", "山田", "090-1", "",
                    ""), NOW);
            wb.finalYears().finalise(FY, NOW);

            for (Runnable change : List.<Runnable>of(
                    () -> devices.add(Device.of(FY, "受付PC", DeviceKind.TERMINAL), LATER),
                    () -> devices.update(new Device(kept.id(), FY, "電子カルテサーバ（新）", DeviceKind.SERVER, "", "",
                            "", "", "", "", null, false, null, null, "", ""), LATER),
                    () -> devices.delete(kept.id(), LATER),
                    () -> wb.vendors().update(FY, new Vendor(v.id(), "株式会社メディカル（新社名）", "電子カルテ", "", true),
                            LATER),
                    () -> wb.vendorForms().save(wb.vendorForms().get(FY, v.id())
                            .moveTo(VendorFormStatus.SENT, LocalDate.of(2025, 7, 1)), LATER),
                    () -> contacts.save(new Contact(boss.id(), FY, ContactGroup.INTERNAL, 0, "管理者", "佐藤", "", "",
                            ""), LATER),
                    () -> contacts.delete(boss.id(), LATER),
                    () -> reviews.review(FY, "DEVICES", LocalDate.of(2025, 7, 1), LATER))) {
                StorageException e = assertThrows(StorageException.class, change::run);
                assertEquals(StorageException.Kind.YEAR_FINAL, e.kind());
                assertTrue(e.getMessage().contains("確定済み"), e.getMessage());
            }
            assertEquals(List.of("電子カルテサーバ"), devices.list(FY).stream().map(Device::name).toList());
            assertEquals("山田", contacts.list(FY).get(0).name());
            assertTrue(reviews.reviewedOn(FY, "DEVICES").isEmpty());
            assertEquals("株式会社メディカル", wb.vendors().list(FY).get(0).name());
            // the next year is not locked, and a vendor renamed from it on leaves the finalised year as it was
            devices.add(Device.of(new FiscalYear(2026), "受付PC", DeviceKind.TERMINAL), LATER);
            wb.vendors().update(new FiscalYear(2026), new Vendor(v.id(), "株式会社メディカル（新社名）", "電子カルテ", "", true), LATER);
            assertEquals("株式会社メディカル", wb.vendors().list(FY).get(0).name());

            wb.finalYears().reopen(FY, LATER);
            devices.delete(kept.id(), LATER);
            assertTrue(devices.list(FY).isEmpty());
        }
    }
}
