package jp.tenken.ui.common.mapping;

import java.util.List;
import java.util.function.IntConsumer;
import java.util.stream.IntStream;
import javafx.beans.InvalidationListener;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.util.StringConverter;
import jp.tenken.i18n.Messages;
import jp.tenken.ui.common.Placeholder;
import jp.tenken.ui.common.Viewports;

/**
 * The column-mapping step: on the left the header row, the first data row and one list per role (Tab moves from one
 * to the next, the arrow keys choose); on the right the sheet's first rows as a grid, the header row marked, each
 * chosen column titled with its role, hidden columns marked.
 */
public final class ColumnMappingView extends HBox {
    /** The grid shows at most this many columns (a checklist has about a dozen). */
    static final int MAX_GRID_COLUMNS = 40;

    private final ColumnMappingViewModel vm;
    private final TableView<Integer> grid = new TableView<>();
    private Label fontSource;

    public ColumnMappingView(ColumnMappingViewModel vm) {
        super(12);
        this.vm = vm;
        getStyleClass().add("column-mapping");
        ScrollPane form = Viewports.uncached(new ScrollPane(form()));
        form.setFitToWidth(true);
        form.setMinWidth(340);
        form.setPrefWidth(400);
        grid.setId("mapping-grid");
        grid.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
        grid.setPlaceholder(Placeholder.of(Messages.get("mapping.empty")));
        grid.setRowFactory(t -> new SheetRow());
        HBox.setHgrow(grid, Priority.ALWAYS);
        getChildren().addAll(form, grid);
        vm.rows().addListener((ListChangeListener<List<String>>) c -> rebuildGrid());
        InvalidationListener retitle = o -> retitle();
        vm.roles().forEach(r -> vm.columnOf(r.id()).addListener(retitle));
        vm.headerRowProperty().addListener(o -> {
            retitle();
            grid.refresh();
            showFromHeader();
        });
        vm.firstDataRowProperty().addListener(o -> grid.refresh());
        fontSource.fontProperty().addListener(o -> retitle());
        rebuildGrid();
    }

    private GridPane form() {
        GridPane g = new GridPane();
        g.setHgap(8);
        g.setVgap(6);
        g.setPadding(new Insets(4));
        int r = 0;
        g.addRow(r++, label("mapping.headerRow"), spinner("mapping-header-row", vm.headerRowProperty().get(),
                v -> vm.headerRowProperty().set(v), vm.headerRowProperty()));
        g.addRow(r++, label("mapping.firstDataRow"), spinner("mapping-first-data-row",
                vm.firstDataRowProperty().get(), v -> vm.firstDataRowProperty().set(v), vm.firstDataRowProperty()));
        for (ColumnRole role : vm.roles()) {
            Label l = new Label(role.label() + (role.required() ? Messages.get("mapping.required") : ""));
            l.setWrapText(true);
            l.setMinHeight(Region.USE_PREF_SIZE);
            ComboBox<Integer> box = new ComboBox<>();
            box.setId("mapping-role-" + role.id());
            box.getItems().add(null);
            box.getItems().addAll(vm.columns());
            vm.columns().addListener((ListChangeListener<Integer>) c -> {
                Integer keep = box.getValue();
                box.getItems().setAll(vm.columns());
                box.getItems().add(0, null);
                box.setValue(keep);
            });
            box.setConverter(new StringConverter<>() {
                @Override
                public String toString(Integer c) {
                    return vm.describe(c);
                }

                @Override
                public Integer fromString(String s) {
                    return null;
                }
            });
            box.setButtonCell(new ListCell<>() {
                @Override
                protected void updateItem(Integer c, boolean empty) {
                    super.updateItem(c, empty);
                    setText(vm.describe(empty ? null : c));
                }
            });
            box.valueProperty().bindBidirectional(vm.columnOf(role.id()));
            box.setMaxWidth(Double.MAX_VALUE);
            l.setLabelFor(box);
            GridPane.setHgrow(box, Priority.ALWAYS);
            g.add(l, 0, r++, 2, 1); // the label above its list: at 特大 both keep their whole text
            g.add(box, 0, r++, 2, 1);
        }
        return g;
    }

