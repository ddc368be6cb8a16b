package jp.tenken.ui.registers;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
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

    public void load(FiscalYear y) {
        year = y;
        refresh();
    }

    void refresh() {
        FiscalYear y = year;
        Contact keep = selected.get();
        executor.submit(() -> service.chart(y), chart -> {
            List<Contact> all = new ArrayList<>(chart.internal());
            all.addAll(chart.vendors());
            all.addAll(chart.external());
            boxes.setAll(all);
            calls.setAll(chart.calls().stream().map(ContactChartViewModel::callText).toList());
            Contact again = keep == null ? null : all.stream().filter(k -> k.group() == keep.group()
                    && k.position() == keep.position() && k.role().equals(keep.role())).findFirst().orElse(null);
            select(again != null ? again : all.isEmpty() ? null : all.get(0));
        }, status::failed);
    }

    private static String callText(ContactChart.Call c) {
        return Circled.of(c.order()) + " " + c.from().role() + " → " + c.to().role();
    }

    public void select(Contact k) {
        selected.set(k);
        editable.set(k != null && k.group() != ContactGroup.VENDOR);
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

    /** Saves the fields into the selected box. */
    public void save() {
        Contact k = selected.get();
        if (k == null || !editable.get()) {
            return;
        }
        String r = role.get() == null ? "" : role.get().strip();
        if (r.isEmpty()) {
            status.say(Messages.get("registers.contact.roleRequired"));
            return;
        }
        Contact edited = new Contact(k.id(), year, k.group(), k.position(), r, name.get(), phone.get(), other.get(),
                note.get());
        executor.submit(() -> service.saveContact(edited), saved -> {
            status.say(Messages.get("registers.contact.saved", saved.role()));
            selected.set(saved);
            refresh();
            status.changed();
        }, status::failed);
    }

    /** Adds a box at the end of a group (inside or outside), named {@code newRole}. */
    public void add(ContactGroup where, String newRole) {
        if (where == ContactGroup.VENDOR || newRole == null || newRole.isBlank()) {
            return;
        }
        int position = (int) boxes.stream().filter(k -> k.group() == where)
                .mapToInt(Contact::position).max().orElse(-1) + 1;
        Contact k = Contact.role(year, where, position, newRole.strip());
        executor.submit(() -> service.saveContact(k), saved -> {
            status.say(Messages.get("registers.contact.added", saved.role()));
            selected.set(saved);
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
        selected.set(null);
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
