package jp.tenken.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
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
        Map<String, String> opts = new HashMap<>();
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            if (!a.startsWith("--")) {
                return usage(Messages.get("cli.unexpected", a));
            }
            String name = a.substring(2);
            if (!OPTIONS.contains(name)) {
                return usage(Messages.get("cli.unknownOption", a));
            }
            if (i + 1 >= args.size() || args.get(i + 1).startsWith("--")) {
                return usage(Messages.get("cli.missingValue", a));
            }
            opts.put(name, args.get(++i));
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
        String form = opts.getOrDefault("form", "pack").toLowerCase(Locale.ROOT);
        long start = System.nanoTime();
        try (AppContext context = AppContext.open(workbook, AppPaths.fromSystem())) {
            Done done = export(context, form, year.get(), out, opts);
            if (done.code() != 0) {
                return done.code();
            }
            // standard output stays for data: what was written goes to standard error, as the window says it
            System.err.printf("%s (%d KB, %d ms)%n", done.result().message(), Files.size(out) / 1024,
                    (System.nanoTime() - start) / 1_000_000);
            return 0;
        } catch (UserMessageException | IOException e) {
            System.err.println(e.getMessage());
            return 2;
        }
    }

    /** The outcome of an export: 0 and what was written, or the usage code when an option is wrong. */
    private record Done(int code, ExportResult result) {
        static Done usage(int code) {
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
                Optional<Vendor> v = vendor(context.vendors(), opts.get("vendor"));
                if (v.isEmpty()) {
                    return Done.usage(vendorUsage(context.vendors()));
                }
                result = export.exportVendorForm(year, v.get().id(), out, f -> { });
            }
            case "compare" -> {
                Optional<FiscalYear> from = opts.containsKey("from") ? FiscalYear.parse(opts.get("from"))
                        : Optional.of(year.previous());
                if (from.isEmpty()) {
                    return Done.usage(usage(Messages.get("cli.badYear", "--from", opts.get("from"))));
                }
                Optional<Vendor> v = opts.containsKey("vendor") ? vendor(context.vendors(), opts.get("vendor"))
                        : Optional.empty();
                if (opts.containsKey("vendor") && v.isEmpty()) {
                    return Done.usage(vendorUsage(context.vendors()));
                }
                result = export.exportComparison(from.get(), year,
                        v.isEmpty() ? context.checklist().ownForm() : FormKind.VENDOR,
                        v.map(Vendor::id).orElse(null), out, f -> { });
            }
            default -> {
                return Done.usage(usage(Messages.get("cli.badForm", form)));
            }
        }
        return new Done(0, result);
    }

    private static Optional<Vendor> vendor(VendorService vendors, String name) {
        return vendors.vendors().stream().filter(x -> x.name().equals(name)).findFirst();
    }

    private static int vendorUsage(VendorService vendors) {
        return usage(Messages.get("cli.badVendor",
                String.join("、", vendors.vendors().stream().map(Vendor::name).toList())));
    }


    private static int usage(String problem) {
        return Launcher.usage(problem);
    }
}