    private Label label(String key) {
        Label l = new Label(Messages.get(key));
        if (fontSource == null) {
            fontSource = l; // the grid's columns widen with this label's font size
        }
        return l;
    }

    private Spinner<Integer> spinner(String id, int start, IntConsumer set, IntegerProperty source) {
        Spinner<Integer> s = new Spinner<>(new SpinnerValueFactory.IntegerSpinnerValueFactory(1, 100_000, start));
        s.setId(id);
        s.setEditable(true);
        s.setPrefWidth(110);
        s.valueProperty().addListener((o, a, b) -> {
            if (b != null && b != source.get()) {
                set.accept(b);
            }
        });
        source.addListener((o, a, b) -> {
            if (!b.equals(s.getValue())) {
                s.getValueFactory().setValue(b.intValue());
            }
        });
        return s;
    }

    private void rebuildGrid() {
        grid.getItems().clear();
        grid.getColumns().clear();
        TableColumn<Integer, String> number = new TableColumn<>(Messages.get("mapping.row"));
        number.setCellValueFactory(c -> new ReadOnlyStringWrapper(Integer.toString(c.getValue() + 1)));
        number.setPrefWidth(48);
        number.setSortable(false);
        grid.getColumns().add(number);
        int width = Math.min(vm.columnCountProperty().get(), MAX_GRID_COLUMNS);
        for (int c = 0; c < width; c++) {
            int col = c;
            TableColumn<Integer, String> column = new TableColumn<>();
            column.setCellValueFactory(cell -> {
                int r = cell.getValue();
                List<String> row = r < vm.rows().size() ? vm.rows().get(r) : List.of();
                return new ReadOnlyStringWrapper(col < row.size() ? row.get(col).replace('\n', ' ') : "");
            });
            column.setSortable(false);
            grid.getColumns().add(column);
        }
        grid.getItems().setAll(IntStream.range(0, vm.rows().size()).boxed().toList());
        retitle();
        showFromHeader();
    }

    /** The header row at the top of the grid, so the rows in sight are items (the rows above scroll into view). */
    private void showFromHeader() {
        grid.scrollTo(Math.max(0, Math.min(vm.headerRowProperty().get() - 1, grid.getItems().size() - 1)));
    }

    private void retitle() {
        for (int i = 1; i < grid.getColumns().size(); i++) {
            int col = i - 1;
            String role = vm.roleOf(col).map(ColumnRole::label).orElse("");
            String hidden = vm.hidden(col) ? Messages.get("mapping.hidden") : "";
            TableColumn<Integer, ?> column = grid.getColumns().get(i);
            column.setText(ColumnMappingViewModel.letters(col) + hidden + (role.isEmpty() ? "" : "\n" + role));
            boolean text = vm.roleOf(col).filter(r -> r.id().equals("ITEM")).isPresent();
            // widths for 標準 (14 px), widened with the font so a title is never cut at 大 or 特大
            double k = Math.max(1, fontSource.getFont().getSize() / 14);
            int chars = Math.max(role.codePointCount(0, role.length()), hidden.length() + 2);
            column.setPrefWidth(Math.max(text ? 300 : 110, chars * 15 + 24) * k);
        }
    }

    /**
     * A sheet row in the grid: the header row and the first data row are marked, rows above the header dimmed (but
     * for one read as an item, such as a gate question boxed above the header).
     */
    private final class SheetRow extends TableRow<Integer> {
        @Override
        protected void updateItem(Integer row, boolean empty) {
            super.updateItem(row, empty);
            getStyleClass().removeAll("mapping-header", "mapping-first-data", "mapping-above-header");
            if (empty || row == null) {
                return;
            }
            int excelRow = row + 1;
            if (excelRow == vm.headerRowProperty().get()) {
                getStyleClass().add("mapping-header");
            } else if (excelRow == vm.firstDataRowProperty().get()) {
                getStyleClass().add("mapping-first-data");
            } else if (excelRow < vm.headerRowProperty().get() && !vm.itemRowAbove(excelRow)) {
                getStyleClass().add("mapping-above-header");
            }
        }
    }
}
