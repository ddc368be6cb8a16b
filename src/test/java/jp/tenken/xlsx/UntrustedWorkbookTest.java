package jp.tenken.xlsx;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import jp.tenken.domain.ExportProgress;
import jp.tenken.domain.year.AnswerSheet;
import jp.tenken.i18n.Messages;
import jp.tenken.xlsx.OfficialFileException;
import jp.tenken.xlsx.read.FormFileException;
import jp.tenken.xlsx.read.FormFileProblem;
import jp.tenken.xlsx.read.FormFileReader;
import jp.tenken.xlsx.write.OfficialWorkbookWriter;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every hostile file is refused by the guarded opener — with either preset — and by the reader of returned forms,
 * with a Japanese message that names the file and carries no exception text; an ordinary file opens read-only.
 */
class UntrustedWorkbookTest {
    /** The only Latin words a refusal may contain: product and format names, never an exception's text. */
    private static final Set<String> LATIN_ALLOWED = Set.of("Excel", "xlsx", "xls", "zip", "CSV", "XML", "DOCTYPE",
            "ENTITY", "MB", "Tenken");
    private static final Pattern LATIN = Pattern.compile("[A-Za-z]+");

    @TempDir
    static Path dir;
    private static Map<String, Path> hostile;

    @BeforeAll
    static void write() throws IOException {
        hostile = HostileWorkbooks.all(dir);
    }

