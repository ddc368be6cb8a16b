package jp.tenken.service;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import jp.tenken.catalog.Catalog;
import jp.tenken.catalog.CatalogException;
import jp.tenken.catalog.CatalogReader;
import jp.tenken.catalog.EditionFileWriter;
import jp.tenken.domain.Circled;
import jp.tenken.domain.Edition;
import jp.tenken.domain.FiscalYear;
import jp.tenken.domain.Form;
import jp.tenken.domain.FormKind;
import jp.tenken.domain.Guidance;
import jp.tenken.domain.GuidelineRef;
import jp.tenken.domain.Item;
import jp.tenken.domain.OfficialGrid;
import jp.tenken.domain.OfficialItem;
import jp.tenken.domain.OfficialLayout;
import jp.tenken.domain.OfficialReading;
import jp.tenken.domain.OfficialRow;
import jp.tenken.domain.RowKey;
import jp.tenken.domain.Scope;
import jp.tenken.domain.Section;
import jp.tenken.xlsx.read.OfficialFileException;
import jp.tenken.xlsx.read.OfficialGridReader;
import jp.tenken.i18n.Messages;
import jp.tenken.i18n.UserMessageException;

/**
 * Takes in the ministry's own checklist workbook(s) as a new edition (令和8年度版 on): reads the tables, builds the
 * edition (each item mapped to the stable key of a known item with the same text, new keys for the rest, the text
 * marked verified since it is the ministry's own file), shows what was recognised, and only on confirmation keeps
 * a copy of each file beside a new edition JSON in the app-data catalog folder, validated before it is kept.
 */
public final class OfficialEditionService {

    /** Our help for an item Tenken has no explanation of yet: plain words on how to proceed, never invented. */
    static final Guidance NEW_ITEM_GUIDANCE = new Guidance(
            "厚生労働省が公表した Excel から読み込んだ、Tenken にまだ説明のない項目です。項目の文言をそのまま読んでください。",
            "厚生労働省の「医療機関等におけるサイバーセキュリティ対策チェックリストマニュアル」の該当項目を読み、院内の状況と照らして確認します。",
            "確認した内容、根拠にした文書や画面、確認した人を備考に書いておきます。");

    private static final String GATE_KEY = "system.in-use";
    static final String VENDOR_BORROWED = "事業者確認用の Excel を読み込んでいないため、事業者確認用は医療機関・薬局確認用の"
            + "文言で表示しています（事業者確認用の原本の文言は未確認）。";
    static final String NO_REFERENCES = "厚生労働省の Excel にはガイドラインの参照箇所がありません（マニュアルで確認してください）。";

    private final Catalog catalog;
    private final Path folder;
    private final OfficialGridReader reader = new OfficialGridReader();
    private final CatalogReader catalogReader = new CatalogReader();
    private final EditionFileWriter writer = new EditionFileWriter();

    /** {@code catalog}: the editions known now, whose texts and keys new items are matched with. */
    public OfficialEditionService(Catalog catalog, Path catalogFolder) {
        this.catalog = catalog;
        this.folder = catalogFolder;
    }

    /** What the files hold, as the edition they would add; nothing is written. */
    public record Preview(Edition edition, OfficialLayout layout, List<OfficialGrid> grids, Map<String, Path> sources,
                          Set<String> newKeys, String note) {

        /** How many of a form's items matched a known item. */
        public long mapped(FormKind kind) {
            return edition.form(kind).map(f -> f.items().stream().filter(i -> !newKeys.contains(i.key())).count())
                    .orElse(0L);
        }

        /** The lines to show before the user confirms: each form read, its items, and which are new. */
        public List<String> summary() {
            List<String> lines = new ArrayList<>();
            lines.add(Messages.get("official.preview.edition", edition.name(), edition.id(),
                    String.join("、", sources.keySet())));
            for (OfficialGrid g : grids) {
                lines.add(Messages.get("official.preview.grid", g.label(), g.sheet(), g.headerRow(), g.items().size(),
                        g.rowCount()));
            }
            for (Form f : edition.forms()) {
                lines.add(Messages.get("official.preview.form", f.kind().label(), f.items().size(), mapped(f.kind()),
                        f.items().size() - mapped(f.kind())));
                for (Item i : f.items()) {
                    lines.add(Messages.get(newKeys.contains(i.key()) ? "official.preview.newItem"
                            : "official.preview.knownItem", i.number().isEmpty() ? "—" : i.number(), i.text(), i.key()));
                }
            }
            if (edition.vendorWordingNote() != null) {
                lines.add(edition.vendorWordingNote());
            }
            return lines;
        }
    }

