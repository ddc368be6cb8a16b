package jp.tenken.ui.clauses;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import jp.tenken.domain.Answer;
import jp.tenken.domain.AnswerKind;
import jp.tenken.domain.AnswerValue;
import jp.tenken.domain.ChapterApplicability;
import jp.tenken.domain.Circled;
import jp.tenken.domain.Clause;
import jp.tenken.domain.ClauseStatus;
import jp.tenken.domain.CommentTarget;
import jp.tenken.domain.DeepCheck;
import jp.tenken.domain.DeepCheckValue;
import jp.tenken.domain.FiscalYear;
import jp.tenken.domain.Guideline;
import jp.tenken.domain.GuidelineChapter;
import jp.tenken.domain.GuidelinePart;
import jp.tenken.domain.GuidelinePlace;
import jp.tenken.domain.GuidelineRef;
import jp.tenken.domain.GuidelineSection;
import jp.tenken.domain.Item;
import jp.tenken.domain.PatternDefinition;
import jp.tenken.domain.PublicComment;
import jp.tenken.domain.ReferencePattern;
import jp.tenken.domain.Round;
import jp.tenken.domain.RowKey;
import jp.tenken.domain.Scope;
import jp.tenken.i18n.Messages;
import jp.tenken.service.ExportService;
import jp.tenken.service.GuidelineService;
import jp.tenken.ui.common.UiExecutor;

/**
 * State and commands of the clause view. The tree is built once from the guideline; loading a fiscal year fills in
 * the items and answers per clause and chapter, and choosing a 参照パターン (saved in the workbook) dims what the
 * pattern does not need. Every read and write goes through the executor, off the FX thread.
 */
public final class ClauseViewModel {

    /** A 参照パターン as the chooser lists it, with a short explanation. */
    public record PatternChoice(ReferencePattern pattern, String label, String explanation) {
        @Override
        public String toString() {
            return label;
        }
    }

    /** One scope's answer of an item: 「サーバ」 はい. */
    public record ScopeAnswer(String scope, AnswerValue value, AnswerValue second) {
    }

    /** A checklist item that reaches the selected place, with this year's answers. */
    public record ItemLine(String itemKey, String number, String text, List<ScopeAnswer> answers) {
    }

    /** A public comment as the panel shows it: the ministry's answer first, the comment folded under it. */
    public record CommentEntry(int number, String page, AnswerKind kind, String kindLabel, String answer,
                               String comment, String where, GuidelinePlace place) {
        /** 「No.87（P34）」. */
        public String source() {
            return "No." + number + (page == null || page.isBlank() ? "" : "（" + page + "）");
        }
    }

    // --- state
    private final ObservableList<ClauseNode> roots = FXCollections.observableArrayList();
    private final ObjectProperty<ClauseNode> selected = new SimpleObjectProperty<>();
    private final ObservableList<PatternChoice> patterns = FXCollections.observableArrayList();
    private final ObjectProperty<ReferencePattern> pattern = new SimpleObjectProperty<>();
    private final StringProperty patternExplanation = new SimpleStringProperty("");
    private final ObjectProperty<FiscalYear> year = new SimpleObjectProperty<>();
    private final StringProperty title = new SimpleStringProperty("");
    private final StringProperty textMark = new SimpleStringProperty("");
    private final StringProperty text = new SimpleStringProperty("");
    private final StringProperty textNote = new SimpleStringProperty("");
    private final StringProperty reason = new SimpleStringProperty("");
    private final StringProperty summary = new SimpleStringProperty("");
    private final ObservableList<ItemLine> items = FXCollections.observableArrayList();
    private final ObservableList<CommentEntry> comments = FXCollections.observableArrayList();
    private final StringProperty commentsHeading = new SimpleStringProperty("");
    private final BooleanProperty deepCheckable = new SimpleBooleanProperty(false);
    private final ObjectProperty<DeepCheckValue> deepValue = new SimpleObjectProperty<>();
    private final StringProperty deepNote = new SimpleStringProperty("");
    private final StringProperty search = new SimpleStringProperty("");
    private final ObservableList<CommentEntry> searchResults = FXCollections.observableArrayList();
    private final StringProperty searchSummary = new SimpleStringProperty("");
    private final StringProperty status = new SimpleStringProperty("");
    private final BooleanProperty loading = new SimpleBooleanProperty(false);
    private final BooleanProperty exporting = new SimpleBooleanProperty(false);
    private final DoubleProperty exportProgress = new SimpleDoubleProperty(0);
    private final ObjectProperty<ClauseNode> focusRequest = new SimpleObjectProperty<>();
    private final javafx.beans.property.IntegerProperty revision = new javafx.beans.property.SimpleIntegerProperty();

