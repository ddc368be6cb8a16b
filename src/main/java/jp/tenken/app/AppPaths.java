package jp.tenken.app;

import java.nio.file.Path;
import java.util.Locale;

/**
 * Where Tenken keeps things: workbooks in the user's Documents/Tenken, settings and logs in the OS's app-data
 * folder; never inside the install folder. {@code -Dtenken.documents} and {@code -Dtenken.appdata} override both
 * (tests, portable use).
 */
public record AppPaths(Path documents, Path appData) {

    public static AppPaths fromSystem() {
        String home = System.getProperty("user.home");
        String docs = System.getProperty("tenken.documents");
        String data = System.getProperty("tenken.appdata");
        Path documents = docs != null ? Path.of(docs) : Path.of(home, "Documents", "Tenken");
        Path appData = data != null ? Path.of(data) : defaultAppData(home);
        return new AppPaths(documents, appData);
    }

    private static Path defaultAppData(String home) {
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        if (os.contains("win")) {
            String appdata = System.getenv("APPDATA");
            return appdata != null ? Path.of(appdata, "Tenken") : Path.of(home, "AppData", "Roaming", "Tenken");
        }
        if (os.contains("mac")) {
            return Path.of(home, "Library", "Application Support", "Tenken");
        }
        String xdg = System.getenv("XDG_CONFIG_HOME");
        return xdg != null && !xdg.isBlank() ? Path.of(xdg, "tenken") : Path.of(home, ".config", "tenken");
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
}
