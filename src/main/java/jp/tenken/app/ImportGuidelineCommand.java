package jp.tenken.app;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import jp.tenken.domain.Circled;
import jp.tenken.domain.guideline.GuidelineVolume;
import jp.tenken.domain.guideline.TakenGuideline;
import jp.tenken.i18n.Messages;
import jp.tenken.service.GuidelineTakeInService;

/**
 * {@code tenken import-guideline [--version 7.0] [--dry-run] PDF...}: takes in the guideline from the ministry's PDFs
 * as the window does. With {@code --dry-run} it prints one 遵守事項 per line (編, chapter number, chapter title, clause
 * number, clause text, tab-separated) and nothing else on standard output, and keeps nothing; doubts, notes and each
 * file's 出典 go to standard error. Exit 0 when read (and, without {@code --dry-run}, kept), 2 when refused (the
 * reason in Japanese on standard error), 64 on wrong usage.
 */
final class ImportGuidelineCommand {
    private ImportGuidelineCommand() {
    }

    static int run(List<String> args, PrintStream out, PrintStream err) {
        CommandLine line;
        try {
            line = CommandLine.parse(args, Set.of("version"), Set.of("dry-run"), true);
        } catch (CommandLine.Usage e) {
            return usage(err, Messages.get("cli.importGuideline.unknownOption", e.argument()));
        }
        String version = line.option("version").orElse(null);
        if (version != null) {
            String v = version.replaceFirst("^第", "").replaceFirst("版$", "");
            if (!v.matches("\\d{1,2}(\\.\\d{1,2})?")) {
                return usage(err, Messages.get("cli.importGuideline.badVersion", version));
            }
            version = v.contains(".") ? v : v + ".0";
        }
        List<Path> files = line.files();
        if (files.isEmpty()) {
            return usage(err, Messages.get("cli.importGuideline.noFile"));
        }
        Optional<Path> missing = line.missingFile();
        if (missing.isPresent()) {
            err.println(Messages.get("cli.importGuideline.missing", missing.get()));
            return 2;
        }
        try {
            GuidelineTakeInService takeIn = AppContext.guidelineTakeIn(AppPaths.fromSystem());
            GuidelineTakeInService.Preview p = takeIn.preview(files, version);
            if (line.flag("dry-run") && p.problems().isEmpty()) {
                printClauses(p, out);
            }
            p.doubts().forEach(err::println);
            p.notes().forEach(err::println);
            p.readings().forEach(r -> {
                err.println(r.summary());
                err.println(r.provenanceLine());
            });
            if (p.filled() > 0) {
                err.println(Messages.get("guidelinePdf.filled", p.filled()));
            }
            if (!p.problems().isEmpty()) {
                p.problems().forEach(err::println);
                return 2;
            }
            if (!line.flag("dry-run")) {
                TakenGuideline kept = takeIn.keep(p);
                err.println(Messages.get("guidelinePdf.kept", kept.version(), String.join("・",
                        kept.volumes().stream().map(v -> v.volume().part()).toList()), kept.clauseCount()));
            }
            return 0;
        } catch (RuntimeException e) {
            err.println(Messages.forUser(e)); // a UserMessageException says its own words
            return 2;
        }
    }

    private static void printClauses(GuidelineTakeInService.Preview p, PrintStream out) {
        for (GuidelineTakeInService.Reading r : p.readings()) {
            for (GuidelineVolume.Chapter c : r.volume().chapters()) {
                for (GuidelineVolume.ReadClause cl : c.clauses()) {
                    out.println(String.join("\t", r.volume().part(), c.number(), CommandLine.oneLine(c.title()),
                            Circled.of(cl.number()), CommandLine.oneLine(cl.text())));
                }
            }
        }
        out.flush();
    }

    private static int usage(PrintStream err, String why) {
        err.println(why);
        err.println(Messages.get("cli.importGuideline.usage"));
        return 64;
    }
}