    private static final List<AnswerKind> KIND_ORDER = List.of(AnswerKind.MODIFIED, AnswerKind.EXPLANATION,
            AnswerKind.AS_DRAFTED, AnswerKind.FUTURE_OR_REFERENCE);

    private final GuidelineService service;
    private final ExportService exportService;
    private final UiExecutor executor;
    private final Guideline guideline;
    private final List<ClauseNode> all = new ArrayList<>();
    private GuidelineService.YearView view;
    private Consumer<String> itemOpener;
    private boolean showingSelection;

    public ClauseViewModel(GuidelineService service, ExportService exportService, UiExecutor executor) {
        this.service = service;
        this.exportService = exportService;
        this.executor = executor;
        this.guideline = service.guideline();
        for (PatternDefinition d : guideline.patterns()) {
            patterns.add(new PatternChoice(d.pattern(), d.pattern().label() + " " + d.name(),
                    Messages.get("clauses.pattern.explain." + d.pattern().name())));
        }
        buildTree();
        selected.addListener((o, a, b) -> showSelection());
        search.addListener((o, a, b) -> runSearch());
    }

    public ObservableList<ClauseNode> roots() {
        return roots;
    }

    public ObjectProperty<ClauseNode> selectedProperty() {
        return selected;
    }

    public ObservableList<PatternChoice> patterns() {
        return patterns;
    }

    /** The facility's 参照パターン (null until chosen). */
    public ReadOnlyObjectProperty<ReferencePattern> patternProperty() {
        return pattern;
    }

    public ReadOnlyStringProperty patternExplanationProperty() {
        return patternExplanation;
    }

    public ReadOnlyObjectProperty<FiscalYear> yearProperty() {
        return year;
    }

    public ReadOnlyStringProperty titleProperty() {
        return title;
    }

    /** 「文言要確認」 or 「本文未取得」 when the clause text is not the verified official wording, else empty. */
    public ReadOnlyStringProperty textMarkProperty() {
        return textMark;
    }

    public ReadOnlyStringProperty textProperty() {
        return text;
    }

    public ReadOnlyStringProperty textNoteProperty() {
        return textNote;
    }

    public ReadOnlyStringProperty reasonProperty() {
        return reason;
    }

    /** Chapters and sections: 「チェック項目 4件（はい 3・いいえ 1・未回答 0）／自己点検 2/13」. */
    public ReadOnlyStringProperty summaryProperty() {
        return summary;
    }

    public ObservableList<ItemLine> items() {
        return items;
    }

    public ObservableList<CommentEntry> comments() {
        return comments;
    }

    public ReadOnlyStringProperty commentsHeadingProperty() {
        return commentsHeading;
    }

    /** True when a 遵守事項 is selected, so the deep self-check can be answered. */
    public ReadOnlyBooleanProperty deepCheckableProperty() {
        return deepCheckable;
    }

    public ReadOnlyObjectProperty<DeepCheckValue> deepValueProperty() {
        return deepValue;
    }

    public ReadOnlyStringProperty deepNoteProperty() {
        return deepNote;
    }

    public StringProperty searchProperty() {
        return search;
    }

    public ObservableList<CommentEntry> searchResults() {
        return searchResults;
    }

    public ReadOnlyStringProperty searchSummaryProperty() {
        return searchSummary;
    }

    public ReadOnlyStringProperty statusProperty() {
        return status;
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading;
    }

    public ReadOnlyBooleanProperty exportingProperty() {
        return exporting;
    }

    public ReadOnlyDoubleProperty exportProgressProperty() {
        return exportProgress;
    }

    /** The node the tree should select and scroll to (after a reference or a search hit was opened). */
    public ReadOnlyObjectProperty<ClauseNode> focusRequestProperty() {
        return focusRequest;
    }

