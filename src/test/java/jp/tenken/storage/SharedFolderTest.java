package jp.tenken.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Instant;
import jp.tenken.domain.year.Facility;
import jp.tenken.domain.year.FacilityKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 16: a workbook on a NAS or a Windows share is recognised and uses the rollback journal, not WAL. */
class SharedFolderTest {

    @TempDir
    Path dir;

    @Test
    void networkFileSystemsAndUncPathsAreSharedFolders() {
        for (String type : new String[] {"cifs", "smb2", "smbfs", "nfs", "nfs4", "afpfs", "fuse.sshfs",
                "fuse.rclone", "fuse", "9p", "davfs", "webdav", "CIFS"}) {
            assertTrue(SharedFolder.isNetwork("/mnt/nas/点検簿.tenken", type), type);
        }
        assertTrue(SharedFolder.isNetwork("\\\\nas01\\共有\\点検簿.tenken", "NTFS"), "a UNC path");
        assertTrue(SharedFolder.isNetwork("//nas01/共有/点検簿.tenken", ""), "a UNC path written with slashes");
        assertTrue(SharedFolder.isNetwork("\\\\?\\UNC\\nas01\\共有\\点検簿.tenken", "NTFS"), "a long UNC path");
    }

    @Test
    void localDisksAreNotSharedFolders() {
        for (String type : new String[] {"ext4", "fuseblk", "xfs", "btrfs", "tmpfs", "overlay", "apfs", "hfs", "NTFS", "FAT32",
                "exFAT", "ReFS", "zfs", ""}) {
            assertFalse(SharedFolder.isNetwork("/home/clinic/Documents/Tenken/点検簿.tenken", type), type);
            assertFalse(SharedFolder.isNetwork("C:\\Users\\clinic\\Documents\\Tenken\\点検簿.tenken", type), type);
        }
        assertFalse(SharedFolder.isNetwork("\\\\?\\C:\\Users\\clinic\\点検簿.tenken", "NTFS"), "a long local path");
        assertFalse(SharedFolder.isNetwork("\\\\.\\PhysicalDrive0", "NTFS"), "a device path");
        assertFalse(SharedFolder.isNetwork(null, null));
    }

    @Test
    void theTestFolderIsALocalDiskAndUsesWal() throws Exception {
        Path f = dir.resolve("local.tenken");
        try (StoredFile wb = StoredFile.create(f)) {
            assertFalse(wb.onSharedFolder(), Files.getFileStore(dir).type());
            assertEquals("wal", wb.database().journalMode());
        }
    }

    @Test
    void onASharedFolderTheWorkbookUsesTheRollbackJournalWithTheFileLocked() throws Exception {
        Path f = dir.resolve("共有.tenken");
        try (Database db = Database.create(f, SharedFolder.ALWAYS)) {
            assertTrue(db.onSharedFolder());
            assertEquals("delete", db.journalMode());
            new FacilityRepository(db).save(new Facility("共有の医院", FacilityKind.CLINIC), Instant.now());
            assertFalse(Files.exists(f.resolveSibling(f.getFileName() + "-shm")), "no shared memory file");
            assertFalse(Files.exists(f.resolveSibling(f.getFileName() + "-wal")), "no write-ahead log");
        }
        // a workbook made on a local disk (WAL) and moved to a share is switched to the rollback journal
        Path moved = dir.resolve("moved.tenken");
        try (StoredFile wb = StoredFile.create(moved)) {
            wb.facility().save(new Facility("移した医院", FacilityKind.CLINIC), Instant.now());
        }
        try (Database db = Database.open(moved, SharedFolder.ALWAYS)) {
            assertEquals("delete", db.journalMode());
            assertEquals("移した医院", new FacilityRepository(db).get().orElseThrow().name());
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + moved)) {
            assertEquals("delete", Database.stringPragma(c, "journal_mode"), "the choice is kept in the file");
        }
        try (Database db = Database.open(moved)) {
            assertEquals("wal", db.journalMode(), "back on a local disk it uses WAL again");
        }
    }
}
