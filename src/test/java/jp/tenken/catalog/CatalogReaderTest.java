package jp.tenken.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jp.tenken.domain.edition.EditionChoice;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import jp.tenken.domain.FiscalYear;
import jp.tenken.domain.edition.Edition;
import jp.tenken.domain.edition.Form;
import jp.tenken.domain.edition.FormKind;
import jp.tenken.domain.edition.Item;
import jp.tenken.domain.edition.Scope;
import jp.tenken.domain.edition.Section;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CatalogReaderTest {

    private final Catalog catalog = new CatalogReader().bundled();

    @Test
    void bundlesTheReiwa5To7EditionsWithAllThreeForms() {
        assertEquals(List.of("R5", "R6", "R7"), catalog.editions().stream().map(Edition::id).toList());
        for (Edition e : catalog.editions()) {
            for (FormKind k : FormKind.values()) {
                Form f = e.form(k).orElseThrow();
                assertFalse(f.items().isEmpty(), e.id() + " " + k);
                assertEquals(k != FormKind.VENDOR, f.gate().isPresent(), e.id() + " " + k + " gate row");
            }
        }
    }

    @Test
    void reiwa6FacilityFormHasTheRowCountsThePressReported() {
        Form f = catalog.requireEdition("R6").form(FormKind.FACILITY).orElseThrow();
        Map<String, Integer> rows = f.sections().stream().collect(Collectors.toMap(Section::number,
                s -> s.items().stream().mapToInt(i -> i.rows().size()).sum()));
        assertEquals(1, rows.get("1"));
        assertEquals(14, rows.get("2"));
        assertEquals(3, rows.get("3"));
        Item patch = f.items().stream().filter(i -> i.key().equals("ops.security-patch")).findFirst().orElseThrow();
        assertEquals(List.of(Scope.SERVER, Scope.TERMINAL, Scope.NETWORK), patch.scopes());
        assertEquals("2-(7)", patch.number());
    }

    @Test
    void reiwa7MergesThePatchItemAndNumbersWithCircledDigits() {
        Form f = catalog.requireEdition("R7").form(FormKind.FACILITY).orElseThrow();
        Item patch = f.item("ops.security-patch").orElseThrow();
        assertEquals("2-⑥", patch.number());
        assertEquals(List.of(Scope.ALL), patch.scopes());
        assertEquals("セキュリティパッチ（最新ファームウェアや更新プログラム）を適用している。", patch.text());
        assertEquals("システム運用編 8③", patch.references().get(0).printed());
        assertTrue(f.item("ops.password-reuse").isPresent());
    }

    @Test
    void theSameRequirementKeepsItsKeyInEveryEdition() {
        Set<String> r6 = keys("R6");
        Set<String> r7 = keys("R7");
        assertEquals(keys("R5"), r6);
        assertTrue(r7.containsAll(r6), "R7 keeps every R6 key");
        Set<String> added = new HashSet<>(r7);
        added.removeAll(r6);
        assertEquals(Set.of("ops.password-policy", "ops.password-reuse", "ops.external-media", "ops.two-factor",
                "org.operation-rules"), added, "the five additions of 令和7年度版");
    }

    private Set<String> keys(String edition) {
        return catalog.requireEdition(edition).form(FormKind.FACILITY).orElseThrow().items().stream()
                .map(Item::key).collect(Collectors.toSet());
    }

    @Test
    void unverifiedWordingAlwaysCarriesANoteAndVendorFormsAreMarked() {
        for (Edition e : catalog.editions()) {
            for (Form f : e.forms()) {
                for (Item i : f.items()) {
                    if (!i.verified()) {
                        assertNotNull(i.verificationNote(), e.id() + " " + f.kind() + " " + i.key());
                    }
                    assertFalse(i.guidance().meaning().isBlank(), "guidance for " + i.key());
                }
            }
        }
        Form vendor = catalog.requireEdition("R6").form(FormKind.VENDOR).orElseThrow();
        Item mds = vendor.item("ops.mds-sds").orElseThrow();
        assertEquals("医療機関に製造業者/サービス事業者による医療情報セキュリティ開示書（MDS/SDS）を提出した。", mds.text());
        assertTrue(mds.verified());
        assertFalse(vendor.item("ops.device-ledger").orElseThrow().verified());
        Item usb = catalog.requireEdition("R7").form(FormKind.FACILITY).orElseThrow().item("ops.external-media").orElseThrow();
        assertFalse(usb.verified());
    }

    @Test
    void yearsWithoutTheirOwnEditionUseTheNewestEarlierOneAndSaySo() {
        EditionChoice r8 = catalog.editionFor(FiscalYear.ofReiwa(8));
        assertEquals("R7", r8.edition().id());
        assertFalse(r8.exact());
        EditionChoice r6 = catalog.editionFor(FiscalYear.ofReiwa(6));
        assertEquals("R6", r6.edition().id());
        assertTrue(r6.exact());
    }

    @Test
    void aNewEditionIsADataFileAndNoCodeChange(@TempDir Path dir) throws IOException {
        String r7 = bundledText("catalog/editions/r7.json");
        String r8 = r7.replace("\"id\": \"R7\"", "\"id\": \"R8-test\"")
                .replace("\"fiscalYear\": 2025", "\"fiscalYear\": 2026")
                .replace("令和7年度版", "令和8年度版");
        Files.writeString(dir.resolve("r8.json"), r8);
        Catalog withR8 = new CatalogReader().read(List.of(dir));
        assertEquals(4, withR8.editions().size());
        EditionChoice c = withR8.editionFor(FiscalYear.ofReiwa(8));
        assertTrue(c.exact());
        assertEquals("R8-test", c.edition().id());
        assertTrue(c.edition().form(FormKind.FACILITY).orElseThrow().title().startsWith("令和8年度版"));
    }

    @Test
    void everyViolationFailsTheLoadAndIsNamed(@TempDir Path dir) throws IOException {
        String r7 = bundledText("catalog/editions/r7.json").replace("\"fiscalYear\": 2025", "\"fiscalYear\": 2030")
                .replace("\"id\": \"R7\"", "\"id\": \"BAD\"");
        // a duplicate key, a malformed reference, an item with no guidance
        String bad = r7.replaceFirst("\"key\": \"ops.unused-accounts\"", "\"key\": \"ops.access-rights\"")
                .replaceFirst("\"section\": \"8\"", "\"section\": \"八\"")
                .replaceFirst("\"key\": \"incident.bcp\"", "\"key\": \"incident.unknown-item\"");
        Files.writeString(dir.resolve("bad.json"), bad);
        CatalogException e = assertThrows(CatalogException.class, () -> new CatalogReader().read(List.of(dir)));
        String all = String.join("\n", e.problems());
        assertTrue(all.contains("key が重複しています"), all);
        assertTrue(all.contains("参照の章・節番号が不正です: 八"), all);
        assertTrue(all.contains("guidance.json に説明がありません"), all);
    }

    @Test
    void anItemTextWithoutItsStatusFailsTheLoad(@TempDir Path dir) throws IOException {
        String r7 = bundledText("catalog/editions/r7.json").replace("\"fiscalYear\": 2025", "\"fiscalYear\": 2033")
                .replace("\"id\": \"R7\"", "\"id\": \"NOSTATUS\"")
                .replaceFirst("(\"key\": \"ops.device-ledger\"[\\s\\S]*?)\"verified\": true,", "$1");
        Files.writeString(dir.resolve("nostatus.json"), r7);
        CatalogException e = assertThrows(CatalogException.class, () -> new CatalogReader().read(List.of(dir)));
        String all = String.join("\n", e.problems());
        assertTrue(all.contains("ops.device-ledger (2-①): 文言の確認状況 (verified: true/false) がありません"), all);
    }

    @Test
    void aTypoInAFieldNameFailsTheLoad(@TempDir Path dir) throws IOException {
        String r7 = bundledText("catalog/editions/r7.json").replace("\"fiscalYear\": 2025", "\"fiscalYear\": 2031")
                .replace("\"id\": \"R7\"", "\"id\": \"TYPO\"").replaceFirst("\"scopes\"", "\"scope\"");
        Files.writeString(dir.resolve("typo.json"), r7);
        CatalogException e = assertThrows(CatalogException.class, () -> new CatalogReader().read(List.of(dir)));
        assertTrue(e.problems().get(0).contains("typo.json"), e.getMessage());
    }

    @Test
    void anEditionMissingAFormIsRefused(@TempDir Path dir) throws IOException {
        String r7 = bundledText("catalog/editions/r7.json").replace("\"fiscalYear\": 2025", "\"fiscalYear\": 2032")
                .replace("\"id\": \"R7\"", "\"id\": \"NOVENDOR\"").replace("\"kind\": \"VENDOR\"", "\"kind\": \"PHARMACY\"");
        Files.writeString(dir.resolve("novendor.json"), r7);
        CatalogException e = assertThrows(CatalogException.class, () -> new CatalogReader().read(List.of(dir)));
        String all = String.join("\n", e.problems());
        assertTrue(all.contains("様式 事業者確認用 がありません"), all);
    }

    @Test
    void anEditionFileMayCarryGuidanceForItsOwnNewKeysValidatedLikeGuidanceJson(@TempDir Path dir) throws IOException {
        String r8 = bundledText("catalog/editions/r7.json").replace("\"id\": \"R7\"", "\"id\": \"R8-own\"")
                .replace("\"fiscalYear\": 2025", "\"fiscalYear\": 2026")
                .replace("\"key\": \"incident.bcp\"", "\"key\": \"r8.3-3\"");
        String guidance = "\"guidance\": {\"r8.3-3\": {\"meaning\": \"意味\", \"howToCheck\": \"確かめ方\", "
                + "\"recordToKeep\": \"記録\"}},\n  \"items\": [";
        Files.writeString(dir.resolve("r8.json"), r8.replaceFirst("\"items\": \\[", guidance));
        Catalog c = new CatalogReader().read(List.of(dir));
        Item own = c.requireEdition("R8-own").form(FormKind.FACILITY).orElseThrow().item("r8.3-3").orElseThrow();
        assertEquals("意味", own.guidance().meaning());
        Item known = c.requireEdition("R8-own").form(FormKind.FACILITY).orElseThrow().item("ops.device-ledger")
                .orElseThrow();
        assertFalse(known.guidance().meaning().isBlank(), "guidance.json still serves known keys");

        String bad = r8.replaceFirst("\"items\": \\[", "\"guidance\": {\"r8.3-3\": {\"meaning\": \" \", "
                + "\"howToCheck\": \"x\", \"recordToKeep\": \"x\"}, \"r8.none\": {\"meaning\": \"x\", "
                + "\"howToCheck\": \"x\", \"recordToKeep\": \"x\"}},\n  \"items\": [");
        Files.writeString(dir.resolve("r8.json"), bad);
        CatalogException e = assertThrows(CatalogException.class, () -> new CatalogReader().read(List.of(dir)));
        String all = String.join("\n", e.problems());
        assertTrue(all.contains("guidance r8.3-3: meaning がありません"), all);
        assertTrue(all.contains("guidance r8.none: この版にない項目の説明です"), all);
        Files.writeString(dir.resolve("r8.json"), r8);
        e = assertThrows(CatalogException.class, () -> new CatalogReader().read(List.of(dir)));
        assertTrue(String.join("\n", e.problems()).contains("guidance.json に説明がありません"));
    }

    static String bundledText(String name) throws IOException {
        try (InputStream in = CatalogReaderTest.class.getClassLoader().getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