    /**
     * Reads {@code files} and builds the edition they describe. {@code askedYear} is used when the title does not
     * print 令和N年度版 (and wins over it when given). A file or a sheet that is not the checklist is refused with a
     * plain message naming what was missing.
     */
    public Preview preview(List<Path> files, FiscalYear askedYear) {
        if (files.isEmpty()) {
            throw new IllegalArgumentException("no files");
        }
        List<OfficialReading> readings = new ArrayList<>();
        Map<String, Path> sources = new LinkedHashMap<>();
        for (Path f : files) {
            OfficialReading r;
            try {
                r = reader.read(f);
            } catch (OfficialFileException e) {
                throw new UserMessageException(Messages.get("official.error." + e.kind().name(), f.getFileName()), e);
            }
            if (!r.recognised()) {
                String why = r.unrecognised().stream()
                        .map(u -> Messages.get("official.error.missingWords", u.sheet(), String.join("、", u.missingWords())))
                        .collect(Collectors.joining("\n"));
                throw new UserMessageException(Messages.get("official.error.notRecognised", f.getFileName(), why), null);
            }
            readings.add(r);
            sources.put(f.getFileName().toString(), f);
        }
        FiscalYear year = askedYear != null ? askedYear
                : readings.stream().map(OfficialReading::year).flatMap(Optional::stream).findFirst()
                .orElseThrow(() -> new UserMessageException(Messages.get("official.error.noYear"), null));
        List<OfficialGrid> grids = readings.stream().flatMap(r -> r.grids().stream()).toList();
        for (OfficialGrid g : grids) {
            if (g.forms().isEmpty()) {
                throw new UserMessageException(Messages.get("official.error.noLabel", g.file(), g.sheet(), g.headerRow()),
                        null);
            }
        }
        Map<FormKind, OfficialGrid> byKind = new EnumMap<>(FormKind.class);
        for (OfficialGrid g : grids) {
            for (FormKind k : g.forms()) {
                byKind.putIfAbsent(k, g);
            }
        }
        if (!byKind.containsKey(FormKind.FACILITY) && !byKind.containsKey(FormKind.PHARMACY)) {
            throw new UserMessageException(Messages.get("official.error.noFacility"), null);
        }
        boolean notice = readings.stream().anyMatch(OfficialReading::inspectionNotice);
        return build(year, grids, byKind, sources, notice);
    }

