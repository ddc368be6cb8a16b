package jp.tenken.pdf;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import jp.tenken.domain.Circled;
import jp.tenken.domain.guideline.GuidelineVolume;
import jp.tenken.domain.guideline.GuidelineVolume.Doubt;
import jp.tenken.pdf.RefusedPdfException.Kind;

/**
 * Recognises a guideline volume in the text of its pages, by structure and meaning rather than by a layout nobody has
 * seen: the 編 and version on the title page; the contents page (dotted leaders and page numbers) read only for the
 * chapter titles it promises; lines repeated on most pages (running headers and footers) and lone page numbers
 * dropped; chapter headings (「1.」「１．」「第1章」 with a title); each 【遵守事項】 block up to the next 【…】 marker or
 * heading, its clauses starting at a circled number and joined across wrapped lines and page breaks. Prose such as
 * 【考え方】 is never taken as a clause. What looks doubtful is listed, never repaired.
 */
public final class VolumeParser {
    static final String GUIDELINE_TITLE = "医療情報システムの安全管理に関するガイドライン";
    private static final List<String> PARTS = List.of("概説編", "経営管理編", "企画管理編", "システム運用編", "保守委託機関編");
    private static final Pattern VERSION = Pattern.compile("第(\\d{1,2}(?:\\.\\d{1,2})?)版");
    private static final Pattern LEADER = Pattern.compile("(?:[.・…‥·･⋯]\\s*){3,}\\s*\\d{1,4}$");
    private static final Pattern CONTENTS_ENTRY = Pattern.compile(
            "^(?:第\\s*(\\d{1,2})\\s*章|(\\d{1,2})\\s*\\.(?!\\d))\\s*(.+?)\\s*(?:(?:[.・…‥·･⋯]\\s*){3,}|\\s)\\s*\\d{1,4}$");
    private static final Pattern CHAPTER = Pattern.compile("^(?:第\\s*(\\d{1,2})\\s*章|(\\d{1,2})\\s*\\.(?!\\d))\\s*(.+)$");
    private static final Pattern SECTION = Pattern.compile("^(\\d{1,2}(?:\\.\\d{1,2}){1,3})\\.?\\s*([^\\d.\\s].*)$");
    private static final Pattern PAGE_NUMBER = Pattern.compile(
            "^[-‐–—―−\\s]*(?:p\\.?\\s*)?\\d{1,4}(?:\\s*/\\s*\\d{1,4})?[-‐–—―−\\s]*$", Pattern.CASE_INSENSITIVE);
    private static final Pattern GROUP = Pattern.compile("^[＜<〈《](.{1,20})[＞>〉》]$");
    private static final int TITLE_MAX = 60;
    private static final int EDGE = 3;

    private VolumeParser() {
    }

    /** Reads the pages' text as one volume; refuses text that is not a guideline volume. */
    public static GuidelineVolume parse(String fileName, List<String> pageTexts) {
        List<List<String>> pages = new ArrayList<>();
        for (String t : pageTexts) {
            List<String> lines = new ArrayList<>();
            for (String raw : t.split("\\R")) {
                String line = clean(raw);
                if (!line.isEmpty()) {
                    lines.add(line);
                }
            }
            pages.add(lines);
        }
        Title title = title(fileName, pages);
        List<List<String>> body = new ArrayList<>(pages.subList(Math.min(title.page() + 1, pages.size()),
                pages.size()));
        stripRunningLines(body);
        Map<Integer, String> contents = new LinkedHashMap<>();
        List<String> lines = new ArrayList<>();
        for (List<String> page : body) {
            boolean contentsPage = page.stream().anyMatch(l -> l.replace(" ", "").equals("目次"));
            for (String line : page) {
                String h = half(line);
                if (contentsPage && line.replace(" ", "").equals("目次")) {
                    continue;
                }
                Matcher entry = CONTENTS_ENTRY.matcher(h);
                if ((contentsPage || LEADER.matcher(h).find()) && entry.matches()) {
                    int n = Integer.parseInt(entry.group(1) != null ? entry.group(1) : entry.group(2));
                    contents.putIfAbsent(n, entry.group(3).strip());
                    continue;
                }
                if (LEADER.matcher(h).find() || contentsPage && SECTION.matcher(h).matches()
                        && h.matches(".*\\s\\d{1,4}$")) {
                    continue; // a section line of the contents
                }
                lines.add(line);
            }
        }
        return new Reading(contents).read(title, lines, pages.size());
    }

    private record Title(String part, String version, String title, int page) {
    }

    /** The 編, version and title printed on the title page (the first page that names the guideline). */
    private static Title title(String fileName, List<List<String>> pages) {
        for (int p = 0; p < Math.min(2, pages.size()); p++) {
            String joined = String.join("", pages.get(p)).replace(" ", "");
            if (!joined.contains(GUIDELINE_TITLE)) {
                continue;
            }
            String part = PARTS.stream().filter(joined::contains).findFirst().orElse(null);
            Matcher v = VERSION.matcher(half(joined));
            if (part == null || !v.find()) {
                break;
            }
            String version = v.group(1).contains(".") ? v.group(1) : v.group(1) + ".0";
            return new Title(part, version, GUIDELINE_TITLE + " 第" + version + "版 " + part, p);
        }
        throw new RefusedPdfException(Kind.NOT_GUIDELINE, fileName, "", null);
    }

