package jp.tenken.catalog;

import static jp.tenken.catalog.CatalogJson.nonNull;
import static jp.tenken.catalog.CatalogJson.require;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import jp.tenken.domain.edition.FormKind;
import jp.tenken.domain.edition.Scope;

/**
 * Checks one edition file: its id, fiscal year, name, source and guideline version, its sections, and every item
 * (a unique well-formed key, a known section, text with its status (verified true/false, never absent), number,
 * scopes, forms, a note on every unverified text,
 * well-formed references and our guidance). Problems are collected, each naming the file and the item.
 */
final class EditionValidator {
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9_-]{1,32}");
    private static final Pattern KEY = Pattern.compile("[a-z0-9]+(\\.[a-z0-9-]+)+");
    private static final Pattern GUIDELINE_VERSION = Pattern.compile("\\d{1,2}\\.\\d{1,2}");

    private EditionValidator() {
    }

    static void checkHeader(CatalogJson.EditionJson e, String file, String where, List<String> problems) {
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
        if (e.guidelineVersion() != null && !GUIDELINE_VERSION.matcher(e.guidelineVersion()).matches()) {
            problems.add(where + ": guidelineVersion は 6.0 のような版番号です: " + e.guidelineVersion());
        }
    }

    /** The edition's sections by number, each checked for a title and a unique number. */
    static Map<String, CatalogJson.SectionJson> sections(CatalogJson.EditionJson e, String where,
                                                         List<String> problems) {
        Map<String, CatalogJson.SectionJson> sections = new LinkedHashMap<>();
        for (CatalogJson.SectionJson s : nonNull(e.sections())) {
            if (sections.put(s.number(), s) != null) {
                problems.add(where + ": 章番号が重複しています: " + s.number());
            }
            require(s.title(), where + ": 章 " + s.number() + " の title", problems);
        }
        return sections;
    }

    static void checkItem(CatalogJson.ItemJson i, String where, Set<String> keys, Set<String> sections,
                          Map<String, CatalogJson.GuidanceJson> guidance, List<String> problems) {
        String at = where + " 項目 " + i.key() + " (" + i.number() + ")";
        if (i.key() == null || !KEY.matcher(i.key()).matches()) {
            problems.add(at + ": key が不正です");
        } else if (!keys.add(i.key())) {
            problems.add(at + ": key が重複しています");
        }
        if (!sections.contains(i.section())) {
            problems.add(at + ": 章 " + i.section() + " がありません");
        }
        require(i.text(), at + ": text", problems);
        if (!i.gate()) {
            require(i.number(), at + ": number", problems);
        }
        checkScopesAndForms(i, at, problems);
        if (i.verified() == null) {
            problems.add(at + ": 文言の確認状況 (verified: true/false) がありません");
        } else if (!i.verified()) {
            require(i.note(), at + ": 文言未確認 (verified=false) の理由 note", problems);
        }
        ReferenceValidator.checkForm(i, at, problems);
        if (!guidance.containsKey(i.key())) {
            problems.add(at + ": guidance.json に説明がありません");
        }
        for (Map.Entry<FormKind, CatalogJson.VariantJson> v : nonNull(i.variants()).entrySet()) {
            require(v.getValue().text(), at + ": " + v.getKey() + " の text", problems);
            if (v.getValue().verified() == null) {
                problems.add(at + ": " + v.getKey() + " の文言の確認状況 (verified: true/false) がありません");
            } else if (!v.getValue().verified()) {
                require(v.getValue().note(), at + ": " + v.getKey() + " の note", problems);
            }
        }
    }

    private static void checkScopesAndForms(CatalogJson.ItemJson i, String at, List<String> problems) {
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
        for (Scope a : nonNull(i.advisoryScopes())) {
            if (!i.scopes().contains(a)) {
                problems.add(at + ": advisoryScopes の " + a + " が scopes にありません");
            }
        }
    }
}
