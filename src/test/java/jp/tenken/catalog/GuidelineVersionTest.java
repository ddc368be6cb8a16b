package jp.tenken.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import jp.tenken.domain.guideline.Guideline;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 15 §6: guideline versions are data. Each edition names the guideline version it is based on (令和5〜7年度版:
 * 第6.0版; 令和8年度版 and later: 第7.0版, by default for an edition file that does not say), and the app knows which
 * versions it holds clause text for — 6.0 today, 7.0 later as one more file.
 */
class GuidelineVersionTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Catalog catalog = new CatalogReader().bundled();

    @Test
    void theBundledEditionsAreBasedOnVersion6WhoseTextTheAppHolds() {
        for (String id : List.of("R5", "R6", "R7")) {
            assertEquals("6.0", catalog.guidelineVersionOf(id), id);
            assertTrue(catalog.hasGuidelineTextFor(id), id);
        }
        assertEquals(List.of("6.0"), catalog.guidelineVersionsWithText());
        assertEquals("6.0", new GuidelineReader().bundled().version());
        assertEquals("6.0", new GuidelineReader().bundled("6.0").version());
        assertThrows(CatalogException.class, () -> new GuidelineReader().bundled("7.0"), "no 7.0 text yet");
    }

    @Test
    void aReiwa8EditionThatDoesNotNameItsVersionIsBasedOn7AndIsNotCheckedAgainst6(@TempDir Path dir)
            throws IOException {
        String r8 = reiwa8().replace("\n  \"guidelineVersion\": \"6.0\",", "")
                // a chapter 6.0 does not have: only 7.0 could tell whether it exists
                .replaceFirst("\"section\": \"10\"", "\"section\": \"19\"");
        Files.writeString(dir.resolve("r8.json"), r8);
        Guideline six = new GuidelineReader().bundled();
        Catalog withR8 = new CatalogReader().read(List.of(dir), six);
        assertEquals("7.0", withR8.guidelineVersionOf("R8-official"));
        assertFalse(withR8.hasGuidelineTextFor("R8-official"), "第7.0版の条文は収録していません");
        assertEquals(List.of(), CatalogReader.unresolvedReferences(withR8, six));

        Files.writeString(dir.resolve("r8.json"), r8.replace("\n  \"forms\": [",
                "\n  \"guidelineVersion\": \"6.0\",\n  \"forms\": ["));
        CatalogException e = assertThrows(CatalogException.class, () -> new CatalogReader().read(List.of(dir), six));
        assertTrue(e.problems().get(0).startsWith("R8-official 項目 ") && e.problems().get(0)
                .contains("ガイドライン第6.0版に参照先がありません: システム運用編 19"), e.getMessage());
    }

    @Test
    void aMalformedGuidelineVersionFailsTheLoad(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("r8.json"), reiwa8().replace("\"guidelineVersion\": \"6.0\"",
                "\"guidelineVersion\": \"第7.0版\""));
        CatalogException e = assertThrows(CatalogException.class, () -> new CatalogReader().read(List.of(dir)));
        assertTrue(String.join("\n", e.problems()).contains("guidelineVersion は 6.0 のような版番号です: 第7.0版"),
                e.getMessage());
    }

    @Test
    void aGuidelineFileStatesItsVersionAndItsChapterCounts() {
        assertProblem("id は 6.0 のような版番号です: 第6.0版", root -> root.put("id", "第6.0版"));
        assertProblem("企画管理編: chapterCount (目次の章の数) がありません",
                root -> ((ObjectNode) root.get("parts").get(1)).remove("chapterCount"));
        assertProblem("システム運用編: 章の数が 18 です (19 のはず)",
                root -> ((ObjectNode) root.get("parts").get(2)).put("chapterCount", 19));
    }

    private static String reiwa8() throws IOException {
        return CatalogReaderTest.bundledText("catalog/editions/r7.json").replace("\"id\": \"R7\"",
                "\"id\": \"R8-official\"").replace("\"fiscalYear\": 2025", "\"fiscalYear\": 2026");
    }

    private static void assertProblem(String expected, Consumer<ObjectNode> breakIt) {
        CatalogException ex = assertThrows(CatalogException.class, () -> {
            ObjectNode root;
            try (InputStream in = GuidelineVersionTest.class.getClassLoader()
                    .getResourceAsStream(GuidelineReader.BUNDLED)) {
                root = (ObjectNode) JSON.readTree(in);
            }
            breakIt.accept(root);
            new GuidelineReader().read(new ByteArrayInputStream(JSON.writeValueAsBytes(root)), "broken.json");
        });
        assertTrue(ex.problems().stream().anyMatch(p -> p.contains(expected)),
                "expected a problem containing 「" + expected + "」 but got:\n" + ex.getMessage());
    }
}
