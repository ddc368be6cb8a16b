package jp.tenken.catalog;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import jp.tenken.domain.edition.Edition;
import jp.tenken.domain.edition.Form;
import jp.tenken.domain.edition.FormKind;
import jp.tenken.domain.edition.GuidelineRef;
import jp.tenken.domain.edition.Item;
import jp.tenken.domain.edition.Section;
import jp.tenken.domain.official.OfficialColumn;
import jp.tenken.domain.official.OfficialLayout;

/**
 * Writes an edition as a JSON file in the shape {@link CatalogReader} reads (with no guideline version: the reader
 * then takes it from the fiscal year, 令和8年度 and later → 7.0): items shared by forms written once
 * (with a variant where a form words one differently), our guidance for every item carried in the file, and — for an
 * edition taken in from the ministry's workbook — the file, sheet and cells each answer row came from. Writes only
 * to the path it is given; the caller validates the file with {@link CatalogReader#readEdition} before keeping it.
 */
public final class EditionFileWriter {
    /**
     * The mapper, made at the first write: the writer is part of the store the app builds at every start, and an
     * {@code ObjectMapper} is a few hundred classes to load that only taking in an edition needs.
     */
    private static final class Json {
        static final ObjectMapper MAPPER = new ObjectMapper()
                .enable(SerializationFeature.INDENT_OUTPUT)
                .setSerializationInclusion(JsonInclude.Include.NON_NULL);
    }

    /** {@code layout} may be null for an edition that did not come from an official workbook. */
    public void write(Edition edition, OfficialLayout layout, String note, Path out) throws IOException {
        Map<String, CatalogJson.SectionJson> sections = new LinkedHashMap<>();
        Map<String, CatalogJson.ItemJson> items = new LinkedHashMap<>();
        Map<String, CatalogJson.GuidanceJson> guidance = new LinkedHashMap<>();
        List<CatalogJson.FormJson> forms = new ArrayList<>();
        for (Form f : edition.forms()) {
            forms.add(new CatalogJson.FormJson(f.kind(), f.label(), f.title(), f.labelVerified(), null));
            for (Section s : f.sections()) {
                sections.putIfAbsent(s.number(), new CatalogJson.SectionJson(s.number(), s.title()));
                for (Item i : s.items()) {
                    CatalogJson.ItemJson base = items.get(i.key());
                    if (base == null) {
                        items.put(i.key(), itemJson(i, f.kind()));
                        if (!i.guidance().meaning().isBlank()) {
                            guidance.put(i.key(), new CatalogJson.GuidanceJson(i.guidance().meaning(),
                                    i.guidance().howToCheck(), i.guidance().recordToKeep()));
                        }
                        continue;
                    }
                    base.forms().add(f.kind());
                    if (!base.text().equals(i.text()) || base.verified() != i.verified()
                            || !Objects.equals(base.note(), i.verificationNote())) {
                        base.variants().put(f.kind(),
                                new CatalogJson.VariantJson(i.text(), i.verified(), i.verificationNote()));
                    }
                }
            }
        }
        List<CatalogJson.ItemJson> itemList = items.values().stream()
                .map(i -> i.variants().isEmpty() ? withoutVariants(i) : i).toList();
        CatalogJson.EditionJson e = new CatalogJson.EditionJson(edition.id(), edition.fiscalYear().startYear(),
                edition.name(), edition.issued(), edition.inspectionNotice(), edition.source(),
                edition.vendorWordingNote() == null, edition.vendorWordingNote(), note, null, forms,
                new ArrayList<>(sections.values()), itemList, guidance, layout == null ? null : officialJson(layout));
        Json.MAPPER.writeValue(out.toFile(), e);
    }

    private static CatalogJson.ItemJson itemJson(Item i, FormKind kind) {
        List<CatalogJson.RefJson> refs = i.references().stream().map(EditionFileWriter::refJson).toList();
        return new CatalogJson.ItemJson(i.key(), i.section(), i.number(), i.text(), i.scopes(), i.gate(),
                new ArrayList<>(List.of(kind)), refs, i.referencesNote(), i.verified(), i.verificationNote(),
                new EnumMap<>(FormKind.class), i.advisoryScopes().isEmpty() ? null : i.advisoryScopes(), null,
                i.targetUntil() == null ? null : i.targetUntil().startYear());
    }

    private static CatalogJson.ItemJson withoutVariants(CatalogJson.ItemJson i) {
        return new CatalogJson.ItemJson(i.key(), i.section(), i.number(), i.text(), i.scopes(), i.gate(), i.forms(),
                i.references(), i.referencesNote(), i.verified(), i.note(), null, i.advisoryScopes(), i.advisoryNote(),
                i.targetUntil());
    }

    private static CatalogJson.RefJson refJson(GuidelineRef r) {
        return new CatalogJson.RefJson(r.part(), r.section(), r.item(), r.group(), r.verified() ? null : false);
    }

    private static CatalogJson.OfficialJson officialJson(OfficialLayout layout) {
        List<CatalogJson.OfficialTableJson> tables = new ArrayList<>();
        for (OfficialLayout.Table t : layout.tables()) {
            Map<OfficialColumn, String> columns = new EnumMap<>(OfficialColumn.class);
            t.columns().forEach((c, i) -> columns.put(c, ColumnName.letters(i)));
            List<CatalogJson.PlacedJson> rows = t.rows().stream()
                    .map(p -> new CatalogJson.PlacedJson(p.row().itemKey(), p.row().scope(), p.number(),
                            p.excelRow(), p.textCell()))
                    .toList();
            tables.add(new CatalogJson.OfficialTableJson(t.file(), t.copy().getFileName().toString(), t.sheet(),
                    t.label(), t.forms(), t.headerRow(), columns, rows));
        }
        List<CatalogJson.OfficialSourceJson> sources = layout.sources().stream()
                .map(x -> new CatalogJson.OfficialSourceJson(x.file(), x.sha256(), x.published(), x.verdict()))
                .toList();
        return new CatalogJson.OfficialJson(tables, sources.isEmpty() ? null : sources);
    }
}
