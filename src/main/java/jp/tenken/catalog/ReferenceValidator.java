package jp.tenken.catalog;

import static jp.tenken.catalog.CatalogJson.nonNull;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import jp.tenken.domain.edition.Edition;
import jp.tenken.domain.edition.Form;
import jp.tenken.domain.edition.GuidelineRef;
import jp.tenken.domain.edition.Item;
import jp.tenken.domain.edition.Section;
import jp.tenken.domain.guideline.Guideline;

/**
 * Checks an item's guideline references: each well-formed on its own (a known part, a chapter or section number,
 * a 遵守事項 number in range), and — once the guideline is read — each pointing at a place the guideline of the
 * edition's version has.
 */
final class ReferenceValidator {
    private static final Pattern SECTION = Pattern.compile("\\d{1,2}(\\.\\d{1,2}){0,3}");

    private ReferenceValidator() {
    }

    /** Problems with the form of an item's references ({@code at} names the item). */
    static void checkForm(CatalogJson.ItemJson i, String at, List<String> problems) {
        for (CatalogJson.RefJson r : nonNull(i.references())) {
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
    }

    /**
     * One line per item reference that does not resolve in {@code guideline}, for the editions based on the
     * guideline's version (an item shared by forms counts once).
     */
    static List<String> unresolved(Catalog catalog, Guideline guideline) {
        Set<String> problems = new LinkedHashSet<>();
        for (Edition e : catalog.editions()) {
            if (!guideline.version().equals(catalog.guidelineVersionOf(e.id()))) {
                continue;
            }
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
}