    private Preview build(FiscalYear year, List<OfficialGrid> grids, Map<FormKind, OfficialGrid> byKind,
                          Map<String, Path> sources, boolean notice) {
        String id = "R" + year.reiwa() + "-official";
        String name = year.label() + "版";
        String source = "厚生労働省 公表の Excel（" + String.join("、", sources.keySet()) + "）";
        Keys keys = new Keys(id, year);
        OfficialGrid own = byKind.getOrDefault(FormKind.FACILITY, byKind.get(FormKind.PHARMACY));
        OfficialGrid vendorGrid = byKind.get(FormKind.VENDOR);
        Map<OfficialGrid, List<String>> keysOf = new HashMap<>();
        keysOf.put(own, keys.assign(own, null));
        for (OfficialGrid g : byKind.values()) {
            if (!keysOf.containsKey(g)) {
                keysOf.put(g, keys.assign(g, new Placed(own, keysOf.get(own))));
            }
        }
        Map<FormKind, Form> forms = new EnumMap<>(FormKind.class);
        Map<OfficialGrid, List<FormKind>> served = new LinkedHashMap<>();
        for (FormKind k : FormKind.values()) {
            OfficialGrid g = byKind.get(k);
            boolean borrowed = g == null;
            if (borrowed) {
                g = k == FormKind.VENDOR ? own : byKind.getOrDefault(FormKind.FACILITY, byKind.get(FormKind.PHARMACY));
            } else {
                served.computeIfAbsent(g, x -> new ArrayList<>()).add(k);
            }
            List<String> gridKeys = keysOf.get(g);
            String label = borrowed ? k.label() : g.label();
            String title = g.title().isEmpty() ? name + " " + label : g.title();
            forms.put(k, new Form(k, title, label, true, sections(g, gridKeys, k, source, keys)));
        }
        String vendorNote = vendorGrid == null ? VENDOR_BORROWED : null;
        Edition edition = new Edition(id, year, name, null, notice, source, vendorNote, List.copyOf(forms.values()));
        List<OfficialLayout.Table> tables = new ArrayList<>();
        served.forEach((g, kinds) -> {
            List<String> gridKeys = keysOf.get(g);
            List<OfficialLayout.Placed> rows = new ArrayList<>();
            for (int i = 0; i < g.items().size(); i++) {
                OfficialItem o = g.items().get(i);
                boolean gate = isGate(gridKeys.get(i));
                if (gate && kinds.contains(FormKind.VENDOR)) {
                    continue;
                }
                for (OfficialRow r : o.rows()) {
                    rows.add(new OfficialLayout.Placed(new RowKey(gridKeys.get(i), scopeOf(gridKeys.get(i), o, r.scope(),
                            keys)), o.number(), r.excelRow(), o.textCell()));
                }
            }
            tables.add(new OfficialLayout.Table(g.file(), folder.resolve(copyName(id, g.file())), g.sheet(), g.label(),
                    kinds, g.headerRow(), g.columns(), rows));
        });
        String note = "厚生労働省が公表した Excel（" + String.join("、", sources.keySet())
                + "）から Tenken が読み取った版です。項目の文言は原本のとおりで、各行の元のシートとセルを記録しています。";
        return new Preview(edition, new OfficialLayout(id, tables), grids, sources, Set.copyOf(keys.fresh), note);
    }

    static String copyName(String editionId, String file) {
        return editionId + "_" + file;
    }

    private boolean isGate(String key) {
        return GATE_KEY.equals(key) || newest(key).map(Item::gate).orElse(false);
    }

    /** The newest known item with {@code key}, for its references and our guidance. */
    private Optional<Item> newest(String key) {
        List<Edition> all = catalog.editions();
        for (int e = all.size() - 1; e >= 0; e--) {
            for (Form f : all.get(e).forms()) {
                Optional<Item> i = f.item(key);
                if (i.isPresent()) {
                    return i;
                }
            }
        }
        return Optional.empty();
    }

    private Optional<String> knownSectionTitle(String number) {
        List<Edition> all = catalog.editions();
        for (int e = all.size() - 1; e >= 0; e--) {
            for (Form f : all.get(e).forms()) {
                for (Section s : f.sections()) {
                    if (s.number().equals(number)) {
                        return Optional.of(s.title());
                    }
                }
            }
        }
        return Optional.empty();
    }

