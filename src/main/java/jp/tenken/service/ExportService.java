package jp.tenken.service;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import jp.tenken.catalog.Catalog;
import jp.tenken.domain.ExportProgress;
import jp.tenken.domain.FileFailure;
import jp.tenken.domain.FiscalYear;
import jp.tenken.domain.UserText;
import jp.tenken.domain.edition.Edition;
import jp.tenken.domain.edition.FormKind;
import jp.tenken.domain.official.OfficialLayout;
import jp.tenken.domain.register.MaintenanceDetermination;
import jp.tenken.domain.vendor.Vendor;
import jp.tenken.domain.year.AnswerSheet;
import jp.tenken.domain.year.Carryover;
import jp.tenken.i18n.Messages;
import jp.tenken.i18n.UserMessageException;
import jp.tenken.storage.VendorRepository;
import jp.tenken.xlsx.OfficialFileException;
import jp.tenken.xlsx.write.ClauseTableData;
import jp.tenken.xlsx.write.ComparisonData;
import jp.tenken.xlsx.write.ExportSummary;
import jp.tenken.xlsx.write.FormData;
import jp.tenken.xlsx.write.MaintenanceData;
import jp.tenken.xlsx.write.MdsSdsData;
import jp.tenken.xlsx.write.OfficialWorkbookWriter;
import jp.tenken.xlsx.write.RegisterData;
import jp.tenken.xlsx.write.VendorStatusData;
import jp.tenken.xlsx.write.XlsxExporter;

/**
 * Exports forms as .xlsx in the ministry's layout: one form, or the 立入検査用 pack. Writes a temporary file in
 * the target folder and moves it into place, so a failure (file open in Excel, read-only folder, full disk)
 * leaves neither a half-written file nor a changed old one.
 */
public final class ExportService {
    private final VendorRepository vendorList;
    private final StoredForms forms;
    private final Catalog catalog;
    private final Clock clock;
    private final ComparisonService comparisons;
    private final VendorService vendors;
    private final GuidelineService guideline;
    private final RegisterService registers;
    private final MaintenanceService maintenance;
    private final MdsSdsService mdsSds;
    private final XlsxExporter exporter = new XlsxExporter();
    private final OfficialWorkbookWriter officialWriter = new OfficialWorkbookWriter();

