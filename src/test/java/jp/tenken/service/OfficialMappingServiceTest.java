package jp.tenken.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import jp.tenken.domain.FiscalYear;
import jp.tenken.domain.edition.FormKind;
import jp.tenken.domain.official.OfficialColumn;
import jp.tenken.domain.official.OfficialMapping;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Remembered column mappings in a real temporary catalog folder: found again by the file's bytes or by the table's
 * header cells, kept out of the editions' way, and an unreadable memory file set aside rather than lost.
 */
class OfficialMappingServiceTest {
    static final List<List<String>> SHEET = List.of(List.of("令和8年度版（合成）"), List.of(),
            List.of("欄1", "欄 2", "欄３", "欄4", ""), List.of("1-①", "責任者を設置している。", "", ""));
    static final OfficialMapping STATED = new OfficialMapping("チェックリスト", 3, 3, 4,
            Map.of(OfficialColumn.NUMBER, 0, OfficialColumn.ITEM, 1, OfficialColumn.ANSWER_1, 2),
            Optional.of(new FiscalYear(2026)), List.of(FormKind.FACILITY, FormKind.PHARMACY));

    @TempDir
    Path dir;

    @Test
    void aMappingIsFoundAgainForTheSameFileWithItsYear() throws Exception {
        Path catalog = dir.resolve("catalog");
        Path file = Files.writeString(dir.resolve("a.xlsx"), "the same bytes");
        new OfficialMappingService(catalog).remember(file, STATED, SHEET);

        Path copy = Files.copy(file, dir.resolve("renamed.xlsx"));
        var found = new OfficialMappingService(catalog).recall(copy, List.of("表紙", "チェックリスト"),
                s -> { throw new AssertionError("the same bytes need no sheet read"); }).orElseThrow();
        assertTrue(found.sameFile());
        assertEquals(STATED, found.mapping());
        try (var listed = Files.list(catalog)) {
            assertEquals(List.of(catalog.resolve("mappings")), listed.toList(),
                    "no JSON beside the edition files, which the catalog reads as editions");
        }
    }

    @Test
    void anotherFileWithTheSameHeaderCellsGetsTheMappingWithoutTheYear() throws Exception {
        OfficialMappingService memory = new OfficialMappingService(dir.resolve("catalog"));
        memory.remember(Files.writeString(dir.resolve("a.xlsx"), "last year"), STATED, SHEET);
        Path next = Files.writeString(dir.resolve("b.xlsx"), "corrected");
        List<List<String>> spacedOtherwise = List.of(List.of("令和9年度版"), List.of(),
                List.of(" 欄１", "欄2", "欄3 ", "欄４"), List.of("1-①", "別の文言", "はい", ""));

        var found = memory.recall(next, List.of("チェックリスト"), s -> spacedOtherwise).orElseThrow();
        assertFalse(found.sameFile());
        assertEquals(STATED.columns(), found.mapping().columns());
        assertEquals(Optional.empty(), found.mapping().year(), "next year's file prints its own year");

        List<List<String>> otherHeaders = List.of(List.of(), List.of(), List.of("No.", "項目"));
        assertEquals(Optional.empty(), memory.recall(next, List.of("チェックリスト"), s -> otherHeaders));
        assertEquals(Optional.empty(), memory.recall(next, List.of("別のシート"), s -> spacedOtherwise));
    }

    @Test
    void anUnreadableMemoryIsSetAsideAndANewOneWritten() throws Exception {
        Path catalog = dir.resolve("catalog");
        Path kept = Files.createDirectories(catalog.resolve("mappings")).resolve("official-mappings.json");
        Files.writeString(kept, "{ not json");
        OfficialMappingService memory = new OfficialMappingService(catalog);
        Path file = Files.writeString(dir.resolve("a.xlsx"), "bytes");

        assertEquals(Optional.empty(), memory.recall(file, List.of("チェックリスト"), s -> SHEET));
        assertEquals("{ not json", Files.readString(kept.resolveSibling("official-mappings.json.unreadable")));
        memory.remember(file, STATED, SHEET);
        assertTrue(memory.recall(file, List.of("チェックリスト"), s -> SHEET).isPresent());
        try (var listed = Files.list(kept.getParent())) {
            assertFalse(listed.anyMatch(p -> p.getFileName().toString().endsWith(".tmp")), "no temporary file left");
        }
    }

    @Test
    void theHeaderKeyIgnoresWhiteSpaceAndWidth() {
        assertEquals("欄1|欄2|欄3|欄4", OfficialMappingService.headerKey(SHEET, 3, 3));
        assertEquals("", OfficialMappingService.headerKey(SHEET, 2, 2), "an empty row identifies nothing");
        assertEquals("", OfficialMappingService.headerKey(SHEET, 9, 9));
    }
}