    /**
     * Drops, in the first and last lines of each page, a line that recurs (digits aside) at the edge of most pages —
     * a running header or footer — and a lone page number (「12」「- 12 -」「12/59」).
     */
    private static void stripRunningLines(List<List<String>> pages) {
        if (pages.isEmpty()) {
            return;
        }
        Map<String, Integer> seen = new HashMap<>();
        for (List<String> page : pages) {
            edges(page).stream().map(VolumeParser::runningKey).distinct().forEach(k -> seen.merge(k, 1, Integer::sum));
        }
        int threshold = pages.size() >= 4 ? (pages.size() + 1) / 2 : pages.size();
        for (List<String> page : pages) {
            List<String> edge = edges(page);
            int size = page.size();
            for (int i = size - 1; i >= 0; i--) {
                if (i >= EDGE && i < size - EDGE) {
                    continue;
                }
                String line = page.get(i);
                String h = half(line);
                boolean marker = line.startsWith("【") || Circled.valueOf(line.charAt(0)) > 0;
                if (PAGE_NUMBER.matcher(h).matches()
                        || pages.size() >= 2 && !marker && edge.contains(line)
                        && seen.getOrDefault(runningKey(line), 0) >= threshold) {
                    page.remove(i);
                }
            }
        }
    }

    private static List<String> edges(List<String> page) {
        if (page.size() <= 2 * EDGE) {
            return page;
        }
        List<String> e = new ArrayList<>(page.subList(0, EDGE));
        e.addAll(page.subList(page.size() - EDGE, page.size()));
        return e;
    }

    private static String runningKey(String line) {
        return half(line).replaceAll("[\\d\\s]", "");
    }

    /** The line with its spacing tidied: no control characters, single spaces, trimmed. */
    static String clean(String raw) {
        return raw.replaceAll("[\\p{Cntrl}&&[^\\t]]", "").replace('\u3000', ' ').replaceAll("[\\t ]+", " ").strip();
    }

