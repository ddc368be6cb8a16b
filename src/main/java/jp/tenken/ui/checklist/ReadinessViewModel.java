package jp.tenken.ui.checklist;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import jp.tenken.domain.FiscalYear;
import jp.tenken.domain.Wareki;
import jp.tenken.domain.edition.Form;
import jp.tenken.domain.edition.RowKey;
import jp.tenken.domain.edition.Scope;
import jp.tenken.domain.vendor.VendorFlag;
import jp.tenken.domain.year.AnswerSheet;
import jp.tenken.domain.year.AnswerValue;
import jp.tenken.domain.year.Readiness;
import jp.tenken.domain.year.ReadinessFlag;
import jp.tenken.domain.year.Round;
import jp.tenken.i18n.Messages;

/**
 * The readiness line: what an inspector would find missing (progress, いいえ and their target dates, each flag,
 * the vendors' forms), recomputed from the rows on screen after every change.
 */
public final class ReadinessViewModel {
    private final StringProperty progressText = new SimpleStringProperty("");
    private final StringProperty noCountText = new SimpleStringProperty("");
    private final BooleanProperty overdue = new SimpleBooleanProperty(false);
    private final BooleanProperty gateClosed = new SimpleBooleanProperty(false);
    private final ObservableList<ReadinessFlag> flags = FXCollections.observableArrayList();
    private final ObservableList<VendorFlag> vendorFlags = FXCollections.observableArrayList();
    private final ObservableList<String> registerNotes = FXCollections.observableArrayList();
    private Runnable registerOpener = () -> { };
    private Runnable maintenanceOpener;
    private final Set<String> maintenanceNotes = new HashSet<>();
    private final Set<String> vendorNotes = new HashSet<>();
    private Function<FiscalYear, List<String>> registerSource = year -> List.of();
    private Function<FiscalYear, List<String>> maintenanceSource = year -> List.of();
    private Function<FiscalYear, List<String>> vendorSource = year -> List.of();

    /** A year's notes from each source: the registers, what 第7.0版 asks, the vendors' MDS/SDS. */
    record Notes(List<String> registers, List<String> maintenance, List<String> vendors) {
    }
    private Runnable vendorOpener;

