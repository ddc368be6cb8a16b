package jp.tenken.app;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The app's version, from the pom (filtered into {@code version.properties} at build time). */
public final class Version {
    private Version() {
    }

    public static String get() {
        try (InputStream in = Version.class.getResourceAsStream("/tenken-version.properties")) {
            if (in == null) {
                return "dev";
            }
            Properties p = new Properties();
            p.load(in);
            return p.getProperty("version", "dev");
        } catch (IOException e) {
            return "dev";
        }
    }
}