    static void assertUserMessage(String message, String fileName) {
        assertTrue(message.contains(fileName), "「" + fileName + "」 expected in: " + message);
        String rest = message.replace(fileName, "");
        Set<String> latin = new TreeSet<>();
        Matcher m = LATIN.matcher(rest);
        while (m.find()) {
            latin.add(m.group());
        }
        latin.removeAll(LATIN_ALLOWED);
        assertEquals(Set.of(), latin, "Latin text in a user's message: " + message);
        assertTrue(rest.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HIRAGANA),
                "a Japanese sentence expected: " + message);
        assertFalse(message.contains("TOP-SECRET"), message);
    }

    @Test
    void everyHostileFileIsRefusedByTheOpenerWithEitherPreset() {
        for (UntrustedWorkbook.Limits limits : List.of(UntrustedWorkbook.Limits.RETURNED_FORM,
                UntrustedWorkbook.Limits.OFFICIAL_CHECKLIST)) {
            hostile.forEach((name, file) -> {
                RefusedWorkbookException e = assertThrows(RefusedWorkbookException.class,
                        () -> UntrustedWorkbook.open(file, limits).close(), name);
                assertEquals(HostileWorkbooks.expected(name), e.kind(), name + ": " + e.getMessage());
                assertUserMessage(e.getMessage(), file.getFileName().toString());
            });
        }
    }

    @Test
    void everyHostileFileIsRefusedByTheReaderOfReturnedForms() {
        FormFileReader reader = new FormFileReader();
        hostile.forEach((name, file) -> {
            FormFileException e = assertThrows(FormFileException.class, () -> reader.read(file, List.of()), name);
            assertEquals(1, e.problems().size(), e.getMessage());
            assertEquals(HostileWorkbooks.expected(name).name(), e.problems().get(0).kind().name(), e.getMessage());
            assertTrue(e.getMessage().contains("点検簿は変更していません"), e.getMessage());
            assertUserMessage(e.getMessage(), file.getFileName().toString());
        });
    }

    @Test
    void aHugeSheetIsRefusedAtItsLastRowAndAWideOneAtItsRow() {
        RefusedWorkbookException rows = assertThrows(RefusedWorkbookException.class,
                () -> UntrustedWorkbook.check(hostile.get("rows200k"), UntrustedWorkbook.Limits.OFFICIAL_CHECKLIST));
        assertTrue(rows.excelRow() > 50_000, "the row it had reached: " + rows.excelRow());
        RefusedWorkbookException wide = assertThrows(RefusedWorkbookException.class,
                () -> UntrustedWorkbook.check(hostile.get("columns100k"), UntrustedWorkbook.Limits.RETURNED_FORM));
        assertEquals(1, wide.excelRow());
        assertTrue(wide.getMessage().contains("1行目"), wide.getMessage());
    }

    @Test
    void theMinistrysWordingOfARefusalNamesTheFileToo() {
        hostile.forEach((name, file) -> {
            RefusedWorkbookException e = assertThrows(RefusedWorkbookException.class,
                    () -> UntrustedWorkbook.check(file, UntrustedWorkbook.Limits.OFFICIAL_CHECKLIST));
            OfficialFileException official = OfficialFileException.of(e);
            assertUserMessage(official.getMessage(), file.getFileName().toString());
        });
    }

    @Test
    void theWriterOfTheMinistrysWorkbookRefusesAHostileCopyWithTheMinistrysWording() {
        OfficialWorkbookWriter writer = new OfficialWorkbookWriter();
        hostile.forEach((name, file) -> {
            Path out = dir.resolve("書き込み先_" + name + ".xlsx");
            OfficialFileException e = assertThrows(OfficialFileException.class, () -> writer.write(file, List.of(),
                    new AnswerSheet(List.of()), out, ExportProgress.NONE), name);
            assertUserMessage(e.getMessage(), file.getFileName().toString());
            assertFalse(Files.exists(out), "nothing written for " + name);
        });
    }

    @Test
    void anOrdinaryWorkbookOpensReadOnlyAndIsLeftAsItWas() throws IOException {
        Path f = HostileWorkbooks.plain(dir, "普通.xlsx");
        byte[] before = Files.readAllBytes(f);
        try (XSSFWorkbook wb = UntrustedWorkbook.open(f, UntrustedWorkbook.Limits.RETURNED_FORM)) {
            assertEquals("行3", wb.getSheet("回答").getRow(2).getCell(0).getStringCellValue());
            wb.getSheet("回答").getRow(2).getCell(0).setCellValue("書き換え");
        }
        assertArrayEquals(before, Files.readAllBytes(f), "the file is never written");
        Path out = dir.resolve("写し.xlsx");
        try (XSSFWorkbook copy = UntrustedWorkbook.openCopy(f, UntrustedWorkbook.Limits.OFFICIAL_CHECKLIST);
             OutputStream os = Files.newOutputStream(out)) {
            copy.getSheet("回答").getRow(0).getCell(0).setCellValue("記入済み");
            copy.write(os);
        }
        assertArrayEquals(before, Files.readAllBytes(f), "the copy is written elsewhere only");
        try (XSSFWorkbook written = UntrustedWorkbook.open(out, UntrustedWorkbook.Limits.OFFICIAL_CHECKLIST)) {
            assertEquals("記入済み", written.getSheet("回答").getRow(0).getCell(0).getStringCellValue());
        }
    }

    @Test
    void aFailureBehindTheChecksBecomesAJapaneseMessage() {
        Path f = dir.resolve("どこにもない.xlsx");
        RefusedWorkbookException missing = assertThrows(RefusedWorkbookException.class,
                () -> UntrustedWorkbook.open(f, UntrustedWorkbook.Limits.RETURNED_FORM));
        assertEquals(RefusedWorkbookException.Kind.NOT_FOUND, missing.kind());
        assertUserMessage(missing.getMessage(), "どこにもない.xlsx");
        for (Throwable poi : List.of(new OutOfMemoryError("Java heap space"),
                new IllegalStateException("Zip bomb detected! The file would exceed the max. ratio"),
                new org.apache.poi.ooxml.POIXMLException("Unexpected end of ZLIB input stream"))) {
            RefusedWorkbookException e = UntrustedWorkbook.refused(f, poi);
            assertUserMessage(e.getMessage(), "どこにもない.xlsx");
            assertFalse(e.getMessage().contains(poi.getMessage()));
        }
        assertEquals(RefusedWorkbookException.Kind.OUT_OF_MEMORY,
                UntrustedWorkbook.refused(f, new OutOfMemoryError("Java heap space")).kind());
    }

    @Test
    void everyKindHasItsMessageInBothLanguages() {
        for (RefusedWorkbookException.Kind k : RefusedWorkbookException.Kind.values()) {
            assertTrue(Messages.has("xlsx.refused." + k.name()), k.name());
        }
        for (FormFileProblem.Kind k : FormFileProblem.Kind.values()) {
            assertTrue(Messages.has("import.error." + k.name()), k.name());
        }
        for (OfficialFileException.Kind k : OfficialFileException.Kind.values()) {
            assertTrue(Messages.has("official.error." + k.name()), k.name());
        }
    }

    @Test
    void theOpenerSetsPoisProcessWideLimitsAndNothingElseDoes() throws IOException {
        UntrustedWorkbook.check(HostileWorkbooks.plain(dir, "初期化.xlsx"), UntrustedWorkbook.Limits.RETURNED_FORM);
        assertEquals(0.01, ZipSecureFile.getMinInflateRatio(), 1e-9);
        assertTrue(ZipSecureFile.getMaxEntrySize() >= UntrustedWorkbook.Limits.OFFICIAL_CHECKLIST.maxEntryBytes());
        Pattern sets = Pattern.compile("ZipSecureFile\\.set|setByteArrayMaxOverride");
        List<String> setters = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path f : (Iterable<Path>) files.filter(p -> p.toString().endsWith(".java"))::iterator) {
                if (sets.matcher(Files.readString(f)).find()) {
                    setters.add(f.getFileName().toString());
                }
            }
        }
        assertEquals(List.of("UntrustedWorkbook.java"), setters);
    }
}
