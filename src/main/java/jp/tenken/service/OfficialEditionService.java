package jp.tenken.service;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import jp.tenken.catalog.Catalog;
import jp.tenken.catalog.PublishedFileReader;
import jp.tenken.domain.FiscalYear;
import jp.tenken.domain.edition.Edition;
import jp.tenken.domain.edition.Form;
import jp.tenken.domain.edition.FormKind;
import jp.tenken.domain.edition.Item;
import jp.tenken.domain.edition.PublishedFile;
import jp.tenken.domain.official.OfficialGrid;
import jp.tenken.domain.official.OfficialGridRules;
import jp.tenken.domain.official.OfficialLayout;
import jp.tenken.domain.official.OfficialMapping;
import jp.tenken.domain.official.OfficialReading;
import jp.tenken.domain.official.OfficialRecognition;
import jp.tenken.domain.official.OfficialSheetPreview;
import jp.tenken.i18n.Messages;
import jp.tenken.i18n.UserMessageException;
import jp.tenken.xlsx.OfficialFileException;
import jp.tenken.xlsx.read.OfficialGridReader;

/**
 * Takes in the ministry's own checklist workbook(s) as a new edition (令和8年度版 on): reads the tables (as recognised,
 * or through a mapping the user stated), checks them, builds the edition (see {@link OfficialEditionBuilder}), shows
 * what was recognised and what is wrong, and only on confirmation keeps a copy of each file beside a new edition JSON
 * in the app-data catalog folder (see {@link OfficialEditionStore}).
 */
public final class OfficialEditionService {
    private final Catalog catalog;
    private final Path folder;
    /** Read at each preview (a small bundled file), not when the app starts. */
    private final Supplier<PublishedFile.Register> published;
    private final OfficialGridReader reader = new OfficialGridReader();

    /** {@code catalog}: the editions known now, whose texts and keys new items are matched with. */
    public OfficialEditionService(Catalog catalog, Path catalogFolder) {
        this(catalog, catalogFolder, () -> new PublishedFileReader().bundled());
    }

    /** {@code published}: the files the ministry published, by size and SHA-256, to say whether a file is one. */
    public OfficialEditionService(Catalog catalog, Path catalogFolder, PublishedFile.Register published) {
        this(catalog, catalogFolder, () -> published);
    }

    private OfficialEditionService(Catalog catalog, Path catalogFolder, Supplier<PublishedFile.Register> published) {
        this.catalog = catalog;
        this.folder = catalogFolder;
        this.published = published;
    }

