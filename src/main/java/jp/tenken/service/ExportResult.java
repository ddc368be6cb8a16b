package jp.tenken.service;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import jp.tenken.i18n.Messages;
import jp.tenken.xlsx.write.ExportSummary;

/**
 * A finished export: the file, and what it holds as read back from the file itself, in a clerk's words —
 * 「医療機関確認用 22行（はい 19・いいえ 3・未回答 0）、事業者確認用 2件、概要・前年度比較つき」.
 */
public record ExportResult(Path file, String summary) {

    static ExportResult of(Path file, ExportSummary s) {
        List<String> parts = new ArrayList<>();
        s.forms().stream().filter(f -> f.vendorName() == null).forEach(f -> parts.add(Messages.get(
                "export.summary.form", f.label(), f.rows(), f.yes(), f.no(), f.unanswered())));
        if (s.vendorForms() > 0) {
            parts.add(Messages.get("export.summary.vendors", s.vendorForms()));
        }
        List<String> extras = new ArrayList<>();
        if (s.hasOverview()) {
            extras.add(Messages.get("export.summary.overview"));
        }
        if (s.hasComparison()) {
            extras.add(Messages.get("export.summary.comparison"));
        }
        if (s.hasClauseTable()) {
            extras.add(Messages.get("export.summary.clauses"));
        }
        if (!extras.isEmpty()) {
            parts.add(Messages.get("export.summary.with", String.join("・", extras)));
        }
        if (parts.isEmpty()) {
            parts.add(s.sheets().isEmpty() ? Messages.get("export.summary.official") : String.join("・", s.sheets()));
        }
        String summary = String.join("、", parts);
        if (!s.leftOut().isEmpty()) {
            List<String> left = new ArrayList<>();
            s.leftOut().forEach((what, n) -> left.add(Messages.get("export.leftOut." + what.name(), n)));
            summary += "。" + Messages.get("export.leftOut", String.join("、", left));
        }
        return new ExportResult(file, summary);
    }

    /** 「「…」を出力しました」 with the summary, for the completion dialog and the command line. */
    public String message() {
        return Messages.get("export.done", file.toAbsolutePath()) + "\n" + summary;
    }
}