    /** Changes whenever the nodes' dimming, counts or progress change, so the tree can redraw. */
    public javafx.beans.property.ReadOnlyIntegerProperty revisionProperty() {
        return revision;
    }

    /** Set by the composition root: a checklist item key opens that item in the checklist. */
    public void setItemOpener(Consumer<String> opener) {
        this.itemOpener = opener;
    }

    /** Every node of the tree, in order. */
    public List<ClauseNode> allNodes() {
        return List.copyOf(all);
    }

    /** The 遵守事項 node with the catalog ref (e.g. シ13-⑪). */
    public Optional<ClauseNode> nodeOf(String clauseRef) {
        return all.stream().filter(n -> n.clause() != null && n.clause().ref().equals(clauseRef)).findFirst();
    }

    /** The chapter node of a part. */
    public Optional<ClauseNode> chapterNode(String part, String chapter) {
        return all.stream().filter(n -> n.kind() == ClauseNode.Kind.CHAPTER && n.part().name().equals(part)
                && n.chapter().number().equals(chapter)).findFirst();
    }

    // --- commands

    /** Loads a fiscal year's answers and deep checks, and the workbook's 参照パターン. */
    public void load(FiscalYear fy) {
        loading.set(true);
        executor.submit(() -> service.year(fy), v -> {
            loading.set(false);
            view = v;
            year.set(v.year());
            pattern.set(v.pattern().orElse(null));
            refresh();
        }, e -> {
            loading.set(false);
            failed(e);
        });
    }

    /** Chooses the facility's 参照パターン and saves it in the workbook. */
    public void choosePattern(ReferencePattern p) {
        if (p == null || p == pattern.get()) {
            return;
        }
        pattern.set(p);
        refresh();
        executor.submit(() -> {
            service.setPattern(p);
            return p;
        }, saved -> status.set(Messages.get("clauses.pattern.saved", saved.label())), this::failed);
    }

    /** Selects the place a checklist reference points to (a clause, section or chapter). */
    public void open(GuidelineRef ref) {
        Optional<GuidelinePlace> place = guideline.resolve(ref);
        if (place.isEmpty()) {
            status.set(Messages.get("clauses.notFound", ref.printed()));
            return;
        }
        GuidelinePlace p = place.get();
        ClauseNode node = null;
        if (ref.item() != null && p.clauses().size() == 1) {
            node = nodeOf(p.clauses().get(0).ref()).orElse(null);
        }
        if (node == null) {
            node = nodeOf(p).orElse(null);
        }
        if (node != null) {
            select(node);
        }
    }

    /** Selects a search hit's place. */
    public void open(CommentEntry entry) {
        if (entry.place() != null) {
            nodeOf(entry.place()).ifPresent(this::select);
        }
    }

    /** Opens a checklist item (selects its row in the checklist). */
    public void revealItem(String itemKey) {
        if (itemOpener != null) {
            itemOpener.accept(itemKey);
        }
    }

    public void select(ClauseNode node) {
        selected.set(node);
        focusRequest.set(null);
        focusRequest.set(node);
    }

    /** Answers the selected 遵守事項's deep self-check; saved at once, off the FX thread. */
    public void setDeepValue(DeepCheckValue value) {
        if (showingSelection) {
            return;
        }
        saveDeep(current().withValue(value));
    }

    public void setDeepNote(String note) {
        String n = note == null ? "" : note;
        if (showingSelection || n.equals(current().note())) {
            return;
        }
        saveDeep(current().withNote(n));
    }

    /** Writes the 「ガイドライン対応表」 sheet alone, off the FX thread. */
    public void export(Path out) {
        if (year.get() == null || exporting.get()) {
            return;
        }
        FiscalYear fy = year.get();
        exporting.set(true);
        exportProgress.set(0);
        status.set(Messages.get("export.running"));
        executor.submit(() -> exportService.exportClauseTable(fy, out,
                f -> executor.onUiThread(() -> exportProgress.set(f))), path -> {
            exporting.set(false);
            exportProgress.set(1);
            status.set(Messages.get("export.done", path.toAbsolutePath()));
        }, e -> {
            exporting.set(false);
            failed(e);
        });
    }

