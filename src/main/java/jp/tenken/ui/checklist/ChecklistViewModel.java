package jp.tenken.ui.checklist;

import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import jp.tenken.domain.Answer;
import jp.tenken.domain.AnswerSheet;
import jp.tenken.domain.AnswerValue;
import jp.tenken.domain.Carryover;
import jp.tenken.domain.Facility;
import jp.tenken.domain.FacilityKind;
import jp.tenken.domain.FiscalYear;
import jp.tenken.domain.Item;
import jp.tenken.domain.Readiness;
import jp.tenken.domain.ReadinessFlag;
import jp.tenken.domain.Round;
import jp.tenken.domain.RowKey;
import jp.tenken.domain.Scope;
import jp.tenken.domain.Section;
import jp.tenken.domain.Wareki;
import jp.tenken.domain.YearSummary;
import jp.tenken.i18n.Messages;
import jp.tenken.service.AnswerRejectedException;
import jp.tenken.service.ChecklistService;
import jp.tenken.service.OpenForm;
import jp.tenken.ui.common.UiExecutor;

/**
 * State and commands of the checklist screen. Every change is saved at once through the executor (off the FX
 * thread); a failed save keeps the value on screen, marked 未保存, until a retry succeeds. Ctrl+Z undoes the last
 * answer change.
 */
public final class ChecklistViewModel {

    /** Which rows the list shows. */
    public enum Filter { ALL, UNANSWERED, NO, FLAGGED }

    // --- state
    private final ObservableList<YearSummary> years = FXCollections.observableArrayList();
    private final ObjectProperty<FiscalYear> selectedYear = new SimpleObjectProperty<>();
    private final StringProperty formTitle = new SimpleStringProperty("");
    private final StringProperty formLabel = new SimpleStringProperty("");
    private final StringProperty editionNote = new SimpleStringProperty("");
    private final StringProperty facilityName = new SimpleStringProperty("");
    private final StringProperty removedItems = new SimpleStringProperty("");
    private final ObservableList<RowViewModel> rows = FXCollections.observableArrayList();
    private final FilteredList<RowViewModel> visibleRows = new FilteredList<>(rows, r -> true);
    private final ObjectProperty<RowViewModel> selectedRow = new SimpleObjectProperty<>();
    private final StringProperty progressText = new SimpleStringProperty("");
    private final StringProperty noCountText = new SimpleStringProperty("");
    private final BooleanProperty overdue = new SimpleBooleanProperty(false);
    private final ObservableList<ReadinessFlag> flags = FXCollections.observableArrayList();
    private final ObservableList<jp.tenken.domain.VendorFlag> vendorFlags = FXCollections.observableArrayList();
    private final ObjectProperty<Filter> filter = new SimpleObjectProperty<>(Filter.ALL);
    private final StringProperty search = new SimpleStringProperty("");
    private final StringProperty status = new SimpleStringProperty("");
    private final BooleanProperty saveFailed = new SimpleBooleanProperty(false);
    private final BooleanProperty gateClosed = new SimpleBooleanProperty(false);
    private final BooleanProperty loading = new SimpleBooleanProperty(false);
    private final BooleanProperty needsFacility = new SimpleBooleanProperty(false);
    private final StringProperty errorMessage = new SimpleStringProperty("");
    private final ObjectProperty<RowViewModel> focusRequest = new SimpleObjectProperty<>();

    private final javafx.beans.property.DoubleProperty exportProgress = new javafx.beans.property.SimpleDoubleProperty(0);
    private final BooleanProperty exporting = new SimpleBooleanProperty(false);

    private final ChecklistService service;
    private final jp.tenken.service.VendorService vendors;
    private final jp.tenken.service.ExportService exportService;
    private final UiExecutor executor;
    private final Deque<Answer> undo = new ArrayDeque<>();
    private OpenForm open;
    private java.util.function.Consumer<jp.tenken.domain.GuidelineRef> referenceOpener;
    private java.util.function.ToIntFunction<jp.tenken.domain.GuidelineRef> commentCounter;
    private long loadGeneration;
    private Runnable vendorOpener;

