package jp.tenken.ui.vendors;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
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
import jp.tenken.domain.FiscalYear;
import jp.tenken.domain.vendor.MdsSds;
import jp.tenken.domain.vendor.Vendor;
import jp.tenken.i18n.Messages;
import jp.tenken.service.MdsSdsService;
import jp.tenken.ui.common.UiExecutor;
import jp.tenken.ui.common.mapping.ColumnMappingViewModel;
import jp.tenken.ui.common.mapping.ColumnRole;

/**
 * One vendor's MDS/SDS in a fiscal year: which of the two is shown, when it came and its version (saved as typed),
 * the file kept, the answers counted, each いいえ with the clinic's risk assessment and response (saved on leaving
 * the field), and the take-in of a file; an Excel opens the column mapping, recognised by structure, before anything
 * is written.
 */
public final class MdsSdsViewModel {
    static final int GRID_ROWS = 300;
    static final String NUMBER = "number";
    static final String TEXT = "text";
    static final String ANSWER = "answer";

    // --- state
    private final ObjectProperty<MdsSds.Kind> kind = new SimpleObjectProperty<>(MdsSds.Kind.MDS);
    private final ObjectProperty<LocalDate> receivedOn = new SimpleObjectProperty<>();
    private final StringProperty version = new SimpleStringProperty("");
    private final StringProperty fileText = new SimpleStringProperty("");
    private final StringProperty countsText = new SimpleStringProperty("");
    private final ObservableList<MdsSds.Item> noItems = FXCollections.observableArrayList();
    private final ObjectProperty<MdsSds.Item> selected = new SimpleObjectProperty<>();
    private final StringProperty risk = new SimpleStringProperty("");
    private final StringProperty response = new SimpleStringProperty("");
    private final BooleanProperty canCarryOver = new SimpleBooleanProperty(false);
    private final StringProperty status = new SimpleStringProperty("");
    private final ObjectProperty<MdsSds.Sheet> sheet = new SimpleObjectProperty<>();
    private final StringProperty mappingText = new SimpleStringProperty("");
    private final BooleanProperty mappingReady = new SimpleBooleanProperty(false);
    private final ColumnMappingViewModel mapping = new ColumnMappingViewModel(List.of(
            new ColumnRole(NUMBER, Messages.get("mdsSds.role.number"), false),
            new ColumnRole(TEXT, Messages.get("mdsSds.role.text"), true),
            new ColumnRole(ANSWER, Messages.get("mdsSds.role.answer"), true)));

    private final MdsSdsService service;
    private final UiExecutor executor;
    private final FiscalYear year;
    private final Vendor vendor;
    private final Runnable onChanged;
    private MdsSds.Doc doc;
    private Path pending;
    private MdsSds.Sheet pendingSheet;
    private boolean loading;

    public MdsSdsViewModel(MdsSdsService service, UiExecutor executor, FiscalYear year, Vendor vendor,
                           Runnable onChanged) {
        this.service = service;
        this.executor = executor;
        this.year = year;
        this.vendor = vendor;
        this.onChanged = onChanged == null ? () -> { } : onChanged;
        kind.addListener((o, a, b) -> load());
        receivedOn.addListener((o, a, b) -> saveRecord());
        selected.addListener((o, a, i) -> {
            loading = true;
            risk.set(i == null ? "" : i.risk());
            response.set(i == null ? "" : i.response());
            loading = false;
        });
        mapping.setOnEdited(this::previewMapping);
    }

    public String title() {
        return Messages.get("mdsSds.title", vendor.name(), year.label());
    }

    public ObjectProperty<MdsSds.Kind> kindProperty() {
        return kind;
    }

    public String kindText(MdsSds.Kind k) {
        return Messages.get("mdsSds.kind." + k.name());
    }

    public ObjectProperty<LocalDate> receivedOnProperty() {
        return receivedOn;
    }

    /** The version as typed (saved on Enter or on leaving the field, see {@link #saveRecord}). */
    public StringProperty versionProperty() {
        return version;
    }

    public ReadOnlyStringProperty fileTextProperty() {
        return fileText;
    }

    public ReadOnlyStringProperty countsTextProperty() {
        return countsText;
    }

    /** The items the vendor answered いいえ, in their order. */
    public ObservableList<MdsSds.Item> noItems() {
        return noItems;
    }

    public ObjectProperty<MdsSds.Item> selectedProperty() {
        return selected;
    }

    public StringProperty riskProperty() {
        return risk;
    }

    public StringProperty responseProperty() {
        return response;
    }

    public ReadOnlyBooleanProperty canCarryOverProperty() {
        return canCarryOver;
    }

