package jp.tenken.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import jp.tenken.domain.edition.FormKind;
import jp.tenken.domain.edition.Scope;
import org.junit.jupiter.api.Test;

/**
 * The catalogs' records read from JSON as strictly as the catalogs need: what a typo, a wrong value or a missing
 * status in a data file (bundled, or an edition the clinic took in) would make, each refused with where it is.
 */
class RecordTreeTest {
    private <T extends Record> T read(String text, Class<T> type) throws IOException {
        return RecordTree.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), type);
    }

    private String refused(String text, Class<? extends Record> type) {
        return assertThrows(RecordTree.Problem.class, () -> read(text, type)).getMessage();
    }

    @Test
    void readsEveryKindOfFieldAnEditionUses() throws IOException {
        CatalogJson.ItemJson item = read("""
                {"key": "ops.mds-sds", "section": "2", "number": "2-③", "text": "提出した。",
                 "scopes": ["SERVER", "TERMINAL"], "gate": true, "forms": ["FACILITY", "VENDOR"],
                 "references": [{"part": "企画管理編", "section": "8", "item": 3, "verified": false}],
                 "verified": true, "targetUntil": 2027,
                 "variants": {"VENDOR": {"text": "提出してもらう。", "verified": false, "note": "未確認"}}}
                """, CatalogJson.ItemJson.class);
        assertEquals("2-③", item.number());
        assertEquals(List.of(Scope.SERVER, Scope.TERMINAL), item.scopes());
        assertTrue(item.gate());
        assertEquals(List.of(FormKind.FACILITY, FormKind.VENDOR), item.forms());
        assertEquals(3, item.references().get(0).item());
        assertEquals(Boolean.FALSE, item.references().get(0).verified());
        assertNull(item.references().get(0).group());
        assertEquals(2027, item.targetUntil());
        assertEquals(Map.of(FormKind.VENDOR, new CatalogJson.VariantJson("提出してもらう。", false, "未確認")),
                item.variants());
        assertNull(item.advisoryScopes(), "an absent list is null, as the validators expect");
        assertNull(item.textSource());
    }

    @Test
    void anAbsentNumberOrSwitchIsZeroOrFalseAndACommentIsIgnoredWhereTheRecordSaysSo() throws IOException {
        CatalogJson.EditionJson e = read("""
                {"comment": "ここは説明です", "id": "R8-test", "name": "令和8年度版"}
                """, CatalogJson.EditionJson.class);
        assertEquals("R8-test", e.id());
        assertEquals(0, e.fiscalYear());
        assertFalse(e.inspectionNotice());
        assertNull(e.items());
    }

    @Test
    void aTypoInAFieldNameIsRefusedWithWhereItIs() {
        String m = refused("""
                {"id": "R8", "items": [{"key": "a"}, {"key": "b", "scope": ["ALL"]}]}
                """, CatalogJson.EditionJson.class);
        assertTrue(m.contains("$.items[1]") && m.contains("\"scope\""), m);
        assertTrue(refused("{\"comment\": \"x\", \"text\": \"t\"}", CatalogJson.VariantJson.class)
                .contains("\"comment\""), "only the records that say so ignore a comment");
    }

    @Test
    void aWrongValueIsRefused() {
        assertTrue(refused("{\"scopes\": [\"EVERYWHERE\"]}", CatalogJson.ItemJson.class)
                .contains("$.scopes[0]: \"EVERYWHERE\""));
        assertTrue(refused("{\"variants\": {\"OWNER\": {\"text\": \"t\"}}}", CatalogJson.ItemJson.class)
                .contains("$.variants.OWNER"));
        assertTrue(refused("{\"fiscalYear\": \"2026\"}", CatalogJson.EditionJson.class)
                .contains("$.fiscalYear: 整数"));
        assertTrue(refused("{\"fiscalYear\": 2026.5}", CatalogJson.EditionJson.class).contains("$.fiscalYear"));
        assertTrue(refused("{\"gate\": \"yes\"}", CatalogJson.ItemJson.class).contains("$.gate: true か false"));
        assertTrue(refused("{\"text\": 5}", CatalogJson.ItemJson.class).contains("$.text: 文字列"));
        assertTrue(refused("{\"scopes\": \"ALL\"}", CatalogJson.ItemJson.class).contains("$.scopes: 配列"));
        assertTrue(refused("[1, 2]", CatalogJson.EditionJson.class).contains("$: オブジェクト"));
    }

    @Test
    void aNullForANumberOrSwitchIsRefusedButANullTextIsAbsent() throws IOException {
        assertTrue(refused("{\"fiscalYear\": null}", CatalogJson.EditionJson.class).contains("$.fiscalYear"));
        assertTrue(refused("{\"gate\": null}", CatalogJson.ItemJson.class).contains("$.gate"));
        assertNull(read("{\"verified\": null, \"text\": null}", CatalogJson.ItemJson.class).verified());
    }

    @Test
    void aCommentMayHoldAnythingAndIsPassedOverWhole() throws IOException {
        CatalogJson.EditionJson e = read("""
                {"id": "R8", "comment": {"why": ["a", {"id": "not this one"}], "n": 1}, "name": "令和8年度版"}
                """, CatalogJson.EditionJson.class);
        assertEquals("R8", e.id());
        assertEquals("令和8年度版", e.name());
    }

    @Test
    void brokenOrEmptyJsonIsAnIoProblem() {
        assertThrows(IOException.class, () -> read("{\"id\": ", CatalogJson.EditionJson.class));
        assertThrows(IOException.class, () -> read("", CatalogJson.EditionJson.class));
        assertThrows(IOException.class, () -> read("{\"items\": [{\"key\": \"a\"}, ", CatalogJson.EditionJson.class));
        assertThrows(IOException.class, () -> read("{\"id\": \"R8\" \"name\": \"x\"}", CatalogJson.EditionJson.class));
        assertTrue(refused("{\"fiscalYear\": 99999999999}", CatalogJson.EditionJson.class).contains("$.fiscalYear"),
                "a number too large for a year is refused, not cut");
    }
}