    /**
     * Every sheet is dated by {@code clock}; the use case that composes the comparison, the vendors' statuses, the
     * 「ガイドライン対応表」 and the registers (which parts a pack holds is chosen per pack, see {@link PackParts}).
     */
    public ExportService(StoredForms forms, VendorRepository vendorList, Catalog catalog, Clock clock,
                         ComparisonService comparisons, VendorService vendors, GuidelineService guideline,
                         RegisterService registers, MaintenanceService maintenance, MdsSdsService mdsSds) {
        this.forms = Objects.requireNonNull(forms);
        this.vendorList = Objects.requireNonNull(vendorList);
        this.catalog = Objects.requireNonNull(catalog);
        this.clock = Objects.requireNonNull(clock);
        this.comparisons = Objects.requireNonNull(comparisons);
        this.vendors = Objects.requireNonNull(vendors);
        this.guideline = Objects.requireNonNull(guideline);
        this.registers = Objects.requireNonNull(registers);
        this.maintenance = Objects.requireNonNull(maintenance);
        this.mdsSds = Objects.requireNonNull(mdsSds);
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    /** The facility's own form (医療機関確認用 or 薬局確認用) for a year. */
    public ExportResult exportOwnForm(FiscalYear year, Path out, ExportProgress progress) {
        FormData d = formData(year, forms.ownForm(), null);
        return atomically(out, tmp -> exporter.writeForm(d, tmp, progress, today()));
    }

    /** One vendor's 事業者確認用 for a year. */
    public ExportResult exportVendorForm(FiscalYear year, long vendorId, Path out, ExportProgress progress) {
        return exportVendorForm(year, vendorId, false, out, progress);
    }

    /**
     * One vendor's 事業者確認用 for a year; with {@code hints}, last year's answers are printed in the 備考 column
     * as 「前年度：はい（令和6年5月1日）」 (never as this year's answers).
     */
    public ExportResult exportVendorForm(FiscalYear year, long vendorId, boolean hints, Path out, ExportProgress progress) {
        FormData plain = formData(year, FormKind.VENDOR, vendorId);
        FormData d = hints ? withHints(plain, year, vendorId) : plain;
        return atomically(out, tmp -> exporter.writeForm(d, tmp, progress, today()));
    }

    private FormData withHints(FormData d, FiscalYear year, long vendorId) {
        Optional<OpenForm> before = forms.existing(year.previous(), FormKind.VENDOR, vendorId);
        if (before.isEmpty()) {
            return d;
        }
        Carryover carry = Carryover.of(year.previous(), before.get().form(),
                before.get().answers(), true, d.form());
        return d.withHints(year.previous(), carry.previous());
    }

    /**
     * The 立入検査用 pack: summary, the facility's form, the 事業者確認用 of every vendor contracted in that year (as
     * it stood then, whatever was added or changed in later years), then — when the
     * file holds the previous year — the 前年度比較 sheet of each of those forms that has one, and (with the
     * the registers and) the 「ガイドライン対応表」 last.
     */
    public ExportResult exportPack(FiscalYear year, Path out, ExportProgress progress) {
        return exportPack(year, PackParts.ALL, out, progress);
    }

    /**
     * The pack with the optional parts chosen: the 「ガイドライン対応表」, and the 「機器台帳」 and 「連絡体制図」 after the
     * comparison (each only when it is not empty).
     */
    public ExportResult exportPack(FiscalYear year, PackParts parts, Path out, ExportProgress progress) {
        Pack pack = this.forms.readingOnce(() -> packOf(year, parts));
        return atomically(out, tmp -> exporter.writePack(pack.forms(), pack.compared(), pack.clauses(),
                pack.returns(), pack.kept(), pack.maintenance(), pack.mdsSds(), tmp, progress, today()));
    }

    /** What one pack prints, gathered with each of the year's forms read once. */
    private record Pack(List<FormData> forms, List<ComparisonData> compared, ClauseTableData clauses,
                        List<VendorStatusData> returns, RegisterData kept, MaintenanceData maintenance,
                        MdsSdsData mdsSds) {
    }

    private Pack packOf(FiscalYear year, PackParts parts) {
        RegisterData kept = parts.registers() ? registers.forPack(year) : null;
        List<FormData> forms = packData(year);
        List<ComparisonData> compared = packComparisons(year);
        ClauseTableData clauses = parts.clauseTable() ? guideline.clauseTable(year) : null;
        List<VendorStatusData> returns = vendors.statuses(year).stream()
                .filter(v -> v.vendor().contracted())
                .map(v -> new VendorStatusData(shown(v.vendor()), v.form(), v.flags())).toList();
        boolean seventh = MaintenanceDetermination.asked(year);
        return new Pack(forms, compared, clauses, returns, kept, seventh ? maintenance.printed(year) : null,
                seventh ? mdsSds.printed(year) : null);
    }

    /**
     * The 「機器台帳」 ({@code devices}) or the 「連絡体制図」 on its own, printed even when empty (a blank form to
     * fill in by hand).
     */
    public ExportResult exportRegister(FiscalYear year, boolean devices, Path out, ExportProgress progress) {
        RegisterData all = registers.printed(year);
        RegisterData one = devices ? all.devicesOnly() : all.chartOnly();
        return atomically(out, tmp -> exporter.writeRegisters(one, tmp, progress, today()));
    }

    /** The 「ガイドライン対応表」 alone. */
    public ExportResult exportClauseTable(FiscalYear year, Path out, ExportProgress progress) {
        ClauseTableData clauses = guideline.clauseTable(year);
        return atomically(out, tmp -> exporter.writeClauseTable(clauses, tmp, progress, today()));
    }

    /** The 前年度比較 sheet on its own, for one form (the facility's when {@code vendorId} is null). */
    public ExportResult exportComparison(FiscalYear earlier, FiscalYear later, FormKind kind, Long vendorId, Path out,
                                 ExportProgress progress) {
        ComparisonData d = comparisonData(comparisons.compare(earlier, later, kind, vendorId, false));
        return atomically(out, tmp -> exporter.writeComparison(List.of(d), tmp, progress, today()));
    }

    /**
     * Whether a year answered on this edition can be written into the ministry's own workbook: only an edition
     * taken in from it keeps its layout (a catalog look-up, no file is read).
     */
    public boolean writesOfficial(String editionId) {
        return catalog.official(editionId).isPresent();
    }

    /**
     * The facility's own form for a year written into a copy of the ministry's own workbook it was answered on
     * (an edition taken in from the ministry's Excel): the answers go into the form's own cells, everything else
     * stays as the ministry made it.
     */
    public ExportResult exportOfficial(FiscalYear year, Path out, ExportProgress progress) {
        FormKind kind = forms.ownForm();
        Optional<OpenForm> open = forms.existing(year, kind, null);
        Edition edition = open.map(o -> o.edition().edition())
                .orElseGet(() -> catalog.editionFor(year, kind).edition());
        AnswerSheet answers = open.map(OpenForm::answers).orElseGet(() -> new AnswerSheet(List.of()));
        Optional<Edition> newer = open.flatMap(o -> forms.newer(o.assessment()))
                .filter(e -> catalog.official(e.id()).isPresent());
        OfficialLayout layout = catalog.official(edition.id()).orElseThrow(() -> new UserMessageException(
                newer.isPresent() ? Messages.get("official.error.notOfficialMove", year.label(), edition.name(),
                        newer.get().name())
                        : Messages.get("official.error.notOfficial", year.label(), edition.name()), null));
        List<OfficialLayout.Table> tables = layout.tablesFor(kind);
        if (tables.isEmpty()) {
            throw new UserMessageException(Messages.get("official.error.noTable", kind.label()), null);
        }
        Path copy = tables.get(0).copy();
        List<OfficialLayout.Table> inFile = tables.stream().filter(t -> t.copy().equals(copy)).toList();
        if (!Files.isRegularFile(copy)) {
            throw new UserMessageException(Messages.get("official.error.fileMissing", tables.get(0).file()), null);
        }
        return atomically(OfficialWorkbookWriter.outputName(copy, out), tmp -> {
            try {
                return new ExportSummary(List.of(), List.of(), officialWriter.write(copy, inFile, answers, tmp,
                        progress));
            } catch (OfficialWorkbookWriter.SheetMissingException e) {
                throw new UserMessageException(Messages.get("official.error.sheetMissing", e.sheet()), e);
            } catch (OfficialFileException e) {
                throw new UserMessageException(Messages.get("official.error." + e.kind().name(), copy.getFileName()), e);
            }
        });
    }

    List<ComparisonData> packComparisons(FiscalYear year) {
        List<ComparisonData> out = new ArrayList<>();
        FormKind own = forms.ownForm();
        if (comparisons.hasPrevious(year, own, null)) {
            out.add(comparisonData(comparisons.compare(year.previous(), year, own, null, false)));
        }
        for (Vendor v : vendorList.list(year)) {
            if (v.contracted() && comparisons.hasPrevious(year, FormKind.VENDOR, v.id())) {
                ComparisonReport r = comparisons.compare(year.previous(), year, FormKind.VENDOR, v.id(), false);
                out.add(new ComparisonData(r.comparison(), UserText.line(r.facilityName()),
                        UserText.line(v.name())));
            }
        }
        return out;
    }

    private static ComparisonData comparisonData(ComparisonReport r) {
        return new ComparisonData(r.comparison(), UserText.line(r.facilityName()),
                r.vendorName() == null ? null : UserText.line(r.vendorName()), r.maintenance());
    }

    /** A vendor with its names as every sheet prints them ({@link UserText#line}). */
    private static Vendor shown(Vendor v) {
        return new Vendor(v.id(), UserText.line(v.name()), UserText.line(v.systems()), v.contact(), v.contracted());
    }

    List<FormData> packData(FiscalYear year) {
        List<FormData> out = new ArrayList<>();
        out.add(formData(year, forms.ownForm(), null));
        for (Vendor v : vendorList.list(year)) {
            if (v.contracted()) {
                out.add(formData(year, FormKind.VENDOR, v.id()));
            }
        }
        return out;
    }

    /**
     * The data of one form, a vendor's with the name and systems it had in that year; a year or vendor form not yet
     * started is exported blank (nothing is written).
     */
    public FormData formData(FiscalYear year, FormKind kind, Long vendorId) {
        String facility = UserText.line(forms.facilityName());
        StoredForms.Blankable open = forms.formOrBlank(year, kind, vendorId);
        String vendorName = null;
        String systems = null;
        if (vendorId != null) {
            Vendor v = vendorList.find(vendorId, year).or(() -> vendorList.find(vendorId))
                    .orElseThrow(() -> new IllegalArgumentException("no vendor " + vendorId));
            vendorName = UserText.line(v.name());
            systems = UserText.line(v.systems());
        }
        return new FormData(open.edition().edition(), open.form(), year, facility, vendorName, systems,
                open.answers(), vendorId, null, null);
    }

    private interface Write {
        ExportSummary to(Path tmp) throws IOException;
    }

    private static ExportResult atomically(Path out, Write write) {
        Path dir = out.toAbsolutePath().getParent();
        if (dir == null || !Files.isDirectory(dir)) {
            throw new ExportException(ExportException.Kind.FOLDER_MISSING, out, null);
        }
        Path tmp;
        try {
            // createFile, not createTempFile: the export gets the user's normal permissions, not owner-only ones
            tmp = Files.createFile(dir.resolve(".tenken-export-" + UUID.randomUUID() + ".xlsx.tmp"));
        } catch (IOException e) {
            throw new ExportException(kindOf(e), out, e);
        }
        try {
            ExportSummary written = write.to(tmp);
            FileMove.replace(tmp, out);
            return ExportResult.of(out, written);
        } catch (IOException | RuntimeException e) {
            try {
                Files.deleteIfExists(tmp);
            } catch (IOException ignored) {
                // the temporary file is hidden and named as ours; nothing else to do
            }
            if (e instanceof UserMessageException um) {
                throw um;
            }
            throw new ExportException(kindOf(e, dir), out, e);
        }
    }

    /** Bytes below which a folder's disk counts as full when a write failed without saying why. */
    private static final long NEARLY_FULL = 1L << 20;

    /**
     * What a failed write means: the I/O failure inside it when there is one (POI wraps some, and logs and drops
     * others), else a disk found (nearly) full after the failure, else a plain failure.
     */
    private static ExportException.Kind kindOf(Throwable e, Path dir) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof IOException io) {
                ExportException.Kind k = kindOf(io);
                if (k != ExportException.Kind.FAILED) {
                    return k;
                }
            }
        }
        try {
            if (Files.getFileStore(dir).getUsableSpace() < NEARLY_FULL) {
                return ExportException.Kind.DISK_FULL;
            }
        } catch (IOException ignored) {
            // the folder cannot be asked: say what is known
        }
        return ExportException.Kind.FAILED;
    }

    private static ExportException.Kind kindOf(IOException e) {
        return switch (FileFailure.of(e)) {
            case NO_SPACE -> ExportException.Kind.DISK_FULL;
            case DENIED, OTHER_FILE_SYSTEM -> ExportException.Kind.CANNOT_WRITE;
            case MISSING -> ExportException.Kind.FOLDER_MISSING;
            case OTHER -> ExportException.Kind.FAILED;
        };
    }
}