    public ChecklistViewModel(ChecklistService service, jp.tenken.service.VendorService vendors,
                              jp.tenken.service.ExportService exportService, UiExecutor executor) {
        this.service = service;
        this.vendors = vendors;
        this.exportService = exportService;
        this.executor = executor;
        filter.addListener((o, a, b) -> applyFilter());
        search.addListener((o, a, b) -> applyFilter());
    }

    public ObservableList<YearSummary> years() {
        return years;
    }

    public ObjectProperty<FiscalYear> selectedYearProperty() {
        return selectedYear;
    }

    public ReadOnlyStringProperty formTitleProperty() {
        return formTitle;
    }

    public ReadOnlyStringProperty formLabelProperty() {
        return formLabel;
    }

    public ReadOnlyStringProperty editionNoteProperty() {
        return editionNote;
    }

    /** The items last year's edition had and this one dropped, as one line (empty when none). */
    public ReadOnlyStringProperty removedItemsProperty() {
        return removedItems;
    }

    public ReadOnlyStringProperty facilityNameProperty() {
        return facilityName;
    }

    public ObservableList<RowViewModel> rows() {
        return rows;
    }

    public ObservableList<RowViewModel> visibleRows() {
        return visibleRows;
    }

    public ObjectProperty<RowViewModel> selectedRowProperty() {
        return selectedRow;
    }

    public ReadOnlyStringProperty progressTextProperty() {
        return progressText;
    }

    public ReadOnlyStringProperty noCountTextProperty() {
        return noCountText;
    }

    public ReadOnlyBooleanProperty overdueProperty() {
        return overdue;
    }

    public ObservableList<ReadinessFlag> flags() {
        return flags;
    }

    /** The year's contracted vendors whose 事業者確認用 is not back or has 1回目 gaps (part of readiness). */
    public ObservableList<jp.tenken.domain.VendorFlag> vendorFlags() {
        return vendorFlags;
    }

    public ObjectProperty<Filter> filterProperty() {
        return filter;
    }

    public StringProperty searchProperty() {
        return search;
    }

    public ReadOnlyStringProperty statusProperty() {
        return status;
    }

    public ReadOnlyBooleanProperty saveFailedProperty() {
        return saveFailed;
    }

    public ReadOnlyBooleanProperty gateClosedProperty() {
        return gateClosed;
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading;
    }

    public ReadOnlyBooleanProperty needsFacilityProperty() {
        return needsFacility;
    }

    public ReadOnlyStringProperty errorMessageProperty() {
        return errorMessage;
    }

    /** The row the keyboard focus should go to (after a form opens: the first unanswered row). */
    public ReadOnlyObjectProperty<RowViewModel> focusRequestProperty() {
        return focusRequest;
    }

    public javafx.beans.property.ReadOnlyDoubleProperty exportProgressProperty() {
        return exportProgress;
    }

    public ReadOnlyBooleanProperty exportingProperty() {
        return exporting;
    }

    /** A file name for the export that a person recognises: さくら内科_立入検査用_令和7年度.xlsx. */
    public String suggestedExportName(boolean pack) {
        String facility = facilityName.get().replaceAll("[\\\\/:*?\"<>|]", "_").strip();
        String year = selectedYear.get() == null ? "" : selectedYear.get().label();
        return pack ? Messages.get("export.defaultName.pack", facility, year)
                : Messages.get("export.defaultName.form", facility, formLabel.get(), year);
    }

    /** Writes the 立入検査用 pack (or this form only) off the FX thread, reporting progress. */
    public void export(boolean pack, java.nio.file.Path out) {
        if (open == null || exporting.get()) {
            return;
        }
        FiscalYear year = open.assessment().year();
        exporting.set(true);
        exportProgress.set(0);
        status.set(Messages.get("export.running"));
        executor.submit(() -> {
            jp.tenken.xlsx.write.ExportProgress p = f -> executor.onUiThread(() -> exportProgress.set(f));
            return pack ? exportService.exportPack(year, out, p) : exportService.exportOwnForm(year, out, p);
        }, path -> {
            exporting.set(false);
            exportProgress.set(1);
            status.set(Messages.get("export.done", path.toAbsolutePath()));
        }, e -> {
            exporting.set(false);
            failed(e);
        });
    }