    private List<Section> sections(OfficialGrid g, List<String> gridKeys, FormKind kind, String source, Keys keys) {
        Set<String> fresh = keys.fresh;
        Map<String, String> titles = new LinkedHashMap<>();
        Map<String, List<Item>> items = new LinkedHashMap<>();
        for (int i = 0; i < g.items().size(); i++) {
            OfficialItem o = g.items().get(i);
            String key = gridKeys.get(i);
            boolean gate = isGate(key);
            if (gate && kind == FormKind.VENDOR) {
                continue; // 事業者確認用 has no 「医療情報システムの有無」 row
            }
            String section = gate ? "" : o.section();
            String title = !o.sectionTitle().isEmpty() ? o.sectionTitle()
                    : knownSectionTitle(section).orElse(section.isEmpty() ? "医療情報システムの有無" : "区分" + section);
            titles.putIfAbsent(section, title);
            Optional<Item> known = fresh.contains(key) ? Optional.empty() : newest(key);
            List<GuidelineRef> refs = known.map(Item::references).orElse(List.of());
            String refNote = known.map(Item::referencesNote).orElse(null);
            if (refs.isEmpty() && refNote == null) {
                refNote = NO_REFERENCES;
            }
            String number = o.number().isEmpty() && !gate ? "行" + o.rows().get(0).excelRow() : o.number();
            items.computeIfAbsent(section, s -> new ArrayList<>()).add(new Item(key, section, number, o.text(),
                    o.scopes().stream().map(sc -> scopeOf(key, o, sc, keys)).toList(), gate, refs, refNote,
                    known.map(Item::guidance).filter(x -> !x.meaning().isBlank()).orElse(NEW_ITEM_GUIDANCE),
                    source, true, null, List.of()));
        }
        List<Section> out = new ArrayList<>();
        items.forEach((s, list) -> out.add(new Section(s, titles.get(s), list)));
        return out;
    }

    /** 医療情報システム全般 and no scope both mean the item as a whole (see ScopeMapping). */
    private static boolean whole(List<Scope> scopes) {
        return scopes.size() == 1 && (scopes.get(0) == Scope.ALL || scopes.get(0) == Scope.NONE);
    }

    private static boolean sameScopes(List<Scope> a, List<Scope> b) {
        return a.equals(b) || whole(a) && whole(b);
    }

    /** The scope a row of {@code o} is recorded under: the item's first reading's, when both mean the whole item. */
    private Scope scopeOf(String key, OfficialItem o, Scope read, Keys keys) {
        OfficialItem first = keys.firstUse.get(key);
        return first != null && whole(first.scopes()) && whole(o.scopes()) ? first.scopes().get(0) : read;
    }

