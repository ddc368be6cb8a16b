package jp.tenken.storage;

import java.io.IOException;
import java.nio.file.FileStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Tells whether a workbook lies on a network location (a NAS, a Windows share, NFS): there SQLite's write-ahead log
 * is unsafe, because it needs memory shared between processes on one host, so the workbook uses the rollback
 * journal instead. Detection is by the file system's type as the operating system reports it, and on Windows also
 * by a UNC path ({@code \\server\share}); a mapped drive letter whose share reports itself as NTFS is not seen. A
 * folder that OneDrive copies to other computers (under {@code %OneDrive%}, {@code %OneDriveCommercial%} or
 * {@code %OneDriveConsumer%}) counts too: its sync client would copy the {@code -wal} file apart from the workbook.
 */
public final class SharedFolder {

    /** File system types of network mounts: Linux /proc/mounts names, macOS statfs names, Windows names. */
    private static final Set<String> NETWORK_TYPES = Set.of("cifs", "smb", "smb2", "smb3", "smbfs", "nfs", "nfs3",
            "nfs4", "afpfs", "afs", "9p", "davfs", "davfs2", "webdav", "sshfs", "ncpfs", "coda", "ceph", "glusterfs",
            "lustre", "gpfs", "ocfs2", "gfs2", "csc", "mup", "netware", "lanman",
            // a FUSE mount that names no subtype may be anything in user space: taken as a network one, since the
            // rollback journal is safe everywhere and WAL is not (fuseblk, a local disk such as NTFS, is local)
            "fuse");

    /** A detector that says "network" for every file, for tests of what such a workbook does. */
    static final Detector ALWAYS = file -> true;

    /** The detector used by the app: by path and file system type. */
    static final Detector SYSTEM = SharedFolder::onNetwork;

    private SharedFolder() {
    }

    /** Decides, for a file about to be opened, whether it lies on a network location. */
    @FunctionalInterface
    interface Detector {
        boolean isNetwork(Path file);
    }

    /**
     * The pure rule: a UNC path ({@code \\server\share\…} or {@code //server/share/…}, but not the local device
     * namespaces {@code \\?\C:} or {@code \\.\}), or a file system type that is a network one ({@code fuse.*} counts:
     * sshfs, smbnetfs, rclone and the like are network file systems in user space).
     */
    public static boolean isNetwork(String path, String fileSystemType) {
        if (path != null && isUnc(path)) {
            return true;
        }
        if (fileSystemType == null || fileSystemType.isBlank()) {
            return false;
        }
        String type = fileSystemType.strip().toLowerCase(Locale.ROOT);
        return NETWORK_TYPES.contains(type) || type.startsWith("fuse.") || type.startsWith("nfs")
                || type.startsWith("smb");
    }

    private static boolean isUnc(String path) {
        String p = path.replace('/', '\\');
        if (!p.startsWith("\\\\") || p.startsWith("\\\\?\\") || p.startsWith("\\\\.\\")) {
            return p.toUpperCase(Locale.ROOT).startsWith("\\\\?\\UNC\\");
        }
        return p.length() > 2 && p.charAt(2) != '\\';
    }

    /** The folders OneDrive keeps in sync, from the variables it sets (Windows); none elsewhere. */
    public static List<String> syncRoots(Map<String, String> env) {
        return List.of("OneDrive", "OneDriveCommercial", "OneDriveConsumer").stream().map(env::get)
                .filter(Objects::nonNull).map(String::strip).filter(r -> r.length() > 3).distinct().toList();
    }

    /** Whether {@code path} lies inside a folder OneDrive keeps in sync (Windows paths compare without case). */
    public static boolean isSynced(String path, Map<String, String> env) {
        String p = comparable(path);
        return syncRoots(env).stream().map(SharedFolder::comparable)
                .anyMatch(root -> p.equals(root) || p.startsWith(root.endsWith("/") ? root : root + "/"));
    }

    private static String comparable(String path) {
        return path.replace('\\', '/').toLowerCase(Locale.ROOT);
    }

    /** Whether {@code file} (or, for a file not made yet, its folder) lies on a network or synced location. */
    public static boolean onNetwork(Path file) {
        Path absolute = file.toAbsolutePath();
        Path probe = Files.exists(absolute) ? absolute : absolute.getParent();
        String type = "";
        try {
            if (probe != null) {
                FileStore store = Files.getFileStore(probe);
                type = store.type();
            }
        } catch (IOException | SecurityException e) {
            type = "";
        }
        return isNetwork(absolute.toString(), type) || isSynced(absolute.toString(), System.getenv());
    }
}
