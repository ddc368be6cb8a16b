package jp.tenken.ui.checklist;

import java.nio.file.Path;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import jp.tenken.i18n.Messages;
import jp.tenken.ui.common.Dialogs;
import jp.tenken.ui.common.DisplaySettings;
import jp.tenken.ui.common.Viewports;
import jp.tenken.ui.common.Windows;

/**
 * The checklist screen: fiscal years on the left, the form's header (progress, いいえ, readiness, filters) and
 * rows in the middle, the guidance pane on the right, a quiet save status at the bottom. Keyboard first:
 * Y/N/T/U, arrows and Tab complete the whole form.
 */
public final class ChecklistView extends BorderPane {
    /** Room for the navigation's scroll bar, so a scroll bar never cuts a button's text. */
    private static final double NAV_SCROLLBAR_ROOM = 26;

    private final ChecklistViewModel vm;
    private final YearNavigationView navigation;
    private final DisplaySettings display;
    private final RowListView rows;
    /** While the first start's facility question is open. */
    private final BooleanProperty asking = new SimpleBooleanProperty(false);
    /** What the main window shows when that question was closed unanswered (made then). */
    private Node facilityPrompt;

    public ChecklistView(ChecklistViewModel vm, DisplaySettings display, Path exportFolder) {
        this.vm = vm;
        this.display = display;
        setId("checklist-view");
        getStyleClass().add("checklist-view");
        navigation = new YearNavigationView(vm, display);
        ScrollPane navigationScroll = scrolling(navigation);
        VBox left = new VBox(navigationScroll, navigation.displayControls());
        VBox.setVgrow(navigationScroll, Priority.ALWAYS);
        setLeft(left);
        rows = new RowListView(vm, () -> display.fontSizeProperty().get().px());
        // the first frame holds the rows; the guidance and the readiness links are filled in right after it
        FormHeaderView header = new FormHeaderView(vm, exportFolder,
                f -> vm.rowFor(f.row()).ifPresent(rows::reveal), rows::afterFirstRows);
        GuidanceView guidance = new GuidanceView(vm.guidance(), rows::afterFirstRows);
        guidance.getStyleClass().add("guidance-pane");
        // the header and the rows beside the navigation, so the year list has the window's whole height
        BorderPane form = new BorderPane(rows, header, guidance, header.wordingLine(), null);
        // nothing in the header acts before there is a facility and a year (the first start's question)
        header.actions().disableProperty().bind(vm.needsFacilityProperty());
        setCenter(form);
        setBottom(new StatusBarView(vm));

        ChecklistKeyboard.install(this, vm, rows, header::focusSearch);
        // the rows change height with the font and contrast; the selected row stays where the clerk can see it
        display.fontSizeProperty().addListener((o, a, b) -> rows.keepSelectedInView());
        display.highContrastProperty().addListener((o, a, b) -> rows.keepSelectedInView());
        vm.focusRequestProperty().addListener((o, a, b) -> {
            // a year chosen with ↑/↓ in the year list keeps the focus there, so the next ↓ goes on to the next year
            if (b != null && !navigation.takeChosenInList()) {
                vm.executor().later(() -> rows.reveal(b));
            }
        });
        vm.needsFacilityProperty().addListener((o, a, b) -> {
            if (b) {
                vm.executor().later(this::askFacility);
            }
        });
        vm.answers().planQuestionProperty().addListener((o, a, q) -> {
            if (q != null && getScene() != null) {
                // asked after the key or click that typed the date, never inside it
                vm.executor().later(() -> askPlan(q));
            }
        });
        vm.errorMessageProperty().addListener((o, a, b) -> {
            if (b != null && !b.isEmpty() && getScene() != null) {
                Dialogs.error(getScene().getWindow(), b);
            }
        });
    }

    /** A 目標日 after the year: kept as a plan when the clerk says so (not the default button), else left marked. */
    private void askPlan(AnswersViewModel.PlanQuestion q) {
        if (vm.answers().planQuestionProperty().get() != q) {
            return;
        }
        boolean record = Dialogs.confirmAction(getScene().getWindow(), Messages.get("checklist.plan.title"),
                q.message(), "", Messages.get("checklist.plan.record"));
        if (record) {
            vm.answers().recordPlan();
        } else {
            vm.answers().dropPlan();
        }
    }

    /**
     * Adds an entry to the navigation column (e.g. 前年度比較, ガイドライン, 事業者): the composition root wires
     * each further screen here, so this view does not depend on them.
     */
    public void addNavigationEntry(String text, String id, Runnable action) {
        navigation.addEntry(text, id, action, false);
    }

    /**
     * Adds an entry that works before the first start's facility question is answered too (バックアップから復元: a
     * workbook lost, its backups kept); the others wait for a facility and a year.
     */
    public void addFirstStartEntry(String text, String id, Runnable action) {
        navigation.addEntry(text, id, action, true);
    }

    /** The navigation column scrolls rather than clips when a large font makes it taller than the window. */
    private static ScrollPane scrolling(Region content) {
        ScrollPane scroll = new ScrollPane(content) {
            @Override
            protected double computePrefWidth(double height) {
                return content.prefWidth(-1) + NAV_SCROLLBAR_ROOM;
            }

            @Override
            protected double computeMinWidth(double height) {
                return computePrefWidth(height);
            }
        };
        Viewports.uncached(scroll);
        scroll.setFitToWidth(true);
        scroll.setFitToHeight(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroll.getStyleClass().add("navigation-scroll");
        return scroll;
    }

    private void askFacility() {
        if (asking.get()) {
            return;
        }
        asking.set(true);
        FacilityDialog dialog = Windows.dialog(new FacilityDialog(display),
                getScene() == null ? null : getScene().getWindow());
        var facility = dialog.ask();
        asking.set(false);
        facility.ifPresentOrElse(f -> vm.saveFacility(f.name(), f.kind()), this::promptForFacility);
        if (getScene() != null && getScene().getWindow() != null) {
            getScene().getWindow().requestFocus();
        }
    }

    /**
     * The question closed unanswered (Esc, the close box): the window says what comes first and how to go on, with
     * the focus on that button, instead of an empty screen with nothing to answer.
     */
    private void promptForFacility() {
        if (facilityPrompt == null) {
            Label text = new Label(Messages.get("facility.ask.header"));
            text.setWrapText(true);
            Button again = new Button(Messages.get("facility.ask.again"));
            again.setId("facility-again");
            again.setMnemonicParsing(true);
            again.setDefaultButton(true);
            again.setOnAction(e -> askFacility());
            VBox prompt = new VBox(12, text, again);
            prompt.setId("facility-prompt");
            prompt.getStyleClass().add("facility-prompt");
            prompt.setAlignment(Pos.TOP_CENTER);
            prompt.setMaxHeight(Region.USE_PREF_SIZE);
            prompt.visibleProperty().bind(vm.needsFacilityProperty().and(asking.not()));
            prompt.managedProperty().bind(prompt.visibleProperty());
            facilityPrompt = prompt;
            rows.overlay(prompt);
        }
        vm.executor().later(() -> facilityPrompt.lookup("#facility-again").requestFocus());
    }

    static void toggleStyle(Node n, String style, boolean on) {
        n.getStyleClass().remove(style);
        if (on) {
            n.getStyleClass().add(style);
        }
    }
}
