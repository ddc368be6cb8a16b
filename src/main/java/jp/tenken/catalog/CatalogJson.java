package jp.tenken.catalog;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import jp.tenken.domain.edition.FormKind;
import jp.tenken.domain.edition.Scope;
import jp.tenken.domain.official.OfficialColumn;

/**
 * The JSON shapes of the edition files ({@code catalog/editions.json}, {@code catalog/editions/*.json},
 * {@code catalog/guidance.json}, {@code catalog/guidelines.json}), read strictly by {@link RecordTree}: unknown
 * fields fail the read, so a typo in a data file is caught.
 */
final class CatalogJson {

    static final String INDEX = "catalog/editions.json";
    static final String GUIDANCE = "catalog/guidance.json";
    static final String GUIDELINES = "catalog/guidelines.json";

    private CatalogJson() {
    }

    /** Reads a bundled resource, or adds a problem naming it and returns null. */
    static <T extends Record> T readResource(String name, Class<T> type, List<String> problems) {
        URL url = CatalogJson.class.getClassLoader().getResource(name);
        if (url == null) {
            problems.add(name + ": ファイルがありません");
            return null;
        }
        try (InputStream in = url.openStream()) {
            return RecordTree.read(in, type);
        } catch (IOException ex) {
            problems.add(name + ": 読み込めません (" + ex.getMessage() + ")");
            return null;
        }
    }

    static void require(String value, String what, List<String> problems) {
        if (value == null || value.isBlank()) {
            problems.add(what + " がありません");
        }
    }

    static <T> List<T> nonNull(List<T> l) {
        return l == null ? List.of() : l;
    }

    static <K, V> Map<K, V> nonNull(Map<K, V> m) {
        return m == null ? new HashMap<>() : m;
    }

    record IndexJson(List<String> editions) implements RecordTree.Commented {
    }

    /** The guideline versions whose clause text is bundled, each with its file. */
    record GuidelineIndexJson(List<GuidelineFileJson> guidelines) implements RecordTree.Commented {
    }

    record GuidelineFileJson(String version, String file) {
    }

    record GuidanceFileJson(Map<String, GuidanceJson> items) implements RecordTree.Commented {
    }

    record GuidanceJson(String meaning, String howToCheck, String recordToKeep) {
    }

    /** {@code guidelineVersion}: the guideline version the edition is based on (absent: by its fiscal year). */
    record EditionJson(String id, int fiscalYear, String name, String issued, boolean inspectionNotice, String source,
                       boolean vendorWordingVerified, String vendorWordingNote, String note, String guidelineVersion,
                       List<FormJson> forms, List<SectionJson> sections, List<ItemJson> items,
                       Map<String, GuidanceJson> guidance, OfficialJson official) implements RecordTree.Commented {
    }

    /** Where an edition taken in from the ministry's own workbook came from (see the domain's OfficialLayout). */
    record OfficialJson(List<OfficialTableJson> tables, List<OfficialSourceJson> sources) {
    }

    /** A file the edition was read from (出典): name, SHA-256, whether it is the published file, the verdict. */
    record OfficialSourceJson(String file, String sha256, boolean published, String verdict) {
    }

    record OfficialTableJson(String file, String copy, String sheet, String label, List<FormKind> forms,
                             int headerRow, Map<OfficialColumn, String> columns, List<PlacedJson> rows) {
    }

    record PlacedJson(String key, Scope scope, String number, int row, String textCell) {
    }

    record FormJson(FormKind kind, String label, String title, Boolean labelVerified, String note) {
    }

    record SectionJson(String number, String title) {
    }

    /**
     * {@code verified}: the status of the item's wording — true when read in the ministry's document, false when
     * not (then {@code note} says why); it must be given. {@code textSource}: where the wording was read (a URL with
     * its page), optional.
     */
    record ItemJson(String key, String section, String number, String text, List<Scope> scopes, boolean gate,
                    List<FormKind> forms, List<RefJson> references, String referencesNote, Boolean verified,
                    String note, Map<FormKind, VariantJson> variants, List<Scope> advisoryScopes, String advisoryNote,
                    Integer targetUntil, String textSource) {

        ItemJson(String key, String section, String number, String text, List<Scope> scopes, boolean gate,
                 List<FormKind> forms, List<RefJson> references, String referencesNote, Boolean verified,
                 String note, Map<FormKind, VariantJson> variants, List<Scope> advisoryScopes, String advisoryNote,
                 Integer targetUntil) {
            this(key, section, number, text, scopes, gate, forms, references, referencesNote, verified, note, variants,
                    advisoryScopes, advisoryNote, targetUntil, null);
        }

        /** True only when the wording is marked as read in the ministry's document. */
        boolean textVerified() {
            return Boolean.TRUE.equals(verified);
        }
    }

    /** A form's own wording of an item; {@code verified} must be given, as on the item. */
    record VariantJson(String text, Boolean verified, String note) {

        boolean textVerified() {
            return Boolean.TRUE.equals(verified);
        }
    }

    record RefJson(String part, String section, Integer item, String group, Boolean verified) {
    }
}
