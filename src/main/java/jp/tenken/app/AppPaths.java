package jp.tenken.app;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import jp.tenken.storage.SharedFolder;

/**
 * Where Tenken keeps things: workbooks in the user's Documents/Tenken, settings and logs in the OS's app-data
 * folder; never inside the install folder. {@code -Dtenken.documents} and {@code -Dtenken.appdata} override both
 * (tests, portable use). The home folder is {@code $HOME} when set (Java's {@code user.home} comes from the
 * password database and ignores it); on Linux the documents folder is the desktop's own (XDG, e.g. ~/ドキュメント);
 * on Windows a Documents folder moved into OneDrive is found and said to be synced.
 */
public record AppPaths(Path documents, Path appData) {

    public static AppPaths fromSystem() {
        return of(System.getenv(), System.getProperties());
    }

    /** The same rules on given environment variables and system properties (so tests need no real system). */
    static AppPaths of(Map<String, String> env, Properties props) {
        String os = props.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        Path home = home(env, props, os.contains("win"));
        String docs = props.getProperty("tenken.documents");
        String data = props.getProperty("tenken.appdata");
        Path documents = docs != null ? Path.of(docs) : defaultDocuments(env, home, os);
        Path appData = data != null ? Path.of(data) : defaultAppData(env, home, os);
        return new AppPaths(documents, appData);
    }

    /** {@code $HOME} when it is an absolute path (not on Windows, where it would be MSYS's), else user.home. */
    private static Path home(Map<String, String> env, Properties props, boolean windows) {
        String home = windows ? null : env.get("HOME");
        if (home != null && !home.isBlank() && Path.of(home).isAbsolute()) {
            return Path.of(home);
        }
        return Path.of(props.getProperty("user.home", "."));
    }

    private static Path defaultDocuments(Map<String, String> env, Path home, String os) {
        Path classic = home.resolve("Documents").resolve("Tenken");
        if (os.contains("mac")) {
            return classic;
        }
        Optional<Path> desktops = os.contains("win") ? oneDriveDocuments(env, home) : xdgDocuments(env, home);
        if (desktops.isEmpty() || Files.isDirectory(classic) && !Files.isDirectory(desktops.get().resolve("Tenken"))) {
            return classic; // a workbook already kept in ~/Documents/Tenken stays where it is
        }
        return desktops.get().resolve("Tenken");
    }

    /**
     * The XDG documents folder as xdg-user-dir reports it: {@code XDG_DOCUMENTS_DIR} in
     * {@code $XDG_CONFIG_HOME/user-dirs.dirs} ({@code ~/.config/user-dirs.dirs}), {@code $HOME/…} or an absolute path;
     * none when unset, disabled (the home folder itself) or not a folder.
     */
    static Optional<Path> xdgDocuments(Map<String, String> env, Path home) {
        String config = env.get("XDG_CONFIG_HOME");
        Path dirs = (config != null && !config.isBlank() ? Path.of(config) : home.resolve(".config"))
                .resolve("user-dirs.dirs");
        List<String> lines;
        try {
            lines = Files.isRegularFile(dirs) ? Files.readAllLines(dirs, StandardCharsets.UTF_8) : List.of();
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
        for (String line : lines) {
            String l = line.strip();
            if (!l.startsWith("XDG_DOCUMENTS_DIR=")) {
                continue;
            }
            String value = l.substring("XDG_DOCUMENTS_DIR=".length()).replaceAll("^\"|\"$", "");
            Path p;
            if (value.equals("$HOME") || value.equals("$HOME/")) {
                return Optional.empty();
            } else if (value.startsWith("$HOME/")) {
                p = home.resolve(value.substring("$HOME/".length()));
            } else if (value.startsWith("/")) {
                p = Path.of(value);
            } else {
                return Optional.empty();
            }
            return Files.isDirectory(p) ? Optional.of(p) : Optional.empty();
        }
        return Optional.empty();
    }

    /**
     * A Documents folder that OneDrive's "known folder move" put into a OneDrive folder ({@code %OneDrive%\Documents}
     * or {@code ドキュメント}), when the profile's own Documents folder is not there.
     */
    static Optional<Path> oneDriveDocuments(Map<String, String> env, Path home) {
        if (Files.isDirectory(home.resolve("Documents"))) {
            return Optional.empty();
        }
        for (String root : SharedFolder.syncRoots(env)) {
            for (String name : List.of("Documents", "ドキュメント")) {
                Path p = Path.of(root).resolve(name);
                if (Files.isDirectory(p)) {
                    return Optional.of(p);
                }
            }
        }
        return Optional.empty();
    }

    private static Path defaultAppData(Map<String, String> env, Path home, String os) {
        if (os.contains("win")) {
            String appdata = env.get("APPDATA");
            return appdata != null ? Path.of(appdata, "Tenken") : home.resolve(Path.of("AppData", "Roaming", "Tenken"));
        }
        if (os.contains("mac")) {
            return home.resolve(Path.of("Library", "Application Support", "Tenken"));
        }
        String xdg = env.get("XDG_CONFIG_HOME");
        return xdg != null && !xdg.isBlank() ? Path.of(xdg, "tenken") : home.resolve(Path.of(".config", "tenken"));
    }

    public Path defaultWorkbook() {
        return documents.resolve("点検簿.tenken");
    }

    public Path settingsFile() {
        return appData.resolve("settings.properties");
    }

    /** Editions the user added (e.g. from an official workbook), read beside the bundled ones. */
    public Path catalogFolder() {
        return appData.resolve("catalog");
    }

    /** Guideline versions taken in from the ministry's PDFs ({@code guideline-<version>.taken.json}). */
    public Path guidelineFolder() {
        return appData.resolve("guidelines");
    }
}
