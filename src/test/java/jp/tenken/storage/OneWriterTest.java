package jp.tenken.storage;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import jp.tenken.domain.year.Facility;
import jp.tenken.domain.year.FacilityKind;
import jp.tenken.testing.ChildJvm;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 16, one writer: while one process holds a workbook open, a second process reaching the same file by any name
 * — the same path, a relative path, a hard link, a symbolic link — and the {@code --self-test} and {@code export}
 * commands are told 「すでに開かれています」 and change nothing. Prints the table of what the second process saw.
 */
class OneWriterTest {

    private static final Instant NOW = Instant.parse("2025-06-01T00:00:00Z");
    private static final Duration WAIT = Duration.ofSeconds(60);

    @TempDir
    Path dir;

    @Test
    @Timeout(240)
    void aSecondProcessReachingTheOpenFileByAnyNameIsRefusedAndChangesNothing() throws Exception {
        Path docs = dir.resolve("共有 フォルダ");
        Files.createDirectories(docs.resolve("別の場所"));
        Path f = docs.resolve("点検簿.tenken");
        try (StoredFile wb = StoredFile.create(f)) {
            wb.facility().save(new Facility("さくら内科", FacilityKind.CLINIC), NOW);
        }
        Path hard = Files.createLink(docs.resolve("別名の点検簿.tenken"), f);
        Path symbolic = Files.createSymbolicLink(docs.resolve("別の場所").resolve("リンク.tenken"), f);
        Map<String, String> names = new LinkedHashMap<>();
        names.put("same path", f.toString());
        names.put("relative path (cwd = folder)", f.getFileName().toString());
        names.put("hard link (Files.createLink)", hard.toString());
        names.put("symbolic link", symbolic.toString());
        List<String> table = new ArrayList<>(List.of("| second process opens the workbook by | exit | what it saw "
                + "| file unchanged |", "| --- | --- | --- | --- |"));
        try (ChildJvm holder = ChildJvm.start(SaveStreamChild.class, f.toString(), "hold")) {
            assertEquals("OPEN", holder.nextLine(WAIT), holder.output());
            byte[] before = WorkbookFileTest.digest(f);
            for (Map.Entry<String, String> n : names.entrySet()) {
                ChildJvm second = ChildJvm.start(List.of(), docs, OpenAttemptChild.class.getName(), List.of(),
                        n.getValue());
                int exit = second.waitFor(WAIT);
                String saw = second.output().strip();
                boolean unchanged = Arrays.equals(before, WorkbookFileTest.digest(f));
                table.add("| " + n.getKey() + " | " + exit + " | " + saw + " | " + (unchanged ? "yes" : "NO") + " |");
                assertEquals(2, exit, n.getKey() + ": " + saw);
                assertTrue(saw.startsWith("REFUSED ALREADY_OPEN") && saw.contains("すでに開かれています"),
                        n.getKey() + ": " + saw);
                assertFalse(saw.contains("WROTE"), n.getKey());
                assertTrue(unchanged, n.getKey() + ": the file was changed");
            }
            table.add(command(docs, before, f, "tenken --self-test", "--self-test"));
            table.add(command(docs, before, f, "tenken export --workbook <hard link>", "export", "--workbook",
                    hard.toString(), "--year", "2025", "--out", docs.resolve("出力.xlsx").toString()));
            assertFalse(Files.exists(docs.resolve("出力.xlsx")), "export wrote nothing");
            assertTrue(holder.isAlive(), "the holder kept the workbook open throughout");
            holder.kill(); // kill -9: the operating system's lock dies with the process
        }
        System.out.println(String.join(System.lineSeparator(), table));
        try (StoredFile wb = StoredFile.open(f)) {
            assertEquals("ok", wb.database().integrityCheck());
            assertEquals("さくら内科", wb.facility().get().orElseThrow().name());
        }
    }

    private String command(Path docs, byte[] before, Path f, String label, String... args) throws Exception {
        ChildJvm app = ChildJvm.start("jp.tenken.app.Launcher",
                List.of("-Dtenken.documents=" + docs, "-Dtenken.appdata=" + dir.resolve("appdata")), args);
        int exit = app.waitFor(WAIT);
        String saw = app.output().strip().replace('\n', ' ');
        assertEquals(2, exit, label + ": " + saw);
        // the window's words for a start, the command's for an export (nothing written, export again later)
        assertTrue(saw.contains(args[0].equals("export") ? "いま別の Tenken が使っています" : "すでに開かれています"),
                label + ": " + saw);
        assertArrayEquals(before, WorkbookFileTest.digest(f), label + ": the file was changed");
        return "| " + label + " | " + exit + " | " + saw + " | yes |";
    }
}
