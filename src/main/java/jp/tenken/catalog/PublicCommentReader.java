package jp.tenken.catalog;

import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.csv.CsvFactory;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import jp.tenken.domain.guideline.AnswerKind;
import jp.tenken.domain.guideline.CommentLocation;
import jp.tenken.domain.guideline.CommentPart;
import jp.tenken.domain.guideline.PublicComment;

/**
 * Reads MHLW's table of the 255 public comments on the draft of guideline 6.0 with the ministry's answers
 * (「医療情報システムの安全管理に関するガイドライン第6.0版（案）」に関する御意見募集の結果について, 別紙), bundled
 * unchanged as {@code catalog/public-comments-6.0.tsv} (a byte-for-byte copy of the ministry's file; its SHA-256 is
 * pinned in the tests).
 *
 * <p>The file is tab-separated text: a title and 「（別紙）」 above the header row, blank lines between groups, and
 * cells with HTML-like markup ({@code <p>}, {@code <ul style="…">}). It is read with Jackson's CSV parser (tab
 * separator) rather than by splitting lines, so a quoted cell with line breaks stays one cell; a quote inside an
 * unquoted cell (the markup's attributes) stays literal. Four rows (118–121) have six cells: their 頁 cell is
 * missing, so the page is left empty. Cleaning, as a person would read the row:
 * <ul>
 *   <li>markup tags are removed, keeping the text between them; block tags ({@code p, br, ul, li, div}) become
 *       line breaks. Japanese angle brackets such as 「&lt;医療機関等の特性に応じたガイドライン参照箇所&gt;」 are text;</li>
 *   <li>編: the English gloss is dropped (「システム運用編 (Control)」 → システム運用編); 「すべて」 and 「他(参考資料)」 are
 *       special targets; 「—」 and 「-」 name no part;</li>
 *   <li>章: a leading section number is rebuilt from its digits, whatever the stray spaces (「1 3. 2」 → 13.2,
 *       「3. 2. 2 医療機関等の…」 → 3.2.2 plus its title, 「【別添】1.」 → 別添.1); further numbers after a space in
 *       the same cell (「11. 1 … 11. 2 …」) become further locations; spaces inside Japanese words are removed from
 *       titles (「統 制」 → 統制);</li>
 *   <li>the answer's kind follows {@link AnswerKind#of(String)}.</li>
 * </ul>
 */
public final class PublicCommentReader {

    static final String BUNDLED = "catalog/public-comments-6.0.tsv";
    private static final String HEADER = "No.";

    private static final Pattern BLOCK_TAG = Pattern.compile("(?i)</?(p|br|ul|ol|li|div|tr|table)\\b[^<>]*/?>");
    private static final Pattern INLINE_TAG = Pattern.compile("</?[A-Za-z][A-Za-z0-9]*(\\s[^<>]*)?/?>");
    private static final Map<String, String> ENTITIES = Map.of("&amp;", "&", "&lt;", "<", "&gt;", ">",
            "&quot;", "\"", "&nbsp;", " ", "&#39;", "'");
    /** Digits, spaces and dots at the start of a 章 cell: 「1 3. 2 」, 「3.1」, 「5.」. */
    private static final Pattern LEADING_NUMBER = Pattern.compile("^\\d[\\d .]*");
    /** A further section number later in the cell, after a space: 「 11. 2 」, 「 13.3.1 」, 「 1 5. 」. */
    private static final Pattern FURTHER_NUMBER = Pattern.compile("\\s((?:\\d ?)?\\d ?\\.(?: ?\\d{1,2}(?: ?\\. ?\\d{1,2})*)?)\\s");
    private static final Pattern SECTION = Pattern.compile("\\d{1,2}(\\.\\d{1,2}){0,3}");
    private static final Pattern JAPANESE_GAP = Pattern.compile("(?<=[^\\x00-\\x7F（(])[ \\t\\u3000]+(?=[^\\x00-\\x7F）)])");
    private static final String APPENDIX = "【別添】";
    /** Each row of a table without column names comes as an array of its cells' strings. */
    private static final CsvFactory CSV = CsvFactory.builder().enable(CsvParser.Feature.SKIP_EMPTY_LINES).build();

    /** The bundled table. */
    public List<PublicComment> bundled() {
        try (InputStream in = PublicCommentReader.class.getClassLoader().getResourceAsStream(BUNDLED)) {
            if (in == null) {
                throw new CatalogException(List.of(BUNDLED + ": ファイルがありません"));
            }
            return read(in, BUNDLED);
        } catch (IOException ex) {
            throw new CatalogException(List.of(BUNDLED + ": 読み込めません (" + ex.getMessage() + ")"));
        }
    }

