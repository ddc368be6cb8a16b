package jp.tenken.app;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import jp.tenken.domain.FiscalYear;
import jp.tenken.domain.official.OfficialGrid;
import jp.tenken.domain.official.OfficialItem;
import jp.tenken.domain.official.OfficialRow;
import jp.tenken.i18n.Messages;
import jp.tenken.i18n.UserMessageException;
import jp.tenken.service.OfficialEditionService;

/**
 * {@code tenken import-official [--year R8|2026|令和8] [--dry-run] FILE...}: takes in the ministry's checklist
 * workbooks as the screen does, for administrators and scripts. With {@code --dry-run} it prints what it recognised,
 * one answer row per line (section, printed number, scope, item text, tab-separated) and nothing else on standard
 * output (the rows of the files given: a 事業者確認用 alone joins the year's edition taken in earlier and lists its own
 * rows), and adds nothing; what was skipped and each file's 出典 go to standard error. Exit 0 when recognised (and, without {@code --dry-run}, added), 2 when refused (the
 * reason in Japanese on standard error), 64 on wrong usage.
 */
final class ImportOfficialCommand {
    private ImportOfficialCommand() {
    }

    static int run(List<String> args, PrintStream out, PrintStream err) {
        CommandLine line;
        try {
            line = CommandLine.parse(args, Set.of("year"), Set.of("dry-run"), true);
        } catch (CommandLine.Usage e) {
            return usage(err, Messages.get("cli.importOfficial.unknownOption", e.argument()));
        }
        boolean dryRun = line.flag("dry-run");
        FiscalYear year = null;
        if (line.has("year")) {
            Optional<FiscalYear> parsed = FiscalYear.parse(line.option("year").orElseThrow());
            if (parsed.isEmpty()) {
                return usage(err, Messages.get("cli.importOfficial.badYear", line.option("year").orElseThrow()));
            }
            year = parsed.get();
        }
        List<Path> files = line.files();
        if (files.isEmpty()) {
            return usage(err, Messages.get("cli.importOfficial.noFile"));
        }
        Optional<Path> missing = line.missingFile();
        if (missing.isPresent()) {
            err.println(Messages.get("cli.importOfficial.missing", missing.get()));
            return 2;
        }
        try {
            OfficialEditionService official = AppContext.officialEditions(AppPaths.fromSystem());
            OfficialEditionService.Preview p = official.preview(files, year);
            if (year != null) {
                printedYear(official, files).filter(y -> !y.equals(p.edition().fiscalYear()))
                        .ifPresent(y -> err.println(Messages.get("cli.importOfficial.yearDiffers", y.label(),
                                p.edition().fiscalYear().label())));
            }
            if (dryRun) {
                printRows(p, files.stream().map(f -> f.getFileName().toString()).toList(), out);
            }
            p.skipped().forEach(err::println);
            p.provenanceLines().forEach(err::println);
            if (!p.problems().isEmpty()) {
                p.problems().forEach(err::println);
                return 2;
            }
            if (!dryRun) {
                official.add(p);
                err.println(Messages.get("official.added", p.edition().name()));
            }
            return 0;
        } catch (RuntimeException e) {
            err.println(Messages.forUser(e)); // a UserMessageException says its own words
            return 2;
        }
    }

    /** The rows read from the files given (a 事業者確認用 joining a kept edition lists its own rows only). */
    private static void printRows(OfficialEditionService.Preview p, List<String> given, PrintStream out) {
        for (OfficialGrid g : p.grids()) {
            if (!given.contains(g.file())) {
                continue;
            }
            for (OfficialItem item : g.items()) {
                String section = item.sectionTitle() == null || item.sectionTitle().isBlank() ? item.section()
                        : item.sectionTitle();
                for (OfficialRow row : item.rows()) {
                    out.println(String.join("\t", CommandLine.oneLine(section), CommandLine.oneLine(item.number()),
                            CommandLine.oneLine(row.scope().label()), CommandLine.oneLine(item.text())));
                }
            }
        }
        out.flush();
    }

    /** The year the files' titles print, when they print one (read again without --year; only then). */
    private static Optional<FiscalYear> printedYear(OfficialEditionService official, List<Path> files) {
        try {
            return Optional.of(official.preview(files, null).edition().fiscalYear());
        } catch (UserMessageException e) {
            return Optional.empty(); // no 令和N年度 printed: --year names the year
        }
    }

    private static int usage(PrintStream err, String why) {
        err.println(why);
        err.println(Messages.get("cli.importOfficial.usage"));
        return 64;
    }
}
