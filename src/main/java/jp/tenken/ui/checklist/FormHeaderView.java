package jp.tenken.ui.checklist;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.beans.value.ObservableStringValue;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import jp.tenken.domain.edition.Scope;
import jp.tenken.domain.year.ReadinessFlag;
import jp.tenken.i18n.Messages;
import jp.tenken.ui.common.Dialogs;
import jp.tenken.ui.common.ExcelFileChooser;
import jp.tenken.ui.common.ExportDoneDialog;
import jp.tenken.ui.common.LazyTextField;
import jp.tenken.ui.common.PillButtons;
import org.controlsfx.control.SegmentedButton;
import org.controlsfx.control.textfield.TextFields;

/**
 * The form's header: title, facility, edition notes, progress and いいえ counts, the gate note, the readiness line,
 * with a line of keyboard help last; then the filters, the export menu and the search field.
 */
final class FormHeaderView extends VBox {
    private final ChecklistViewModel vm;
    private final Path exportFolder;
    private final Node actions;
    /** Drawn as its face until first used (Ctrl+F, a click or Tab): most launches never search. */
    private final LazyTextField search = new LazyTextField("header-search", TextFields::createClearableTextField);

    FormHeaderView(ChecklistViewModel vm, Path exportFolder, Consumer<ReadinessFlag> reveal,
                   Consumer<Runnable> afterFirstRows) {
        super(4);
        this.vm = vm;
        this.exportFolder = exportFolder;
        FormHeaderViewModel header = vm.header();
        Label title = label("form-title", "form-title");
        title.textProperty().bind(header.formTitleProperty().concat("　").concat(header.formLabelProperty()));
        title.setWrapText(true);
        Label facility = label("facility-name-label", "facility-name");
        facility.textProperty().bind(header.facilityNameProperty());
        Node note = new EditionBannerView(vm.edition());
        Label removed = note("removed-items", header.removedItemsProperty());
        Label gate = label("gate-closed", "gate-closed");
        gate.setText(Messages.get("checklist.gateClosed"));
        gate.setWrapText(true);
        gate.visibleProperty().bind(vm.readiness().gateClosedProperty());
        gate.managedProperty().bind(gate.visibleProperty());

        // one label per key, so a narrow window or a large font wraps between keys, never inside a word
        FlowPane keys = new FlowPane(14, 2);
        keys.getStyleClass().add("key-help-line");
        for (String hint : Messages.get("checklist.keys").split("　")) {
            Label k = new Label(hint);
            k.getStyleClass().add("key-help");
            k.setMinWidth(Label.USE_PREF_SIZE);
            keys.getChildren().add(k);
        }

        ReadinessLineView readinessLine = new ReadinessLineView(vm, reveal);
        readinessLine.fillAfter(afterFirstRows); // its links come right after the rows are on screen
        // what the form says, and last the key line, may scroll at a large font (the header keeps to its share of
        // the window, so the rows keep theirs); the tools stay in view
        VBox info = new VBox(4, title, facility, note, removed, counts(), gate, readinessLine, keys);
        actions = tools();
        getChildren().addAll(new HeaderScrollPane(info), actions);
        setPadding(new Insets(8, 12, 8, 12));
        getStyleClass().add("form-header");
    }

    /** The filters, 前年度「はい」を確認, the export menu and the search: what acts on the open form. */
    Node actions() {
        return actions;
    }

    /** Ctrl+F: the search field takes the focus. */
    void focusSearch() {
        search.requestFocus();
    }

    private Node counts() {
        ReadinessViewModel readiness = vm.readiness();
        Label progress = label("progress", "progress-text");
        progress.textProperty().bind(readiness.progressTextProperty());
        Label no = label("no-count", "no-count");
        no.textProperty().bind(readiness.noCountTextProperty());
        readiness.overdueProperty().addListener((o, a, b) -> ChecklistView.toggleStyle(no, "overdue", b));
        HBox counts = new HBox(20, progress, no);
        counts.setAlignment(Pos.CENTER_LEFT);
        return counts;
    }

    private Node tools() {
        search.setId("search");
        search.getStyleClass().add("header-search-box"); // its width (app.css), the face's and the field's alike
        search.setPromptText(Messages.get("checklist.search.prompt"));
        search.textProperty().bindBidirectional(vm.rowFilter().searchProperty()); // filters as the clerk types
        // words, not a spinner: nothing animates (and nothing extra is built) while a launch reads the year
        Label loading = label("loading", "loading-note");
        loading.setText(Messages.get("checklist.loading"));
        loading.visibleProperty().bind(vm.loadingProperty());
        loading.managedProperty().bind(loading.visibleProperty());
        // wraps onto a second line at a large font rather than cutting 「すべて」 to 「す…」
        FlowPane tools = new FlowPane(10, 6, filters(), loading, sameAsLastYear(), exportMenu(), search);
        tools.setAlignment(Pos.CENTER_LEFT);
        exportBarWhenExporting(tools, 2);
        return tools;
    }

