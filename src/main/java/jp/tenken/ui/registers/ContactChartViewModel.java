package jp.tenken.ui.registers;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import jp.tenken.domain.Circled;
import jp.tenken.domain.FiscalYear;
import jp.tenken.domain.register.Contact;
import jp.tenken.domain.register.ContactChart;
import jp.tenken.domain.register.ContactGroup;
import jp.tenken.i18n.Messages;
import jp.tenken.service.ExportService;
import jp.tenken.service.RegisterService;
import jp.tenken.ui.common.UiExecutor;

/**
 * State and commands of the 連絡体制図 tab: every box of the year's chart (the clinic's people, the vendors from the
 * vendors list, the outside bodies), the calls in order, and the box being edited. A vendor's box is edited on the
 * 事業者 screen; a blank field shows as 未記入 and is never filled in for the clinic.
 */
public final class ContactChartViewModel {

    // --- state
    private final ObservableList<Contact> boxes = FXCollections.observableArrayList();
    private final ObservableList<String> calls = FXCollections.observableArrayList();
    private final ObjectProperty<Contact> selected = new SimpleObjectProperty<>();
    private final BooleanProperty editable = new SimpleBooleanProperty(false);
    private final ObjectProperty<ContactGroup> group = new SimpleObjectProperty<>(ContactGroup.INTERNAL);
    private final StringProperty role = new SimpleStringProperty("");
    private final StringProperty name = new SimpleStringProperty("");
    private final StringProperty phone = new SimpleStringProperty("");
    private final StringProperty other = new SimpleStringProperty("");
    private final StringProperty note = new SimpleStringProperty("");

    private final RegisterService service;
    private final ExportService export;
    private final UiExecutor executor;
    private final RegisterStatus status;
    private FiscalYear year;
    /** What the fields held when last shown or sent to be saved: typing differs from it until saved. */
    private Contact base;

    ContactChartViewModel(RegisterService service, ExportService export, UiExecutor executor, RegisterStatus status) {
        this.service = service;
        this.export = export;
        this.executor = executor;
        this.status = status;
    }

    /** Inside first (top down), then the vendors, then the outside bodies. */
    public ObservableList<Contact> boxes() {
        return boxes;
    }

    /** 「① 現場の担当（発見者） → 企画管理者」, in order. */
    public ObservableList<String> calls() {
        return calls;
    }

    public ReadOnlyObjectProperty<Contact> selectedProperty() {
        return selected;
    }

    /** False for a vendor's box (kept on the 事業者 screen) and when nothing is selected. */
    public ReadOnlyBooleanProperty editableProperty() {
        return editable;
    }

    public StringProperty roleProperty() {
        return role;
    }

    public StringProperty nameProperty() {
        return name;
    }

    public StringProperty phoneProperty() {
        return phone;
    }

    public StringProperty otherProperty() {
        return other;
    }

    public StringProperty noteProperty() {
        return note;
    }

    // --- texts the view shows

    public String shown(String value) {
        return Contact.shown(value);
    }

    // --- commands

    /** Shows the chart of a fiscal year, after saving what was typed into the box being edited. */
    /** Whether the year shown is finalised (its chart is read, not changed). */
    private boolean locked;

    public void load(FiscalYear y) {
        if (year != null) {
            commit();
        }
        year = y;
        refresh();
    }

    void refresh() {
        FiscalYear y = year;
        executor.submit(() -> new Loaded(service.chart(y), service.isFinal(y)), loaded -> {
            ContactChart chart = loaded.chart();
            locked = loaded.locked();
            Contact current = selected.get(); // before the list changes under the selection
            List<Contact> all = new ArrayList<>(chart.internal());
            all.addAll(chart.vendors());
            all.addAll(chart.external());
            boxes.setAll(all);
            calls.setAll(chart.calls().stream().map(ContactChartViewModel::callText).toList());
            Contact again = current == null ? null
                    : all.stream().filter(k -> sameBox(k, current)).findFirst().orElse(null);
            if (again != null && dirty()) {
                selected.set(again); // the clerk is still typing into this box: keep the typing
            } else {
                show(again != null ? again : all.isEmpty() ? null : all.get(0));
            }
        }, status::failed);
    }

    private record Loaded(ContactChart chart, boolean locked) {
    }

    private static String callText(ContactChart.Call c) {
        return Circled.of(c.order()) + " " + c.from().role() + " → " + c.to().role();
    }

