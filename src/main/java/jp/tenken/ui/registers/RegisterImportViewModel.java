package jp.tenken.ui.registers;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import jp.tenken.domain.FiscalYear;
import jp.tenken.domain.register.RegisterColumn;
import jp.tenken.domain.register.RegisterList;
import jp.tenken.domain.register.RegisterMapping;
import jp.tenken.i18n.Messages;
import jp.tenken.service.RegisterImportPreview;
import jp.tenken.service.RegisterService;
import jp.tenken.ui.common.UiExecutor;
import jp.tenken.ui.common.mapping.ColumnMappingViewModel;
import jp.tenken.ui.common.mapping.ColumnRole;

/**
 * The take-in of a clinic's own device list: the file read (its first rows shown as a grid), the header row and the
 * column of each field (guessed from the headers, changed by the user), the preview of what would be added, and
 * the confirmation that writes it. Nothing is written before {@link #confirm}.
 */
public final class RegisterImportViewModel {
    /** Rows of the file shown in the mapping grid. */
    public static final int GRID_ROWS = 30;

    // --- state
    private final ObjectProperty<RegisterList> list = new SimpleObjectProperty<>();
    private final IntegerProperty headerRow = new SimpleIntegerProperty(1);
    private final ObjectProperty<RegisterMapping> mapping = new SimpleObjectProperty<>();
    private final ObjectProperty<RegisterImportPreview> preview = new SimpleObjectProperty<>();
    private final StringProperty error = new SimpleStringProperty("");
    private final ColumnMappingViewModel grid = new ColumnMappingViewModel(roles());

    private final RegisterService service;
    private final UiExecutor executor;
    private final RegisterStatus status;
    private FiscalYear year;
    private Runnable onImported = () -> { };

    RegisterImportViewModel(RegisterService service, UiExecutor executor, RegisterStatus status) {
        this.service = service;
        this.executor = executor;
        this.status = status;
        grid.setOnEdited(this::edited);
    }

    /** One role per field; only the device name is required. */
    static List<ColumnRole> roles() {
        List<ColumnRole> out = new ArrayList<>();
        for (RegisterColumn c : RegisterColumn.values()) {
            out.add(new ColumnRole(c.name(), c.label(), c == RegisterColumn.NAME));
        }
        return out;
    }

    /** The shared column-mapping step (header row, first data row, a column per field) the dialog shows. */
    public ColumnMappingViewModel mapping() {
        return grid;
    }

    /** The list read, waiting for its mapping and confirmation (null when none). */
    public ReadOnlyObjectProperty<RegisterList> listProperty() {
        return list;
    }

    public ReadOnlyIntegerProperty headerRowProperty() {
        return headerRow;
    }

    public ReadOnlyObjectProperty<RegisterMapping> mappingProperty() {
        return mapping;
    }

    /** What would be added with the current mapping (null while the mapping names no device column). */
    public ReadOnlyObjectProperty<RegisterImportPreview> previewProperty() {
        return preview;
    }

    /** Why the last file could not be read (empty when it could). */
    public ReadOnlyStringProperty errorProperty() {
        return error;
    }

    void setYear(FiscalYear y) {
        year = y;
    }

    void setOnImported(Runnable r) {
        onImported = r == null ? () -> { } : r;
    }

    // --- texts the view shows

    /** The column a field is assigned to, -1 when none. */
    public int columnOf(RegisterColumn role) {
        RegisterMapping m = mapping.get();
        return m == null ? -1 : m.columns().getOrDefault(role, -1);
    }

    /** 「4 台を取り込みます（既にある 1 台は除きます）」 or why nothing can be taken in yet. */
    public String summaryText() {
        RegisterImportPreview p = preview.get();
        if (p == null) {
            return Messages.get("registers.import.needName");
        }
        return Messages.get("registers.import.summary", p.devices().size(), p.year().label(), p.alreadyThere());
    }

    // --- commands

    /** Reads a file and guesses its mapping; nothing is written. */
    public void read(Path file) {
        error.set("");
        list.set(null);
        preview.set(null);
        status.say(Messages.get("registers.import.reading"));
        executor.submit(() -> service.readList(file), l -> {
            status.say("");
            RegisterMapping guess = RegisterMapping.guess(l);
            show(l, guess);
            list.set(l);
        }, e -> {
            error.set(Messages.forUser(e));
            status.say(Messages.get("registers.import.refused"));
        });
    }

    /** Takes another row as the header row: the columns are guessed again from its headers. */
    public void setHeaderRow(int row) {
        RegisterList l = list.get();
        if (l != null && row >= 1 && row <= l.rows().size()) {
            grid.headerRowProperty().set(row);
        }
    }

    /** Assigns a field to a column (-1: to none). */
    public void assign(RegisterColumn role, int col) {
        if (list.get() != null) {
            grid.columnOf(role.name()).set(col < 0 ? null : col);
        }
    }

    /** Shows a list and a mapping on the grid (without calling back) and previews it. */
    private void show(RegisterList l, RegisterMapping m) {
        Map<String, Integer> assignment = new LinkedHashMap<>();
        m.columns().forEach((c, i) -> assignment.put(c.name(), i));
        grid.load(l.rows().subList(0, Math.min(GRID_ROWS, l.rows().size())), Set.of(), m.headerRow(),
                m.firstDataRow(), assignment);
        apply(l, m);
    }

    /**
     * A change on the grid: a new header row guesses the columns again from its headers (the first data row kept
     * when it is still below it); any other change is read as it stands.
     */
    private void edited() {
        RegisterList l = list.get();
        RegisterMapping before = mapping.get();
        if (l == null) {
            return;
        }
        int header = grid.headerRowProperty().get();
        if (before == null || header != before.headerRow()) {
            RegisterMapping guess = RegisterMapping.fromHeaders(l, header);
            int first = Math.max(header + 1, grid.firstDataRowProperty().get());
            show(l, new RegisterMapping(header, first, guess.columns()));
            return;
        }
        Map<RegisterColumn, Integer> columns = new EnumMap<>(RegisterColumn.class);
        grid.assignment().forEach((id, c) -> columns.put(RegisterColumn.valueOf(id), c));
        apply(l, new RegisterMapping(header, Math.max(header + 1, grid.firstDataRowProperty().get()), columns));
    }

    private void apply(RegisterList l, RegisterMapping m) {
        headerRow.set(m.headerRow());
        mapping.set(m);
        FiscalYear y = year;
        if (!m.complete()) {
            preview.set(null);
            return;
        }
        executor.submit(() -> service.preview(l, m, y), p -> {
            if (m.equals(mapping.get())) {
                preview.set(p);
            }
        }, status::failed);
    }

    /** Writes what the preview shows, in one transaction. */
    public void confirm() {
        RegisterImportPreview p = preview.get();
        if (p == null) {
            return;
        }
        cancel();
        executor.submit(() -> service.importDevices(p), added -> {
            status.say(Messages.get("registers.imported", p.file(), added.size(), p.year().label()));
            onImported.run();
            status.changed();
        }, status::failed);
    }

    /** Drops the list read; nothing was written. */
    public void cancel() {
        list.set(null);
        mapping.set(null);
        preview.set(null);
    }

    public void clearError() {
        error.set("");
    }
}
