package jp.tenken.app;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Properties;

/** Per-PC settings (font size, contrast), kept as a small properties file written atomically. */
public final class AppSettings {
    private final Path file;
    private final Properties props = new Properties();

    private AppSettings(Path file) {
        this.file = file;
    }

    /** Reads the settings; a missing or unreadable file gives the defaults. */
    public static AppSettings load(Path file) {
        AppSettings s = new AppSettings(file);
        if (Files.isRegularFile(file)) {
            try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                s.props.load(r);
            } catch (IOException | IllegalArgumentException e) {
                s.props.clear();
            }
        }
        return s;
    }

    public synchronized String get(String key, String fallback) {
        return props.getProperty(key, fallback);
    }

    public synchronized void set(String key, String value) {
        props.setProperty(key, value);
    }

    /** Writes to a temporary file and moves it into place, so a crash never leaves half a settings file. */
    public synchronized void save() throws IOException {
        Files.createDirectories(file.getParent());
        Path tmp = Files.createTempFile(file.getParent(), "settings", ".tmp");
        try (Writer w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
            props.store(w, "Tenken settings");
        }
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
}
