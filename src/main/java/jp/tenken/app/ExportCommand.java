package jp.tenken.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import jp.tenken.domain.FiscalYear;
import jp.tenken.domain.edition.FormKind;
import jp.tenken.domain.vendor.Vendor;
import jp.tenken.i18n.Messages;
import jp.tenken.i18n.UserMessageException;
import jp.tenken.service.ExportResult;
import jp.tenken.service.ExportService;
import jp.tenken.service.VendorService;
import jp.tenken.storage.StorageException;
import jp.tenken.xlsx.write.SpreadsheetWarmUp;

/**
 * {@code tenken export --workbook FILE --year 2025 --out FILE.xlsx [--form pack|facility|vendor|compare|clauses|official]
 * [--vendor NAME] [--from 2024]}: the same export as the screen (and the same {@link AppContext}, so
 * {@code -Dtenken.today} dates it), for scripts and the benchmark. Exit 0 on success, 2 on a problem a person can
 * fix (the message says how), 64 on wrong usage.
 */
final class ExportCommand {
    private static final Set<String> OPTIONS = Set.of("workbook", "year", "out", "form", "vendor", "from");

    private ExportCommand() {
    }

    static int run(List<String> args) {
        if (args.size() == 1 && (args.get(0).equals("--help") || args.get(0).equals("-h"))) {
            System.out.println(Messages.get("cli.usage"));
            return 0;
        }
        Map<String, String> opts;
        try {
            opts = CommandLine.parse(args, OPTIONS, Set.of(), false).options();
        } catch (CommandLine.Usage e) {
            return usage(Messages.get(switch (e.kind()) {
                case UNEXPECTED_OPERAND -> "cli.unexpected";
                case UNKNOWN_OPTION -> "cli.unknownOption";
                case MISSING_VALUE -> "cli.missingValue";
            }, e.argument()));
        }
        if (!opts.containsKey("workbook") || !opts.containsKey("year") || !opts.containsKey("out")) {
            return usage(Messages.get("cli.required"));
        }
        Optional<FiscalYear> year = FiscalYear.parse(opts.get("year"));
        if (year.isEmpty()) {
            return usage(Messages.get("cli.badYear", "--year", opts.get("year")));
        }
        Path workbook = Path.of(opts.get("workbook"));
        Path out = Path.of(opts.get("out"));
        if (Files.isDirectory(out)) {
            System.err.println(Messages.get("cli.export.outIsFolder", out));
            return 2;
        }
        String form = opts.getOrDefault("form", "pack").toLowerCase(Locale.ROOT);
        String name = out.getFileName().toString().toLowerCase(Locale.ROOT);
        // only Excel: never an .xlsx under another name (a macro-enabled official form may keep .xlsm)
        if (!name.endsWith(".xlsx") && !(form.equals("official") && name.endsWith(".xlsm"))) {
            return usage(Messages.get("cli.export.outNotXlsx", out));
        }
        long start = System.nanoTime();
        SpreadsheetWarmUp.inBackground(); // while the workbook is opened and the year read
        try (AppContext context = AppContext.open(workbook, AppPaths.fromSystem())) {
            Optional<String> missing = missingYear(context, year.get(), form, opts);
            if (missing.isPresent()) {
                System.err.println(missing.get());
                return 2;
            }
            Done done = export(context, form, year.get(), out, opts);
            if (done.code() != 0) {
                return done.code();
            }
            // standard output stays for data: what was written goes to standard error, as the window says it
            Path written = done.result().file(); // a macro-enabled official form is written as .xlsm
            System.err.printf("%s (%d KB, %d ms)%n", done.result().message(), Files.size(written) / 1024,
                    (System.nanoTime() - start) / 1_000_000);
            return 0;
        } catch (StorageException e) {
            // the storage's own words are the window's ("close the other screen, then open it"): here another window
            // or another export holds the workbook, and the thing to do again is the export
            System.err.println(e.kind() == StorageException.Kind.ALREADY_OPEN
                    ? Messages.get("cli.export.alreadyOpen", workbook.getFileName()) : e.getMessage());
            return 2;
        } catch (UserMessageException | IOException e) {
            System.err.println(e.getMessage());
            return 2;
        }
    }

