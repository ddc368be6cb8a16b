package jp.tenken.ui.clauses;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import jp.tenken.domain.FiscalYear;
import jp.tenken.domain.edition.GuidelineRef;
import jp.tenken.domain.guideline.ChapterApplicability;
import jp.tenken.domain.guideline.Clause;
import jp.tenken.domain.guideline.Guideline;
import jp.tenken.domain.guideline.GuidelineChapter;
import jp.tenken.domain.guideline.GuidelinePlace;
import jp.tenken.domain.guideline.PatternDefinition;
import jp.tenken.domain.guideline.ReferencePattern;
import jp.tenken.i18n.Messages;
import jp.tenken.service.ExportService;
import jp.tenken.service.GuidelineService.YearView;
import jp.tenken.service.GuidelineService;
import jp.tenken.ui.common.ExportRun;
import jp.tenken.ui.common.UiExecutor;

/**
 * State and commands of the clause view. The tree is built once from the guideline; loading a fiscal year fills in
 * the items and answers per clause and chapter, and choosing a 参照パターン (saved in the workbook) dims what the
 * pattern does not need. The selected place's detail, its public comments and its deep self-check are parts with
 * their own view models. Every read and write goes through the executor, off the FX thread.
 */
public final class ClauseViewModel implements DeepCheckViewModel.Screen {

    // --- state
    private final ReadOnlyStringWrapper guidelineNotice = new ReadOnlyStringWrapper("");
    private final ObjectProperty<ClauseNode> selected = new SimpleObjectProperty<>();
    private final ObservableList<PatternChoice> patterns = FXCollections.observableArrayList();
    private final ObjectProperty<ReferencePattern> pattern = new SimpleObjectProperty<>();
    private final StringProperty patternExplanation = new SimpleStringProperty("");
    private final ObjectProperty<FiscalYear> year = new SimpleObjectProperty<>();
    private final StringProperty status = new SimpleStringProperty("");
    private final BooleanProperty loading = new SimpleBooleanProperty(false);
    private final ObjectProperty<ClauseNode> focusRequest = new SimpleObjectProperty<>();
    private final IntegerProperty revision = new SimpleIntegerProperty();

    // --- parts
    private final PlaceDetailViewModel detail = new PlaceDetailViewModel();
    private final CommentsViewModel commentPanel;
    private final DeepCheckViewModel deepCheck;

    private final GuidelineService service;
    private final ExportService exportService;
    private final UiExecutor executor;
    private final ExportRun exports;
    private final Guideline guideline;
    private final ClauseTree tree;
    private YearView view;
    private Consumer<String> itemOpener;

    public ClauseViewModel(GuidelineService service, ExportService exportService, UiExecutor executor) {
        this.service = service;
        this.exportService = exportService;
        this.executor = executor;
        this.exports = new ExportRun(executor);
        this.guideline = service.guidelineForEditionOf(service.currentYear());
        this.commentPanel = new CommentsViewModel(service);
        this.deepCheck = new DeepCheckViewModel(service, executor, this);
        for (PatternDefinition d : guideline.patterns()) {
            patterns.add(new PatternChoice(d.pattern(), d.pattern().label() + " " + d.name(),
                    Messages.get("clauses.pattern.explain." + d.pattern().name())));
        }
        tree = new ClauseTree(guideline);
        selected.addListener((o, a, b) -> showSelection());
    }

