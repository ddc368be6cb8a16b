package jp.tenken.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import jp.tenken.storage.SharedFolder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Where the workbook and settings go, on injected environments: $HOME, the XDG documents folder, OneDrive. */
class AppPathsTest {
    @TempDir
    Path dir;

    private static Properties system(String os, Path userHome) {
        Properties p = new Properties();
        p.setProperty("os.name", os);
        p.setProperty("user.home", userHome.toString());
        return p;
    }

    @Test
    void linuxFollowsHomeNotJavasUserHome() {
        Path home = dir.resolve("home");
        AppPaths paths = AppPaths.of(Map.of("HOME", home.toString()), system("Linux", dir.resolve("passwd-home")));
        assertEquals(home.resolve("Documents/Tenken"), paths.documents());
        assertEquals(home.resolve(".config/tenken"), paths.appData());
    }

    @Test
    void linuxUsesTheDesktopsDocumentsFolder() throws Exception {
        Path home = dir.resolve("home");
        Files.createDirectories(home.resolve("ドキュメント"));
        Files.createDirectories(home.resolve(".config"));
        Files.writeString(home.resolve(".config/user-dirs.dirs"),
                "# written by xdg-user-dirs-update\nXDG_DESKTOP_DIR=\"$HOME/デスクトップ\"\n"
                        + "XDG_DOCUMENTS_DIR=\"$HOME/ドキュメント\"\n");
        AppPaths paths = AppPaths.of(Map.of("HOME", home.toString()), system("Linux", home));
        assertEquals(home.resolve("ドキュメント/Tenken"), paths.documents());
    }

    @Test
    void xdgConfigHomeNamesWhereUserDirsAndSettingsAre() throws Exception {
        Path home = dir.resolve("home");
        Path config = Files.createDirectories(dir.resolve("cfg"));
        Path docs = Files.createDirectories(dir.resolve("書類"));
        Files.writeString(config.resolve("user-dirs.dirs"), "XDG_DOCUMENTS_DIR=\"" + docs + "\"\n");
        AppPaths paths = AppPaths.of(Map.of("HOME", home.toString(), "XDG_CONFIG_HOME", config.toString()),
                system("Linux", home));
        assertEquals(docs.resolve("Tenken"), paths.documents());
        assertEquals(config.resolve("tenken"), paths.appData());
    }

    @Test
    void aWorkbookAlreadyInDocumentsTenkenStaysWhereItIs() throws Exception {
        Path home = dir.resolve("home");
        Files.createDirectories(home.resolve("Documents/Tenken"));
        Files.createDirectories(home.resolve("ドキュメント"));
        Files.createDirectories(home.resolve(".config"));
        Files.writeString(home.resolve(".config/user-dirs.dirs"), "XDG_DOCUMENTS_DIR=\"$HOME/ドキュメント\"\n");
        AppPaths paths = AppPaths.of(Map.of("HOME", home.toString()), system("Linux", home));
        assertEquals(home.resolve("Documents/Tenken"), paths.documents());
    }

    @Test
    void aDisabledOrMissingDocumentsFolderFallsBackToDocuments() throws Exception {
        Path home = dir.resolve("home");
        Files.createDirectories(home.resolve(".config"));
        Files.writeString(home.resolve(".config/user-dirs.dirs"), "XDG_DOCUMENTS_DIR=\"$HOME/\"\n");
        assertEquals(home.resolve("Documents/Tenken"),
                AppPaths.of(Map.of("HOME", home.toString()), system("Linux", home)).documents());
        Files.writeString(home.resolve(".config/user-dirs.dirs"), "XDG_DOCUMENTS_DIR=\"$HOME/なし\"\n");
        assertEquals(home.resolve("Documents/Tenken"),
                AppPaths.of(Map.of("HOME", home.toString()), system("Linux", home)).documents());
    }

    @Test
    void theOptionsOverrideEverything() {
        Properties p = system("Linux", dir);
        p.setProperty("tenken.documents", dir.resolve("d").toString());
        p.setProperty("tenken.appdata", dir.resolve("a").toString());
        AppPaths paths = AppPaths.of(Map.of("HOME", dir.resolve("home").toString()), p);
        assertEquals(dir.resolve("d"), paths.documents());
        assertEquals(dir.resolve("a"), paths.appData());
    }

    @Test
    void windowsFindsDocumentsMovedIntoOneDriveAndCallsThemSynced() throws Exception {
        Path profile = Files.createDirectories(dir.resolve("Users/hanako"));
        Path oneDrive = Files.createDirectories(profile.resolve("OneDrive/ドキュメント"));
        Map<String, String> env = new HashMap<>();
        env.put("OneDrive", profile.resolve("OneDrive").toString());
        env.put("APPDATA", profile.resolve("AppData/Roaming").toString());
        env.put("HOME", "/c/msys/home"); // MSYS's, not Windows'
        AppPaths paths = AppPaths.of(env, system("Windows 11", profile));
        assertEquals(oneDrive.resolve("Tenken"), paths.documents());
        assertEquals(profile.resolve("AppData/Roaming/Tenken"), paths.appData());
        assertTrue(SharedFolder.isSynced(paths.defaultWorkbook().toString(), env));
    }

    @Test
    void windowsWithoutOneDriveKeepsTheProfilesDocuments() throws Exception {
        Path profile = Files.createDirectories(dir.resolve("Users/taro/Documents")).getParent();
        Map<String, String> env = Map.of("APPDATA", profile.resolve("AppData/Roaming").toString());
        AppPaths paths = AppPaths.of(env, system("Windows 10", profile));
        assertEquals(profile.resolve("Documents/Tenken"), paths.documents());
        assertFalse(SharedFolder.isSynced(paths.defaultWorkbook().toString(), env));
    }

    @Test
    void aPathUnderAnyOneDriveFolderIsSyncedWhateverItsCase() {
        Map<String, String> env = Map.of("OneDrive", "C:\\Users\\hanako\\OneDrive",
                "OneDriveCommercial", "C:\\Users\\hanako\\OneDrive - さくら内科");
        assertTrue(SharedFolder.isSynced("c:\\users\\HANAKO\\OneDrive\\Documents\\Tenken\\点検簿.tenken", env));
        assertTrue(SharedFolder.isSynced("C:\\Users\\hanako\\OneDrive - さくら内科\\共有\\点検簿.tenken", env));
        assertFalse(SharedFolder.isSynced("C:\\Users\\hanako\\OneDriveBackup\\点検簿.tenken", env),
                "a folder that only starts with the same letters");
        assertFalse(SharedFolder.isSynced("C:\\Users\\hanako\\Documents\\Tenken\\点検簿.tenken", env));
        assertFalse(SharedFolder.isSynced("/home/hanako/Documents/Tenken/点検簿.tenken", Map.of()));
    }
}
