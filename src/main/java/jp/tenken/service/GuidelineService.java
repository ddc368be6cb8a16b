package jp.tenken.service;

import java.text.Normalizer;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import jp.tenken.catalog.Catalog;
import jp.tenken.domain.Circled;
import jp.tenken.domain.FiscalYear;
import jp.tenken.domain.edition.Form;
import jp.tenken.domain.edition.GuidelineRef;
import jp.tenken.domain.edition.Item;
import jp.tenken.domain.guideline.ChapterApplicability;
import jp.tenken.domain.guideline.Clause;
import jp.tenken.domain.guideline.CommentAttachment;
import jp.tenken.domain.guideline.CommentTarget;
import jp.tenken.domain.guideline.DeepCheck;
import jp.tenken.domain.guideline.Guideline;
import jp.tenken.domain.guideline.GuidelineChapter;
import jp.tenken.domain.guideline.GuidelineComments;
import jp.tenken.domain.guideline.GuidelineCrosswalk;
import jp.tenken.domain.guideline.GuidelinePlace;
import jp.tenken.domain.guideline.GuidelineSection;
import jp.tenken.domain.guideline.PublicComment;
import jp.tenken.domain.guideline.ReferencePattern;
import jp.tenken.domain.guideline.TakenGuideline;
import jp.tenken.domain.year.AnswerSheet;
import jp.tenken.domain.year.RuleViolation;
import jp.tenken.i18n.Messages;
import jp.tenken.storage.DeepCheckRepository;
import jp.tenken.storage.SettingRepository;
import jp.tenken.xlsx.write.ClauseTableData;

/**
 * The guideline beside the checklist: the facility's 参照パターン (kept in the workbook), a year's answers seen
 * clause by clause, the optional deep self-check (each save its own transaction), and the ministry's answers to the
 * public comments on the places a clause or item reaches.
 */
public final class GuidelineService {
    /** The workbook setting that holds the facility's pattern (the enum name: I, II, III, IV). */
    public static final String PATTERN_SETTING = "guideline.pattern";
    static final int NOTE_LIMIT = 2000;

    private final SettingRepository settings;
    private final DeepCheckRepository deepChecks;
    private final StoredForms forms;
    private final Clock clock;
    private final Catalog catalog;
    /** Read on first use: a launch shows the checklist without waiting for the guideline and its comments. */
    private final Supplier<Guideline> guideline;
    private final Supplier<GuidelineComments> comments;
    /** The versions the clinic took in from the ministry's PDFs, by version (read on first use). */
    private final Supplier<Map<String, TakenGuideline>> taken;
    private volatile Map<String, Guideline> versions;

    public GuidelineService(StoredForms forms, SettingRepository settings, DeepCheckRepository deepChecks,
                            Catalog catalog, Clock clock, Guideline guideline,
                            GuidelineComments comments) {
        this(forms, settings, deepChecks, catalog, clock, () -> guideline, () -> comments);
    }

    /** With the guideline and its comments given when first needed (still being read at start-up). */
    public GuidelineService(StoredForms forms, SettingRepository settings, DeepCheckRepository deepChecks,
                            Catalog catalog, Clock clock, Supplier<Guideline> guideline,
                            Supplier<GuidelineComments> comments) {
        this(forms, settings, deepChecks, catalog, clock, guideline, comments, Map::of);
    }

    /**
     * With the versions taken in from the ministry's PDFs: a version the app does not bundle (第7.0版) is shown and
     * printed from them, and those of the bundled version fill the clause text it lacks.
     */
    public GuidelineService(StoredForms forms, SettingRepository settings, DeepCheckRepository deepChecks,
                            Catalog catalog, Clock clock, Supplier<Guideline> guideline,
                            Supplier<GuidelineComments> comments, Supplier<Map<String, TakenGuideline>> taken) {
        this.taken = taken;
        this.settings = settings;
        this.deepChecks = deepChecks;
        this.forms = forms;
        this.clock = clock;
        this.catalog = catalog;
        this.guideline = guideline;
        this.comments = comments;
    }

    /**
     * Whether the guideline text the app holds is the one the year's edition is based on. When it is not (a
     * 令和8年度版 year, on 第7.0版), the screens and the 対応表 say so instead of showing the held version's clauses
     * as current; {@link #guidelineNotice} gives the words.
     */
    public boolean holdsGuidelineFor(FiscalYear year) {
        return holds(catalog.guidelineVersionOf(editionIdOf(year)));
    }

