package jp.tenken.catalog;

import static jp.tenken.catalog.CatalogJson.nonNull;
import static jp.tenken.catalog.CatalogJson.require;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Our plain-language guidance for an edition's items: guidance.json, plus the edition file's own {@code guidance}
 * for keys guidance.json does not have (an edition taken in from the ministry's workbook carries its own help for
 * items new to it). Each own entry must name an item of the edition and say all three things.
 */
final class GuidanceValidator {
    private GuidanceValidator() {
    }

    static Map<String, CatalogJson.GuidanceJson> withOwnGuidance(CatalogJson.EditionJson e,
                                                                 Map<String, CatalogJson.GuidanceJson> bundled,
                                                                 String where, List<String> problems) {
        if (e.guidance() == null || e.guidance().isEmpty()) {
            return bundled;
        }
        Set<String> keys = new HashSet<>();
        nonNull(e.items()).forEach(i -> keys.add(i.key()));
        Map<String, CatalogJson.GuidanceJson> all = new HashMap<>();
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
}