    /** The same box of the chart: the same stored row, or (not stored yet) the same group, place and role. */
    private static boolean sameBox(Contact a, Contact b) {
        if (a.id() != 0 && b.id() != 0) {
            return a.id() == b.id() && a.group() == b.group();
        }
        return a.group() == b.group() && a.position() == b.position() && a.role().equals(b.role());
    }

    /**
     * Chooses another box. What was typed into the box being edited is saved first; when it cannot be (no role),
     * the status line says why, the typing is kept and the choice is refused. Returns whether {@code k} is now
     * selected.
     */
    public boolean select(Contact k) {
        if (Objects.equals(k, selected.get())) {
            return true;
        }
        if (!commit()) {
            return false;
        }
        // the save may have reloaded the chart: show the box as it now stands
        show(k == null ? null : boxes.stream().filter(b -> sameBox(b, k)).findFirst().orElse(k));
        return true;
    }

    /** Puts a box into the fields, without saving anything. */
    private void show(Contact k) {
        selected.set(k);
        base = k;
        editable.set(k != null && k.group() != ContactGroup.VENDOR && !locked);
        if (k == null) {
            return;
        }
        group.set(k.group());
        role.set(k.role());
        name.set(k.name());
        phone.set(k.phone());
        other.set(k.other());
        note.set(k.note());
    }

    /** The fields as a box of the selected one's place (stripped as stored). */
    private Contact typed(Contact k) {
        return new Contact(k.id(), year, k.group(), k.position(), role.get(), name.get(), phone.get(), other.get(),
                note.get());
    }

    /** Whether the fields hold something not yet saved (nor on its way to being saved). */
    public boolean dirty() {
        Contact k = selected.get();
        if (k == null || !editable.get() || base == null) {
            return false;
        }
        Contact t = typed(k);
        return !(t.role().equals(base.role()) && t.name().equals(base.name()) && t.phone().equals(base.phone())
                && t.other().equals(base.other()) && t.note().equals(base.note()));
    }

    /** Saves the fields into the selected box (Enter, the 保存する button); the same as {@link #commit()}. */
    public void save() {
        commit();
    }

    /**
     * Saves what was typed into the selected box, if anything changed: called on Enter, on leaving a field, before
     * another box is chosen and before the window closes. Returns false, with the reason on the status line and the
     * typing kept, when it cannot be saved (no role); true otherwise.
     */
    public boolean commit() {
        if (!dirty()) {
            return true;
        }
        Contact k = selected.get();
        if (role.get() == null || role.get().isBlank()) {
            status.say(Messages.get("registers.contact.roleRequired"));
            return false;
        }
        Contact edited = typed(k);
        base = edited;
        executor.submit(() -> service.saveContact(edited), saved -> {
            status.say(Messages.get("registers.contact.saved", saved.role()));
            if (k.equals(selected.get())) {
                selected.set(saved); // first, so the list showing the saved box does not choose it anew
            }
            int at = boxes.indexOf(k);
            if (at >= 0) {
                boxes.set(at, saved);
            }
            refresh();
            status.changed();
        }, e -> {
            if (k.equals(selected.get()) && base == edited) {
                base = k; // not saved: the typing still counts as unsaved
            }
            status.failed(e);
        });
        return true;
    }

    /** Adds a box at the end of a group (inside or outside), named {@code newRole}. */
    public void add(ContactGroup where, String newRole) {
        if (where == ContactGroup.VENDOR || newRole == null || newRole.isBlank() || !commit()) {
            return;
        }
        int position = (int) boxes.stream().filter(k -> k.group() == where)
                .mapToInt(Contact::position).max().orElse(-1) + 1;
        Contact k = Contact.role(year, where, position, newRole.strip());
        executor.submit(() -> service.saveContact(k), saved -> {
            status.say(Messages.get("registers.contact.added", saved.role()));
            show(saved);
            refresh();
            status.changed();
        }, status::failed);
    }

    /** Removes the selected box (a stored one of the clinic's own). */
    public void delete() {
        Contact k = selected.get();
        if (k == null || !editable.get() || k.id() == 0) {
            return;
        }
        show(null);
        executor.submit(() -> {
            service.deleteContact(k.id());
            return k;
        }, gone -> {
            status.say(Messages.get("registers.contact.deleted", gone.role()));
            refresh();
            status.changed();
        }, status::failed);
    }

    /** Prints the year's 連絡体制図 on its own to {@code out}. */
    public void export(Path out) {
        FiscalYear y = year;
        status.say(Messages.get("export.running"));
        executor.submit(() -> export.exportRegister(y, false, out, p -> { }),
                r -> status.say(Messages.get("export.done", r.file().toAbsolutePath())), status::failed);
    }
}