    /**
     * Whether the app holds a version's clauses, by its name alone, without reading the guideline (a launch asks
     * before its first rows show, and the clauses are read after them): the newest bundled version, which is the
     * one {@link #guideline} reads, or one taken in from the PDFs. The same versions as {@link #versions()}.
     */
    private boolean holds(String version) {
        Map<String, Guideline> read = versions;
        return read != null ? read.containsKey(version)
                : version.equals(bundledVersion()) || taken.get().containsKey(version);
    }

    /** The newest guideline version whose clause text is bundled (what the bundled guideline is). */
    private String bundledVersion() {
        List<String> bundled = catalog.guidelineVersionsWithText();
        return bundled.isEmpty() ? guideline.get().version() : bundled.get(bundled.size() - 1);
    }

    /** Every guideline version whose clauses the app holds: the bundled one (filled from PDFs) and those taken in. */
    private Map<String, Guideline> versions() {
        Map<String, Guideline> v = versions;
        if (v == null) {
            Map<String, Guideline> m = new LinkedHashMap<>();
            Guideline bundled = guideline.get();
            Map<String, TakenGuideline> pdfs = taken.get();
            TakenGuideline same = pdfs.get(bundled.version());
            m.put(bundled.version(), same == null ? bundled : same.fill(bundled, GuidelineService::sourceNote).guideline());
            pdfs.forEach((version, g) -> {
                Guideline read = g.asGuideline(Messages.get("guideline.title", version), bundled.patterns(),
                        GuidelineService::sourceNote);
                m.putIfAbsent(version, new Guideline(read.version(), read.title(), read.issued(),
                        Messages.get("guidelinePdf.tableSource", read.title(), g.sourceLine()), "",
                        read.patterns(), read.parts()));
            });
            versions = v = Map.copyOf(m);
        }
        return v;
    }

    /** Where a clause taken in from a PDF comes from, as the clause view shows it under the text. */
    static String sourceNote(TakenGuideline.Source s) {
        return Messages.get("guidelinePdf.taken.source", s.file(), s.verdict(), s.sha256(), s.takenOn());
    }

    /** The guideline a fiscal year's own edition is based on when its clauses are held, else the bundled one. */
    public Guideline guidelineFor(FiscalYear year) {
        return guidelineOf(editionIdOf(year));
    }

    private Guideline guidelineOf(String editionId) {
        return versions().getOrDefault(catalog.guidelineVersionOf(editionId), guideline());
    }

    /**
     * The guideline a year's newest edition is based on, when its clauses are held (else the bundled one), from the
     * catalog alone: what the clause window is built on, without reading the workbook on the UI thread.
     */
    public Guideline guidelineForEditionOf(FiscalYear year) {
        return guidelineOf(catalog.editionFor(year).edition().id());
    }

    /** The guideline version taken in from the ministry's PDFs, if the clinic took it in. */
    public Optional<TakenGuideline> taken(String version) {
        return Optional.ofNullable(taken.get().get(version));
    }

    /** 「第7.0版の条文は収録していません」 with what to use instead, for a year whose guideline text is not held. */
    public Optional<String> guidelineNotice(FiscalYear year) {
        return notice(editionIdOf(year));
    }

    private Optional<String> notice(String editionId) {
        if (holds(catalog.guidelineVersionOf(editionId))) {
            return Optional.empty();
        }
        return Optional.of(Messages.get("guideline.notHeld", catalog.guidelineVersionOf(editionId),
                bundledVersion()));
    }

    private String editionIdOf(FiscalYear year) {
        return forms.formOrBlank(year, forms.ownForm(), null).edition().edition().id();
    }

    /** What one fiscal year looks like clause by clause: the facility's own form, its answers and deep checks. */
    public record YearView(FiscalYear year, Form form, AnswerSheet answers, Map<String, DeepCheck> deepChecks,
                           GuidelineCrosswalk crosswalk, Optional<ReferencePattern> pattern) {

        public DeepCheck deepCheck(Clause c) {
            return deepChecks.getOrDefault(c.ref(), DeepCheck.empty(c.ref()));
        }
    }

    /** A public comment found by a search, with the first place it is attached to. */
    public record CommentHit(PublicComment comment, CommentTarget target) {
    }

    /** The bundled guideline, with the clause text it lacks filled from the PDFs of its version the clinic took in. */
    public Guideline guideline() {
        return versions().get(guideline.get().version());
    }

    public GuidelineComments comments() {
        return comments.get();
    }

    public FiscalYear currentYear() {
        return FiscalYear.of(LocalDate.now(clock));
    }