    /** Set by the composition root when a guideline view exists; references in the guidance pane then open it. */
    public void setReferenceOpener(java.util.function.Consumer<jp.tenken.domain.GuidelineRef> opener) {
        this.referenceOpener = opener;
    }

    public boolean canOpenReferences() {
        return referenceOpener != null;
    }

    /** Opens a guideline reference of the selected item (in the clause view). */
    public void openReference(jp.tenken.domain.GuidelineRef ref) {
        if (referenceOpener != null) {
            referenceOpener.accept(ref);
        }
    }

    /**
     * Set by the composition root when the public comments are known: how many of the ministry's answers concern a
     * reference's clauses, so the guidance pane can offer them one click away (opening them with the reference).
     */
    public void setReferenceComments(java.util.function.ToIntFunction<jp.tenken.domain.GuidelineRef> counter) {
        this.commentCounter = counter;
    }

    /** The number of public-comment answers on a reference's place (0 when unknown). */
    public int commentCount(jp.tenken.domain.GuidelineRef ref) {
        return commentCounter == null ? 0 : commentCounter.applyAsInt(ref);
    }

    /** Selects the first row of an item and asks the view to bring it into sight (from another screen). */
    public boolean revealItem(String itemKey) {
        Optional<RowViewModel> row = rows.stream().filter(r -> r.item().key().equals(itemKey)).findFirst();
        if (row.isEmpty()) {
            return false;
        }
        if (!visibleRows.contains(row.get())) {
            filter.set(Filter.ALL);
            search.set("");
        }
        selectedRow.set(row.get());
        focusRequest.set(null);
        focusRequest.set(row.get());
        return true;
    }

    /** The fiscal year and form currently open, for other screens that follow this one. */
    public Optional<OpenForm> openForm() {
        return Optional.ofNullable(open);
    }

    public LocalDate today() {
        return service.today();
    }

    public Optional<FiscalYear> openYear() {
        return open == null ? Optional.empty() : Optional.of(open.assessment().year());
    }

    // --- commands

    /** Loads the workbook: asks for the facility on first run, then opens the current fiscal year. */
    public void load() {
        loading.set(true);
        executor.submit(() -> service.facility(), f -> {
            if (f.isEmpty()) {
                loading.set(false);
                needsFacility.set(true);
            } else {
                facilityName.set(f.get().name());
                selectYear(service.currentYear());
            }
        }, this::failed);
    }

    public void saveFacility(String name, FacilityKind kind) {
        Facility f = new Facility(name, kind);
        executor.submit(() -> {
            service.saveFacility(f);
            return f;
        }, saved -> {
            needsFacility.set(false);
            facilityName.set(saved.name());
            selectYear(service.currentYear());
        }, this::failed);
    }

    /** Opens a fiscal year's own form (starting it if new), off the FX thread. */
    public void selectYear(FiscalYear year) {
        long generation = ++loadGeneration;
        loading.set(true);
        executor.submit(() -> {
            OpenForm form = service.open(year, service.ownForm(), null);
            List<YearSummary> list = service.years();
            return new Object[] {form, list, service.carryover(form), vendors.flags(year)};
        }, result -> {
            if (generation != loadGeneration) {
                return; // a newer selection won
            }
            @SuppressWarnings("unchecked")
            List<YearSummary> list = (List<YearSummary>) result[1];
            @SuppressWarnings("unchecked")
            List<jp.tenken.domain.VendorFlag> vf = (List<jp.tenken.domain.VendorFlag>) result[3];
            vendorFlags.setAll(vf);
            show((OpenForm) result[0], list, (Carryover) result[2]);
            loading.set(false);
        }, e -> {
            loading.set(false);
            failed(e);
        });
    }