    /**
     * What the files hold, as the edition they would add; nothing is written. {@code problems}: what must be put
     * right before it can be added (each in Japanese, with its Excel row); empty when it can. {@code skipped}: what
     * was not read and why (example sheets, tables naming no form) and what was assumed. {@code provenance}: per
     * file, whether it is byte for byte the file the ministry published (never a reason to refuse).
     */
    public record Preview(Edition edition, OfficialLayout layout, List<OfficialGrid> grids, Map<String, Path> sources,
                          Set<String> newKeys, String note, List<String> problems, List<String> skipped,
                          List<OfficialProvenance> provenance) {
        public Preview {
            grids = List.copyOf(grids);
            problems = List.copyOf(problems);
            skipped = List.copyOf(skipped);
            provenance = List.copyOf(provenance);
        }

        /** One line per file: its name, 「厚生労働省が公表したファイルと同一」 or 「公表されたファイルと異なります…」, SHA-256. */
        public List<String> provenanceLines() {
            return provenance.stream().map(OfficialProvenance::line).toList();
        }

        /** How many of a form's items matched a known item. */
        public long mapped(FormKind kind) {
            return edition.form(kind).map(f -> f.items().stream().filter(i -> !newKeys.contains(i.key())).count())
                    .orElse(0L);
        }

        /** The lines to show before the user confirms: problems, each table and how it was read, each form. */
        public List<String> summary() {
            List<String> lines = new ArrayList<>(problems);
            lines.addAll(skipped);
            lines.add(Messages.get("official.preview.edition", edition.name(), edition.id(),
                    String.join("、", sources.keySet())));
            lines.addAll(provenanceLines());
            for (OfficialGrid g : grids) {
                lines.add(Messages.get("official.preview.grid", g.label(), g.sheet(), g.headerRow(), g.items().size(),
                        g.rowCount()));
                lines.add(recognition(g.recognition()));
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

        private static String recognition(OfficialRecognition r) {
            String columns = r.assumptions().stream().map(a -> Messages.get("official.recognition.column",
                    Messages.get("official.column." + a.column().name()), letters(a.index()),
                    Messages.get("official.evidence." + a.evidence().name(), a.detail())))
                    .collect(Collectors.joining("、"));
            return Messages.get("official.recognition", Messages.get("official.confidence." + r.confidence().name()),
                    r.firstHeaderRow(), r.lastHeaderRow(), columns);
        }
    }

    /** The Excel column letters of a 0-based column (0 → A, 26 → AA). */
    static String letters(int index) {
        StringBuilder b = new StringBuilder();
        for (int n = index + 1; n > 0; n = (n - 1) / 26) {
            b.insert(0, (char) ('A' + (n - 1) % 26));
        }
        return b.toString();
    }

    /** Reads {@code files} as recognised; see {@link #preview(List, FiscalYear, Map)}. */
    public Preview preview(List<Path> files, FiscalYear askedYear) {
        return preview(files, askedYear, Map.of());
    }

    /**
     * Reads {@code files} (a file with an entry in {@code mappings} through that mapping) and builds the edition
     * they describe. {@code askedYear} is used when no file prints 令和N年度 (and wins over it when given). A file or
     * a sheet that is not the checklist is refused with a plain message naming what was missing.
     */
    public Preview preview(List<Path> files, FiscalYear askedYear, Map<Path, OfficialMapping> mappings) {
        if (files.isEmpty()) {
            throw new IllegalArgumentException("no files");
        }
        List<OfficialReading> readings = new ArrayList<>();
        Map<String, Path> sources = new LinkedHashMap<>();
        for (Path f : files) {
            readings.add(read(f, mappings.get(f)));
            sources.put(f.getFileName().toString(), f);
        }
        FiscalYear year = askedYear != null ? askedYear
                : readings.stream().map(OfficialReading::year).flatMap(Optional::stream).findFirst()
                .orElseThrow(() -> new UserMessageException(Messages.get("official.error.noYear"), null));
        List<String> skipped = new ArrayList<>();
        for (OfficialReading r : readings) {
            r.examples().forEach(x -> skipped.add(Messages.get("official.preview.example", r.file(), x)));
        }
        List<OfficialGrid> all = readings.stream().flatMap(r -> r.grids().stream()).toList();
        // a table that names no form (a notes table, a sheet of our own) is skipped when other tables name theirs
        List<OfficialGrid> grids = all.stream().filter(g -> !g.forms().isEmpty()).toList();
        OfficialGrid assumed = grids.isEmpty() ? all.get(0) : null;
        if (assumed != null) {
            grids = List.of(assumedForm(assumed, skipped));
        }
        for (OfficialGrid g : all) {
            if (g.forms().isEmpty() && g != assumed) {
                skipped.add(Messages.get("official.preview.skipped", g.file(), g.sheet(), g.headerRow()));
            }
        }
        if (grids.stream().noneMatch(g -> g.forms().contains(FormKind.FACILITY)
                || g.forms().contains(FormKind.PHARMACY))) {
            OfficialEditionJoin.Joined joined = new OfficialEditionJoin(catalog, reader).existing(year);
            skipped.add(Messages.get("official.preview.joined", joined.edition().name()));
            List<OfficialGrid> withKept = new ArrayList<>(joined.grids());
            withKept.addAll(grids);
            grids = withKept;
            Map<String, Path> both = new LinkedHashMap<>(joined.files());
            both.putAll(sources);
            sources = both;
        }
        Map<FormKind, OfficialGrid> byKind = new EnumMap<>(FormKind.class);
        for (OfficialGrid g : grids) {
            g.forms().forEach(k -> byKind.putIfAbsent(k, g));
        }
        boolean notice = readings.stream().anyMatch(OfficialReading::inspectionNotice);
        List<OfficialProvenance> provenance = OfficialProvenance.of(sources, published.get());
        OfficialEditionBuilder.Built b = new OfficialEditionBuilder(catalog, folder)
                .build(year, byKind, List.copyOf(sources.keySet()), notice);
        OfficialLayout layout = new OfficialLayout(b.layout().editionId(), b.layout().tables(),
                provenance.stream().map(OfficialProvenance::source).toList());
        return new Preview(b.edition(), layout, grids, sources, b.newKeys(), b.note(), problems(grids), skipped,
                provenance);
    }

    /**
     * No table names its form: the first is read as the facility's form (the vendors' when 事業者 is in its sheet name
     * or title), and the summary says so; the window's 「様式」 changes it.
     */
    private static OfficialGrid assumedForm(OfficialGrid g, List<String> notes) {
        boolean vendor = (g.sheet() + g.title()).contains("事業者");
        String label = Messages.get(vendor ? "official.window.formVendor" : "official.window.formFacility");
        notes.add(Messages.get("official.preview.assumedForm", g.file(), g.sheet(), label));
        return g.withForms(label, vendor ? List.of(FormKind.VENDOR) : List.of(FormKind.FACILITY, FormKind.PHARMACY));
    }

    /** The first rows of a sheet and the mapping recognised there, for a screen where the user maps columns. */
    public OfficialSheetPreview sheet(Path file, String sheet, int maxRows) {
        try {
            return reader.preview(file, sheet, maxRows);
        } catch (OfficialFileException e) {
            throw new UserMessageException(Messages.get("official.error." + e.kind().name(), file.getFileName()), e);
        }
    }

    private OfficialReading read(Path f, OfficialMapping mapping) {
        OfficialReading r;
        try {
            r = mapping == null ? reader.read(f) : reader.read(f, mapping);
        } catch (OfficialFileException e) {
            throw new UserMessageException(Messages.get("official.error." + e.kind().name(), f.getFileName()), e);
        }
        if (!r.recognised() && !r.examples().isEmpty() && r.unrecognised().isEmpty()) {
            throw new UserMessageException(Messages.get("official.error.exampleSheet", f.getFileName(),
                    String.join("、", r.examples())), null);
        }
        if (!r.recognised()) {
            String why = r.unrecognised().stream()
                    .map(u -> Messages.get("official.error.missingWords", u.sheet(), String.join("、", u.missingWords())))
                    .collect(Collectors.joining("\n"));
            throw new UserMessageException(Messages.get("official.error.notRecognised", f.getFileName(), why), null);
        }
        return r;
    }

    /** Each problem of each table in Japanese, with its file, sheet and Excel row. */
    static List<String> problems(List<OfficialGrid> grids) {
        List<String> out = new ArrayList<>();
        for (OfficialGrid g : grids) {
            for (OfficialGridRules.Problem p : OfficialGridRules.check(g)) {
                out.add(Messages.get("official.problem." + p.kind().name(), p.file(), p.sheet(), p.excelRow(),
                        p.number(), p.otherRow()));
            }
        }
        return out;
    }

    /**
     * Keeps the official files and writes the edition JSON into the catalog folder, after validating it the way the
     * app will load it; a problem leaves the folder as it was. Returns the edition file. Adding the same edition
     * again replaces it; a different edition for the same fiscal year, or a preview with problems, is refused.
     */
    public Path add(Preview p) {
        Edition e = p.edition();
        if (!p.problems().isEmpty()) {
            throw new UserMessageException(Messages.get("official.error.problems", String.join("\n", p.problems())),
                    null);
        }
        for (Edition other : catalog.editions()) {
            if (other.fiscalYear().equals(e.fiscalYear()) && !other.id().equals(e.id())) {
                throw new UserMessageException(Messages.get("official.error.yearTaken", e.fiscalYear().label(),
                        other.name(), other.id()), null);
            }
        }
        return new OfficialEditionStore(folder).keep(e, p.layout(), p.note(), p.sources());
    }
}
