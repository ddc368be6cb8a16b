package jp.tenken.ui.vendors;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
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
import jp.tenken.domain.Wareki;
import jp.tenken.domain.edition.Scope;
import jp.tenken.domain.vendor.Vendor;
import jp.tenken.domain.vendor.VendorFlag;
import jp.tenken.domain.vendor.VendorFormStatus;
import jp.tenken.domain.year.Answer;
import jp.tenken.domain.year.AnswerValue;
import jp.tenken.domain.year.Round;
import jp.tenken.i18n.Messages;
import jp.tenken.service.ExportService;
import jp.tenken.service.ImportChange;
import jp.tenken.service.ImportPreview;
import jp.tenken.service.ImportService;
import jp.tenken.service.VendorService;
import jp.tenken.service.VendorStatus;
import jp.tenken.ui.common.UiExecutor;

/**
 * State and commands of the 「事業者」 screen: the fiscal year, every vendor with its 事業者確認用's status, the
 * vendor being edited, and the file import waiting for confirmation. Sending exports the form and marks it
 * 送付済; receiving reads the file into a preview and writes only when the user confirms it. All work runs through
 * the executor, off the FX thread. Adding or editing a vendor applies from the year shown on, never to the years
 * before; the year can be finalised (年度を確定) here after the 立入検査.
 */
public final class VendorsViewModel {

    // --- state
    private final ObjectProperty<FiscalYear> year = new SimpleObjectProperty<>();
    private final ObservableList<VendorStatus> vendors = FXCollections.observableArrayList();
    private final ObjectProperty<VendorStatus> selected = new SimpleObjectProperty<>();
    private final StringProperty name = new SimpleStringProperty("");
    private final StringProperty systems = new SimpleStringProperty("");
    private final StringProperty contact = new SimpleStringProperty("");
    private final BooleanProperty contracted = new SimpleBooleanProperty(true);
    private final BooleanProperty creating = new SimpleBooleanProperty(true);
    private final ObjectProperty<ImportPreview> preview = new SimpleObjectProperty<>();
    private final StringProperty importError = new SimpleStringProperty("");
    private final StringProperty status = new SimpleStringProperty("");
    private final StringProperty summary = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty(false);

    private final VendorService service;
    private final ExportService export;
    private final ImportService imports;
    private final UiExecutor executor;
    private final YearFinalViewModel yearFinal;
    private Runnable onChanged = () -> { };

    public VendorsViewModel(VendorService service, ExportService export, ImportService imports, UiExecutor executor) {
        this.service = service;
        this.export = export;
        this.imports = imports;
        this.executor = executor;
        this.yearFinal = new YearFinalViewModel(service, executor);
        yearFinal.setOnChanged(() -> onChanged.run());
    }

    public ReadOnlyObjectProperty<FiscalYear> yearProperty() {
        return year;
    }

    public ObservableList<VendorStatus> vendors() {
        return vendors;
    }

    public ReadOnlyObjectProperty<VendorStatus> selectedProperty() {
        return selected;
    }

    public StringProperty nameProperty() {
        return name;
    }

    public StringProperty systemsProperty() {
        return systems;
    }

    public StringProperty contactProperty() {
        return contact;
    }

    public BooleanProperty contractedProperty() {
        return contracted;
    }

    /** True while the fields describe a vendor not yet added. */
    public ReadOnlyBooleanProperty creatingProperty() {
        return creating;
    }

    /** The import waiting for the user's confirmation (null when none). */
    public ReadOnlyObjectProperty<ImportPreview> previewProperty() {
        return preview;
    }

    /** Why the last file could not be taken in (empty when it could). */
    public ReadOnlyStringProperty importErrorProperty() {
        return importError;
    }

    public ReadOnlyStringProperty statusProperty() {
        return status;
    }

    /** 「契約のある事業者 2 社：回収済 1・未回収 1」. */
    public ReadOnlyStringProperty summaryProperty() {
        return summary;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy;
    }

    /** The 年度を確定 state and command of the year shown. */
    public YearFinalViewModel yearFinal() {
        return yearFinal;
    }

    /** Called after anything this screen saved, so other screens (the readiness line) can refresh. */
    public void setOnChanged(Runnable r) {
        this.onChanged = r == null ? () -> { } : r;
    }

    // --- texts the view shows

