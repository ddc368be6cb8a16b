package jp.tenken.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every UI string exists in Japanese and English, once, and every key the code asks for exists. */
class MessagesTest {

    private static List<String> keysInOrder(String name) throws IOException {
        List<String> keys = new ArrayList<>();
        try (InputStream in = MessagesTest.class.getClassLoader().getResourceAsStream(name)) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                String t = line.strip();
                if (!t.isEmpty() && !t.startsWith("#") && t.contains("=") && !line.startsWith(" ")) {
                    keys.add(t.substring(0, t.indexOf('=')).strip());
                }
            }
        }
        return keys;
    }

    private static Properties load(String name) throws IOException {
        Properties p = new Properties();
        try (InputStream in = MessagesTest.class.getClassLoader().getResourceAsStream(name)) {
            p.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    @Test
    void japaneseAndEnglishHaveTheSameKeysEachOnce() throws IOException {
        for (String f : List.of("i18n/messages_ja.properties", "i18n/messages_en.properties")) {
            List<String> keys = keysInOrder(f);
            Set<String> seen = new HashSet<>();
            List<String> dup = keys.stream().filter(k -> !seen.add(k)).toList();
            assertEquals(List.of(), dup, "duplicate keys in " + f);
        }
        Set<String> ja = new TreeSet<>(load("i18n/messages_ja.properties").stringPropertyNames());
        Set<String> en = new TreeSet<>(load("i18n/messages_en.properties").stringPropertyNames());
        Set<String> onlyJa = new TreeSet<>(ja);
        onlyJa.removeAll(en);
        Set<String> onlyEn = new TreeSet<>(en);
        onlyEn.removeAll(ja);
        assertEquals(Set.of(), onlyJa, "keys missing in English");
        assertEquals(Set.of(), onlyEn, "keys missing in Japanese");
    }

    @Test
    void everyKeyTheCodeAsksForExists() throws IOException {
        Set<String> ja = load("i18n/messages_ja.properties").stringPropertyNames();
        Pattern get = Pattern.compile("Messages\\.get\\(\"([a-zA-Z0-9_.]+)\"");
        Set<String> missing = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path f : (Iterable<Path>) files.filter(p -> p.toString().endsWith(".java"))::iterator) {
                Matcher m = get.matcher(Files.readString(f));
                while (m.find()) {
                    if (!m.group(1).endsWith(".") && !ja.contains(m.group(1))) {
                        missing.add(m.group(1) + " (" + f.getFileName() + ")");
                    }
                }
            }
        }
        assertTrue(missing.isEmpty(), "keys used in code but not defined: " + missing);
    }

    @Test
    void everyErrorAndRuleHasItsMessage() throws IOException {
        Set<String> ja = load("i18n/messages_ja.properties").stringPropertyNames();
        List<String> keys = new ArrayList<>();
        for (var k : jp.tenken.storage.StorageException.Kind.values()) {
            keys.add("storage.error." + k.name());
        }
        for (var k : jp.tenken.service.ExportException.Kind.values()) {
            keys.add("export.error." + k.name());
        }
        for (var v : jp.tenken.domain.year.RuleViolation.values()) {
            keys.add(v.messageKey());
        }
        for (var k : jp.tenken.domain.year.ReadinessFlag.Kind.values()) {
            keys.add(k.messageKey());
        }
        for (var k : jp.tenken.ui.common.DisplaySettings.FontSize.values()) {
            keys.add("settings.fontSize." + k.name());
        }
        List<String> missing = keys.stream().filter(k -> !ja.contains(k)).toList();
        assertEquals(List.of(), missing);
    }
}
