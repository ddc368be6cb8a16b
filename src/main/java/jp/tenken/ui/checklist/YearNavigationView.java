package jp.tenken.ui.checklist;

import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import jp.tenken.domain.FiscalYear;
import jp.tenken.domain.year.YearSummary;
import jp.tenken.i18n.Messages;
import jp.tenken.ui.common.DisplaySettings;
import jp.tenken.ui.common.FontSizeChooser;
import org.controlsfx.control.SegmentedButton;

/** The navigation column: the fiscal years, the open form, the other screens (ツール) and the display settings. */
final class YearNavigationView extends VBox {

    private final ChecklistViewModel vm;
    private final ListView<YearSummary> yearList = new ListView<>();
    private final VBox toolEntries = new VBox(4);
    private boolean syncingYear;
    private boolean chosenInList;
    private final VBox displayControls;

    YearNavigationView(ChecklistViewModel vm, DisplaySettings display) {
        super(6);
        this.vm = vm;
        Label yearsLabel = heading(Messages.get("checklist.nav.years"));
        buildYearList();
        VBox.setVgrow(yearList, Priority.ALWAYS);
        Button addYear = new Button(Messages.get("checklist.addYear.button"));
        addYear.setId("add-year");
        addYear.setMnemonicParsing(true);
        addYear.setMaxWidth(Double.MAX_VALUE);
        addYear.setWrapText(true);
        addYear.disableProperty().bind(vm.needsFacilityProperty());
        addYear.setOnAction(e -> AddYearDialog.choose(getScene() == null ? null : getScene().getWindow(),
                vm.yearList().addableYears()).ifPresent(vm::addYear));

        Label formsLabel = heading(Messages.get("checklist.nav.forms"));
        Label form = new Label();
        form.textProperty().bind(vm.header().formLabelProperty());
        form.getStyleClass().add("nav-form");
        // no empty chip before a form is open (the facility question of a first start)
        form.visibleProperty().bind(form.textProperty().isNotEmpty());

        Label toolsLabel = heading(Messages.get("checklist.nav.tools"));
        toolsLabel.visibleProperty().bind(Bindings.isNotEmpty(toolEntries.getChildren()));
        toolsLabel.managedProperty().bind(toolsLabel.visibleProperty());

        Label sizeLabel = new Label(Messages.get("settings.fontSize"));
        SegmentedButton size = FontSizeChooser.of(display, "font-size");
        sizeLabel.setLabelFor(size);
        CheckBox contrast = new CheckBox(Messages.get("settings.highContrast"));
        contrast.setId("high-contrast");
        contrast.selectedProperty().bindBidirectional(display.highContrastProperty());

        getChildren().addAll(yearsLabel, yearList, addYear, formsLabel, form, toolsLabel, toolEntries);
        setPadding(new Insets(10));
        getStyleClass().add("navigation");
        displayControls = new VBox(6, sizeLabel, size, contrast);
        displayControls.setId("display-controls");
        displayControls.setPadding(new Insets(6, 10, 10, 10));
        displayControls.getStyleClass().addAll("navigation", "display-controls");
    }

    /**
     * The font size and contrast, kept below the navigation column instead of in it: at 大 and 特大 the column
     * scrolls, and the controls that make it readable must never be below the fold.
     */
    VBox displayControls() {
        return displayControls;
    }

    /**
     * Whether the year now opening was chosen in the year list with the keyboard focus still there (asked once per
     * choice): then the focus stays in the list, so the next ↓ goes on to the next year.
     */
    boolean takeChosenInList() {
        boolean chosen = chosenInList && yearList.isFocused();
        chosenInList = false;
        return chosen;
    }

    /**
     * Adds a button for a further screen under ツール; unless {@code beforeFacility}, it waits for the first start's
     * facility (the screens it opens speak of a year of that facility).
     */
    void addEntry(String text, String id, Runnable action, boolean beforeFacility) {
        Button b = new Button(text);
        if (!beforeFacility) {
            b.disableProperty().bind(vm.needsFacilityProperty());
        }
        b.setId(id);
        b.setMnemonicParsing(true);
        b.setMaxWidth(Double.MAX_VALUE);
        b.setWrapText(true); // at 特大 a long name takes two lines rather than an ellipsis
        b.getStyleClass().add("nav-entry");
        b.setOnAction(e -> action.run());
        toolEntries.getChildren().add(b);
    }

    private void buildYearList() {
        YearListViewModel years = vm.yearList();
        yearList.setId("years");
        yearList.setItems(years.years());
        yearList.getStyleClass().add("year-list"); // at least three years high at any font size (app.css)
        yearList.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(YearSummary y, boolean empty) {
                super.updateItem(y, empty);
                setText(empty || y == null ? null : y.year().label() + "\n" + progressLine(y));
            }
        });
        yearList.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> {
            if (b != null && !syncingYear && !b.year().equals(years.selectedYearProperty().get())) {
                chosenInList = true;
                vm.selectYear(b.year());
            }
        });
        years.selectedYearProperty().addListener((o, a, b) -> selectYearInList(b));
        years.years().addListener((ListChangeListener<YearSummary>) c ->
                selectYearInList(years.selectedYearProperty().get()));
    }

    /** The edition and progress of a year, saying 「…で回答」 when the year is answered on an older edition. */
    static String progressLine(YearSummary y) {
        return Messages.get(y.exact() ? "checklist.nav.year.own" : "checklist.nav.year.other", y.editionName(),
                y.answered(), y.rows());
    }

    private void selectYearInList(FiscalYear year) {
        syncingYear = true;
        try {
            for (YearSummary y : vm.yearList().years()) {
                if (y.year().equals(year)) {
                    yearList.getSelectionModel().select(y);
                }
            }
        } finally {
            syncingYear = false;
        }
    }

    private static Label heading(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("nav-heading");
        return l;
    }
}
