package jp.tenken.ui.official;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextArea;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.util.StringConverter;
import jp.tenken.domain.FiscalYear;
import jp.tenken.i18n.Messages;
import jp.tenken.ui.common.ExcelFileChooser;
import jp.tenken.ui.common.Windows;
import jp.tenken.ui.common.mapping.ColumnMappingView;

/**
 * 「厚生労働省の Excel を取り込む」 as a window: the files, the sheet, the fiscal year and form where the file does not
 * say; the column-mapping step (the sheet's first rows, the header row, a column per role), re-read after every
 * choice; what was read, problems first; and the button that adds the edition once nothing is wrong.
 */
public final class OfficialImportView extends BorderPane {
    private final OfficialImportViewModel vm;

    public OfficialImportView(OfficialImportViewModel vm) {
        this.vm = vm;
        setPadding(new Insets(10));
        setTop(choices());
        TextArea summary = new TextArea();
        summary.setId("official-preview");
        summary.setEditable(false);
        summary.setWrapText(true);
        summary.textProperty().bind(Bindings.createStringBinding(() -> String.join("\n", vm.summary()),
                vm.summary()));
        Label error = new Label();
        error.setId("official-error");
        error.getStyleClass().add("error-text");
        error.setWrapText(true);
        error.textProperty().bind(vm.errorProperty());
        error.visibleProperty().bind(vm.errorProperty().isNotEmpty());
        error.managedProperty().bind(error.visibleProperty());
        error.setMinHeight(Region.USE_PREF_SIZE);
        Label status = new Label();
        status.setId("official-status");
        status.setWrapText(true);
        status.textProperty().bind(vm.statusProperty());
        status.setMinHeight(Region.USE_PREF_SIZE);
        status.getStyleClass().add("official-status");
        Label help = new Label(Messages.get("official.window.help"));
        help.setWrapText(true);
        help.setMinHeight(Region.USE_PREF_SIZE);
        help.visibleProperty().bind(vm.statedProperty().or(vm.stateProperty().isEqualTo(TakeInState.FAILED)));
        help.managedProperty().bind(help.visibleProperty());
        // under the sheet rather than above it, so the sheet's rows get the height (at 特大 on 768 pixels)
        VBox result = new VBox(6, status, error, help, summary);
        VBox.setVgrow(summary, Priority.ALWAYS);
        SplitPane split = new SplitPane(new ColumnMappingView(vm.mapping()), result);
        split.setOrientation(Orientation.VERTICAL);
        split.setDividerPositions(0.64); // the sheet's rows first: at 特大 on 768 pixels still five or more
        setCenter(split);
        BorderPane.setMargin(split, new Insets(8, 0, 8, 0));
    }

    private VBox choices() {
        ComboBox<Path> file = new ComboBox<>(vm.files());
        file.setId("official-file");
        file.setConverter(converter(p -> p == null ? "" : p.getFileName().toString()));
        file.valueProperty().addListener((o, a, b) -> vm.showFile(b));
        vm.shownFileProperty().addListener((o, a, b) -> file.setValue(b));
        ComboBox<String> sheet = new ComboBox<>(vm.sheets());
        sheet.setId("official-sheet");
        vm.sheetProperty().addListener((o, a, b) -> sheet.setValue(b));
        sheet.valueProperty().addListener((o, a, b) -> vm.showSheet(b));
        ComboBox<FiscalYear> year = new ComboBox<>(vm.yearChoices());
        year.setId("official-year");
        year.setConverter(converter(y -> y == null ? Messages.get("official.window.yearAsPrinted") : y.label()));
        year.setButtonCell(new ListCell<>() {
            @Override
            protected void updateItem(FiscalYear y, boolean empty) {
                super.updateItem(y, empty);
                setText(y == null ? Messages.get("official.window.yearAsPrinted") : y.label());
            }
        });
        year.valueProperty().bindBidirectional(vm.yearProperty());
        ComboBox<FormChoice> form = new ComboBox<>();
        form.setId("official-form");
        form.getItems().setAll(FormChoice.values());
        form.setConverter(converter(f -> f == null ? "" : switch (f) {
            case AS_LABELLED -> Messages.get("official.window.formAsLabelled");
            case FACILITY -> Messages.get("official.window.formFacility");
            case VENDOR -> Messages.get("official.window.formVendor");
        }));
        form.valueProperty().bindBidirectional(vm.formProperty());
        CheckBox stated = new CheckBox(Messages.get("official.window.stated"));
        stated.setId("official-stated");
        stated.selectedProperty().bindBidirectional(vm.statedProperty());
        FlowPane row = new FlowPane(8, 6, labelled("official.window.file", file),
                labelled("official.window.sheet", sheet), labelled("official.window.year", year),
                labelled("official.window.form", form), stated);
        row.setAlignment(Pos.CENTER_LEFT);
        return new VBox(6, row);
    }

    private static HBox labelled(String key, Region control) {
        Label l = new Label(Messages.get(key));
        l.setLabelFor(control);
        control.setMaxWidth(320);
        HBox box = new HBox(4, l, control);
        box.setAlignment(Pos.CENTER_LEFT);
        return box;
    }