    /** The facility's 参照パターン, if chosen. */
    public Optional<ReferencePattern> pattern() {
        return settings.get(PATTERN_SETTING).flatMap(v -> {
            try {
                return Optional.of(ReferencePattern.valueOf(v));
            } catch (IllegalArgumentException e) {
                return Optional.empty();
            }
        });
    }

    /** Saves the facility's 参照パターン in the workbook (with its change-log entry). */
    public void setPattern(ReferencePattern pattern) {
        settings.put(PATTERN_SETTING, pattern.name(), Instant.now(clock));
    }

    /** The year's own form and answers (blank when the year was never opened: nothing is written) and deep checks. */
    public YearView year(FiscalYear year) {
        StoredForms.Blankable own = forms.formOrBlank(year, forms.ownForm(), null);
        Form form = own.form();
        AnswerSheet answers = own.answers();
        Map<String, DeepCheck> deep = new LinkedHashMap<>();
        for (DeepCheck d : deepChecks.load(year)) {
            deep.put(d.clauseRef(), d);
        }
        return new YearView(year, form, answers, deep, crosswalk(year, form, guidelineFor(year)), pattern());
    }

    /**
     * A year as seen against a guideline the window already shows: when it is not the year's own version (a 令和7 year
     * in a 第7.0版 tree) no item is tied to it, since the clause numbers of two versions do not correspond.
     */
    public YearView year(FiscalYear year, Guideline shown) {
        YearView v = year(year);
        if (guidelineFor(year).version().equals(shown.version())) {
            return v;
        }
        Form none = new Form(v.form().kind(), v.form().title(), v.form().label(), v.form().labelVerified(), List.of());
        return new YearView(year, v.form(), v.answers(), v.deepChecks(), new GuidelineCrosswalk(shown, none),
                v.pattern());
    }

    /**
     * The form's items tied to the guideline: by the references the form prints and, on a version taken in from the
     * PDFs, for an item that prints none, by its previous edition's places carried by 編 and chapter title (「推定」).
     */
    private GuidelineCrosswalk crosswalk(FiscalYear year, Form form, Guideline g) {
        Guideline bundled = guideline();
        if (g.version().equals(bundled.version())) {
            return new GuidelineCrosswalk(g, form);
        }
        Form previous = forms.formOrBlank(year.previous(), form.kind(), null).form();
        Map<String, List<GuidelineRef>> refs = new LinkedHashMap<>();
        Set<String> estimated = new HashSet<>();
        for (Item item : form.items()) {
            List<GuidelineRef> printed = printedReferences(item);
            Optional<Item> before = previous.item(item.key());
            if (!printed.isEmpty()) {
                refs.put(item.key(), printed);
            } else if (item.references().isEmpty() || before.isPresent()
                    && before.get().references().equals(item.references())) {
                // the edition's references are the previous edition's (第6.0版) places: carried by chapter title
                List<GuidelineRef> carried = before.map(b -> GuidelineCrosswalk.carried(b, bundled, g))
                        .orElse(List.of());
                refs.put(item.key(), carried);
                if (!carried.isEmpty()) {
                    estimated.add(item.key());
                }
            }
        }
        return new GuidelineCrosswalk(g, form, new GuidelineCrosswalk.Ties(refs, estimated));
    }

    private static final java.util.regex.Pattern PRINTED = java.util.regex.Pattern.compile(
            "(経営管理編|企画管理編|システム運用編|保守委託機関編)\\s*([0-9０-９]{1,2}(?:[.．][0-9０-９]{1,2})*)"
                    + "\\s*(?:[<＜]([^>＞]{1,20})[>＞])?\\s*([①-⑳㉑-㉟]*)");

    /**
     * The places the ministry's Excel prints for an item (kept beside the item when the form was taken in), read as
     * references to the year's own guideline version: 「企画管理編 13」, 「システム運用編 8③」, 「経営管理編 1.2.1＜管理責任＞②」.
     */
    static List<GuidelineRef> printedReferences(Item item) {
        String note = item.referencesNote();
        if (note == null || !note.startsWith(OfficialEditionBuilder.PRINTED_REFERENCE)) {
            return List.of();
        }
        List<GuidelineRef> out = new ArrayList<>();
        java.util.regex.Matcher m = PRINTED.matcher(note.substring(OfficialEditionBuilder.PRINTED_REFERENCE.length()));
        while (m.find()) {
            String section = jp.tenken.domain.FullWidth.toHalfWidth(m.group(2)).replace('．', '.');
            String group = m.group(3);
            if (m.group(4).isEmpty()) {
                out.add(new GuidelineRef(m.group(1), section, null, group, true));
            }
            for (char c : m.group(4).toCharArray()) {
                out.add(new GuidelineRef(m.group(1), section, Circled.valueOf(c), group, true));
            }
        }
        return out;
    }

