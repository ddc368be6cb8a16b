package jp.tenken.ui.compare;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import jp.tenken.domain.FiscalYear;
import jp.tenken.domain.Wareki;
import jp.tenken.domain.comparison.Change;
import jp.tenken.domain.comparison.Comparison;
import jp.tenken.domain.comparison.YearTally;
import jp.tenken.domain.edition.FormKind;
import jp.tenken.domain.edition.Item;
import jp.tenken.domain.vendor.Vendor;
import jp.tenken.domain.year.Answer;
import jp.tenken.i18n.Messages;
import jp.tenken.service.ComparisonReport;
import jp.tenken.service.ComparisonService;
import jp.tenken.service.ExportService;
import jp.tenken.ui.common.ExportRun;
import jp.tenken.ui.common.UiExecutor;

/**
 * State and commands of the comparison screen: which form and which two fiscal years, then the rows with their
 * change, the counts per section, every year's はい/いいえ/未回答 for the chart, and the export of the sheet. All
 * loading runs through the executor, off the FX thread.
 */
public final class ComparisonViewModel {

    // --- state
    private final ObservableList<FormChoice> forms = FXCollections.observableArrayList();
    private final ObjectProperty<FormChoice> form = new SimpleObjectProperty<>();
    private final ObservableList<FiscalYear> years = FXCollections.observableArrayList();
    private final ObjectProperty<FiscalYear> earlier = new SimpleObjectProperty<>();
    private final ObjectProperty<FiscalYear> later = new SimpleObjectProperty<>();
    private final ObjectProperty<ComparisonReport> report = new SimpleObjectProperty<>();
    private final ObservableList<Comparison.Row> rows = FXCollections.observableArrayList();
    private final ObservableList<Comparison.SectionCount> sections = FXCollections.observableArrayList();
    private final ObservableList<YearTally> history = FXCollections.observableArrayList();
    private final StringProperty summary = new SimpleStringProperty("");
    private final StringProperty missed = new SimpleStringProperty("");
    private final StringProperty removed = new SimpleStringProperty("");
    private final StringProperty status = new SimpleStringProperty("");
    private final BooleanProperty loading = new SimpleBooleanProperty(false);

    private final ComparisonService service;
    private final ExportService exportService;
    private final UiExecutor executor;
    private final ExportRun exports;
    private long generation;

    public ComparisonViewModel(ComparisonService service, ExportService exportService, UiExecutor executor) {
        this.service = service;
        this.exportService = exportService;
        this.executor = executor;
        this.exports = new ExportRun(executor);
    }

    public ObservableList<FormChoice> forms() {
        return forms;
    }

    public ReadOnlyObjectProperty<FormChoice> formProperty() {
        return form;
    }

    /** The fiscal years one can choose, newest first. */
    public ObservableList<FiscalYear> years() {
        return years;
    }

    public ReadOnlyObjectProperty<FiscalYear> earlierProperty() {
        return earlier;
    }

    public ReadOnlyObjectProperty<FiscalYear> laterProperty() {
        return later;
    }

    public ReadOnlyObjectProperty<ComparisonReport> reportProperty() {
        return report;
    }

    public ObservableList<Comparison.Row> rows() {
        return rows;
    }

    public ObservableList<Comparison.SectionCount> sections() {
        return sections;
    }

    /** Every year of the form in the file, oldest first, for the chart. */
    public ObservableList<YearTally> history() {
        return history;
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary;
    }

    public ReadOnlyStringProperty missedProperty() {
        return missed;
    }