    private static <T> StringConverter<T> converter(Function<T, String> text) {
        return new StringConverter<>() {
            @Override
            public String toString(T t) {
                return text.apply(t);
            }

            @Override
            public T fromString(String s) {
                return null;
            }
        };
    }

    /**
     * Opens the take-in: asks for the file(s), then shows the window on them. The edition is added only by its
     * button, once what was read has no problem; closing the window adds nothing.
     */
    public static void start(Windows windows, Window owner, OfficialImportViewModel vm) {
        List<Path> chosen = choose(owner);
        if (chosen.isEmpty()) {
            return;
        }
        Stage window = window(windows, owner, vm);
        vm.choose(chosen);
        window.show();
    }

    /**
     * The take-in window, not yet shown: owned by {@code owner} and as large as it (within its screen); Esc, 閉じる
     * and the window's close box ask before a mapping the user changed is discarded.
     */
    static Stage window(Windows windows, Window owner, OfficialImportViewModel vm) {
        OfficialImportView view = new OfficialImportView(vm);
        Stage[] built = new Stage[1];
        Stage window = windows.owned(owner, view)
                .title(Messages.get("official.window.title"))
                .size(Math.max(900, owner.getWidth() - 40), Math.max(560, owner.getHeight() - 40))
                .modal()
                .closeAsking(() -> mayDiscard(built[0], vm))
                .build();
        built[0] = window;
        view.setBottom(buttons(window, vm));
        vm.stateProperty().addListener((o, a, b) -> {
            if (b == TakeInState.ADDED) {
                window.close();
            }
        });
        window.setOnHidden(e -> vm.cancel());
        return window;
    }

    /** Closes the window, first asking when the user changed the mapping and has not taken the file in. */
    static void closeAsking(Stage window, OfficialImportViewModel vm) {
        if (mayDiscard(window, vm)) {
            window.close();
        }
    }

    private static boolean mayDiscard(Stage window, OfficialImportViewModel vm) {
        if (!vm.changedProperty().get() || vm.stateProperty().get() == TakeInState.ADDED) {
            return true;
        }
        ButtonType discard = new ButtonType(Messages.get("official.discard.close"), ButtonBar.ButtonData.OK_DONE);
        ButtonType keep = new ButtonType(Messages.get("official.discard.keep"), ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert ask = new Alert(Alert.AlertType.CONFIRMATION, "", discard, keep);
        ask.setTitle(Messages.get("official.discard.title"));
        ask.setHeaderText(null);
        Label message = new Label(Messages.get("official.discard.message"));
        message.setWrapText(true);
        message.setMaxWidth(520);
        message.setPrefWidth(520);
        ask.getDialogPane().setContent(message);
        ask.getDialogPane().setId("official-discard");
        Windows.dialog(ask, window);
        ((Button) ask.getDialogPane().lookupButton(keep)).setDefaultButton(true);
        ((Button) ask.getDialogPane().lookupButton(discard)).setDefaultButton(false);
        return ask.showAndWait().filter(b -> b == discard).isPresent();
    }

    /** The window's buttons: choose other files, add (only when what was read is sound), close. */
    static HBox buttons(Stage window, OfficialImportViewModel vm) {
        Button again = new Button(Messages.get("official.window.choose"));
        again.setId("official-choose");
        again.setOnAction(e -> {
            List<Path> more = choose(window);
            if (!more.isEmpty()) {
                vm.choose(more);
            }
        });
        Label cannot = new Label(Messages.get("official.window.cannotAdd"));
        cannot.setWrapText(true);
        cannot.setMinWidth(0); // the message wraps, the buttons keep their whole text
        cannot.setMinHeight(Region.USE_PREF_SIZE);
        cannot.managedProperty().bind(cannot.visibleProperty());
        HBox.setHgrow(cannot, Priority.ALWAYS);
        cannot.visibleProperty().bind(vm.stateProperty().isEqualTo(TakeInState.READY)
                .and(vm.canConfirmProperty().not()));
        Button add = new Button(Messages.get("official.window.add"));
        add.setId("official-add");
        add.disableProperty().bind(vm.canConfirmProperty().not());
        add.setOnAction(e -> vm.confirm());
        Button close = new Button(Messages.get("official.window.close"));
        close.setId("official-close");
        close.setCancelButton(true);
        close.setOnAction(e -> closeAsking(window, vm));
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        for (Button b : List.of(again, add, close)) {
            b.setMinWidth(Region.USE_PREF_SIZE);
        }
        HBox buttons = new HBox(8, again, cannot, gap, add, close);
        buttons.setAlignment(Pos.CENTER_RIGHT);
        return buttons;
    }

    private static List<Path> choose(Window owner) {
        return ExcelFileChooser.openMany(owner, Messages.get("official.chooser.title"), "Excel (*.xlsx, *.xlsm)",
                "*.xlsx", "*.xlsm");
    }
}