    /** Full-width digits, dots and letters as half-width, for matching only (the text kept is as printed). */
    static String half(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            if (c >= '０' && c <= '９' || c >= 'Ａ' && c <= 'Ｚ' || c >= 'ａ' && c <= 'ｚ') {
                b.append((char) (c - 0xFEE0));
            } else if (c == '．') {
                b.append('.');
            } else if (c == '／') {
                b.append('/');
            } else if (c == '－') {
                b.append('-');
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }

    /** Joins a wrapped line to the text before it: a space only between two Latin letters or digits. */
    static String join(String before, String after) {
        if (before.isEmpty()) {
            return after;
        }
        char last = before.charAt(before.length() - 1);
        char first = after.charAt(0);
        boolean latin = Character.isLetterOrDigit(last) && last < 0x3000 && Character.isLetterOrDigit(first)
                && first < 0x3000;
        return before + (latin ? " " : "") + after;
    }

    /** Spaces the text extraction put between two Japanese characters (justified lines) are not the ministry's. */
    static String tidy(String text) {
        return text.replaceAll("(?<=[\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}、。，．「」『』（）・ー])\\s+"
                + "(?=[\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}、。，．「」『』（）・ー])", "").strip();
    }

    /** One pass over the body's lines. */
    private static final class Reading {
        private final Map<Integer, String> contents;
        private final List<GuidelineVolume.Chapter> chapters = new ArrayList<>();
        private final List<Doubt> doubts = new ArrayList<>();
        private final Map<String, Integer> lastNumber = new HashMap<>();
        private final Map<String, String> lastSection = new HashMap<>();
        private String chapterNumber;
        private String chapterTitle;
        private List<GuidelineVolume.ReadClause> clauses = new ArrayList<>();
        private String section;
        private String group;
        private boolean inBlock;
        private boolean sawBlock;
        private int clauseNumber;
        private String clauseText;
        private String clauseSection;
        private String clauseGroup;

        Reading(Map<Integer, String> contents) {
            this.contents = contents;
        }

        GuidelineVolume read(Title title, List<String> lines, int pageCount) {
            for (String line : lines) {
                String h = half(line);
                Optional<String[]> heading = chapterHeading(h);
                if (heading.isPresent()) {
                    startChapter(heading.get()[0], heading.get()[1]);
                    continue;
                }
                if (chapterNumber == null) {
                    continue; // the foreword and anything before chapter 1
                }
                Matcher s = SECTION.matcher(h);
                if (s.matches() && s.group(1).startsWith(chapterNumber + ".") && plausibleTitle(s.group(2))) {
                    endBlock();
                    section = s.group(1);
                    continue;
                }
                String compact = line.replace(" ", "");
                if (compact.startsWith("【遵守事項】") || compact.startsWith("[遵守事項]")
                        || compact.startsWith("［遵守事項］")) {
                    endBlock();
                    inBlock = true;
                    sawBlock = true;
                    group = null;
                    String rest = compact.substring("【遵守事項】".length());
                    if (!rest.isEmpty()) {
                        blockLine(line.substring(line.indexOf('】') >= 0 ? line.indexOf('】') + 1
                                : line.indexOf('］') + 1).strip());
                    }
                    continue;
                }
                if (compact.startsWith("【") || compact.startsWith("［") || compact.startsWith("〔")) {
                    endBlock(); // 【考え方】 and every other marked block are prose
                    continue;
                }
                if (inBlock) {
                    blockLine(line);
                }
            }
            endChapter();
            return new GuidelineVolume(title.part(), title.version(), title.title(), pageCount, chapters, doubts);
        }

        /** A chapter heading: the next number (or one promised by the contents) with a title, not a sentence. */
        private Optional<String[]> chapterHeading(String h) {
            Matcher m = CHAPTER.matcher(h);
            if (!m.matches()) {
                return Optional.empty();
            }
            int n = Integer.parseInt(m.group(1) != null ? m.group(1) : m.group(2));
            String t = m.group(3).strip();
            if (!plausibleTitle(t)) {
                return Optional.empty();
            }
            int current = chapterNumber == null ? 0 : Integer.parseInt(chapterNumber);
            if (!contents.isEmpty()) {
                String promised = contents.get(n);
                if (promised == null || n <= current) {
                    return Optional.empty();
                }
                String a = promised.replace(" ", "");
                String b = t.replace(" ", "");
                if (!a.startsWith(b) && !b.startsWith(a)) {
                    return Optional.empty();
                }
                return Optional.of(new String[] {String.valueOf(n), promised});
            }
            if (n != current + 1 || inBlock && clauseText != null && !clauseText.endsWith("。")) {
                return Optional.empty();
            }
            return Optional.of(new String[] {String.valueOf(n), t});
        }

        private static boolean plausibleTitle(String t) {
            return !t.isEmpty() && t.length() <= TITLE_MAX && !t.endsWith("。") && !t.endsWith("、")
                    && !LEADER.matcher(t).find() && Circled.valueOf(t.charAt(0)) < 0;
        }

        private void startChapter(String number, String title) {
            endChapter();
            int expected = chapters.size() + 1;
            if (Integer.parseInt(number) != expected) {
                doubts.add(new Doubt(Doubt.Kind.CHAPTER_NUMBER_SKIPS, number, expected + " → " + number));
            }
            chapterNumber = number;
            chapterTitle = title;
            clauses = new ArrayList<>();
            section = null;
            sawBlock = false;
        }

        private void endChapter() {
            endBlock();
            if (chapterNumber == null) {
                return;
            }
            if (clauses.isEmpty()) {
                doubts.add(new Doubt(Doubt.Kind.CHAPTER_WITHOUT_CLAUSES, chapterNumber,
                        sawBlock ? "【遵守事項】" : ""));
            }
            chapters.add(new GuidelineVolume.Chapter(chapterNumber, chapterTitle, clauses));
        }

        private void blockLine(String line) {
            if (line.isEmpty()) {
                return;
            }
            int n = Circled.valueOf(line.charAt(0));
            if (n > 0) {
                endClause();
                // numbered once per chapter, or anew under each section and group (経営管理編)
                String key = chapterNumber + "|" + group;
                int expected = lastNumber.getOrDefault(key, 0) + 1;
                boolean restart = n == 1 && !java.util.Objects.equals(section, lastSection.get(key));
                lastSection.put(key, section);
                if (n != expected && !restart) {
                    doubts.add(new Doubt(Doubt.Kind.CLAUSE_NUMBER_SKIPS, chapterNumber,
                            Circled.of(expected) + " → " + Circled.of(n)));
                }
                lastNumber.put(key, n);
                clauseNumber = n;
                clauseSection = section;
                clauseGroup = group;
                clauseText = line.substring(1).strip();
                return;
            }
            Matcher g = GROUP.matcher(line);
            if (g.matches()) {
                endClause();
                group = g.group(1).strip();
                return;
            }
            if (clauseText == null) {
                doubts.add(new Doubt(Doubt.Kind.TEXT_BEFORE_FIRST_CLAUSE, chapterNumber, line));
                return;
            }
            clauseText = join(clauseText, line);
        }

        private void endClause() {
            if (clauseText == null) {
                return;
            }
            String text = tidy(clauseText);
            if (!text.endsWith("。") && !text.endsWith("こと") && !text.endsWith("）")) {
                doubts.add(new Doubt(Doubt.Kind.CLAUSE_UNFINISHED, chapterNumber,
                        Circled.of(clauseNumber) + " …" + text.substring(Math.max(0, text.length() - 20))));
            }
            clauses.add(new GuidelineVolume.ReadClause(chapterNumber, clauseSection, clauseGroup, clauseNumber, text));
            clauseText = null;
        }

        private void endBlock() {
            endClause();
            inBlock = false;
        }
    }
}
