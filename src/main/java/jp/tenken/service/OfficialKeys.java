package jp.tenken.service;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import jp.tenken.catalog.Catalog;
import jp.tenken.domain.Circled;
import jp.tenken.domain.FiscalYear;
import jp.tenken.domain.edition.Edition;
import jp.tenken.domain.edition.Form;
import jp.tenken.domain.edition.Item;
import jp.tenken.domain.edition.Scope;
import jp.tenken.domain.official.OfficialGrid;
import jp.tenken.domain.official.OfficialItem;

/** Stable keys for the items read: a known item's key where the text matches, a new {@code r8.2-3} otherwise. */
final class OfficialKeys {
    private final Map<String, String> byText = new HashMap<>();
    private final Set<String> taken = new HashSet<>();
    private final Set<String> fresh = new HashSet<>();
    private final Map<String, OfficialItem> firstUse = new HashMap<>();
    private final String prefix;

    OfficialKeys(Catalog catalog, String editionId, FiscalYear year) {
        this.prefix = "r" + year.reiwa() + ".";
        List<Edition> all = catalog.editions();
        for (int e = all.size() - 1; e >= 0; e--) {
            if (all.get(e).id().equals(editionId)) {
                continue;
            }
            for (Form f : all.get(e).forms()) {
                for (Item i : f.items()) {
                    byText.putIfAbsent(OfficialEditionBuilder.normal(i.text()), i.key());
                    taken.add(i.key());
                }
            }
        }
    }

    Set<String> fresh() {
        return fresh;
    }

    /** The keys of {@code g}'s items; a vendor grid also matches the facility grid's items by number. */
    List<String> assign(OfficialGrid g, OfficialGrid facility, List<String> facilityKeys) {
        List<String> out = new ArrayList<>();
        Set<String> inGrid = new HashSet<>();
        for (OfficialItem o : g.items()) {
            String key = byText.get(OfficialEditionBuilder.normal(o.text()));
            if (key == null && facility != null) {
                for (int i = 0; i < facility.items().size(); i++) {
                    if (!o.number().isEmpty() && facility.items().get(i).number().equals(o.number())) {
                        key = facilityKeys.get(i); // the same item in the vendor's wording
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

    /** The scope a row of {@code o} is recorded under: the item's first reading's, when both mean the whole item. */
    Scope scopeOf(String key, OfficialItem o, Scope read) {
        OfficialItem first = firstUse.get(key);
        return first != null && whole(first.scopes()) && whole(o.scopes()) ? first.scopes().get(0) : read;
    }

    /** 医療情報システム全般 and no scope both mean the item as a whole (see ScopeMapping). */
    private static boolean whole(List<Scope> scopes) {
        return scopes.size() == 1 && (scopes.get(0) == Scope.ALL || scopes.get(0) == Scope.NONE);
    }

    private static boolean sameScopes(List<Scope> a, List<Scope> b) {
        return a.equals(b) || whole(a) && whole(b);
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