    public ReadOnlyStringProperty statusProperty() {
        return status;
    }

    /** An Excel read and waiting for its columns to be confirmed (null when none). */
    public ReadOnlyObjectProperty<MdsSds.Sheet> sheetProperty() {
        return sheet;
    }

    public ColumnMappingViewModel mapping() {
        return mapping;
    }

    /** What the mapping on screen would take in, or what is missing. */
    public ReadOnlyStringProperty mappingTextProperty() {
        return mappingText;
    }

    public ReadOnlyBooleanProperty mappingReadyProperty() {
        return mappingReady;
    }

    public String stateText(MdsSds.Item i) {
        return Messages.get(i.assessed() ? "mdsSds.state.done" : "mdsSds.state.open");
    }

    // --- commands

    /** Reads the shown kind's disclosure again. */
    public void load() {
        MdsSds.Kind k = kind.get();
        executor.submit(() -> {
            MdsSds.Doc d = service.docs(year, vendor.id()).stream().filter(x -> x.kind() == k).findFirst()
                    .orElse(null);
            return new Loaded(d, d == null ? List.of() : service.items(d.id()), service.canCarryOver(year));
        }, l -> {
            if (k != kind.get()) {
                return;
            }
            doc = l.doc();
            show(l.items());
            canCarryOver.set(l.carry());
        }, this::failed);
    }

    private record Loaded(MdsSds.Doc doc, List<MdsSds.Item> items, boolean carry) {
    }

    private void show(List<MdsSds.Item> items) {
        loading = true;
        try {
            receivedOn.set(doc == null ? null : doc.receivedOn());
            version.set(doc == null ? "" : doc.version());
        } finally {
            loading = false;
        }
        fileText.set(doc == null || doc.fileSize() == 0 ? Messages.get("mdsSds.file.none")
                : Messages.get("mdsSds.file.kept", doc.fileName(), Math.max(1, doc.fileSize() / 1024)));
        MdsSds.Counts c = MdsSds.Counts.of(items);
        countsText.set(items.isEmpty() ? Messages.get("mdsSds.counts.none") : Messages.get("mdsSds.counts", c.yes(),
                c.no(), c.notApplicable(), c.blank() == 0 ? "" : Messages.get("mdsSds.counts.blank", c.blank())));
        MdsSds.Item keep = selected.get();
        noItems.setAll(items.stream().filter(i -> i.answer() == MdsSds.Answer.NO).toList());
        selected.set(keep == null ? (noItems.isEmpty() ? null : noItems.get(0))
                : noItems.stream().filter(i -> i.position() == keep.position()).findFirst().orElse(null));
    }

    private MdsSds.Doc current() {
        return new MdsSds.Doc(doc == null ? 0 : doc.id(), vendor.id(), year, kind.get(), receivedOn.get(),
                version.get(), doc == null ? "" : doc.fileName(), doc == null ? 0 : doc.fileSize());
    }

    /** Saves the received date and version when they differ from what is stored. */
    public void saveRecord() {
        if (loading) {
            return;
        }
        MdsSds.Doc d = current();
        if (doc != null && Objects.equals(doc.receivedOn(), d.receivedOn())
                && doc.version().equals(d.version())) {
            return;
        }
        if (doc == null && d.receivedOn() == null && d.version().isBlank()) {
            return;
        }
        executor.submit(() -> service.record(d), stored -> {
            doc = stored;
            status.set(Messages.get("mdsSds.saved"));
            onChanged.run();
        }, this::failed);
    }

    /** Saves the clinic's words on the selected いいえ when they changed (on leaving either field). */
    public void saveAssessment() {
        MdsSds.Item i = selected.get();
        if (loading || i == null || doc == null || i.risk().equals(risk.get().strip())
                && i.response().equals(response.get().strip())) {
            return;
        }
        long id = doc.id();
        MdsSds.Item changed = new MdsSds.Item(i.position(), i.number(), i.text(), i.answer(), risk.get(),
                response.get());
        executor.submit(() -> service.assess(id, changed), saved -> {
            int at = noItems.indexOf(i);
            if (at >= 0) {
                noItems.set(at, saved);
            }
            if (selected.get() == i) {
                loading = true;
                selected.set(saved);
                loading = false;
            }
            status.set(Messages.get("mdsSds.saved"));
            onChanged.run();
        }, this::failed);
    }