    ReadinessViewModel() {
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

    /** True when the gate row (医療情報システムの有無) is answered いいえ: every other row is greyed out. */
    public ReadOnlyBooleanProperty gateClosedProperty() {
        return gateClosed;
    }

    public ObservableList<ReadinessFlag> flags() {
        return flags;
    }

    /** The year's contracted vendors whose 事業者確認用 is not back or has 1回目 gaps (part of readiness). */
    public ObservableList<VendorFlag> vendorFlags() {
        return vendorFlags;
    }

    /** Text for a vendor's readiness entry: 「事業者確認用（株式会社メディカル）：未回収です」. */
    public String describe(VendorFlag f) {
        return Messages.get(f.kind().messageKey(), f.vendorName(), f.count());
    }

    /** Text for a readiness entry: 「2-⑥ サーバ：1回目が未回答です」. */
    public String describe(ReadinessFlag f) {
        String number = f.itemNumber().isEmpty() ? Messages.get("readiness.gateRow") : f.itemNumber();
        String where = Scope.devices().contains(f.row().scope()) ? number + " " + f.row().scope().label() : number;
        return Messages.get(f.kind().messageKey(), where, "", Wareki.format(f.date())).replace(" ：", "：");
    }

    /** Opens the 事業者 screen (a vendor entry of the readiness line). */
    public void openVendors() {
        if (vendorOpener != null) {
            vendorOpener.run();
        }
    }

    void setVendorOpener(Runnable opener) {
        this.vendorOpener = opener;
    }

    /**
     * What the year's 機器台帳 and 連絡体制図 lack, in a clerk's words, then what guideline 第7.0版 asks that is still
     * open (empty when nothing).
     */
    public ObservableList<String> registerNotes() {
        return registerNotes;
    }

    /** Opens the 機器台帳・連絡体制図 window. */
    public void openRegisters() {
        registerOpener.run();
    }

    void setRegisterOpener(Runnable opener) {
        this.registerOpener = opener;
    }

    void showRegisterNotes(List<String> notes) {
        showRegisterNotes(notes, List.of());
    }

    /** Where the notes come from (each reads the workbook: called on the worker through {@link #notesOf}). */
    void setNoteSources(Function<FiscalYear, List<String>> registers, Function<FiscalYear, List<String>> maintenance,
                        Function<FiscalYear, List<String>> vendors) {
        registerSource = registers == null ? registerSource : registers;
        maintenanceSource = maintenance == null ? maintenanceSource : maintenance;
        vendorSource = vendors == null ? vendorSource : vendors;
    }

    /** The notes of a year, read from their sources (on the worker). */
    Notes notesOf(FiscalYear year) {
        return new Notes(registerSource.apply(year), maintenanceSource.apply(year), vendorSource.apply(year));
    }

    void showNotes(Notes n) {
        showRegisterNotes(n.registers(), n.maintenance(), n.vendors());
    }

    /** The registers' notes, then what guideline 第7.0版 asks that is still open. */
    void showRegisterNotes(List<String> notes, List<String> maintenance) {
        showRegisterNotes(notes, maintenance, List.of());
    }

    /** As above, then the vendors' MDS/SDS notes (each opening the 事業者 window). */
    void showRegisterNotes(List<String> notes, List<String> maintenance, List<String> vendors) {
        maintenanceNotes.clear();
        maintenanceNotes.addAll(maintenance);
        vendorNotes.clear();
        vendorNotes.addAll(vendors);
        List<String> all = new ArrayList<>(notes);
        all.addAll(maintenance);
        all.addAll(vendors);
        registerNotes.setAll(all);
    }

    /** Opens where a note of {@link #registerNotes} is answered: the 保守委託機関編 tab for a 第7.0版 note. */
    public void openRegisters(String note) {
        if (vendorOpener != null && vendorNotes.contains(note)) {
            vendorOpener.run();
        } else if (maintenanceOpener != null && maintenanceNotes.contains(note)) {
            maintenanceOpener.run();
        } else {
            registerOpener.run();
        }
    }

    void setMaintenanceOpener(Runnable opener) {
        this.maintenanceOpener = opener;
    }

    void showVendorFlags(List<VendorFlag> list) {
        vendorFlags.setAll(list);
    }

    /** Reads readiness from the rows as shown (saved or not), marks each row, and returns it. */
    Readiness refresh(Form form, List<RowViewModel> rows, LocalDate today) {
        AnswerSheet sheet = new AnswerSheet(List.of());
        for (RowViewModel r : rows) {
            sheet.put(r.current(Round.FIRST));
            sheet.put(r.current(Round.SECOND));
        }
        Readiness readiness = Readiness.of(form, sheet, today);
        boolean closed = form.gate()
                .map(g -> sheet.get(g.rows().get(0), Round.FIRST).value() == AnswerValue.NO).orElse(false);
        gateClosed.set(closed);
        markRows(rows, readiness, closed);
        flags.setAll(readiness.flags());
        progressText.set(Messages.get("checklist.progress", readiness.answered(), readiness.rows()));
        noCountText.set(readiness.earliestTarget() == null
                ? Messages.get("checklist.noCount", readiness.noCount())
                : Messages.get("checklist.noCount.earliest", readiness.noCount(),
                        Wareki.format(readiness.earliestTarget())));
        overdue.set(readiness.flags().stream().anyMatch(f -> f.kind() == ReadinessFlag.Kind.TARGET_OVERDUE));
        return readiness;
    }

    private static void markRows(List<RowViewModel> rows, Readiness readiness, boolean gateClosed) {
        Map<RowKey, ReadinessFlag> byRow = new LinkedHashMap<>();
        readiness.flags().forEach(f -> byRow.putIfAbsent(f.row(), f));
        for (RowViewModel r : rows) {
            ReadinessFlag f = byRow.get(r.key());
            r.markReadiness(gateClosed && !r.item().gate(), f != null,
                    f != null && f.kind() == ReadinessFlag.Kind.TARGET_OVERDUE,
                    r.valueProperty(Round.FIRST).get() == AnswerValue.NO && r.targetProperty().get() == null
                            && !r.item().gate());
        }
    }
}
