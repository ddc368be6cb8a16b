package jp.tenken.app;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import jp.tenken.domain.register.Device;
import jp.tenken.domain.FiscalYear;
import jp.tenken.domain.register.RegisterList;
import jp.tenken.domain.register.RegisterMapping;
import jp.tenken.i18n.Messages;
import jp.tenken.i18n.UserMessageException;
import jp.tenken.service.RegisterImportPreview;
import jp.tenken.service.RegisterService;

/**
 * {@code tenken import-register --workbook FILE [--year 2025] [--dry-run] LIST.xlsx|.csv}: takes a clinic's own
 * device list into the year's 機器台帳 with the columns its headers name (the screen lets a person assign them
 * instead). With {@code --dry-run} it prints one device per line — name, kind, location, OS, support end,
 * tab-separated — and writes nothing. What the reading noticed and what was taken in go to standard error. Exit 0
 * on success, 2 on a problem a person can fix (the message says how), 64 on wrong usage.
 */
final class RegisterCommand {
    private RegisterCommand() {
    }

    static int run(List<String> args) {
        return run(args, System.out, System.err);
    }

    static int run(List<String> args, PrintStream out, PrintStream err) {
        CommandLine line;
        try {
            line = CommandLine.parse(args, Set.of("workbook", "year"), Set.of("dry-run"), true);
        } catch (CommandLine.Usage e) {
            return usage(err, e.kind() == CommandLine.Usage.Kind.MISSING_VALUE
                    ? Messages.get("cli.missingValue", e.argument())
                    : Messages.get("registers.cli.unexpected", e.argument()));
        }
        String workbook = line.option("workbook").orElse(null);
        String yearText = line.option("year").orElse(null);
        boolean dryRun = line.flag("dry-run");
        List<String> lists = line.operands();
        if (workbook == null || lists.size() != 1) {
            return usage(err, Messages.get("registers.cli.required"));
        }
        Optional<FiscalYear> year = yearText == null ? Optional.of(FiscalYear.of(LocalDate.now(AppContext.clock())))
                : FiscalYear.parse(yearText);
        if (year.isEmpty()) {
            return usage(err, Messages.get("registers.cli.badYear", yearText));
        }
        try (AppContext context = AppContext.open(Path.of(workbook), AppPaths.fromSystem())) {
            return take(context.registers(), Path.of(lists.get(0)), year.get(), dryRun, out, err);
        } catch (UserMessageException e) {
            err.println(e.getMessage());
            return 2;
        }
    }

    private static int take(RegisterService registers, Path file, FiscalYear year, boolean dryRun, PrintStream out,
                            PrintStream err) {
        RegisterList list = registers.readList(file);
        RegisterMapping mapping = RegisterMapping.guess(list);
        if (!mapping.complete()) {
            err.println(Messages.get("registers.cli.noNameColumn", list.file()));
            return 2;
        }
        RegisterImportPreview preview = registers.preview(list, mapping, year);
        preview.notes().forEach(n -> err.println(Messages.get("registers.cli.note", n)));
        if (dryRun) {
            for (Device d : preview.devices()) {
                out.println(String.join("\t", d.name(), d.kind().label(), d.location(), d.osLine(),
                        d.supportEnd() == null ? "" : d.supportEnd().toString()));
            }
            return 0;
        }
        List<Device> added = registers.importDevices(preview);
        // a summary, not data: standard error, as every command's (standard output stays for --dry-run's rows)
        err.println(Messages.get("registers.imported", list.file(), added.size(), year.label()));
        return 0;
    }

    private static int usage(PrintStream err, String problem) {
        err.println(problem);
        err.println(Messages.get("registers.cli.usage"));
        return 64;
    }
}
