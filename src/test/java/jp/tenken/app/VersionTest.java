package jp.tenken.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** {@code --version} (and the window title) say the pom's version, filtered in at build time. */
class VersionTest {
    @Test
    void theVersionIsThePoms() {
        assertEquals(projectVersion(), Version.get());
    }

    @Test
    void versionPrintsItOnStandardOutput() {
        PrintStream saved = System.out;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        try {
            assertEquals(0, Launcher.command(List.of("--version")));
        } finally {
            System.setOut(saved);
        }
        assertEquals("Tenken " + projectVersion(), out.toString(StandardCharsets.UTF_8).strip());
    }

    /** The first {@code <version>} after {@code <artifactId>tenken</artifactId>} in pom.xml. */
    private static String projectVersion() {
        try {
            String pom = Files.readString(Path.of("pom.xml"));
            Matcher m = Pattern.compile("<artifactId>tenken</artifactId>\\s*<version>([^<]+)</version>").matcher(pom);
            assertTrue(m.find(), "pom.xml names the project's version");
            return m.group(1);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