    /** Takes in a file the vendor sent: an Excel is read and its columns shown first; any other file is kept. */
    public void takeIn(Path file) {
        if (!MdsSdsService.readable(file)) {
            MdsSds.Doc d = current();
            executor.submit(() -> service.keep(d, file, null), stored -> {
                doc = stored;
                status.set(Messages.get("mdsSds.keptOnly", file.getFileName()));
                load();
                onChanged.run();
            }, this::failed);
            return;
        }
        executor.submit(() -> service.read(file), s -> {
            pending = file;
            MdsSds.Recognition r = s.recognition();
            Map<String, Integer> assignment = new LinkedHashMap<>();
            int first = 1;
            int header = 1;
            if (r != null) {
                MdsSds.Mapping m = r.mapping();
                if (m.numberColumn() >= 0) {
                    assignment.put(NUMBER, m.numberColumn());
                }
                if (m.textColumn() >= 0) {
                    assignment.put(TEXT, m.textColumn());
                }
                assignment.put(ANSWER, m.answerColumn());
                first = m.firstRow();
                header = headerAbove(s.rows(), m);
            }
            mapping.load(s.rows().subList(0, Math.min(GRID_ROWS, s.rows().size())), Set.of(), header,
                    first + 1, assignment);
            pendingSheet = s;
            previewMapping();
            sheet.set(s); // last: the view opens the mapping window on this and waits
        }, this::failed);
    }

    /** The mapping on screen as items (-1 for a column not chosen). */
    MdsSds.Mapping chosen() {
        Map<String, Integer> a = mapping.assignment();
        return new MdsSds.Mapping(mapping.firstDataRowProperty().get() - 1, a.getOrDefault(NUMBER, -1),
                a.getOrDefault(TEXT, -1), a.getOrDefault(ANSWER, -1));
    }

    /**
     * The header row (as Excel numbers it) above the first item: the nearest row above it with text in at least two
     * of the recognised columns (a section heading has one); the row just above when none.
     */
    private static int headerAbove(List<List<String>> rows, MdsSds.Mapping m) {
        for (int i = m.firstRow() - 1; i >= 0; i--) {
            List<String> r = rows.get(i);
            int filled = 0;
            for (int c : new int[] {m.numberColumn(), m.textColumn(), m.answerColumn()}) {
                filled += c >= 0 && c < r.size() && r.get(c) != null && !r.get(c).isBlank() ? 1 : 0;
            }
            if (filled >= 2) {
                return i + 1;
            }
        }
        return Math.max(1, m.firstRow());
    }

    private void previewMapping() {
        MdsSds.Sheet s = pendingSheet;
        if (s == null) {
            return;
        }
        List<String> missing = mapping.missingRequired();
        if (!missing.isEmpty()) {
            mappingReady.set(false);
            mappingText.set(Messages.get(s.recognition() == null || !s.recognition().sure()
                    ? "mdsSds.mapping.unsure" : "mdsSds.mapping.help", s.sheet()));
            return;
        }
        List<MdsSds.Item> items = service.preview(s, chosen());
        MdsSds.Counts c = MdsSds.Counts.of(items);
        mappingReady.set(!items.isEmpty());
        mappingText.set(Messages.get("mdsSds.mapping.preview", items.size(), c.yes(), c.no(), c.notApplicable()));
    }

    /** The help above the mapping: what was recognised, or that the clinic must choose. */
    public String mappingHelp() {
        MdsSds.Sheet s = pendingSheet;
        return s == null ? "" : Messages.get(s.recognition() != null && s.recognition().sure()
                ? "mdsSds.mapping.help" : "mdsSds.mapping.unsure", s.sheet());
    }

    /** Keeps the file and the answers the mapping reads, in one transaction. */
    public void confirmMapping() {
        MdsSds.Sheet s = pendingSheet;
        Path file = pending;
        if (s == null || file == null) {
            return;
        }
        List<MdsSds.Item> items = service.preview(s, chosen());
        MdsSds.Doc d = current();
        sheet.set(null);
        pending = null;
        pendingSheet = null;
        executor.submit(() -> service.keep(d, file, items), stored -> {
            doc = stored;
            MdsSds.Counts c = MdsSds.Counts.of(items);
            status.set(Messages.get("mdsSds.kept", file.getFileName(), Messages.get("mdsSds.counts", c.yes(), c.no(),
                    c.notApplicable(), "")));
            load();
            onChanged.run();
        }, this::failed);
    }

    /** Leaves the Excel read without writing anything. */
    public void cancelMapping() {
        sheet.set(null);
        pending = null;
        pendingSheet = null;
    }

    /** Starts the year's disclosures from last year's (version, answers and words; no date, no file). */
    public void carryOver() {
        executor.submit(() -> service.carryOver(year), n -> {
            status.set(Messages.get("mdsSds.carried", n));
            load();
            onChanged.run();
        }, this::failed);
    }

    private void failed(Throwable e) {
        status.set(Messages.forUser(e));
    }
}