    private void show(OpenForm form, List<YearSummary> list, Carryover carry) {
        this.open = form;
        undo.clear();
        years.setAll(list);
        selectedYear.set(form.assessment().year());
        formTitle.set(form.form().title());
        formLabel.set(form.form().label());
        editionNote.set(form.edition().exact() ? ""
                : Messages.get("edition.notBundled", form.assessment().year().label(), form.edition().edition().name()));
        List<RowViewModel> built = new ArrayList<>();
        for (Section s : form.form().sections()) {
            boolean firstOfSection = true;
            for (Item item : s.items()) {
                boolean firstOfItem = true;
                for (Scope scope : item.scopes()) {
                    RowViewModel r = new RowViewModel(item, scope, s.heading(), firstOfItem, firstOfSection);
                    r.newItemProperty().set(carry.isNew(item.key()));
                    r.previousYearHintProperty().set(hint(carry, r.key()));
                    for (Round round : Round.values()) {
                        Answer a = form.answers().get(r.key(), round);
                        r.markSaved(a);
                        r.show(a);
                    }
                    built.add(r);
                    firstOfItem = false;
                    firstOfSection = false;
                }
            }
        }
        rows.setAll(built);
        removedItems.set(carry.removedItems().isEmpty() ? "" : Messages.get("checklist.removedItems",
                carry.removedItems().stream().map(i -> i.number() + " " + shortText(i.text())).collect(
                        java.util.stream.Collectors.joining("、"))));
        selectedRow.set(built.isEmpty() ? null : built.get(0));
        status.set("");
        saveFailed.set(false);
        refreshReadiness();
        focusRequest.set(null);
        focusRequest.set(nextUnanswered(null).orElse(built.isEmpty() ? null : built.get(0)));
    }

    /**
     * 「前年度：いいえ（目標日 令和6年12月1日）・2回目 はい　メモ：…」 for a row, from last year's answers as read for
     * this year's row; empty when last year was not answered in this file or the item is new.
     */
    static String hint(Carryover carry, RowKey row) {
        if (!carry.previousStarted() || carry.isNew(row.itemKey())) {
            return "";
        }
        Answer first = carry.previous(row, Round.FIRST);
        Answer second = carry.previous(row, Round.SECOND);
        StringBuilder b = new StringBuilder(first.value() == AnswerValue.UNANSWERED
                ? Messages.get("checklist.previous.unanswered") : answerLabel(first.value()));
        if (first.value() == AnswerValue.NO && first.targetDate() != null) {
            b.append(Messages.get("checklist.previous.target", Wareki.format(first.targetDate())));
        }
        if (second.value() != AnswerValue.UNANSWERED) {
            b.append(Messages.get("checklist.previous.second", answerLabel(second.value())));
        }
        if (!first.note().isBlank()) {
            b.append(Messages.get("checklist.previous.note", first.note().strip()));
        }
        return Messages.get("checklist.previous", b.toString());
    }

    private static String answerLabel(AnswerValue v) {
        return Messages.get(v == AnswerValue.YES ? "checklist.answer.yes" : "checklist.answer.no");
    }

    private static String shortText(String text) {
        return text.length() > 24 ? text.substring(0, 23) + "…" : text;
    }

    /** はい or いいえ for a round; the 確認日 is set to today when the row had none. */
    public void answer(RowViewModel row, Round round, AnswerValue value) {
        if (!editable(row)) {
            return;
        }
        Answer before = row.current(round);
        row.valueProperty(round).set(value);
        if (value != AnswerValue.UNANSWERED && row.checkedOnProperty(round).get() == null) {
            row.checkedOnProperty(round).set(today());
        }
        if (value == AnswerValue.UNANSWERED) {
            row.checkedOnProperty(round).set(null);
        }
        if (value != AnswerValue.NO && round == Round.FIRST) {
            row.targetProperty().set(null);
        }
        commit(row, round, before);
    }

    public void setCheckedOn(RowViewModel row, Round round, LocalDate date) {
        if (!editable(row) || java.util.Objects.equals(row.checkedOnProperty(round).get(), date)) {
            return;
        }
        Answer before = row.current(round);
        row.checkedOnProperty(round).set(date);
        commit(row, round, before);
    }

    /** The 「今日」 key: the round's 確認日 becomes today. */
    public void checkedToday(RowViewModel row, Round round) {
        setCheckedOn(row, round, today());
    }

    public void setTarget(RowViewModel row, LocalDate date) {
        if (!editable(row) || java.util.Objects.equals(row.targetProperty().get(), date)) {
            return;
        }
        Answer before = row.current(Round.FIRST);
        row.targetProperty().set(date);
        commit(row, Round.FIRST, before);
    }

