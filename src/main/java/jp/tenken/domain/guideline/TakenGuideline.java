package jp.tenken.domain.guideline;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import jp.tenken.domain.Circled;

/**
 * A guideline version as the clinic took it in from the ministry's PDFs: its volumes, each with the file it was read
 * from. It gives the guideline as the app shows it ({@link #asGuideline}) and fills the clause text a bundled version
 * lacks ({@link #fill}). Its text is the PDF's as read; where it came from is said with it, never hidden.
 */
public record TakenGuideline(String version, List<Volume> volumes) {

    /** The 編 that carry 遵守事項, in the guideline's order, with the prefix of their clause ids. */
    public static final Map<String, String> PREFIXES = orderedPrefixes();

    public TakenGuideline {
        Objects.requireNonNull(version, "version");
        volumes = volumes.stream().sorted(Comparator.comparingInt(v -> order(v.volume().part()))).toList();
    }

    private static Map<String, String> orderedPrefixes() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("経営管理編", "経");
        m.put("企画管理編", "企");
        m.put("システム運用編", "シ");
        m.put("保守委託機関編", "保");
        return java.util.Collections.unmodifiableMap(m);
    }

    private static int order(String part) {
        int i = new ArrayList<>(PREFIXES.keySet()).indexOf(part);
        return i < 0 ? PREFIXES.size() : i;
    }

    /** One volume read, and the file it was read from. */
    public record Volume(GuidelineVolume volume, Source source) {
    }

    /**
     * The file a volume was read from: its name, SHA-256 and size, whether it is byte for byte the file the ministry
     * published, the verdict as shown (「厚生労働省が公表した PDF と同一」 …) and the day it was taken in.
     */
    public record Source(String file, String sha256, long bytes, boolean published, String verdict,
                         LocalDate takenOn) {
    }

    /** This take-in with the volumes of {@code newer} added, a volume of the same 編 replaced by the newer one. */
    public TakenGuideline with(TakenGuideline newer) {
        Map<String, Volume> byPart = new LinkedHashMap<>();
        volumes.forEach(v -> byPart.put(v.volume().part(), v));
        newer.volumes().forEach(v -> byPart.put(v.volume().part(), v));
        return new TakenGuideline(version, List.copyOf(byPart.values()));
    }

    public Optional<Volume> volume(String part) {
        return volumes.stream().filter(v -> v.volume().part().equals(part)).findFirst();
    }

    /** Every clause read, in 編 and chapter order. */
    public int clauseCount() {
        return volumes.stream().mapToInt(v -> v.volume().clauses().size()).sum();
    }

    /** The 出典 of a 編 as one line: file, verdict, SHA-256. */
    public Optional<Source> source(String part) {
        return volume(part).map(Volume::source);
    }

    /**
     * The guideline as the app shows it: every volume that carries 遵守事項 as a part, each clause verified (it is the
     * ministry's PDF as read, with its file named in the clause's note and page), the patterns left open (every
     * chapter applies until the version's own 参照パターン table is read).
     */
    public Guideline asGuideline(String title, List<PatternDefinition> patterns,
                                 java.util.function.Function<Source, String> noteOf) {
        List<GuidelinePart> parts = new ArrayList<>();
        for (Volume v : volumes) {
            String part = v.volume().part();
            String prefix = PREFIXES.get(part);
            if (prefix == null || v.volume().chapters().isEmpty()) {
                continue;
            }
            List<GuidelineChapter> chapters = new ArrayList<>();
            for (GuidelineVolume.Chapter c : v.volume().chapters()) {
                List<Clause> clauses = new ArrayList<>();
                for (GuidelineVolume.ReadClause rc : c.clauses()) {
                    clauses.add(new Clause(ref(prefix, part, rc), part, c.number(),
                            "経営管理編".equals(part) ? rc.section() : null, rc.group(), rc.number(), rc.text(),
                            ClauseStatus.VERIFIED, v.source().file(), noteOf.apply(v.source()), List.of()));
                }
                chapters.add(new GuidelineChapter(part, c.number(), c.title(), List.of(), false, null,
                        v.source().file(), noteOf.apply(v.source()), List.of(), clauses));
            }
            parts.add(new GuidelinePart(part, prefix, part, chapters, List.of()));
        }
        return new Guideline(version, title, null, sourceLine(), "", patterns, parts);
    }

    /** The files taken in, one after another: 「001716292.pdf（厚生労働省が公表した PDF と同一）…」. */
    public String sourceLine() {
        List<String> out = new ArrayList<>();
        for (Volume v : volumes) {
            out.add(v.volume().part() + " " + v.source().file() + "（" + v.source().verdict() + "、SHA-256 "
                    + v.source().sha256() + "）");
        }
        return String.join("／", out);
    }

    private static String ref(String prefix, String part, GuidelineVolume.ReadClause rc) {
        boolean bySection = "経営管理編".equals(part) && rc.section() != null;
        return prefix + (bySection ? rc.section() : rc.chapter()) + "-" + (rc.group() == null ? "" : rc.group())
                + Circled.of(rc.number());
    }

    /** A bundled version with the text it lacks taken from this one, and how many clauses were filled. */
    public record Filled(Guideline guideline, int count) {
    }

    /**
     * Fills, in a bundled guideline of the same version, the clauses whose text was not read on a final page with the
     * text read from the PDF at the same place (編, chapter — and section and group in 経営管理編 — and number). A
     * clause read only in a draft is replaced too: the PDF is the final text.
     */
    public Filled fill(Guideline bundled, java.util.function.Function<Source, String> noteOf) {
        int count = 0;
        List<GuidelinePart> parts = new ArrayList<>();
        for (GuidelinePart p : bundled.parts()) {
            Optional<Volume> v = volume(p.name());
            if (v.isEmpty()) {
                parts.add(p);
                continue;
            }
            List<GuidelineChapter> chapters = new ArrayList<>();
            for (GuidelineChapter ch : p.chapters()) {
                List<Clause> clauses = new ArrayList<>();
                for (Clause c : ch.clauses()) {
                    Optional<GuidelineVolume.ReadClause> read = c.textVerified() ? Optional.empty()
                            : find(v.get().volume(), c, p.clausesBySection());
                    if (read.isPresent()) {
                        count++;
                        clauses.add(new Clause(c.ref(), c.part(), c.chapter(), c.section(), c.group(), c.number(),
                                read.get().text(), ClauseStatus.VERIFIED, v.get().source().file(),
                                noteOf.apply(v.get().source()), c.patterns()));
                    } else {
                        clauses.add(c);
                    }
                }
                String title = ch.title();
                if (title == null || title.endsWith("（案の章題）")) {
                    title = v.get().volume().chapters().stream().filter(rc -> rc.number().equals(ch.number()))
                            .map(GuidelineVolume.Chapter::title).findFirst().orElse(title);
                }
                chapters.add(new GuidelineChapter(ch.part(), ch.number(), title, ch.patterns(), ch.patternsVerified(),
                        ch.patternNote(), ch.page(), ch.note(), ch.sections(), clauses));
            }
            parts.add(new GuidelinePart(p.name(), p.prefix(), p.english(), chapters, p.appendices()));
        }
        Guideline g = new Guideline(bundled.version(), bundled.title(), bundled.issued(),
                bundled.source() + "／" + sourceLine(), bundled.sourceUrl(), bundled.patterns(), parts);
        return new Filled(g, count);
    }

    private static Optional<GuidelineVolume.ReadClause> find(GuidelineVolume v, Clause c, boolean bySection) {
        return v.clauses().stream().filter(rc -> rc.chapter().equals(c.chapter()) && rc.number() == c.number())
                .filter(rc -> !bySection || Objects.equals(rc.section(), c.section())
                        && Objects.equals(normalise(rc.group()), normalise(c.group())))
                .findFirst();
    }

    /** Titles and groups compared as printed text: NFKC, without spaces. */
    public static String normalise(String s) {
        return s == null ? null : Normalizer.normalize(s, Normalizer.Form.NFKC).replaceAll("\\s", "");
    }
}