    /** The export's progress bar, built when the first export starts (most launches never export). */
    private void exportBarWhenExporting(FlowPane tools, int index) {
        ChecklistExportViewModel exports = vm.exports();
        exports.exportingProperty().addListener(new ChangeListener<>() {
            @Override
            public void changed(ObservableValue<? extends Boolean> o, Boolean was, Boolean is) {
                if (!is) {
                    return;
                }
                exports.exportingProperty().removeListener(this);
                ProgressBar exportBar = new ProgressBar();
                exportBar.setId("export-progress");
                exportBar.progressProperty().bind(exports.exportProgressProperty());
                exportBar.visibleProperty().bind(exports.exportingProperty());
                exportBar.managedProperty().bind(exportBar.visibleProperty());
                exportBar.setPrefWidth(120);
                tools.getChildren().add(index, exportBar);
            }
        });
    }

    private Node filters() {
        SegmentedButton filters = new PillButtons();
        filters.setId("filters");
        RowFilterViewModel rowFilter = vm.rowFilter();
        for (RowFilterViewModel.Filter f : RowFilterViewModel.Filter.values()) {
            String name = f.name().toLowerCase(Locale.ROOT);
            ToggleButton b = new ToggleButton(Messages.get("checklist.filter." + name));
            b.setId("filter-" + name);
            b.setUserData(f);
            b.setSelected(f == rowFilter.filterProperty().get());
            b.setOnAction(e -> {
                rowFilter.filterProperty().set(f);
                b.setSelected(true);
            });
            filters.getButtons().add(b);
        }
        return filters;
    }

    /** 「前年度「はい」を確認」: the rows it would set are listed first; nothing happens without OK. */
    private Node sameAsLastYear() {
        Button same = new Button(Messages.get("checklist.same.all"));
        same.setId("same-as-last-year");
        same.setMnemonicParsing(true);
        same.disableProperty().bind(vm.edition().finalisedProperty()); // a finalised year's answers stay as they are
        same.setOnAction(e -> {
            AnswersViewModel answers = vm.answers();
            List<RowViewModel> rows = answers.unansweredYesLastYear();
            Window owner = getScene() == null ? null : getScene().getWindow();
            if (rows.isEmpty()) {
                Dialogs.info(owner, Messages.get("checklist.same.all.nothing"));
                return;
            }
            String list = rows.stream().map(r -> r.item().number() + "　" + r.item().text()
                    + (Scope.devices().contains(r.scope()) ? "（" + r.scope().label() + "）" : ""))
                    .collect(Collectors.joining("\n"));
            if (Dialogs.confirm(owner, Messages.get("checklist.same.all.title"),
                    Messages.get("checklist.same.all.confirm", rows.size()), list)) {
                answers.sameAsLastYear(rows);
            }
        });
        return same;
    }

    private Node exportMenu() {
        MenuButton export = new MenuButton(Messages.get("export.button"));
        export.setId("export");
        export.setMnemonicParsing(true);
        MenuItem pack = new MenuItem(Messages.get("export.pack"));
        pack.setId("export-pack");
        pack.setOnAction(e -> chooseAndExport(true));
        MenuItem own = new MenuItem(Messages.get("export.ownForm"));
        own.setId("export-own");
        own.setOnAction(e -> chooseAndExport(false));
        MenuItem official = new MenuItem();
        official.setId("export-official");
        official.textProperty().bind(vm.exports().officialLabelProperty());
        official.disableProperty().bind(vm.exports().officialAvailableProperty().not());
        official.setOnAction(e -> ExcelFileChooser.save(this, Messages.get("export.chooser.title"), exportFolder,
                vm.exports().suggestedOfficialName()).ifPresent(vm.exports()::exportOfficial));
        export.getItems().addAll(pack, own, official);
        export.disableProperty().bind(vm.exports().exportingProperty());
        vm.exports().doneProperty().addListener((o, a, r) -> {
            if (r != null) {
                ExportDoneDialog.show(getScene() == null ? null : getScene().getWindow(), r.message(), r.file(),
                        vm.executor());
            }
        });
        return export;
    }

    private void chooseAndExport(boolean pack) {
        ChecklistExportViewModel exports = vm.exports();
        ExcelFileChooser.save(this, Messages.get("export.chooser.title"), exportFolder,
                exports.suggestedExportName(pack)).ifPresent(p -> exports.export(pack, p));
    }

    private static Label label(String id, String style) {
        Label l = new Label();
        l.setId(id);
        l.getStyleClass().add(style);
        return l;
    }

    /** A wrapped line shown only when it has text. */
    /**
     * The one line that explains the ※ on rows whose wording is being checked against the ministry's original; it
     * goes under the list, as on the printed form, and takes the user to the first such item.
     */
    Node wordingLine() {
        FormHeaderViewModel header = vm.header();
        Hyperlink wording = new Hyperlink();
        wording.setId("wording-note");
        wording.getStyleClass().add("edition-note");
        wording.setWrapText(true);
        wording.textProperty().bind(header.wordingNoteProperty());
        wording.visibleProperty().bind(wording.textProperty().isNotEmpty());
        wording.managedProperty().bind(wording.visibleProperty());
        wording.setOnAction(e -> {
            if (header.firstUnverifiedItem() != null) {
                vm.revealItem(header.firstUnverifiedItem());
            }
        });
        return wording;
    }

    private static Label note(String id, ObservableStringValue text) {
        Label l = label(id, id);
        l.textProperty().bind(text);
        l.visibleProperty().bind(l.textProperty().isNotEmpty());
        l.managedProperty().bind(l.visibleProperty());
        l.setWrapText(true);
        return l;
    }
}
