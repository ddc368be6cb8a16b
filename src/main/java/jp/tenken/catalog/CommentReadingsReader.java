package jp.tenken.catalog;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import jp.tenken.domain.guideline.CommentReadings;
import jp.tenken.domain.guideline.Guideline;
import jp.tenken.domain.guideline.PublicComment;

/**
 * Reads our reading of the public comments ({@code catalog/public-comments-6.0.readings.json}) and validates it
 * against the comments and the guideline before use: each comment exists and is read once, each named 遵守事項 exists,
 * each reading says why, and each numbering entry names a block (「企10」, 「経1.2.2」) or a clause that exists.
 */
public final class CommentReadingsReader {

    static final String BUNDLED = "catalog/public-comments-6.0.readings.json";
    private static final Pattern BLOCK = Pattern.compile("([経企シ])((?:\\d{1,2}|別添)(?:\\.\\d{1,2}){0,3})");

    /** The bundled readings, checked against the bundled guideline and comments. */
    public CommentReadings bundled(Guideline guideline, List<PublicComment> comments) {
        try (InputStream in = CommentReadingsReader.class.getClassLoader().getResourceAsStream(BUNDLED)) {
            if (in == null) {
                throw new CatalogException(List.of(BUNDLED + ": ファイルがありません"));
            }
            return read(in, BUNDLED, guideline, comments);
        } catch (IOException ex) {
            throw new CatalogException(List.of(BUNDLED + ": 読み込めません (" + ex.getMessage() + ")"));
        }
    }

    /** Reads and validates a readings file; every problem is collected into one {@link CatalogException}. */
    public CommentReadings read(InputStream in, String name, Guideline guideline, List<PublicComment> comments) {
        ReadingsJson file;
        try {
            file = RecordTree.read(in, ReadingsJson.class);
        } catch (IOException ex) {
            throw new CatalogException(List.of(name + ": 読み込めません (" + ex.getMessage() + ")"));
        }
        List<String> problems = new ArrayList<>();
        Set<Integer> numbers = new HashSet<>();
        comments.forEach(c -> numbers.add(c.number()));
        Set<Integer> seen = new HashSet<>();
        List<CommentReadings.Reading> readings = new ArrayList<>();
        for (ReadingJson r : file.readings() == null ? List.<ReadingJson>of() : file.readings()) {
            String at = name + " No." + r.comment();
            if (!numbers.contains(r.comment())) {
                problems.add(at + ": その番号の意見がありません");
            }
            if (!seen.add(r.comment())) {
                problems.add(at + ": 同じ意見の読みが二つあります");
            }
            if (r.clauses() == null || r.clauses().isEmpty()) {
                problems.add(at + ": clauses (意見の対象の遵守事項) がありません");
            } else {
                r.clauses().stream().filter(ref -> guideline.clause(ref).isEmpty())
                        .forEach(ref -> problems.add(at + ": 遵守事項 " + ref + " がガイドラインデータにありません"));
            }
            if (r.reason() == null || r.reason().isBlank()) {
                problems.add(at + ": reason (そう読む理由) がありません");
            }
            readings.add(new CommentReadings.Reading(r.comment(), r.clauses() == null ? List.of() : r.clauses(),
                    r.draftNumbers() == null ? "" : r.draftNumbers(), r.reason() == null ? "" : r.reason()));
        }
        List<CommentReadings.BlockNumbering> numbering = new ArrayList<>();
        Set<String> blocks = new HashSet<>();
        for (NumberingJson n : file.numbering() == null ? List.<NumberingJson>of() : file.numbering()) {
            String at = name + " " + n.block();
            if (n.block() == null || !(guideline.clause(n.block()).isPresent() || blockExists(guideline, n.block()))) {
                problems.add(at + ": 遵守事項のまとまり (「企10」「経1.2.2」) か遵守事項がありません");
            } else if (!blocks.add(n.block())) {
                problems.add(at + ": 重複しています");
            }
            if (n.match() == null) {
                problems.add(at + ": match (SAME / DIFFERS / UNCHECKED) がありません");
            }
            if (n.evidence() == null || n.evidence().isBlank()) {
                problems.add(at + ": evidence がありません");
            }
            if (n.block() != null && n.match() != null) {
                numbering.add(new CommentReadings.BlockNumbering(n.block(), n.match(), n.evidence()));
            }
        }
        if (!problems.isEmpty()) {
            throw new CatalogException(problems);
        }
        return new CommentReadings(readings, numbering);
    }

    private static boolean blockExists(Guideline guideline, String block) {
        if (!BLOCK.matcher(block).matches()) {
            return false;
        }
        return guideline.clauses().stream().anyMatch(c -> CommentReadings.blockOf(c).equals(block));
    }

    record ReadingsJson(List<ReadingJson> readings, List<NumberingJson> numbering) implements RecordTree.Commented {
    }

    record ReadingJson(int comment, List<String> clauses, String draftNumbers, String reason) {
    }

    record NumberingJson(String block, CommentReadings.NumberingMatch match, String evidence) {
    }
}