    public void setNote(RowViewModel row, String text) {
        String t = text == null ? "" : text;
        if (!editable(row) || row.saved(Round.FIRST).note().equals(t) && !row.pendingProperty().get()) {
            return;
        }
        Answer before = row.saved(Round.FIRST);
        row.noteProperty().set(t);
        commit(row, Round.FIRST, before);
    }

    private boolean editable(RowViewModel row) {
        return open != null && row != null && !row.disabledProperty().get();
    }

    private void commit(RowViewModel row, Round round, Answer before) {
        Answer now = row.current(round);
        if (now.sameContent(row.saved(round)) && !row.pendingProperty().get()) {
            refreshReadiness();
            return;
        }
        undo.push(before);
        save(row, round, now);
    }

    private void save(RowViewModel row, Round round, Answer answer) {
        row.pendingProperty().set(true);
        status.set(Messages.get("checklist.saving"));
        refreshReadiness();
        var assessment = open.assessment();
        executor.submit(() -> service.saveAnswer(assessment, answer), saved -> {
            row.markSaved(saved);
            if (row.current(round).sameContent(saved)) {
                row.pendingProperty().set(false);
                row.errorProperty().set("");
            }
            if (rows.stream().noneMatch(r -> r.pendingProperty().get())) {
                saveFailed.set(false);
                status.set(Messages.get("checklist.saved"));
            }
            refreshReadiness();
        }, e -> {
            if (e instanceof AnswerRejectedException rejected) {
                // The value breaks a rule: show why and put the saved value back.
                row.show(row.saved(round));
                row.pendingProperty().set(false);
                if (!undo.isEmpty()) {
                    undo.pop();
                }
                row.errorProperty().set(rejected.getMessage());
                status.set(Messages.get("checklist.rejected", rejected.getMessage()));
            } else {
                row.errorProperty().set(Messages.forUser(e));
                saveFailed.set(true);
                status.set(Messages.get("checklist.saveFailed", Messages.forUser(e)));
            }
            refreshReadiness();
        });
    }

    /** Saves again every row still marked 未保存 (after a disk-full or a missing drive). */
    public void retryPending() {
        for (RowViewModel r : rows) {
            if (r.pendingProperty().get()) {
                for (Round round : Round.values()) {
                    if (!r.current(round).sameContent(r.saved(round))) {
                        save(r, round, r.current(round));
                    }
                }
            }
        }
    }

    /** Ctrl+Z: the last answer change is put back (and saved). */
    public boolean undo() {
        if (undo.isEmpty() || open == null) {
            status.set(Messages.get("checklist.nothingToUndo"));
            return false;
        }
        Answer previous = undo.pop();
        RowViewModel row = rowFor(previous.row()).orElse(null);
        if (row == null) {
            return false;
        }
        row.show(previous);
        selectedRow.set(row);
        save(row, previous.round(), row.current(previous.round()));
        status.set(Messages.get("checklist.undone"));
        return true;
    }

    /** The next row (after {@code from}, wrapping) whose 1回目 is unanswered, among the visible rows. */
    public Optional<RowViewModel> nextUnanswered(RowViewModel from) {
        List<RowViewModel> list = new ArrayList<>(visibleRows);
        int start = from == null ? -1 : list.indexOf(from);
        for (int i = 1; i <= list.size(); i++) {
            RowViewModel r = list.get(Math.floorMod(start + i, list.size()));
            if (!r.isAnswered() && !r.disabledProperty().get()) {
                return Optional.of(r);
            }
        }
        return Optional.empty();
    }

    public Optional<RowViewModel> rowFor(RowKey key) {
        return rows.stream().filter(r -> r.key().equals(key)).findFirst();
    }

    /** Reads the vendors' part of readiness again (after the 事業者 screen sent or received a form). */
    public void refreshVendorFlags() {
        if (open == null) {
            return;
        }
        FiscalYear year = open.assessment().year();
        executor.submit(() -> vendors.flags(year), list -> {
            if (open != null && open.assessment().year().equals(year)) {
                vendorFlags.setAll(list);
            }
        }, this::failed);
    }