    /** A file name a person recognises: 令和7年度_ガイドライン対応表.xlsx. */
    public String suggestedExportName() {
        return Messages.get("clauses.export.defaultName", year.get() == null ? "" : year.get().label());
    }

    // --- internals

    private DeepCheck current() {
        ClauseNode n = selected.get();
        if (n == null || n.clause() == null || view == null) {
            throw new IllegalStateException("no clause selected");
        }
        return view.deepCheck(n.clause());
    }

    private void saveDeep(DeepCheck check) {
        if (view == null) {
            return;
        }
        FiscalYear fy = view.year();
        GuidelineService.YearView at = view;
        at.deepChecks().put(check.clauseRef(), check);
        deepValue.set(check.value());
        deepNote.set(check.note());
        refreshCounts();
        status.set(Messages.get("checklist.saving"));
        executor.submit(() -> service.saveDeepCheck(fy, check), saved -> {
            at.deepChecks().put(saved.clauseRef(), saved);
            status.set(Messages.get("checklist.saved"));
        }, this::failed);
    }

    private void buildTree() {
        for (GuidelinePart part : guideline.parts()) {
            ClauseNode p = add(new ClauseNode(ClauseNode.Kind.PART, part.name(), part, null, null, null));
            roots.add(p);
            List<GuidelineChapter> chapters = new ArrayList<>(part.chapters());
            chapters.addAll(part.appendices());
            for (GuidelineChapter ch : chapters) {
                String name = ch.appendix() ? "【別添】" : ch.number();
                ClauseNode c = add(new ClauseNode(ClauseNode.Kind.CHAPTER,
                        name + " " + (ch.title() == null ? Messages.get("clauses.untitled") : ch.title()),
                        part, ch, null, null));
                p.children().add(c);
                Map<String, ClauseNode> sections = new LinkedHashMap<>();
                List<ClauseNode> sectionNodes = new ArrayList<>();
                for (GuidelineSection s : ch.sections()) {
                    ClauseNode sn = add(new ClauseNode(ClauseNode.Kind.SECTION,
                            s.number() + " " + (s.title() == null ? Messages.get("clauses.untitled") : s.title()),
                            part, ch, s, null));
                    sections.put(s.number(), sn);
                    sectionNodes.add(sn);
                }
                List<ClauseNode> clauseNodes = new ArrayList<>();
                for (Clause cl : ch.clauses()) {
                    ClauseNode cn = add(new ClauseNode(ClauseNode.Kind.CLAUSE, clauseLabel(cl), part, ch,
                            cl.section() == null ? null : ch.section(cl.section()).orElse(null), cl));
                    ClauseNode home = cl.section() == null ? null : sections.get(cl.section());
                    if (home != null) {
                        home.children().add(cn);
                    } else {
                        clauseNodes.add(cn);
                    }
                }
                // 遵守事項 come first in a chapter, then its sections (as the guideline prints them)
                c.children().addAll(clauseNodes);
                c.children().addAll(sectionNodes);
            }
        }
    }

    private ClauseNode add(ClauseNode n) {
        all.add(n);
        return n;
    }

    private static String clauseLabel(Clause c) {
        String head = (c.group() == null ? "" : "＜" + c.group() + "＞") + Circled.of(c.number()) + " ";
        if (c.text() == null) {
            return head + Messages.get("clauses.text.unknown");
        }
        String first = c.text().strip().split("\n")[0];
        return head + (first.length() > 34 ? first.substring(0, 33) + "…" : first);
    }

    private Optional<ClauseNode> nodeOf(GuidelinePlace p) {
        if (p.chapter() == null) {
            return all.stream().filter(n -> n.kind() == ClauseNode.Kind.PART && n.part().equals(p.part())).findFirst();
        }
        if (p.section() != null) {
            Optional<ClauseNode> s = all.stream().filter(n -> n.kind() == ClauseNode.Kind.SECTION
                    && n.chapter().equals(p.chapter()) && n.section().equals(p.section())).findFirst();
            if (s.isPresent()) {
                return s;
            }
        }
        return all.stream().filter(n -> n.kind() == ClauseNode.Kind.CHAPTER && n.chapter().equals(p.chapter()))
                .findFirst();
    }