    public String statusText(VendorStatus s) {
        return s.vendor().contracted() ? s.form().status().label() : Messages.get("vendors.notContracted");
    }

    /** 「令和7年度〜」, 「令和7〜8年度」, 「令和7年度のみ」, 「全年度」 or 「なし」. */
    public String contractPeriodText(VendorStatus s) {
        return ContractPeriodLabel.of(s.contract());
    }

    public String dateText(java.time.LocalDate d) {
        return d == null ? "" : Wareki.format(d);
    }

    /** 「未回収」, 「1回目の未記入 3 行」, or empty. */
    public String flagText(VendorStatus s) {
        return String.join("、", s.flags().stream().map(f -> Messages.get(
                f.kind() == VendorFlag.Kind.NOT_RETURNED ? "vendors.flag.notReturned" : "vendors.flag.gap",
                f.count())).toList());
    }

    /** The heading of the preview: what the file is and where it goes. */
    public String previewTitle(ImportPreview p) {
        String who = p.vendor() == null ? "" : "（" + p.vendor().name() + "）";
        return Messages.get("vendors.preview.heading", p.file().getFileName(), p.kind().label() + who,
                p.year().label(), p.editionName());
    }

    public String previewCounts(ImportPreview p) {
        return Messages.get("vendors.preview.counts", p.changes().size(), p.unchanged(), p.blank());
    }

    public String roundText(ImportChange c) {
        return c.after().round().label();
    }

    public String whereText(ImportChange c) {
        String n = c.itemNumber().isEmpty() ? Messages.get("vendors.preview.gate") : c.itemNumber();
        Scope s = c.after().row().scope();
        return Scope.devices().contains(s) ? n + " " + s.label() : n;
    }

    /** 「いいえ・確認日 令和7年5月16日・目標日 令和7年12月1日・備考 …」, or 「未回答」. */
    public String answerText(Answer a) {
        if (a.isEmpty()) {
            return Messages.get("vendors.preview.empty");
        }
        StringBuilder b = new StringBuilder(a.value() == AnswerValue.UNANSWERED ? Messages.get("vendors.preview.empty")
                : a.value().label());
        if (a.checkedOn() != null) {
            b.append(Messages.get("vendors.preview.checked", Wareki.format(a.checkedOn())));
        }
        if (a.round() == Round.FIRST && a.targetDate() != null) {
            b.append(Messages.get("vendors.preview.target", Wareki.format(a.targetDate())));
        }
        if (!a.note().isBlank()) {
            b.append(Messages.get("vendors.preview.note", a.note().strip()));
        }
        return b.toString();
    }

    /** A file name a person recognises: さくら内科_事業者確認用_株式会社メディカル_令和7年度.xlsx. */
    public String suggestedSendName() {
        VendorStatus s = selected.get();
        if (s == null || year.get() == null) {
            return "";
        }
        String facility = service.facilityName();
        return Messages.get("vendors.send.defaultName", clean(facility), clean(s.vendor().name()), year.get().label());
    }

    private static String clean(String s) {
        return s.replaceAll("[\\\\/:*?\"<>|]", "_").strip();
    }

    // --- commands

    /** Shows the vendors and their forms of a fiscal year. */
    public void load(FiscalYear y) {
        year.set(y);
        yearFinal.load(y);
        refresh(selected.get() == null ? null : selected.get().vendor().id());
    }

    private void refresh(Long keep) {
        FiscalYear y = year.get();
        busy.set(true);
        executor.submit(() -> service.statuses(y), list -> {
            busy.set(false);
            vendors.setAll(list);
            long contractedCount = list.stream().filter(s -> s.vendor().contracted()).count();
            long returned = list.stream().filter(s -> s.vendor().contracted() && s.form().status().returned()).count();
            summary.set(Messages.get("vendors.summary", y.label(), contractedCount, returned,
                    contractedCount - returned));
            Optional<VendorStatus> again = keep == null ? Optional.empty()
                    : list.stream().filter(s -> s.vendor().id() == keep).findFirst();
            if (again.isPresent()) {
                select(again.get());
            } else if (!list.isEmpty() && selected.get() == null) {
                select(list.get(0));
            } else if (list.isEmpty()) {
                newVendor();
            }
        }, this::failed);
    }

