package jp.tenken.catalog;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import jp.tenken.catalog.GuidelineJson.ChapterJson;
import jp.tenken.catalog.GuidelineJson.ClauseJson;
import jp.tenken.catalog.GuidelineJson.PartJson;
import jp.tenken.catalog.GuidelineJson.PatternJson;
import jp.tenken.catalog.GuidelineJson.SectionJson;
import jp.tenken.domain.Circled;
import jp.tenken.domain.edition.GuidelineRef;
import jp.tenken.domain.guideline.Clause;
import jp.tenken.domain.guideline.ClauseStatus;
import jp.tenken.domain.guideline.Guideline;
import jp.tenken.domain.guideline.GuidelineChapter;
import jp.tenken.domain.guideline.GuidelinePart;
import jp.tenken.domain.guideline.GuidelineSection;
import jp.tenken.domain.guideline.PatternDefinition;
import jp.tenken.domain.guideline.ReferencePattern;

/**
 * Reads a guideline version's 遵守事項 catalog ({@code catalog/guideline-<version>.json}, listed in
 * {@code catalog/guidelines.json}) and validates all of it before use: a version number, the three parts with the
 * chapter counts the file states, contiguous chapter and clause numbers, unique well-formed refs, patterns Ⅰ–Ⅳ only,
 * and a reason (note or page) on every text that was not read on a final page. Every problem is collected into one
 * {@link CatalogException}, as {@link CatalogReader} does for checklist editions. A new guideline version is a new
 * file listed in the index; no code changes.
 */
public final class GuidelineReader {

    static final String BUNDLED = "catalog/guideline-6.0.json";
    private static final Pattern VERSION = Pattern.compile("\\d{1,2}\\.\\d{1,2}");
    private static final Map<String, String> PREFIXES = Map.of("経営管理編", "経", "企画管理編", "企", "システム運用編", "シ");
    private static final Pattern CHAPTER = Pattern.compile("[1-9]\\d?");
    private static final Pattern SECTION = Pattern.compile("(\\d{1,2}|別添)(\\.\\d{1,2}){1,3}");
    private static final Set<String> PATTERN_STATUSES = Set.of("verified", "inferred");
    /** A chapter whose title no reachable copy of the final text gives. */
    static final String NOT_HELD = "not-held";

    /** The newest guideline version bundled with the app (6.0 today). */
    public Guideline bundled() {
        List<String> problems = new ArrayList<>();
        List<String> versions = bundledVersions(problems);
        if (versions.isEmpty()) {
            problems.add(CatalogJson.GUIDELINES + ": ガイドラインがありません");
        }
        if (!problems.isEmpty()) {
            throw new CatalogException(problems);
        }
        return bundled(versions.get(versions.size() - 1));
    }