    public List<ClauseNode> roots() {
        return tree.roots();
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

    public ReadOnlyStringProperty statusProperty() {
        return status;
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading;
    }

    public ReadOnlyBooleanProperty exportingProperty() {
        return exports.exportingProperty();
    }

    public ReadOnlyDoubleProperty exportProgressProperty() {
        return exports.progressProperty();
    }

    /** The node the tree should select and scroll to (after a reference or a search hit was opened). */
    public ReadOnlyObjectProperty<ClauseNode> focusRequestProperty() {
        return focusRequest;
    }

    /** Changes whenever the nodes' dimming, counts or progress change, so the tree can redraw. */
    public ReadOnlyIntegerProperty revisionProperty() {
        return revision;
    }

    public PlaceDetailViewModel detail() {
        return detail;
    }

    public CommentsViewModel commentPanel() {
        return commentPanel;
    }

    public DeepCheckViewModel deepCheck() {
        return deepCheck;
    }

    /** Every node of the tree, in order. */
    public List<ClauseNode> allNodes() {
        return List.copyOf(tree.all());
    }

    /** The 遵守事項 node with the catalog ref (e.g. シ13-⑪). */
    public Optional<ClauseNode> nodeOf(String clauseRef) {
        return tree.clause(clauseRef);
    }

    /** The chapter node of a part. */
    public Optional<ClauseNode> chapterNode(String part, String chapter) {
        return tree.chapter(part, chapter);
    }

    /** A file name a person recognises: 令和7年度_ガイドライン対応表.xlsx. */
    public String suggestedExportName() {
        return Messages.get("clauses.export.defaultName", year.get() == null ? "" : year.get().label());
    }

    // --- commands

    /** Set by the composition root: a checklist item key opens that item in the checklist. */
    public void setItemOpener(Consumer<String> opener) {
        this.itemOpener = opener;
    }

    private record Loaded(YearView view, String notice) {
    }

    /**
     * Empty, or why the clauses shown are not those of the year's own guideline version (a 令和8年度版 year is on
     * 第7.0版, whose clauses are not held): the window shows it above the tree.
     */
    public ReadOnlyStringProperty guidelineNoticeProperty() {
        return guidelineNotice.getReadOnlyProperty();
    }

    /** Loads a fiscal year's answers and deep checks, and the workbook's 参照パターン. */
    public void load(FiscalYear fy) {
        loading.set(true);
        executor.submit(() -> new Loaded(service.year(fy, guideline), notice(fy)), loaded -> {
            YearView v = loaded.view();
            guidelineNotice.set(loaded.notice());
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

    /** Why the year's answers are not tied to the clauses shown, or empty (on the worker thread). */
    private String notice(FiscalYear fy) {
        String own = service.guidelineFor(fy).version();
        if (service.holdsGuidelineFor(fy) && !own.equals(guideline.version())) {
            return Messages.get("clauses.otherVersion", fy.label(), own, guideline.version());
        }
        return service.guidelineNotice(fy).orElse("");
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
            node = tree.clause(p.clauses().get(0).ref()).orElse(null);
        }
        if (node == null) {
            node = tree.place(p).orElse(null);
        }
        if (node != null) {
            select(node);
        }
    }

    /** Selects a search hit's place. */
    public void open(CommentEntry entry) {
        if (entry.place() != null) {
            tree.place(entry.place()).ifPresent(this::select);
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

    /** Writes the 「ガイドライン対応表」 sheet alone, off the FX thread. */
    public void export(Path out) {
        if (year.get() == null || !exports.begin()) {
            return;
        }
        FiscalYear fy = year.get();
        status.set(Messages.get("export.running"));
        exports.submit(p -> exportService.exportClauseTable(fy, out, p), path -> status.set(
                Messages.get("export.done", path.file().toAbsolutePath()) + "：" + path.summary()), this::failed);
    }

    // --- for the parts and the view

    @Override
    public YearView yearView() {
        return view;
    }

    UiExecutor executor() {
        return executor;
    }

    @Override
    public void showStatus(String text) {
        status.set(text);
    }

    @Override
    public void failed(Throwable e) {
        status.set(Messages.forUser(e));
    }

    /** Puts each chapter's and section's answer counts and deep-check progress on its node. */
    @Override
    public void refreshCounts() {
        if (view == null) {
            return;
        }
        for (ClauseNode n : tree.all()) {
            if (n.kind() != ClauseNode.Kind.CHAPTER && n.kind() != ClauseNode.Kind.SECTION) {
                continue;
            }
            n.setCounts(PlaceAnswers.counts(view, PlaceAnswers.itemsAt(view, n)));
            List<Clause> clauses = ClauseTree.clausesUnder(n);
            long answered = PlaceAnswers.deepAnswered(view, clauses);
            n.setProgress(answered == 0 || clauses.isEmpty() ? ""
                    : Messages.get("clauses.deep.progress", answered, clauses.size()));
        }
        revision.set(revision.get() + 1);
    }

    private void refresh() {
        ReferencePattern p = pattern.get();
        Optional<PatternChoice> choice = patterns.stream().filter(c -> c.pattern() == p).findFirst();
        patternExplanation.set(choice.map(PatternChoice::explanation).orElse(Messages.get("clauses.pattern.none")));
        Map<GuidelineChapter, ChapterApplicability> reach = new LinkedHashMap<>();
        if (p != null) {
            guideline.applicability(p).forEach(a -> reach.put(a.chapter(), a));
        }
        for (ClauseNode n : tree.all()) {
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

    private void showSelection() {
        ClauseNode n = selected.get();
        commentPanel.show(n);
        detail.show(n, view);
        deepCheck.show(n == null ? null : n.clause(), view);
    }
}