    /** Saves one clause's deep self-check answer in its own transaction. */
    public DeepCheck saveDeepCheck(FiscalYear year, DeepCheck check) {
        if (guidelineFor(year).clause(check.clauseRef()).isEmpty() && guideline().clause(check.clauseRef()).isEmpty()) {
            throw new IllegalArgumentException("no clause " + check.clauseRef());
        }
        if (check.note().length() > NOTE_LIMIT) {
            throw new AnswerRejectedException(List.of(RuleViolation.NOTE_TOO_LONG));
        }
        return deepChecks.save(year, check, Instant.now(clock));
    }

    /** The comments on the place a checklist reference points to (one clause, a section, or a chapter). */
    public List<PublicComment> commentsAt(GuidelineRef ref) {
        Optional<GuidelinePlace> place = guideline.get().resolve(ref);
        if (place.isEmpty()) {
            return List.of();
        }
        GuidelinePlace p = place.get();
        if (ref.item() != null && p.clauses().size() == 1) {
            return comments.get().on(p.clauses().get(0));
        }
        if (p.section() != null) {
            return commentsOn(p.chapter(), p.section());
        }
        return comments.get().on(p.chapter());
    }

    /** The comments on a section or any section under it (and, in 経営管理編, on the clauses there). */
    public List<PublicComment> commentsOn(GuidelineChapter chapter, GuidelineSection section) {
        String s = section.number();
        return comments.get().attached().stream()
                .filter(a -> a.targets().stream().anyMatch(t -> t instanceof CommentTarget.Place p
                        && chapter.equals(p.place().chapter()) && p.place().section() != null
                        && (p.place().section().number().equals(s) || p.place().section().number().startsWith(s + "."))))
                .map(CommentAttachment::comment).toList();
    }

    /** Comments whose text or answer contains every word of the query (NFKC, case-insensitive). */
    public List<CommentHit> searchComments(String query) {
        List<String> words = List.of(normalise(query == null ? "" : query).split("[\\s　]+")).stream()
                .filter(w -> !w.isEmpty()).toList();
        if (words.isEmpty()) {
            return List.of();
        }
        List<CommentHit> out = new ArrayList<>();
        for (CommentAttachment a : comments.get().attached()) {
            PublicComment c = a.comment();
            String hay = normalise(c.comment() + "\n" + c.answer() + "\n"
                    + (c.sectionTitle() == null ? "" : c.sectionTitle()));
            if (words.stream().allMatch(hay::contains)) {
                out.add(new CommentHit(c, a.targets().get(0)));
            }
        }
        return out;
    }

    /** The 「ガイドライン対応表」 of a year: chapter by chapter, each 遵守事項 with its items, answers and deep check. */
    public ClauseTableData clauseTable(FiscalYear year) {
        YearView v = year(year);
        String editionId = editionIdOf(year);
        Optional<String> notHeld = notice(editionId);
        if (notHeld.isPresent()) {
            String title = Messages.get("guideline.title", catalog.guidelineVersionOf(editionId));
            return new ClauseTableData(year, forms.facilityName(), title, v.form().label(), null, false,
                    List.of(new ClauseTableData.Row(true, false, "", notHeld.get(), "", "", "", "")), title);
        }
        Guideline g = guidelineOf(editionId);
        Optional<ReferencePattern> pattern = v.pattern();
        Map<GuidelineChapter, ChapterApplicability> reach = new LinkedHashMap<>();
        pattern.ifPresent(p -> g.applicability(p).forEach(a -> reach.put(a.chapter(), a)));
        boolean deep = v.deepChecks().values().stream().anyMatch(d -> d.answered() || !d.note().isEmpty());
        List<ClauseTableData.Row> rows = ClauseTableRows.of(g, v, reach);
        String patternLabel = pattern.flatMap(p -> g.patterns().stream().filter(d -> d.pattern() == p)
                .findFirst()).map(d -> d.pattern().label() + " " + d.name()).orElse(null);
        String facility = forms.facilityName();
        return new ClauseTableData(year, facility, g.title(), v.form().label(), patternLabel, deep, rows,
                g.source() + (g.sourceUrl() == null || g.sourceUrl().isEmpty() ? "" : " " + g.sourceUrl()));
    }

    static String normalise(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
    }
}