    /** The bundled guideline of one version; its file must say that version. */
    public Guideline bundled(String version) {
        String name = "catalog/" + fileOf(version);
        try (InputStream in = GuidelineReader.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new CatalogException(List.of(name + ": ファイルがありません"));
            }
            Guideline g = read(in, name);
            if (!g.version().equals(version)) {
                throw new CatalogException(List.of(name + ": id が " + g.version() + " です (" + version + " のはず)"));
            }
            return g;
        } catch (IOException ex) {
            throw new CatalogException(List.of(name + ": 読み込めません (" + ex.getMessage() + ")"));
        }
    }

    /**
     * The guideline versions whose clause text is bundled, oldest first, from {@code catalog/guidelines.json}: each
     * a version number with its file {@code guideline-<version>.json}, which must exist (its content is validated
     * when it is read).
     */
    static List<String> bundledVersions(List<String> problems) {
        CatalogJson.GuidelineIndexJson index = CatalogJson.readResource(CatalogJson.GUIDELINES,
                CatalogJson.GuidelineIndexJson.class, problems);
        List<String> versions = new ArrayList<>();
        for (CatalogJson.GuidelineFileJson g : index == null ? List.<CatalogJson.GuidelineFileJson>of()
                : nonNull(index.guidelines())) {
            String at = CatalogJson.GUIDELINES + " " + g.version();
            if (g.version() == null || !VERSION.matcher(g.version()).matches()) {
                problems.add(at + ": version は 6.0 のような版番号です");
            } else if (!fileOf(g.version()).equals(g.file())) {
                problems.add(at + ": file は " + fileOf(g.version()) + " のはずです: " + g.file());
            } else if (GuidelineReader.class.getClassLoader().getResource("catalog/" + g.file()) == null) {
                problems.add(at + ": catalog/" + g.file() + " がありません");
            } else if (versions.contains(g.version())) {
                problems.add(at + ": 版が重複しています");
            } else {
                versions.add(g.version());
            }
        }
        return versions;
    }

    private static String fileOf(String version) {
        return "guideline-" + version + ".json";
    }

    /** Reads and validates a guideline file; {@code name} says which file in every problem. */
    public Guideline read(InputStream in, String name) {
        GuidelineJson g;
        try {
            g = RecordTree.read(in, GuidelineJson.class);
        } catch (IOException ex) {
            throw new CatalogException(List.of(name + ": 読み込めません (" + ex.getMessage() + ")"));
        }
        List<String> problems = new ArrayList<>();
        Guideline guideline = toGuideline(g, name, problems);
        if (!problems.isEmpty()) {
            throw new CatalogException(problems);
        }
        return guideline;
    }

    private Guideline toGuideline(GuidelineJson g, String file, List<String> problems) {
        if (g.id() == null || !VERSION.matcher(g.id()).matches()) {
            problems.add(file + ": id は 6.0 のような版番号です: " + g.id());
        }
        require(g.title(), file + ": title", problems);
        require(g.source(), file + ": source", problems);
        List<PatternDefinition> patterns = new ArrayList<>();
        Set<ReferencePattern> seen = EnumSet.noneOf(ReferencePattern.class);
        for (PatternJson p : nonNull(g.patterns())) {
            ReferencePattern rp = ReferencePattern.of(p.id()).orElse(null);
            ClauseStatus status = ClauseStatus.of(p.status()).orElse(null);
            if (rp == null) {
                problems.add(file + ": 参照パターンはⅠ〜Ⅳのみです: " + p.id());
                continue;
            }
            if (!seen.add(rp)) {
                problems.add(file + ": 参照パターン " + p.id() + " が重複しています");
            }
            if (status == null) {
                problems.add(file + ": 参照パターン " + p.id() + " の status が不正です: " + p.status());
            }
            require(p.name(), file + ": 参照パターン " + p.id() + " の name", problems);
            patterns.add(new PatternDefinition(rp, p.name(), p.definition(),
                    status == null ? ClauseStatus.UNKNOWN : status, p.page()));
        }
        for (ReferencePattern rp : ReferencePattern.values()) {
            if (!seen.contains(rp)) {
                problems.add(file + ": 参照パターン " + rp.label() + " がありません");
            }
        }
        Map<String, GuidelinePart> parts = new LinkedHashMap<>();
        Set<String> refs = new HashSet<>();
        for (PartJson p : nonNull(g.parts())) {
            if (!GuidelineRef.PARTS.contains(p.id())) {
                problems.add(file + ": 編が不正です: " + p.id());
                continue;
            }
            if (parts.containsKey(p.id())) {
                problems.add(file + ": 編が重複しています: " + p.id());
                continue;
            }
            parts.put(p.id(), toPart(p, file, refs, problems));
        }
        for (String name : GuidelineRef.PARTS) {
            if (!parts.containsKey(name)) {
                problems.add(file + ": " + name + " がありません");
            }
        }
        return new Guideline(String.valueOf(g.id()), g.title(), g.issued(), g.source(), g.sourceUrl(), patterns,
                List.copyOf(parts.values()));
    }

    private GuidelinePart toPart(PartJson p, String file, Set<String> refs, List<String> problems) {
        String where = file + " " + p.id();
        String prefix = PREFIXES.get(p.id());
        if (!prefix.equals(p.prefix())) {
            problems.add(where + ": prefix は「" + prefix + "」のはずです: " + p.prefix());
        }
        List<GuidelineChapter> chapters = new ArrayList<>();
        List<GuidelineChapter> appendices = new ArrayList<>();
        for (ChapterJson c : nonNull(p.chapters())) {
            GuidelineChapter chapter = toChapter(p.id(), prefix, c, where, refs, problems);
            if (chapter == null) {
                continue;
            }
            if (chapter.appendix()) {
                if (!appendices.isEmpty()) {
                    problems.add(where + ": 【別添】が重複しています");
                }
                appendices.add(chapter);
            } else {
                int expected = chapters.size() + 1;
                if (!String.valueOf(expected).equals(chapter.number())) {
                    problems.add(where + ": 章番号が連続していません: " + expected + " の位置に " + chapter.number());
                }
                chapters.add(chapter);
            }
        }
        int count = p.chapterCount() == null ? 0 : p.chapterCount();
        if (count < 1) {
            problems.add(where + ": chapterCount (目次の章の数) がありません");
        } else if (chapters.size() != count) {
            problems.add(where + ": 章の数が " + chapters.size() + " です (" + count + " のはず)");
        }
        return new GuidelinePart(p.id(), prefix, p.english(), chapters, appendices);
    }

    private GuidelineChapter toChapter(String part, String prefix, ChapterJson c, String partWhere, Set<String> refs,
                                       List<String> problems) {
        String where = partWhere + " 第" + c.number() + "章";
        boolean appendix = GuidelineChapter.APPENDIX.equals(c.number());
        if (c.number() == null || !(appendix || CHAPTER.matcher(c.number()).matches())) {
            problems.add(partWhere + ": 章番号が不正です: " + c.number());
            return null;
        }
        if (c.titleStatus() != null && !NOT_HELD.equals(c.titleStatus())) {
            problems.add(where + ": titleStatus は " + NOT_HELD + " だけです: " + c.titleStatus());
        }
        if (c.title() == null && c.draftTitle() == null) {
            // a chapter with no title at all is a gap, accepted only when marked as not held in any reachable copy
            if (!NOT_HELD.equals(c.titleStatus())) {
                problems.add(where + ": 章題がありません (読めた原本がなければ titleStatus: " + NOT_HELD + " と note)");
            }
            require(c.note(), where + ": 章題が未収録の理由 note", problems);
        } else if (c.title() == null) {
            require(c.note(), where + ": 題名が未確認 (title=null) の理由 note", problems);
        } else if (NOT_HELD.equals(c.titleStatus())) {
            problems.add(where + ": 章題があるのに titleStatus が " + NOT_HELD + " です");
        }
        List<ReferencePattern> patterns = patterns(c.patterns(), where, problems);
        if (!appendix && patterns.isEmpty()) {
            problems.add(where + ": 参照パターンがありません");
        }
        if (!PATTERN_STATUSES.contains(c.patternsStatus())) {
            problems.add(where + ": patternsStatus は verified か inferred です: " + c.patternsStatus());
        }
        Set<String> sectionNumbers = new HashSet<>();
        List<GuidelineSection> sections = sections(c, where, sectionNumbers, problems);
        boolean bySection = "経営管理編".equals(part);
        List<Clause> clauses = clauses(part, prefix, c, where, bySection, sectionNumbers, refs, problems);
        // Every status names where it was read, and no section is a bare placeholder: it shows a title or clauses.
        for (Clause cl : clauses) {
            if (cl.status() != ClauseStatus.UNKNOWN && isBlank(cl.page())) {
                problems.add(where + " 遵守事項 " + cl.ref() + ": " + cl.status().code() + " の出典 page がありません");
            }
        }
        for (GuidelineSection s : sections) {
            boolean holdsClauses = bySection && clauses.stream().anyMatch(cl -> cl.section() != null
                    && (cl.section().equals(s.number()) || cl.section().startsWith(s.number() + ".")));
            if (s.title() == null && !holdsClauses) {
                problems.add(where + " " + s.number() + ": 題名も遵守事項もない仮置きの節です");
            }
        }
        String title = c.title() != null ? c.title() : c.draftTitle() == null ? null : c.draftTitle() + "（案の章題）";
        return new GuidelineChapter(part, c.number(), title, patterns, "verified".equals(c.patternsStatus()),
                c.patternNote(), c.page(), c.note(), sections, clauses);
    }

    /**
     * The chapter's 遵守事項, each ref unique and well formed, each block numbered from ① without gaps — a gap is
     * accepted only on a clause that says why ({@code skipReason}).
     */
    private static List<Clause> clauses(String part, String prefix, ChapterJson c, String where, boolean bySection,
                                        Set<String> sectionNumbers, Set<String> refs, List<String> problems) {
        List<Clause> clauses = new ArrayList<>();
        // Each block (chapter; section + group in 経営管理編) numbers its 遵守事項 from ① without gaps.
        Map<String, Integer> lastNumber = new LinkedHashMap<>();
        for (ClauseJson j : nonNull(c.clauses())) {
            String at = where + " 遵守事項 " + j.ref();
            if (j.ref() == null || !refs.add(j.ref())) {
                problems.add(at + ": ref " + (j.ref() == null ? "がありません" : "が重複しています"));
            }
            int number = j.number() == null ? 0 : j.number();
            if (number < 1 || number > 50) {
                problems.add(at + ": 番号が不正です: " + j.number());
            }
            if (bySection) {
                if (j.section() == null || !sectionNumbers.contains(j.section())) {
                    problems.add(at + ": 節 " + j.section() + " がこの章にありません");
                }
            } else if (j.section() != null || j.group() != null) {
                problems.add(at + ": " + part + " の遵守事項は章ごとです (section/group は不要)");
            }
            String block = Objects.toString(j.section(), "") + "|" + Objects.toString(j.group(), "");
            int expected = lastNumber.getOrDefault(block, 0) + 1;
            if (number > expected && !isBlank(j.skipReason())) {
                expected = number; // a gap the data says is there on purpose (why, in skipReason)
            } else if (!isBlank(j.skipReason())) {
                problems.add(at + ": skipReason は番号が飛ぶ遵守事項にだけ書きます");
            }
            if (number != expected) {
                problems.add(at + ": 遵守事項番号が連続していません: " + Circled.of(expected) + " の位置に "
                        + Circled.of(number));
            }
            lastNumber.put(block, number);
            if (j.ref() != null && !wellFormedRef(j.ref(), prefix, c.number(), j, number)) {
                problems.add(at + ": ref の形式が不正です (" + refExample(prefix, c.number(), j, number) + " の形のはず)");
            }
            clauses.add(toClause(j, part, c.number(), number, at, problems));
        }
        return clauses;
    }

    private static List<GuidelineSection> sections(ChapterJson c, String where, Set<String> sectionNumbers,
                                                   List<String> problems) {
        List<GuidelineSection> sections = new ArrayList<>();
        for (SectionJson s : nonNull(c.sections())) {
            if (s.number() == null || !SECTION.matcher(s.number()).matches()
                    || !s.number().startsWith(c.number() + ".")) {
                problems.add(where + ": 節番号が不正です: " + s.number());
            } else if (!sectionNumbers.add(s.number())) {
                problems.add(where + ": 節番号が重複しています: " + s.number());
            }
            if (s.title() == null) {
                require(s.note(), where + " " + s.number() + ": 題名が未確認 (title=null) の理由 note", problems);
            } else {
                require(s.page(), where + " " + s.number() + ": 題名を読んだ page", problems);
            }
            sections.add(new GuidelineSection(s.number(), s.title(), s.page(), s.note()));
        }
        return sections;
    }

    /** One 遵守事項 with its status checked: text only with a known status, a page for verified text. */
    private static Clause toClause(ClauseJson j, String part, String chapter, int number, String at,
                                   List<String> problems) {
        ClauseStatus status = ClauseStatus.of(j.status()).orElse(null);
        if (status == null) {
            problems.add(at + ": status が不正です: " + j.status());
            status = ClauseStatus.UNKNOWN;
        }
        if (j.text() == null && status != ClauseStatus.UNKNOWN) {
            problems.add(at + ": 本文がない (text=null) のに status が " + status.code() + " です (unknown のはず)");
        }
        if (status == ClauseStatus.VERIFIED) {
            require(j.page(), at + ": 確認済み (verified) の出典 page", problems);
        } else if (isBlank(j.note()) && isBlank(j.page())) {
            problems.add(at + ": " + status.code() + " の遵守事項には note か page が必要です");
        }
        List<ReferencePattern> clausePatterns = patterns(j.patterns(), at, problems);
        return new Clause(String.valueOf(j.ref()), part, chapter, j.section(), j.group(), number, j.text(),
                status, j.page(), j.note(), clausePatterns);
    }

    /**
     * Our ref scheme: prefix, block, a hyphen, then the circled number; in 経営管理編 the block is the section, and a
     * group adds a short label that opens the group's name (説明 for 説明責任, 善後策 for 善後策を講ずる責任).
     */
    private static boolean wellFormedRef(String ref, String prefix, String chapter, ClauseJson j, int number) {
        String head = prefix + (j.section() == null ? chapter : j.section()) + "-";
        String tail = Circled.of(number);
        if (ref == null || !ref.startsWith(head) || !ref.endsWith(tail) || ref.length() < head.length() + tail.length()) {
            return false;
        }
        String label = ref.substring(head.length(), ref.length() - tail.length());
        return j.group() == null ? label.isEmpty() : !label.isEmpty() && j.group().startsWith(label);
    }

    private static String refExample(String prefix, String chapter, ClauseJson j, int number) {
        String label = j.group() == null ? "" : j.group().substring(0, Math.min(2, j.group().length()));
        return prefix + (j.section() == null ? chapter : j.section()) + "-" + label + Circled.of(number);
    }

    private static List<ReferencePattern> patterns(List<String> labels, String where, List<String> problems) {
        List<ReferencePattern> out = new ArrayList<>();
        for (String label : nonNull(labels)) {
            ReferencePattern.of(label).ifPresentOrElse(out::add,
                    () -> problems.add(where + ": 参照パターンはⅠ〜Ⅳのみです: " + label));
        }
        return out;
    }

    private static void require(String value, String what, List<String> problems) {
        if (isBlank(value)) {
            problems.add(what + " がありません");
        }
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }

    private static <T> List<T> nonNull(List<T> l) {
        return l == null ? List.of() : l;
    }

    // JSON shapes. Unknown fields fail the read, so a typo in the data file is caught.
}