    /** Set by the composition root: a vendor flag in the readiness line opens the 事業者 screen. */
    public void setVendorOpener(Runnable opener) {
        this.vendorOpener = opener;
    }

    public void openVendors() {
        if (vendorOpener != null) {
            vendorOpener.run();
        }
    }

    /** Text for a vendor's readiness entry: 「事業者確認用（株式会社メディカル）：未回収です」. */
    public String describe(jp.tenken.domain.VendorFlag f) {
        return Messages.get(f.kind().messageKey(), f.vendorName(), f.count());
    }

    /** Text for a readiness entry: 「2-⑥ サーバ：1回目が未回答です」. */
    public String describe(ReadinessFlag f) {
        String number = f.itemNumber().isEmpty() ? "有無" : f.itemNumber();
        String where = Scope.devices().contains(f.row().scope()) ? number + " " + f.row().scope().label() : number;
        return Messages.get(f.kind().messageKey(), where, "", Wareki.format(f.date())).replace(" ：", "：");
    }

    private void refreshReadiness() {
        if (open == null) {
            return;
        }
        AnswerSheet sheet = new AnswerSheet(List.of());
        for (RowViewModel r : rows) {
            sheet.put(r.current(Round.FIRST));
            sheet.put(r.current(Round.SECOND));
        }
        Readiness readiness = Readiness.of(open.form(), sheet, today());
        boolean closed = open.form().gate()
                .map(g -> sheet.get(g.rows().get(0), Round.FIRST).value() == AnswerValue.NO).orElse(false);
        gateClosed.set(closed);
        Map<RowKey, ReadinessFlag> byRow = new LinkedHashMap<>();
        readiness.flags().forEach(f -> byRow.putIfAbsent(f.row(), f));
        for (RowViewModel r : rows) {
            r.disabledProperty().set(closed && !r.item().gate());
            ReadinessFlag f = byRow.get(r.key());
            r.flaggedProperty().set(f != null);
            r.overdueProperty().set(f != null && f.kind() == ReadinessFlag.Kind.TARGET_OVERDUE);
            r.targetMissingProperty().set(r.valueProperty(Round.FIRST).get() == AnswerValue.NO
                    && r.targetProperty().get() == null && !r.item().gate());
        }
        flags.setAll(readiness.flags());
        progressText.set(Messages.get("checklist.progress", readiness.answered(), readiness.rows()));
        noCountText.set(readiness.earliestTarget() == null
                ? Messages.get("checklist.noCount", readiness.noCount())
                : Messages.get("checklist.noCount.earliest", readiness.noCount(), Wareki.format(readiness.earliestTarget())));
        overdue.set(readiness.flags().stream().anyMatch(f -> f.kind() == ReadinessFlag.Kind.TARGET_OVERDUE));
        FiscalYear year = open.assessment().year();
        for (int i = 0; i < years.size(); i++) {
            YearSummary y = years.get(i);
            if (y.year().equals(year) && (y.answered() != readiness.answered() || y.flags() != readiness.flags().size())) {
                years.set(i, new YearSummary(year, y.editionId(), readiness.rows(), readiness.answered(),
                        readiness.flags().size()));
            }
        }
        applyFilter();
    }

    private void applyFilter() {
        String q = search.get() == null ? "" : search.get().strip().toLowerCase(Locale.ROOT);
        Filter f = filter.get();
        visibleRows.setPredicate(r -> {
            boolean byFilter = switch (f) {
                case ALL -> true;
                case UNANSWERED -> !r.isAnswered();
                case NO -> r.valueProperty(Round.FIRST).get() == AnswerValue.NO;
                case FLAGGED -> r.flaggedProperty().get();
            };
            if (!byFilter) {
                return false;
            }
            if (q.isEmpty()) {
                return true;
            }
            String hay = (r.item().number() + " " + r.item().text() + " " + r.scope().label() + " "
                    + r.noteProperty().get()).toLowerCase(Locale.ROOT);
            return hay.contains(q);
        });
    }

    private void failed(Throwable e) {
        errorMessage.set(Messages.forUser(e));
        status.set(Messages.forUser(e));
    }


}
