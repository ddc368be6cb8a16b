package jp.tenken.ui.checklist;

import java.nio.file.Path;
import javafx.scene.Node;
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
        RowListView rows = new RowListView(vm, () -> display.fontSizeProperty().get().px());
        // the first frame holds the rows; the guidance and the readiness links are filled in right after it
        FormHeaderView header = new FormHeaderView(vm, exportFolder,
                f -> vm.rowFor(f.row()).ifPresent(rows::reveal), rows::afterFirstRows);
        GuidanceView guidance = new GuidanceView(vm.guidance(), rows::afterFirstRows);
        guidance.getStyleClass().add("guidance-pane");
        // the header and the rows beside the navigation, so the year list has the window's whole height
        BorderPane form = new BorderPane(rows, header, guidance, header.wordingLine(), null);
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
        navigation.addEntry(text, id, action);
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
        FacilityDialog dialog = Windows.dialog(new FacilityDialog(display),
                getScene() == null ? null : getScene().getWindow());
        dialog.ask().ifPresent(f -> vm.saveFacility(f.name(), f.kind()));
        if (getScene() != null && getScene().getWindow() != null) {
            getScene().getWindow().requestFocus();
        }
    }

    static void toggleStyle(Node n, String style, boolean on) {
        n.getStyleClass().remove(style);
        if (on) {
            n.getStyleClass().add(style);
        }
    }
}