    static String normal(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFKC).replaceAll("\\s+", "").replaceAll("[。.]+$", "");
    }

    private record Placed(OfficialGrid grid, List<String> keys) {
    }

    /** Stable keys for the items read: a known item's key where the text matches, a new {@code r8.2-3} otherwise. */
    private final class Keys {
        final Map<String, String> byText = new HashMap<>();
        final Set<String> taken = new HashSet<>();
        final Set<String> fresh = new HashSet<>();
        final Map<String, OfficialItem> firstUse = new HashMap<>();
        final String prefix;

        Keys(String editionId, FiscalYear year) {
            this.prefix = "r" + year.reiwa() + ".";
            List<Edition> all = catalog.editions();
            for (int e = all.size() - 1; e >= 0; e--) {
                if (all.get(e).id().equals(editionId)) {
                    continue;
                }
                for (Form f : all.get(e).forms()) {
                    for (Item i : f.items()) {
                        byText.putIfAbsent(normal(i.text()), i.key());
                        taken.add(i.key());
                    }
                }
            }
        }

        List<String> assign(OfficialGrid g, Placed facility) {
            List<String> out = new ArrayList<>();
            Set<String> inGrid = new HashSet<>();
            for (OfficialItem o : g.items()) {
                String key = byText.get(normal(o.text()));
                if (key == null && facility != null) {
                    for (int i = 0; i < facility.grid().items().size(); i++) {
                        if (!o.number().isEmpty() && facility.grid().items().get(i).number().equals(o.number())) {
                            key = facility.keys().get(i); // the same item in the vendor's wording
                        }
                    }
                }
                OfficialItem before = key == null ? null : firstUse.get(key);
                boolean clash = before != null && before != o && (!before.number().equals(o.number())
                        || !sameScopes(before.scopes(), o.scopes()) || !before.section().equals(o.section()));
                if (key == null || inGrid.contains(key) || clash) {
                    key = newKey(o);
                }
                inGrid.add(key);
                firstUse.putIfAbsent(key, o);
                out.add(key);
            }
            return out;
        }

        private String newKey(OfficialItem o) {
            StringBuilder b = new StringBuilder();
            for (char c : o.number().toCharArray()) {
                int circled = Circled.valueOf(c);
                if (circled > 0) {
                    b.append(circled);
                } else if (Character.isDigit(c) && c < 128 || c == '-') {
                    b.append(c);
                }
            }
            String base = prefix + (b.length() == 0 || b.charAt(0) == '-' ? "row" + o.rows().get(0).excelRow()
                    : b.toString());
            String key = base;
            for (int n = 2; taken.contains(key); n++) {
                key = base + "-" + n;
            }
            taken.add(key);
            fresh.add(key);
            return key;
        }
    }

    /**
     * Keeps the official files and writes the edition JSON into the catalog folder, after validating it the way the
     * app will load it; a problem leaves the folder as it was. Returns the edition file. Adding the same edition
     * again replaces it; a different edition for the same fiscal year is refused.
     */
    public Path add(Preview p) {
        Edition e = p.edition();
        for (Edition other : catalog.editions()) {
            if (other.fiscalYear().equals(e.fiscalYear()) && !other.id().equals(e.id())) {
                throw new UserMessageException(Messages.get("official.error.yearTaken", e.fiscalYear().label(),
                        other.name(), other.id()), null);
            }
        }
        Path json = folder.resolve(e.id() + ".json");
        List<Path> staged = new ArrayList<>();
        Map<Path, Path> moves = new LinkedHashMap<>();
        try {
            Files.createDirectories(folder);
            for (OfficialLayout.Table t : p.layout().tables()) {
                if (moves.containsValue(t.copy())) {
                    continue;
                }
                Path tmp = folder.resolve("." + t.copy().getFileName() + ".tmp");
                Files.copy(p.sources().get(t.file()), tmp, StandardCopyOption.REPLACE_EXISTING);
                staged.add(tmp);
                moves.put(tmp, t.copy());
            }
            Path tmpJson = folder.resolve("." + e.id() + ".json.tmp");
            staged.add(tmpJson);
            writer.write(e, p.layout(), p.note(), tmpJson);
            Edition back = catalogReader.readEdition(tmpJson);
            if (back.forms().stream().mapToInt(f -> f.rows().size()).sum()
                    != e.forms().stream().mapToInt(f -> f.rows().size()).sum()) {
                throw new IllegalStateException("edition file does not read back as written: " + e.id());
            }
            Path previous = Files.exists(json) ? folder.resolve("." + e.id() + ".json.previous") : null;
            if (previous != null) {
                Files.move(json, previous, StandardCopyOption.REPLACE_EXISTING);
            }
            for (Map.Entry<Path, Path> m : moves.entrySet()) {
                move(m.getKey(), m.getValue());
            }
            move(tmpJson, json);
            try {
                catalogReader.read(List.of(folder));
            } catch (CatalogException ex) {
                Files.deleteIfExists(json);
                if (previous != null) {
                    Files.move(previous, json);
                }
                throw ex;
            }
            if (previous != null) {
                Files.deleteIfExists(previous);
            }
            return json;
        } catch (CatalogException ex) {
            cleanUp(staged);
            throw new UserMessageException(Messages.get("official.error.invalid", String.join("\n", ex.problems())), ex);
        } catch (IOException ex) {
            cleanUp(staged);
            throw new UserMessageException(Messages.get("official.error.cannotKeep", folder, ex.getMessage()), ex);
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static void cleanUp(List<Path> staged) {
        for (Path s : staged) {
            try {
                Files.deleteIfExists(s);
            } catch (IOException ignored) {
                // a hidden temporary file of ours; nothing more to do
            }
        }
    }
}