    private void refresh() {
        ReferencePattern p = pattern.get();
        Optional<PatternChoice> choice = patterns.stream().filter(c -> c.pattern() == p).findFirst();
        patternExplanation.set(choice.map(PatternChoice::explanation).orElse(Messages.get("clauses.pattern.none")));
        Map<GuidelineChapter, ChapterApplicability> reach = new LinkedHashMap<>();
        if (p != null) {
            guideline.applicability(p).forEach(a -> reach.put(a.chapter(), a));
        }
        for (ClauseNode n : all) {
            ChapterApplicability a = n.chapter() == null ? null : reach.get(n.chapter());
            if (a == null) {
                n.setApplicability(false, null);
            } else if (n.kind() == ClauseNode.Kind.CLAUSE) {
                boolean applies = a.clauses().contains(n.clause());
                n.setApplicability(!applies, applies ? null : a.reason());
            } else {
                n.setApplicability(!a.applies(), a.reason());
            }
        }
        refreshCounts();
        showSelection();
    }

    private void refreshCounts() {
        if (view == null) {
            return;
        }
        for (ClauseNode n : all) {
            if (n.kind() != ClauseNode.Kind.CHAPTER && n.kind() != ClauseNode.Kind.SECTION) {
                continue;
            }
            int[] c = counts(itemsAt(n));
            n.setCounts(c[0], c[1], c[2]);
            List<Clause> clauses = clausesUnder(n);
            long answered = clauses.stream().filter(cl -> view.deepCheck(cl).answered()).count();
            n.setProgress(answered == 0 || clauses.isEmpty() ? ""
                    : Messages.get("clauses.deep.progress", answered, clauses.size()));
        }
        revision.set(revision.get() + 1);
    }

    /** The 遵守事項 a node holds that the pattern needs (all of them when no pattern is chosen). */
    List<Clause> clausesUnder(ClauseNode n) {
        List<Clause> out = new ArrayList<>();
        collect(n, out);
        return out;
    }

    private void collect(ClauseNode n, List<Clause> out) {
        if (n.clause() != null && !n.dimmedProperty().get()) {
            out.add(n.clause());
        }
        n.children().forEach(c -> collect(c, out));
    }

    private List<Item> itemsAt(ClauseNode n) {
        if (view == null) {
            return List.of();
        }
        return switch (n.kind()) {
            case PART -> List.of();
            case CHAPTER -> view.crosswalk().items(n.chapter());
            case SECTION -> {
                List<Item> list = new ArrayList<>(view.crosswalk().items(n.part().name(), n.section()));
                for (ClauseNode c : n.children()) {
                    view.crosswalk().items(c.clause()).stream().filter(i -> !list.contains(i)).forEach(list::add);
                }
                yield list;
            }
            case CLAUSE -> view.crosswalk().items(n.clause());
        };
    }

    private int[] counts(List<Item> list) {
        int[] c = new int[3];
        for (Item i : list) {
            for (RowKey row : i.rows()) {
                AnswerValue v = view.answers().get(row, Round.FIRST).value();
                c[v == AnswerValue.YES ? 0 : v == AnswerValue.NO ? 1 : 2]++;
            }
        }
        return c;
    }