    public ReadOnlyStringProperty removedProperty() {
        return removed;
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

    // --- texts the view shows for domain values

    public String answerText(Answer a) {
        return switch (a.value()) {
            case YES -> Messages.get("checklist.answer.yes");
            case NO -> Messages.get("checklist.answer.no");
            case UNANSWERED -> Messages.get("compare.answer.unanswered");
        };
    }

    /** The earlier year's answer; a new item has none. */
    public String earlierText(Comparison.Row r) {
        return r.change() == Change.NEW ? "—" : answerText(r.earlier());
    }

    public String changeText(Change c) {
        return Messages.get("compare.change." + c.name());
    }

    public String remarkText(Comparison.Row r) {
        return r.targetMissed() ? Messages.get("compare.missedTarget", Wareki.format(r.missedTarget())) : "";
    }

    public String scopeText(Comparison.Row r) {
        return r.scope().label();
    }

    /** A short category for the chart: 「1（令和6年度）」. */
    public String sectionCategory(Comparison.SectionCount s, FiscalYear year) {
        String number = s.heading().contains(" ") ? s.heading().substring(0, s.heading().indexOf(' ')) : s.heading();
        return number + "\n" + year.label();
    }

    // --- commands

    /** Opens the comparison of the facility's own form: {@code year} against the year before it. */
    public void load(FiscalYear year) {
        loading.set(true);
        executor.submit(() -> {
            List<FormChoice> list = new ArrayList<>();
            FormKind own = service.ownForm();
            list.add(new FormChoice(own, null, own.label()));
            for (Vendor v : service.vendors()) {
                list.add(new FormChoice(FormKind.VENDOR, v.id(), Messages.get("compare.form.vendor", v.name())));
            }
            return list;
        }, list -> {
            forms.setAll(list);
            chooseForm(list.get(0), year);
        }, this::failed);
    }

    /** Another form (the facility's or a vendor's); keeps the chosen years. */
    public void chooseForm(FormChoice choice) {
        chooseForm(choice, later.get());
    }

    private void chooseForm(FormChoice choice, FiscalYear laterYear) {
        if (choice == null) {
            return;
        }
        form.set(choice);
        FiscalYear wantLater = laterYear == null ? service.currentYear() : laterYear;
        FiscalYear wantEarlier = earlier.get() != null && earlier.get().compareTo(wantLater) < 0
                ? earlier.get() : wantLater.previous();
        loading.set(true);
        executor.submit(() -> service.years(choice.kind(), choice.vendorId()), inFile -> {
            TreeSet<FiscalYear> all = new TreeSet<>(inFile);
            all.add(wantLater);
            all.add(wantEarlier);
            List<FiscalYear> newest = new ArrayList<>(all.descendingSet());
            if (!years.equals(newest)) {
                years.setAll(newest);
            }
            earlier.set(wantEarlier);
            later.set(wantLater);
            refresh();
        }, this::failed);
    }

    public void chooseEarlier(FiscalYear year) {
        if (year != null && !year.equals(earlier.get())) {
            earlier.set(year);
            refresh();
        }
    }

    public void chooseLater(FiscalYear year) {
        if (year != null && !year.equals(later.get())) {
            later.set(year);
            refresh();
        }
    }

    /** Compares the chosen years of the chosen form again (off the FX thread). */
    public void refresh() {
        FormChoice f = form.get();
        FiscalYear a = earlier.get();
        FiscalYear b = later.get();
        if (f == null || a == null || b == null) {
            return;
        }
        if (a.equals(b)) {
            status.set(Messages.get("compare.sameYear"));
            return;
        }
        FiscalYear from = a.compareTo(b) < 0 ? a : b;
        FiscalYear to = a.compareTo(b) < 0 ? b : a;
        long g = ++generation;
        loading.set(true);
        status.set(Messages.get("compare.loading"));
        executor.submit(() -> service.compare(from, to, f.kind(), f.vendorId()), r -> {
            if (g != generation) {
                return; // a newer choice won
            }
            show(r);
            loading.set(false);
            status.set("");
        }, this::failed);
    }

    private void show(ComparisonReport r) {
        Comparison c = r.comparison();
        report.set(r);
        rows.setAll(c.rows());
        sections.setAll(c.sections());
        history.setAll(r.history());
        summary.set(c.earlierYear().label() + " → " + c.laterYear().label() + "：" + Messages.get("compare.summary",
                c.count(Change.IMPROVED), c.count(Change.REGRESSED), c.count(Change.UNCHANGED), c.count(Change.NEW),
                c.count(Change.UNANSWERED)) + (r.maintenance() == null ? "" : "　" + r.maintenance()));
        int n = c.missedTargets().size();
        missed.set(n == 0 ? Messages.get("compare.missed.none") : Messages.get("compare.missed", n));
        removed.set(c.removedItems().isEmpty() ? "" : Messages.get("compare.removed",
                String.join("、", c.removedItems().stream().map(ComparisonViewModel::itemName).toList())));
    }

    private static String itemName(Item i) {
        return i.number() + " " + (i.text().length() > 30 ? i.text().substring(0, 29) + "…" : i.text());
    }

    /** A file name a person recognises: さくら内科_前年度比較_令和6年度_令和7年度.xlsx. */
    public String suggestedExportName() {
        ComparisonReport r = report.get();
        if (r == null) {
            return "";
        }
        String who = (r.vendorName() == null ? r.facilityName() : r.vendorName()).replaceAll("[\\\\/:*?\"<>|]", "_");
        return Messages.get("compare.export.defaultName", who.strip(), r.comparison().earlierYear().label(),
                r.comparison().laterYear().label());
    }

    /** Writes the 前年度比較 sheet of what is on screen, off the FX thread. */
    public void export(Path out) {
        ComparisonReport r = report.get();
        if (r == null || !exports.begin()) {
            return;
        }
        status.set(Messages.get("export.running"));
        FiscalYear from = r.comparison().earlierYear();
        FiscalYear to = r.comparison().laterYear();
        exports.submit(p -> exportService.exportComparison(from, to, r.kind(), r.vendorId(), out, p),
                path -> status.set(Messages.get("compare.export.done", path.file().toAbsolutePath())), this::failed);
    }

    private void failed(Throwable e) {
        loading.set(false);
        status.set(Messages.forUser(e));
    }
}