    public void select(VendorStatus s) {
        selected.set(s);
        if (s == null) {
            return;
        }
        name.set(s.vendor().name());
        systems.set(s.vendor().systems());
        contact.set(s.vendor().contact());
        contracted.set(s.vendor().contracted());
        creating.set(false);
    }

    /** Empties the fields for a new vendor. */
    public void newVendor() {
        selected.set(null);
        name.set("");
        systems.set("");
        contact.set("");
        contracted.set(true);
        creating.set(true);
    }

    /** Adds the vendor in the fields, or saves the changes to the selected one. */
    public void save() {
        String n = name.get() == null ? "" : name.get().strip();
        if (n.isEmpty()) {
            status.set(Messages.get("vendors.nameRequired"));
            return;
        }
        VendorStatus current = selected.get();
        boolean adding = creating.get() || current == null;
        String sys = systems.get();
        String con = contact.get();
        boolean c = contracted.get();
        FiscalYear y = year.get();
        executor.submit(() -> adding ? (y == null ? service.add(n, sys, con, c) : service.add(y, n, sys, con, c))
                : service.update(y, new Vendor(current.vendor().id(), n, sys, con, c)), v -> {
            status.set(Messages.get(adding ? "vendors.added" : "vendors.saved", v.name()));
            refresh(v.id());
            onChanged.run();
        }, this::failed);
    }

    /** Exports the selected vendor's form to {@code out} and marks it 送付済. */
    public void send(boolean hints, Path out) {
        VendorStatus s = selected.get();
        FiscalYear y = year.get();
        if (s == null || y == null) {
            return;
        }
        busy.set(true);
        status.set(Messages.get("export.running"));
        executor.submit(() -> {
            export.exportVendorForm(y, s.vendor().id(), hints, out, p -> { });
            return service.markSent(y, s.vendor().id());
        }, f -> {
            busy.set(false);
            status.set(Messages.get("vendors.sent", s.vendor().name(), out.toAbsolutePath()));
            refresh(s.vendor().id());
            onChanged.run();
        }, this::failed);
    }

    /** Reads a file the selected vendor returned into a preview; nothing is written yet. */
    public void previewReturn(Path file) {
        VendorStatus s = selected.get();
        FiscalYear y = year.get();
        if (s == null || y == null) {
            return;
        }
        startPreview(() -> imports.previewVendor(file, y, s.vendor().id()));
    }

    /** Reads any form file (the facility's own form from another PC, a vendor's recognised by name). */
    public void previewAny(Path file) {
        startPreview(() -> imports.preview(file));
    }

    private void startPreview(Callable<ImportPreview> read) {
        busy.set(true);
        importError.set("");
        preview.set(null);
        status.set(Messages.get("vendors.reading"));
        executor.submit(read, p -> {
            busy.set(false);
            status.set("");
            preview.set(p);
        }, e -> {
            busy.set(false);
            importError.set(Messages.forUser(e));
            status.set(Messages.get("vendors.importRefused"));
        });
    }

    /** Writes what the preview shows, in one transaction. */
    public void applyPreview() {
        ImportPreview p = preview.get();
        if (p == null) {
            return;
        }
        preview.set(null);
        busy.set(true);
        executor.submit(() -> imports.apply(p), a -> {
            busy.set(false);
            status.set(Messages.get("vendors.imported", p.file().getFileName(), p.changes().size()));
            refresh(p.vendor() == null ? null : p.vendor().id());
            onChanged.run();
        }, this::failed);
    }

    public void cancelPreview() {
        if (preview.get() != null) {
            preview.set(null);
            status.set(Messages.get("vendors.importCancelled"));
        }
    }

    public void clearImportError() {
        importError.set("");
    }

    /** Moves the selected vendor's form to a status (dated today). */
    public void setStatus(VendorFormStatus to) {
        VendorStatus s = selected.get();
        FiscalYear y = year.get();
        if (s == null || y == null) {
            return;
        }
        executor.submit(() -> service.setStatus(y, s.vendor().id(), to), f -> {
            status.set(Messages.get("vendors.statusSet", s.vendor().name(), to.label()));
            refresh(s.vendor().id());
            onChanged.run();
        }, this::failed);
    }

    public List<VendorFormStatus> statuses() {
        return List.of(VendorFormStatus.values());
    }

    private void failed(Throwable e) {
        busy.set(false);
        status.set(Messages.forUser(e));
    }
}
