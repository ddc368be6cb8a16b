package jp.tenken.service;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import jp.tenken.catalog.Catalog;
import jp.tenken.domain.FiscalYear;
import jp.tenken.domain.edition.Edition;
import jp.tenken.domain.edition.Form;
import jp.tenken.domain.edition.FormKind;
import jp.tenken.domain.edition.Guidance;
import jp.tenken.domain.edition.GuidelineRef;
import jp.tenken.domain.edition.Item;
import jp.tenken.domain.edition.RowKey;
import jp.tenken.domain.edition.Scope;
import jp.tenken.domain.edition.Section;
import jp.tenken.domain.official.OfficialGrid;
import jp.tenken.domain.official.OfficialItem;
import jp.tenken.domain.official.OfficialLayout;
import jp.tenken.domain.official.OfficialRow;

/**
 * Builds the edition the ministry's tables describe: each item mapped to the stable key of a known item with the same
 * text (new keys for the rest, see {@link OfficialKeys}), our guidance and references reused for known items, the
 * text marked verified since it is the ministry's own file, and the layout that records each answer row's cell.
 */
final class OfficialEditionBuilder {

    /** Our help for an item Tenken has no explanation of yet: plain words on how to proceed, never invented. */
    static final Guidance NEW_ITEM_GUIDANCE = new Guidance(
            "厚生労働省が公表した Excel から読み込んだ、Tenken にまだ説明のない項目です。項目の文言をそのまま読んでください。",
            "厚生労働省の「医療機関等におけるサイバーセキュリティ対策チェックリストマニュアル」の該当項目を読み、院内の状況と照らして確認します。",
            "確認した内容、根拠にした文書や画面、確認した人を備考に書いておきます。");
    static final String VENDOR_BORROWED = "事業者確認用の Excel を読み込んでいないため、事業者確認用は医療機関・薬局確認用の"
            + "文言で表示しています（事業者確認用の原本の文言は未確認）。";
    static final String NO_REFERENCES = "厚生労働省の Excel にはガイドラインの参照箇所がありません（マニュアルで確認してください）。";
    static final String PRINTED_REFERENCE = "厚生労働省の Excel の参照欄: ";
    private static final String GATE_KEY = "system.in-use";

    private final Catalog catalog;
    private final Path folder;

    OfficialEditionBuilder(Catalog catalog, Path folder) {
        this.catalog = catalog;
        this.folder = folder;
    }

    /** What was built: the edition, its layout, the keys that are new, and the note kept with it. */
    record Built(Edition edition, OfficialLayout layout, Set<String> newKeys, String note) {
    }

    Built build(FiscalYear year, Map<FormKind, OfficialGrid> byKind, List<String> files, boolean notice) {
        String id = "R" + year.reiwa() + "-official";
        String name = year.label() + "版";
        String source = "厚生労働省 公表の Excel（" + String.join("、", files) + "）";
        OfficialKeys keys = new OfficialKeys(catalog, id, year);
        OfficialGrid own = byKind.getOrDefault(FormKind.FACILITY, byKind.get(FormKind.PHARMACY));
        Map<OfficialGrid, List<String>> keysOf = new HashMap<>();
        keysOf.put(own, keys.assign(own, null, null));
        for (OfficialGrid g : byKind.values()) {
            if (!keysOf.containsKey(g)) {
                keysOf.put(g, keys.assign(g, own, keysOf.get(own)));
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
            String label = borrowed ? k.label() : g.label();
            String title = g.title().isEmpty() ? name + " " + label : g.title();
            forms.put(k, new Form(k, title, label, true, sections(g, keysOf.get(g), k, source, keys)));
        }
        String vendorNote = byKind.containsKey(FormKind.VENDOR) ? null : VENDOR_BORROWED;
        Edition edition = new Edition(id, year, name, null, notice, source, vendorNote, List.copyOf(forms.values()));
        List<OfficialLayout.Table> tables = new ArrayList<>();
        served.forEach((g, kinds) -> tables.add(table(id, g, kinds, keysOf.get(g), keys)));
        String note = "厚生労働省が公表した Excel（" + String.join("、", files)
                + "）から Tenken が読み取った版です。項目の文言は原本のとおりで、各行の元のシートとセルを記録しています。";
        return new Built(edition, new OfficialLayout(id, tables), Set.copyOf(keys.fresh()), note);
    }

    private OfficialLayout.Table table(String id, OfficialGrid g, List<FormKind> kinds, List<String> gridKeys,
                                       OfficialKeys keys) {
        List<OfficialLayout.Placed> rows = new ArrayList<>();
        for (int i = 0; i < g.items().size(); i++) {
            OfficialItem o = g.items().get(i);
            if (isGate(gridKeys.get(i)) && kinds.contains(FormKind.VENDOR)) {
                continue;
            }
            for (OfficialRow r : o.rows()) {
                rows.add(new OfficialLayout.Placed(new RowKey(gridKeys.get(i), keys.scopeOf(gridKeys.get(i), o,
                        r.scope())), o.number(), r.excelRow(), o.textCell()));
            }
        }
        return new OfficialLayout.Table(g.file(), folder.resolve(copyName(id, g.file())), g.sheet(), g.label(), kinds,
                g.headerRow(), g.columns(), rows);
    }

    static String copyName(String editionId, String file) {
        return editionId + "_" + file;
    }

    boolean isGate(String key) {
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

    private List<Section> sections(OfficialGrid g, List<String> gridKeys, FormKind kind, String source,
                                   OfficialKeys keys) {
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
            items.computeIfAbsent(section, s -> new ArrayList<>()).add(item(o, key, gate, section, source, keys));
        }
        List<Section> out = new ArrayList<>();
        items.forEach((s, list) -> out.add(new Section(s, titles.get(s), list)));
        return out;
    }

    private Item item(OfficialItem o, String key, boolean gate, String section, String source, OfficialKeys keys) {
        Optional<Item> known = keys.fresh().contains(key) ? Optional.empty() : newest(key);
        List<GuidelineRef> refs = known.map(Item::references).orElse(List.of());
        String refNote = known.map(Item::referencesNote).orElse(null);
        if (!o.reference().isBlank()) {
            refNote = PRINTED_REFERENCE + o.reference(); // the year's own places, read against its guideline version
        } else if (refs.isEmpty() && refNote == null) {
            refNote = NO_REFERENCES;
        }
        String number = o.number().isEmpty() && !gate ? "行" + o.rows().get(0).excelRow() : o.number();
        return new Item(key, section, number, o.text(),
                o.scopes().stream().map(sc -> keys.scopeOf(key, o, sc)).toList(), gate, refs, refNote,
                known.map(Item::guidance).filter(x -> !x.meaning().isBlank()).orElse(NEW_ITEM_GUIDANCE),
                source, true, null, List.of());
    }

    static String normal(String text) {
        return Item.comparable(text);
    }
}
