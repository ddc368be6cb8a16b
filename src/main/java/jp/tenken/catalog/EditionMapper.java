package jp.tenken.catalog;

import static jp.tenken.catalog.CatalogJson.nonNull;
import static jp.tenken.catalog.CatalogJson.require;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import jp.tenken.domain.FiscalYear;
import jp.tenken.domain.edition.Edition;
import jp.tenken.domain.edition.Form;
import jp.tenken.domain.edition.FormKind;
import jp.tenken.domain.edition.Guidance;
import jp.tenken.domain.edition.GuidelineRef;
import jp.tenken.domain.edition.Item;
import jp.tenken.domain.edition.Section;
import jp.tenken.domain.official.OfficialLayout;

/**
 * Turns one checked edition file into the domain's {@link Edition}: each form with its sections and items (a
 * form's own wording where it has one, unverified-wording notes carried on), its official layout if any, and the
 * guideline version it is based on.
 */
final class EditionMapper {

    /** Fiscal 2026 (令和8年度) and later editions are based on guideline 7.0 unless their file says otherwise. */
    private static final int FIRST_YEAR_OF_7_0 = 2026;

    /** An edition, the guideline version it is based on, and its official layout (null for most). */
    record Mapped(Edition edition, String guidelineVersion, OfficialLayout layout) {
    }

    private EditionMapper() {
    }

    /** The default rule for an edition file that does not name its guideline version: 令和5〜7 → 6.0, 令和8〜 → 7.0. */
    static String defaultGuidelineVersion(int fiscalYear) {
        return fiscalYear >= FIRST_YEAR_OF_7_0 ? "7.0" : "6.0";
    }

    static Mapped toEdition(CatalogJson.EditionJson e, String file, Path folder,
                            Map<String, CatalogJson.GuidanceJson> bundledGuidance, List<String> problems) {
        String where = file + " (" + e.id() + ")";
        Map<String, CatalogJson.GuidanceJson> guidance =
                GuidanceValidator.withOwnGuidance(e, bundledGuidance, where, problems);
        EditionValidator.checkHeader(e, file, where, problems);
        Map<String, CatalogJson.SectionJson> sections = EditionValidator.sections(e, where, problems);
        Set<String> keys = new HashSet<>();
        for (CatalogJson.ItemJson i : nonNull(e.items())) {
            EditionValidator.checkItem(i, where, keys, sections.keySet(), guidance, problems);
        }
        List<Form> forms = new ArrayList<>();
        Set<FormKind> kinds = new HashSet<>();
        for (CatalogJson.FormJson f : nonNull(e.forms())) {
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
        OfficialLayout layout = e.official() == null ? null
                : OfficialLayoutMapper.toLayout(e, forms, folder, where, problems);
        Edition edition = new Edition(e.id() == null ? "?" : e.id(),
                e.fiscalYear() >= 2000 && e.fiscalYear() <= 2200 ? new FiscalYear(e.fiscalYear()) : new FiscalYear(2000),
                e.name(), e.issued(), e.inspectionNotice(), e.source(),
                e.vendorWordingVerified() ? null : e.vendorWordingNote(), forms);
        String version = e.guidelineVersion() != null ? e.guidelineVersion()
                : defaultGuidelineVersion(e.fiscalYear());
        return new Mapped(edition, version, layout);
    }

    private static Form toForm(CatalogJson.EditionJson e, CatalogJson.FormJson f,
                               Map<String, CatalogJson.SectionJson> sections,
                               Map<String, CatalogJson.GuidanceJson> guidance, String where, List<String> problems) {
        Map<String, List<Item>> bySection = new LinkedHashMap<>();
        sections.keySet().forEach(s -> bySection.put(s, new ArrayList<>()));
        Set<String> numbers = new HashSet<>();
        int gates = 0;
        for (CatalogJson.ItemJson i : nonNull(e.items())) {
            if (!nonNull(i.forms()).contains(f.kind()) || !bySection.containsKey(i.section())) {
                continue;
            }
            if (i.gate()) {
                gates++;
            } else if (!numbers.add(i.number())) {
                problems.add(where + " " + f.label() + ": 番号 " + i.number() + " が重複しています");
            }
            bySection.get(i.section()).add(toItem(e, f.kind(), i, guidance.get(i.key())));
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

    /** One item as a form shows it: the form's own wording where the file gives one. */
    private static Item toItem(CatalogJson.EditionJson e, FormKind kind, CatalogJson.ItemJson i,
                               CatalogJson.GuidanceJson g) {
        String text = i.text();
        boolean verified = i.textVerified();
        String note = i.note();
        CatalogJson.VariantJson variant = nonNull(i.variants()).get(kind);
        if (variant != null) {
            text = variant.text();
            verified = variant.textVerified();
            note = variant.note();
        } else if (kind == FormKind.VENDOR && !e.vendorWordingVerified()) {
            verified = false;
            note = note == null ? e.vendorWordingNote() : note + " " + e.vendorWordingNote();
        }
        if (i.advisoryNote() != null) {
            note = note == null ? i.advisoryNote() : note + " " + i.advisoryNote();
        }
        List<GuidelineRef> refs = nonNull(i.references()).stream()
                .map(r -> new GuidelineRef(String.valueOf(r.part()), String.valueOf(r.section()), r.item(), r.group(),
                        r.verified() == null || r.verified()))
                .toList();
        return new Item(String.valueOf(i.key()), i.section(), i.number() == null ? "" : i.number(),
                String.valueOf(text), nonNull(i.scopes()), i.gate(), refs, i.referencesNote(),
                g == null ? new Guidance("", "", "") : new Guidance(g.meaning(), g.howToCheck(), g.recordToKeep()),
                e.source(), verified, note, nonNull(i.advisoryScopes()),
                i.targetUntil() == null ? null : new FiscalYear(i.targetUntil()));
    }
}
