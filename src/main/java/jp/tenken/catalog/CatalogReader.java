package jp.tenken.catalog;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import jp.tenken.domain.Edition;
import jp.tenken.domain.FiscalYear;
import jp.tenken.domain.Form;
import jp.tenken.domain.FormKind;
import jp.tenken.domain.Guidance;
import jp.tenken.domain.Guideline;
import jp.tenken.domain.GuidelineRef;
import jp.tenken.domain.Item;
import jp.tenken.domain.OfficialColumn;
import jp.tenken.domain.OfficialLayout;
import jp.tenken.domain.RowKey;
import jp.tenken.domain.Scope;
import jp.tenken.domain.Section;

/**
 * Reads checklist editions from JSON and validates them all before anything is used: unique keys and numbers,
 * complete forms, known scopes, well-formed guideline references, a note on every unverified text, and our
 * guidance for every item. A new edition is a new JSON file (bundled, or in an extra folder); no code changes.
 */
public final class CatalogReader {

    private static final String INDEX = "catalog/editions.json";
    private static final String GUIDANCE = "catalog/guidance.json";
    private static final Pattern SECTION = Pattern.compile("\\d{1,2}(\\.\\d{1,2}){0,3}");
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9_-]{1,32}");
    private static final Pattern KEY = Pattern.compile("[a-z0-9]+(\\.[a-z0-9-]+)+");

    private final ObjectMapper json = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);

    /** The editions bundled with the app. */
    public Catalog bundled() {
        return read(List.of());
    }

    /**
     * The bundled editions plus every {@code *.json} edition file in {@code extraFolders} (e.g. an edition added
     * from an official workbook, or a test edition).
     */
    public Catalog read(List<Path> extraFolders) {
        List<String> problems = new ArrayList<>();
        Map<String, GuidanceJson> guidance = readGuidance(problems);
        List<Edition> editions = new ArrayList<>();
        Map<String, OfficialLayout> layouts = new HashMap<>();
        IndexJson index = readResource(INDEX, IndexJson.class, problems);
        if (index != null) {
            for (String file : index.editions()) {
                EditionJson e = readResource("catalog/" + file, EditionJson.class, problems);
                if (e != null) {
                    editions.add(toEdition(e, "catalog/" + file, null, guidance, problems, layouts));
                }
            }
        }
        for (Path folder : extraFolders) {
            if (!Files.isDirectory(folder)) {
                continue;
            }
            try (DirectoryStream<Path> files = Files.newDirectoryStream(folder, "*.json")) {
                for (Path f : files) {
                    try (InputStream in = Files.newInputStream(f)) {
                        EditionJson e = json.readValue(in, EditionJson.class);
                        editions.add(toEdition(e, f.getFileName().toString(), folder, guidance, problems, layouts));
                    } catch (IOException ex) {
                        problems.add(f.getFileName() + ": 読み込めません (" + ex.getMessage() + ")");
                    }
                }
            } catch (IOException ex) {
                problems.add(folder + ": フォルダを読めません (" + ex.getMessage() + ")");
            }
        }
        Set<String> ids = new HashSet<>();
        Set<FiscalYear> years = new HashSet<>();
        for (Edition e : editions) {
            if (!ids.add(e.id())) {
                problems.add(e.id() + ": 版のIDが重複しています");
            }
            if (!years.add(e.fiscalYear())) {
                problems.add(e.id() + ": 同じ年度の版が複数あります (" + e.fiscalYear() + ")");
            }
        }
        if (editions.isEmpty() && problems.isEmpty()) {
            problems.add("版がひとつもありません");
        }
        if (!problems.isEmpty()) {
            throw new CatalogException(problems);
        }
        return new Catalog(editions, layouts);
    }

    /**
     * The bundled editions plus {@code extraFolders}, validated as {@link #read(List)} does and, in addition, every
     * guideline reference of every item resolved against {@code guideline}: a reference to a chapter, section or
     * 遵守事項 the guideline data does not have is a problem, so a checklist can never point into nothing.
     */
    public Catalog read(List<Path> extraFolders, Guideline guideline) {
        Catalog catalog = read(extraFolders);
        List<String> problems = unresolvedReferences(catalog, guideline);
        if (!problems.isEmpty()) {
            throw new CatalogException(problems);
        }
        return catalog;
    }

    /** One line per item reference that does not resolve in {@code guideline} (an item shared by forms counts once). */
    public static List<String> unresolvedReferences(Catalog catalog, Guideline guideline) {
        Set<String> problems = new java.util.LinkedHashSet<>();
        for (Edition e : catalog.editions()) {
            for (Form f : e.forms()) {
                for (Section s : f.sections()) {
                    for (Item i : s.items()) {
                        for (GuidelineRef r : i.references()) {
                            if (guideline.resolve(r).isEmpty()) {
                                problems.add(e.id() + " 項目 " + i.key() + ": ガイドライン第" + guideline.version()
                                        + "版に参照先がありません: " + r.printed());
                            }
                        }
                    }
                }
            }
        }
        return List.copyOf(problems);
    }

    /** Reads and validates one edition file on its own (used to check a file before adding it). */
    public Edition readEdition(Path file) {
        List<String> problems = new ArrayList<>();
        Map<String, GuidanceJson> guidance = readGuidance(problems);
        Edition e = null;
        try (InputStream in = Files.newInputStream(file)) {
            e = toEdition(json.readValue(in, EditionJson.class), file.getFileName().toString(),
                    file.toAbsolutePath().getParent(), guidance, problems, new HashMap<>());
        } catch (IOException ex) {
            problems.add(file.getFileName() + ": 読み込めません (" + ex.getMessage() + ")");
        }
        if (!problems.isEmpty()) {
            throw new CatalogException(problems);
        }
        return e;
    }

    private Map<String, GuidanceJson> readGuidance(List<String> problems) {
        GuidanceFileJson g = readResource(GUIDANCE, GuidanceFileJson.class, problems);
        return g == null ? Map.of() : g.items();
    }

    private <T> T readResource(String name, Class<T> type, List<String> problems) {
        URL url = CatalogReader.class.getClassLoader().getResource(name);
        if (url == null) {
            problems.add(name + ": ファイルがありません");
            return null;
        }
        try (InputStream in = url.openStream()) {
            return json.readValue(in, type);
        } catch (IOException ex) {
            problems.add(name + ": 読み込めません (" + ex.getMessage() + ")");
            return null;
        }
    }

    private Edition toEdition(EditionJson e, String file, Path folder, Map<String, GuidanceJson> bundledGuidance,
                              List<String> problems, Map<String, OfficialLayout> layouts) {
        String where = file + " (" + e.id() + ")";
        Map<String, GuidanceJson> guidance = withOwnGuidance(e, bundledGuidance, where, problems);
        if (e.id() == null || !ID.matcher(e.id()).matches()) {
            problems.add(file + ": id が不正です: " + e.id());
        }
        if (e.fiscalYear() < 2023 || e.fiscalYear() > 2100) {
            problems.add(where + ": fiscalYear が不正です: " + e.fiscalYear());
        }
        require(e.name(), where + ": name", problems);
        require(e.source(), where + ": source", problems);
        if (!e.vendorWordingVerified()) {
            require(e.vendorWordingNote(), where + ": vendorWordingNote (事業者確認用の文言が未確認の理由)", problems);
        }
        Map<String, SectionJson> sections = new LinkedHashMap<>();
        for (SectionJson s : nonNull(e.sections())) {
            if (sections.put(s.number(), s) != null) {
                problems.add(where + ": 章番号が重複しています: " + s.number());
            }
            require(s.title(), where + ": 章 " + s.number() + " の title", problems);
        }
        Set<String> keys = new HashSet<>();
        for (ItemJson i : nonNull(e.items())) {
            String at = where + " 項目 " + i.key() + " (" + i.number() + ")";
            if (i.key() == null || !KEY.matcher(i.key()).matches()) {
                problems.add(at + ": key が不正です");
            } else if (!keys.add(i.key())) {
                problems.add(at + ": key が重複しています");
            }
            if (!sections.containsKey(i.section())) {
                problems.add(at + ": 章 " + i.section() + " がありません");
            }
            require(i.text(), at + ": text", problems);
            if (!i.gate()) {
                require(i.number(), at + ": number", problems);
            }
            if (nonNull(i.scopes()).isEmpty()) {
                problems.add(at + ": scopes が空です");
            }
            if (nonNull(i.scopes()).contains(Scope.NONE) && i.scopes().size() > 1) {
                problems.add(at + ": NONE は他の対象と併用できません");
            }
            if (nonNull(i.forms()).isEmpty()) {
                problems.add(at + ": forms が空です");
            }
            if (i.gate() && nonNull(i.forms()).contains(FormKind.VENDOR)) {
                problems.add(at + ": 事業者確認用に「医療情報システムの有無」の行は置けません");
            }
            if (!i.verified()) {
                require(i.note(), at + ": 文言未確認 (verified=false) の理由 note", problems);
            }
            for (Scope a : nonNull(i.advisoryScopes())) {
                if (!i.scopes().contains(a)) {
                    problems.add(at + ": advisoryScopes の " + a + " が scopes にありません");
                }
            }
            for (RefJson r : nonNull(i.references())) {
                if (!GuidelineRef.PARTS.contains(r.part())) {
                    problems.add(at + ": 参照の編が不正です: " + r.part());
                }
                if (r.section() == null || !SECTION.matcher(r.section()).matches()) {
                    problems.add(at + ": 参照の章・節番号が不正です: " + r.section());
                }
                if (r.item() != null && (r.item() < 1 || r.item() > 50)) {
                    problems.add(at + ": 遵守事項番号が不正です: " + r.item());
                }
            }
            if (nonNull(i.references()).isEmpty() && i.referencesNote() == null) {
                problems.add(at + ": 参照箇所がない場合は referencesNote が必要です");
            }
            if (!guidance.containsKey(i.key())) {
                problems.add(at + ": guidance.json に説明がありません");
            }
            for (Map.Entry<FormKind, VariantJson> v : nonNull(i.variants()).entrySet()) {
                require(v.getValue().text(), at + ": " + v.getKey() + " の text", problems);
                if (!v.getValue().verified()) {
                    require(v.getValue().note(), at + ": " + v.getKey() + " の note", problems);
                }
            }
        }
        List<Form> forms = new ArrayList<>();
        Set<FormKind> kinds = new HashSet<>();
        for (FormJson f : nonNull(e.forms())) {
            if (!kinds.add(f.kind())) {
                problems.add(where + ": 様式が重複しています: " + f.kind());
            }
            require(f.title(), where + ": " + f.kind() + " の title", problems);
            require(f.label(), where + ": " + f.kind() + " の label", problems);
            forms.add(toForm(e, f, sections, guidance, where, problems));
        }
        for (FormKind k : FormKind.values()) {
            if (!kinds.contains(k)) {
                problems.add(where + ": 様式 " + k.label() + " がありません");
            }
        }
        if (e.official() != null) {
            OfficialLayout layout = toLayout(e, forms, folder, where, problems);
            if (layout != null) {
                layouts.put(layout.editionId(), layout);
            }
        }
        return new Edition(e.id() == null ? "?" : e.id(),
                e.fiscalYear() >= 2000 && e.fiscalYear() <= 2200 ? new FiscalYear(e.fiscalYear()) : new FiscalYear(2000),
                e.name(), e.issued(), e.inspectionNotice(), e.source(),
                e.vendorWordingVerified() ? null : e.vendorWordingNote(), forms);
    }

    private Form toForm(EditionJson e, FormJson f, Map<String, SectionJson> sections,
                        Map<String, GuidanceJson> guidance, String where, List<String> problems) {
        Map<String, List<Item>> bySection = new LinkedHashMap<>();
        sections.keySet().forEach(s -> bySection.put(s, new ArrayList<>()));
        Set<String> numbers = new HashSet<>();
        int gates = 0;
        for (ItemJson i : nonNull(e.items())) {
            if (!nonNull(i.forms()).contains(f.kind()) || !bySection.containsKey(i.section())) {
                continue;
            }
            if (i.gate()) {
                gates++;
            } else if (!numbers.add(i.number())) {
                problems.add(where + " " + f.label() + ": 番号 " + i.number() + " が重複しています");
            }
            String text = i.text();
            boolean verified = i.verified();
            String note = i.note();
            VariantJson variant = nonNull(i.variants()).get(f.kind());
            if (variant != null) {
                text = variant.text();
                verified = variant.verified();
                note = variant.note();
            } else if (f.kind() == FormKind.VENDOR && !e.vendorWordingVerified()) {
                verified = false;
                note = note == null ? e.vendorWordingNote() : note + " " + e.vendorWordingNote();
            }
            if (i.advisoryNote() != null) {
                note = note == null ? i.advisoryNote() : note + " " + i.advisoryNote();
            }
            GuidanceJson g = guidance.get(i.key());
            List<GuidelineRef> refs = nonNull(i.references()).stream()
                    .map(r -> new GuidelineRef(String.valueOf(r.part()), String.valueOf(r.section()), r.item(), r.group(),
                            r.verified() == null || r.verified()))
                    .toList();
            bySection.get(i.section()).add(new Item(String.valueOf(i.key()), i.section(),
                    i.number() == null ? "" : i.number(), String.valueOf(text),
                    nonNull(i.scopes()), i.gate(), refs, i.referencesNote(),
                    g == null ? new Guidance("", "", "") : new Guidance(g.meaning(), g.howToCheck(), g.recordToKeep()),
                    e.source(), verified, note, nonNull(i.advisoryScopes())));
        }
        if (gates > 1) {
            problems.add(where + " " + f.label() + ": 「医療情報システムの有無」の行が複数あります");
        }
        List<Section> list = new ArrayList<>();
        bySection.forEach((num, items) -> {
            if (!items.isEmpty()) {
                list.add(new Section(num, sections.get(num).title(), items));
            }
        });
        if (list.stream().mapToInt(s -> s.items().size()).sum() == 0) {
            problems.add(where + " " + f.label() + ": 項目がありません");
        }
        return new Form(f.kind(), f.title(), f.label(), f.labelVerified() == null || f.labelVerified(), list);
    }

    /**
     * guidance.json, plus the edition file's own {@code guidance} for keys guidance.json does not have (an edition
     * taken in from the ministry's workbook carries its own help for items new to it). Each own entry must name an
     * item of the edition and say all three things.
     */
    private static Map<String, GuidanceJson> withOwnGuidance(EditionJson e, Map<String, GuidanceJson> bundled,
                                                             String where, List<String> problems) {
        if (e.guidance() == null || e.guidance().isEmpty()) {
            return bundled;
        }
        Set<String> keys = new HashSet<>();
        nonNull(e.items()).forEach(i -> keys.add(i.key()));
        Map<String, GuidanceJson> all = new HashMap<>();
        e.guidance().forEach((key, g) -> {
            String at = where + " guidance " + key;
            if (!keys.contains(key)) {
                problems.add(at + ": この版にない項目の説明です");
            }
            if (g == null) {
                problems.add(at + ": 説明が空です");
                return;
            }
            require(g.meaning(), at + ": meaning", problems);
            require(g.howToCheck(), at + ": howToCheck", problems);
            require(g.recordToKeep(), at + ": recordToKeep", problems);
            all.put(key, g);
        });
        all.putAll(bundled);
        return all;
    }

    private static final Pattern COLUMN = Pattern.compile("[A-Z]{1,3}");
    private static final Pattern CELL = Pattern.compile("[A-Z]{1,3}[1-9][0-9]{0,6}");
    private static final Pattern PLAIN_FILE = Pattern.compile("[^/\\\\:*?\"<>|]{1,200}\\.xlsx");

    private static OfficialLayout toLayout(EditionJson e, List<Form> forms, Path folder, String where,
                                           List<String> problems) {
        List<OfficialLayout.Table> tables = new ArrayList<>();
        for (OfficialTableJson t : nonNull(e.official().tables())) {
            String at = where + " official " + t.file() + "!" + t.sheet();
            if (t.copy() == null || !PLAIN_FILE.matcher(t.copy()).matches() || t.copy().startsWith(".")) {
                problems.add(at + ": copy はフォルダを含まない .xlsx のファイル名にしてください: " + t.copy());
                continue;
            }
            require(t.file(), at + ": file", problems);
            require(t.sheet(), at + ": sheet", problems);
            if (nonNull(t.forms()).isEmpty()) {
                problems.add(at + ": forms が空です");
            }
            Map<OfficialColumn, Integer> columns = new java.util.EnumMap<>(OfficialColumn.class);
            nonNull(t.columns()).forEach((c, letters) -> {
                if (letters == null || !COLUMN.matcher(letters).matches()) {
                    problems.add(at + ": 列 " + c + " が不正です: " + letters);
                } else {
                    columns.put(c, ColumnName.index(letters));
                }
            });
            if (!columns.containsKey(OfficialColumn.ANSWER_1) && !columns.containsKey(OfficialColumn.YES_1)) {
                problems.add(at + ": 1回目の はい・いいえ の列がありません");
            }
            Set<RowKey> known = new HashSet<>();
            for (FormKind k : nonNull(t.forms())) {
                forms.stream().filter(f -> f.kind() == k).findFirst().ifPresent(f -> known.addAll(f.rows()));
            }
            List<OfficialLayout.Placed> rows = new ArrayList<>();
            for (PlacedJson p : nonNull(t.rows())) {
                RowKey key = p.key() == null || p.scope() == null ? null : new RowKey(p.key(), p.scope());
                if (key == null || !known.contains(key)) {
                    problems.add(at + ": 行 " + p.row() + " の " + p.key() + " (" + p.scope() + ") はこの様式の行ではありません");
                    continue;
                }
                if (p.row() < 1 || p.row() > 1_048_576) {
                    problems.add(at + ": 行番号が不正です: " + p.row());
                    continue;
                }
                if (p.textCell() != null && !CELL.matcher(p.textCell()).matches()) {
                    problems.add(at + ": textCell が不正です: " + p.textCell());
                }
                rows.add(new OfficialLayout.Placed(key, p.number() == null ? "" : p.number(), p.row(), p.textCell()));
            }
            Path copy = folder == null ? Path.of(t.copy()) : folder.resolve(t.copy());
            tables.add(new OfficialLayout.Table(String.valueOf(t.file()), copy, String.valueOf(t.sheet()),
                    t.label() == null ? "" : t.label(), nonNull(t.forms()), t.headerRow(), columns, rows));
        }
        if (tables.isEmpty()) {
            problems.add(where + ": official に表がありません");
            return null;
        }
        return new OfficialLayout(e.id(), tables);
    }

    private static void require(String value, String what, List<String> problems) {
        if (value == null || value.isBlank()) {
            problems.add(what + " がありません");
        }
    }

    private static <T> List<T> nonNull(List<T> l) {
        return l == null ? List.of() : l;
    }

    private static <K, V> Map<K, V> nonNull(Map<K, V> m) {
        return m == null ? new HashMap<>() : m;
    }

    // JSON shapes. Unknown fields fail the read, so a typo in a data file is caught.

    @JsonIgnoreProperties(value = {"comment"})
    record IndexJson(List<String> editions) {
    }

    @JsonIgnoreProperties(value = {"comment"})
    record GuidanceFileJson(Map<String, GuidanceJson> items) {
    }

    record GuidanceJson(String meaning, String howToCheck, String recordToKeep) {
    }

    @JsonIgnoreProperties(value = {"comment"})
    record EditionJson(String id, int fiscalYear, String name, String issued, boolean inspectionNotice, String source,
                       boolean vendorWordingVerified, String vendorWordingNote, String note,
                       List<FormJson> forms, List<SectionJson> sections, List<ItemJson> items,
                       Map<String, GuidanceJson> guidance, OfficialJson official) {
    }

    /** Where an edition taken in from the ministry's own workbook came from (see {@link OfficialLayout}). */
    record OfficialJson(List<OfficialTableJson> tables) {
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

    record ItemJson(String key, String section, String number, String text, List<Scope> scopes, boolean gate,
                    List<FormKind> forms, List<RefJson> references, String referencesNote, boolean verified,
                    String note, Map<FormKind, VariantJson> variants, List<Scope> advisoryScopes, String advisoryNote) {
    }

    record VariantJson(String text, boolean verified, String note) {
    }

    record RefJson(String part, String section, Integer item, String group, Boolean verified) {
    }
}