    /** The outcome of an export: 0 and what was written, or the exit code when an option is wrong. */
    private record Done(int code, ExportResult result) {
        static Done refused(int code) {
            return new Done(code, null);
        }
    }

    /** Writes one kind of export with the context's services. */
    private static Done export(AppContext context, String form, FiscalYear year, Path out, Map<String, String> opts) {
        ExportService export = context.export();
        ExportResult result;
        switch (form) {
            case "pack" -> result = export.exportPack(year, out, f -> { });
            case "facility", "pharmacy", "own" -> result = export.exportOwnForm(year, out, f -> { });
            case "clauses" -> result = export.exportClauseTable(year, out, f -> { });
            case "official" -> result = export.exportOfficial(year, out, f -> { });
            case "vendor" -> {
                Optional<Vendor> v = vendor(context.vendors(), year, opts.get("vendor"));
                if (v.isEmpty()) {
                    return Done.refused(vendorUsage(context.vendors(), year, opts.get("vendor")));
                }
                result = export.exportVendorForm(year, v.get().id(), out, f -> { });
            }
            case "compare" -> {
                Optional<FiscalYear> from = opts.containsKey("from") ? FiscalYear.parse(opts.get("from"))
                        : Optional.of(year.previous());
                if (from.isEmpty()) {
                    return Done.refused(usage(Messages.get("cli.badYear", "--from", opts.get("from"))));
                }
                Optional<Vendor> v = opts.containsKey("vendor")
                        ? vendor(context.vendors(), year, opts.get("vendor")) : Optional.empty();
                if (opts.containsKey("vendor") && v.isEmpty()) {
                    return Done.refused(vendorUsage(context.vendors(), year, opts.get("vendor")));
                }
                result = export.exportComparison(from.get(), year,
                        v.isEmpty() ? context.checklist().ownForm() : FormKind.VENDOR,
                        v.map(Vendor::id).orElse(null), out, f -> { });
            }
            default -> {
                return Done.refused(usage(Messages.get("cli.badForm", form)));
            }
        }
        return new Done(0, result);
    }

    /**
     * The refusal when the export names a year the workbook does not hold (it would be an empty form): the
     * workbook's years are the ones its year list shows, this fiscal year included.
     */
    private static Optional<String> missingYear(AppContext context, FiscalYear year, String form,
                                                Map<String, String> opts) {
        List<FiscalYear> wanted = new ArrayList<>(List.of(year));
        if (form.equals("compare")) {
            FiscalYear.parse(opts.getOrDefault("from", "")).or(() -> Optional.of(year.previous()))
                    .ifPresent(wanted::add);
        }
        // the whole list (each year's answers read for its progress) only for the message
        return wanted.stream().filter(y -> !context.checklist().holdsYear(y)).findFirst()
                .map(y -> Messages.get("cli.export.noSuchYear", y.label(), String.join("、",
                        context.checklist().years().stream().map(s -> s.year().label()).toList())));
    }

    private static Optional<Vendor> vendor(VendorService vendors, FiscalYear year, String name) {
        return vendors.vendors(year).stream().filter(x -> x.name().equals(name)).findFirst();
    }

    /** A vendor that is not there: the year lists none, none was named, or another name (the year's are listed). */
    private static int vendorUsage(VendorService vendors, FiscalYear year, String name) {
        List<String> names = vendors.vendors(year).stream().map(Vendor::name).toList();
        if (names.isEmpty()) {
            System.err.println(Messages.get("cli.export.noVendors", year.label()));
            return 2;
        }
        if (name == null) {
            return usage(Messages.get("cli.badVendor", String.join("、", names)));
        }
        System.err.println(Messages.get("cli.export.unknownVendor", name, String.join("、", names)));
        return 2;
    }


    private static int usage(String problem) {
        return Launcher.usage(problem);
    }
}
