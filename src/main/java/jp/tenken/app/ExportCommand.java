package jp.tenken.app;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import jp.tenken.domain.FiscalYear;
import jp.tenken.domain.FormKind;
import jp.tenken.domain.Vendor;
import jp.tenken.i18n.Messages;
import jp.tenken.i18n.UserMessageException;
import jp.tenken.service.ExportService;
import jp.tenken.service.VendorService;

/**
 * {@code tenken export --workbook FILE --year 2025 --out FILE.xlsx [--form pack|facility|vendor|compare|clauses|official]
 * [--vendor NAME] [--from 2024]}: the same export as the screen (and the same {@link AppContext}, so
 * {@code -Dtenken.today} dates it), for scripts and the benchmark. Exit 0 on success, 2 on a problem a person can
 * fix (the message says how), 64 on wrong usage.
 */
final class ExportCommand {
    private ExportCommand() {
    }

    static int run(List<String> args) {
        Map<String, String> opts = new HashMap<>();
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            if (a.startsWith("--") && i + 1 < args.size()) {
                opts.put(a.substring(2), args.get(++i));
            } else {
                return usage("unexpected argument: " + a);
            }
        }
        if (!opts.containsKey("workbook") || !opts.containsKey("year") || !opts.containsKey("out")) {
            return usage("--workbook, --year and --out are required");
        }
        Optional<FiscalYear> year = parseYear(opts.get("year"));
        if (year.isEmpty()) {
            return usage("--year: 2025, R7 or 令和7");
        }
        Path workbook = Path.of(opts.get("workbook"));
        Path out = Path.of(opts.get("out"));
        String form = opts.getOrDefault("form", "pack").toLowerCase(Locale.ROOT);
        long start = System.nanoTime();
        try (AppContext context = AppContext.open(workbook, AppPaths.fromSystem())) {
            ExportService export = context.export();
            VendorService vendors = context.vendors();
            switch (form) {
                case "pack" -> export.exportPack(year.get(), out, f -> { });
                case "facility", "pharmacy", "own" -> export.exportOwnForm(year.get(), out, f -> { });
                case "clauses" -> export.exportClauseTable(year.get(), out, f -> { });
                case "official" -> export.exportOfficial(year.get(), out, f -> { });
                case "vendor" -> {
                    String name = opts.get("vendor");
                    Vendor v = vendors.vendors().stream().filter(x -> x.name().equals(name)).findFirst().orElse(null);
                    if (v == null) {
                        return usage("--vendor NAME: one of " + vendors.vendors().stream().map(Vendor::name).toList());
                    }
                    export.exportVendorForm(year.get(), v.id(), out, f -> { });
                }
                case "compare" -> {
                    Optional<FiscalYear> from = opts.containsKey("from") ? parseYear(opts.get("from"))
                            : Optional.of(year.get().previous());
                    if (from.isEmpty()) {
                        return usage("--from: 2024, R6 or 令和6");
                    }
                    Long vendorId = null;
                    if (opts.containsKey("vendor")) {
                        String name = opts.get("vendor");
                        Vendor v = vendors.vendors().stream().filter(x -> x.name().equals(name)).findFirst()
                                .orElse(null);
                        if (v == null) {
                            return usage("--vendor NAME: one of "
                                    + vendors.vendors().stream().map(Vendor::name).toList());
                        }
                        vendorId = v.id();
                    }
                    export.exportComparison(from.get(), year.get(),
                            vendorId == null ? context.checklist().ownForm() : FormKind.VENDOR, vendorId, out,
                            f -> { });
                }
                default -> {
                    return usage("--form pack|facility|vendor|compare|clauses|official");
                }
            }
            System.out.printf("%s (%d KB, %d ms)%n", Messages.get("export.done", out.toAbsolutePath()),
                    Files.size(out) / 1024, (System.nanoTime() - start) / 1_000_000);
            return 0;
        } catch (UserMessageException e) {
            System.err.println(e.getMessage());
            return 2;
        } catch (java.io.IOException e) {
            System.err.println(e.getMessage());
            return 2;
        }
    }

    static Optional<FiscalYear> parseYear(String s) {
        String t = s.strip().toUpperCase(Locale.ROOT).replace("令和", "R").replace("年度", "");
        try {
            if (t.startsWith("R")) {
                return Optional.of(FiscalYear.ofReiwa(Integer.parseInt(t.substring(1))));
            }
            return Optional.of(new FiscalYear(Integer.parseInt(t)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static int usage(String problem) {
        System.err.println(problem);
        System.err.println(Messages.get("cli.usage"));
        return 64;
    }
}