    /** Reads and validates a table in this format; every problem is collected into one {@link CatalogException}. */
    public List<PublicComment> read(InputStream in, String name) {
        List<String> problems = new ArrayList<>();
        List<PublicComment> comments = new ArrayList<>();
        // The CSV module's streaming parser, not its mapper: a CsvMapper is an ObjectMapper, some 340 classes of
        // jackson-databind to load at every start for a table of strings (the bundled table is read at every start).
        CsvSchema schema = CsvSchema.emptySchema().withColumnSeparator('\t').withQuoteChar('"').withoutEscapeChar();
        try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8);
             CsvParser rows = CSV.createParser(reader)) {
            rows.setSchema(schema);
            boolean header = false;
            while (rows.nextToken() == JsonToken.START_ARRAY) {
                List<String> row = new ArrayList<>();
                while (rows.nextToken() != JsonToken.END_ARRAY) {
                    row.add(rows.getText());
                }
                String[] cells = row.toArray(String[]::new);
                if (!header) {
                    header = cells.length > 0 && HEADER.equals(cells[0].strip());
                    continue;
                }
                if (cells.length == 0 || (cells.length == 1 && cells[0].isBlank())) {
                    continue;
                }
                PublicComment c = toComment(cells, name, problems);
                if (c != null) {
                    if (c.number() != comments.size() + 1) {
                        problems.add(name + ": No. " + c.number() + " が順番どおりではありません ("
                                + (comments.size() + 1) + " のはず)");
                    }
                    comments.add(c);
                }
            }
            if (!header) {
                problems.add(name + ": 見出し行 (No. 分類 編 章 頁 御意見 回答) がありません");
            }
        } catch (IOException | RuntimeException ex) {
            problems.add(name + ": 読み込めません (" + ex.getMessage() + ")");
        }
        if (!problems.isEmpty()) {
            throw new CatalogException(problems);
        }
        return List.copyOf(comments);
    }

    private PublicComment toComment(String[] cells, String file, List<String> problems) {
        String at = file + " No. " + (cells.length > 0 ? cells[0].strip() : "?");
        if (cells.length != 7 && cells.length != 6) {
            problems.add(at + ": 列の数が " + cells.length + " です (7 のはず)");
            return null;
        }
        int number;
        try {
            number = Integer.parseInt(cells[0].strip());
        } catch (NumberFormatException ex) {
            problems.add(at + ": No. が数字ではありません");
            return null;
        }
        // Rows 118–121 of the ministry's table lack the 頁 cell: the comment starts at the fifth cell.
        boolean pageMissing = cells.length == 6;
        String category = plainText(cells[1]);
        String partLabel = cells[2].strip();
        CommentPart part = part(partLabel);
        if (part == null) {
            problems.add(at + ": 編が不明です: " + partLabel);
            return null;
        }
        List<CommentLocation> locations = locations(plainText(cells[3]));
        String page = pageMissing ? null : page(plainText(cells[4]));
        String comment = plainText(cells[pageMissing ? 4 : 5]);
        String answer = plainText(cells[pageMissing ? 5 : 6]);
        if (comment.isEmpty()) {
            problems.add(at + ": 御意見が空です");
        }
        if (answer.isEmpty()) {
            problems.add(at + ": 回答が空です");
        }
        return new PublicComment(number, category, part, partLabel, locations, page, comment, answer,
                AnswerKind.of(answer));
    }

    /** The text a person reads in a cell: markup removed (text between tags kept), lines trimmed, blank lines gone. */
    static String plainText(String cell) {
        String s = BLOCK_TAG.matcher(cell).replaceAll("\n");
        s = INLINE_TAG.matcher(s).replaceAll("");
        for (Map.Entry<String, String> e : ENTITIES.entrySet()) {
            s = s.replace(e.getKey(), e.getValue());
        }
        return String.join("\n", s.lines().map(String::strip).filter(l -> !l.isEmpty()).toList());
    }

    static CommentPart part(String label) {
        String s = label.strip();
        if (s.isEmpty() || s.equals("—") || s.equals("-") || s.equals("ー") || s.equals("－")) {
            return CommentPart.UNSPECIFIED;
        }
        for (CommentPart p : CommentPart.values()) {
            if (s.equals(p.label())) {
                return p;
            }
        }
        // 「システム運用編 (Control)」: the English gloss in half- or full-width brackets is dropped.
        String name = s.replaceAll("\\s*[(（][A-Za-z ]+[)）]$", "");
        for (CommentPart p : CommentPart.values()) {
            if (name.equals(p.label())) {
                return p;
            }
        }
        return null;
    }

    static String page(String cell) {
        String s = cell.strip();
        return s.isEmpty() || s.equals("—") || s.equals("-") ? null : s;
    }

    /** The places a 章 cell names; see the class comment for the rules. */
    static List<CommentLocation> locations(String cell) {
        String s = cell.replace('\n', ' ').strip();
        if (s.isEmpty() || s.equals("—") || s.equals("-")) {
            return List.of();
        }
        String appendix = "";
        if (s.startsWith(APPENDIX) && s.length() > APPENDIX.length()
                && Character.isDigit(s.charAt(APPENDIX.length()))) {
            appendix = "別添.";
            s = s.substring(APPENDIX.length());
        }
        Matcher lead = LEADING_NUMBER.matcher(s);
        String section = lead.find() ? section(lead.group()) : null;
        if (section == null) {
            return List.of(new CommentLocation(null, title(s)));
        }
        String rest = s.substring(lead.end());
        List<CommentLocation> out = new ArrayList<>();
        Matcher further = FURTHER_NUMBER.matcher(rest);
        String current = appendix + section;
        int from = 0;
        while (further.find()) {
            String next = section(further.group(1));
            if (next == null) {
                continue;
            }
            out.add(new CommentLocation(current, title(rest.substring(from, further.start()))));
            current = next;
            from = further.end();
        }
        out.add(new CommentLocation(current, title(rest.substring(from))));
        return out;
    }

    /** 「1 3. 2 」 → 13.2: the digits of each dot-separated component, spaces dropped; null if not a section. */
    static String section(String digitsSpacesDots) {
        List<String> parts = new ArrayList<>();
        for (String component : digitsSpacesDots.split("\\.")) {
            String digits = component.replaceAll("\\s", "");
            if (!digits.isEmpty()) {
                parts.add(digits);
            }
        }
        String section = String.join(".", parts);
        return SECTION.matcher(section).matches() ? section : null;
    }

    private static String title(String text) {
        String t = JAPANESE_GAP.matcher(text.strip()).replaceAll("");
        return t.isEmpty() ? null : t;
    }
}