    private void showSelection() {
        showingSelection = true;
        try {
            ClauseNode n = selected.get();
            items.clear();
            comments.clear();
            textMark.set("");
            text.set("");
            textNote.set("");
            summary.set("");
            deepCheckable.set(false);
            deepValue.set(null);
            deepNote.set("");
            if (n == null) {
                title.set(Messages.get("clauses.select"));
                reason.set("");
                commentsHeading.set(Messages.get("clauses.comments.heading", 0));
                return;
            }
            reason.set(n.reasonProperty().get());
            title.set(titleOf(n));
            if (n.clause() != null) {
                Clause c = n.clause();
                if (!c.textVerified()) {
                    textMark.set(Messages.get(c.status() == ClauseStatus.UNKNOWN || c.text() == null
                            ? "clauses.text.unknown" : "clauses.text.unverified"));
                }
                text.set(c.text() == null ? "" : c.text());
                textNote.set(c.note() == null ? "" : c.note());
                if (view != null) {
                    deepCheckable.set(true);
                    DeepCheck d = view.deepCheck(c);
                    deepValue.set(d.value());
                    deepNote.set(d.note());
                }
            }
            List<Item> list = itemsAt(n);
            for (Item i : list) {
                items.add(line(i));
            }
            if (n.kind() != ClauseNode.Kind.CLAUSE && view != null) {
                int[] c = counts(list);
                List<Clause> clauses = clausesUnder(n);
                long answered = clauses.stream().filter(cl -> view.deepCheck(cl).answered()).count();
                summary.set(Messages.get("clauses.summary", list.size(), c[0], c[1], c[2], c[0] + c[1] + c[2])
                        + (clauses.isEmpty() ? "" : Messages.get("clauses.summary.deep", answered, clauses.size())));
            }
            List<PublicComment> found = new ArrayList<>(commentsOf(n));
            // answers that changed or explain the guideline first; 「参考にさせていただきます」 last
            found.sort(Comparator.comparingInt((PublicComment pc) -> KIND_ORDER.indexOf(pc.answerKind()))
                    .thenComparingInt(PublicComment::number));
            found.forEach(pc -> comments.add(entry(pc, null)));
            commentsHeading.set(Messages.get("clauses.comments.heading", found.size()));
        } finally {
            showingSelection = false;
        }
    }

    private List<PublicComment> commentsOf(ClauseNode n) {
        return switch (n.kind()) {
            case PART -> service.comments().attached().stream()
                    .filter(a -> a.targets().stream().anyMatch(t -> t instanceof CommentTarget.Place p
                            && p.place().part().equals(n.part()) && p.place().chapter() == null))
                    .map(a -> a.comment()).toList();
            case CHAPTER -> service.comments().on(n.chapter());
            case SECTION -> service.commentsOn(n.chapter(), n.section());
            case CLAUSE -> service.comments().on(n.clause());
        };
    }

    private String titleOf(ClauseNode n) {
        return switch (n.kind()) {
            case PART -> n.part().name();
            case CHAPTER -> n.part().name() + " " + n.label();
            case SECTION -> n.part().name() + " " + n.label();
            case CLAUSE -> n.clause().printed() + "（" + n.chapter().number() + " "
                    + (n.chapter().title() == null ? Messages.get("clauses.untitled") : n.chapter().title()) + "）";
        };
    }

    private ItemLine line(Item i) {
        List<ScopeAnswer> answers = new ArrayList<>();
        for (Scope s : i.scopes()) {
            RowKey row = new RowKey(i.key(), s);
            Answer first = view == null ? Answer.empty(row, Round.FIRST) : view.answers().get(row, Round.FIRST);
            Answer second = view == null ? Answer.empty(row, Round.SECOND) : view.answers().get(row, Round.SECOND);
            answers.add(new ScopeAnswer(s.label(), first.value(), second.value()));
        }
        return new ItemLine(i.key(), i.gate() ? "" : i.number(), i.text(), answers);
    }

    private CommentEntry entry(PublicComment c, CommentTarget target) {
        String where = "";
        GuidelinePlace place = null;
        if (target instanceof CommentTarget.Place p) {
            place = p.place();
            where = p.place().printed();
        } else if (target instanceof CommentTarget.ReferenceMaterial r) {
            where = Messages.get("clauses.where.reference", r.name());
        } else if (target instanceof CommentTarget.WholeGuideline) {
            where = Messages.get("clauses.where.whole");
        }
        return new CommentEntry(c.number(), c.page(), c.answerKind(), c.answerKind().label(), c.answer(), c.comment(),
                where, place);
    }

    private void runSearch() {
        String q = search.get() == null ? "" : search.get().strip();
        searchResults.clear();
        if (q.isEmpty()) {
            searchSummary.set("");
            return;
        }
        List<GuidelineService.CommentHit> hits = new ArrayList<>(service.searchComments(q));
        hits.sort(Comparator.comparingInt(h -> h.comment().number()));
        hits.forEach(h -> searchResults.add(entry(h.comment(), h.target())));
        searchSummary.set(Messages.get("clauses.search.count", hits.size()));
    }

    private void failed(Throwable e) {
        status.set(Messages.forUser(e));
    }


}
