package jp.tenken.ui.checklist;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import jp.tenken.domain.FiscalYear;
import jp.tenken.i18n.Messages;

/**
 * The rows of the open form under their section headings, with a message laid over them when nothing matches the
 * filter. A row's view is built once per form and reused when the filter changes; a newly opened form shows its
 * first screenful of rows in the first frame and builds the rest right after it.
 */
final class RowListView extends StackPane {
    private final ChecklistViewModel vm;
    private final VBox rowBox = new VBox();
    private final ScrollPane scroll = new ScrollPane(rowBox);
    private final Map<RowViewModel, RowView> views = new HashMap<>();
    /** Rows built before the first frame of a newly opened form; the rest follow right after it. */
    private static final int FIRST_SCREEN_ROWS = 6;

    /** Work that waits for the first frame showing rows (the guidance pane, the readiness line). */
    private final List<Runnable> afterRows = new ArrayList<>();
    private boolean rowsShown;

    private int generation;
    private RowViewModel pendingReveal;
    private final Label roundsHelp = new Label(Messages.get("checklist.rounds.help"));

    RowListView(ChecklistViewModel vm) {
        this.vm = vm;
        roundsHelp.setId("rounds-help");
        roundsHelp.getStyleClass().add("rounds-help");
        roundsHelp.setWrapText(true);
        scroll.setFitToWidth(true);
        scroll.setId("rows");
        scroll.getStyleClass().add("rows");
        rowBox.getStyleClass().add("row-box");
        Label empty = new Label(Messages.get("checklist.empty"));
        getChildren().addAll(scroll, empty);
        setAlignment(Pos.TOP_CENTER);
        StackPane.setMargin(empty, new Insets(40, 0, 0, 0));
        scroll.widthProperty().addListener((o, a, b) -> keepSelectedInView());
        vm.rowFilter().visibleRows().addListener((ListChangeListener<RowViewModel>) c -> {
            rowsLaidOut(); // first in line after the frame: what is on screen before the rows below it
            rebuildRows();
        });
        // a workbook that opens on no rows (no facility yet) fills the rest once it has loaded
        vm.loadingProperty().addListener((o, was, is) -> {
            if (!is) {
                rowsLaidOut();
            }
        });
        empty.visibleProperty().bind(Bindings.isEmpty(vm.rowFilter().visibleRows())
                .and(vm.loadingProperty().not()).and(vm.needsFacilityProperty().not())
                .and(vm.header().formLabelProperty().isNotEmpty()));
    }

    private void rebuildRows() {
        FiscalYear year = vm.openYear().orElse(null);
        generation++;
        if (year == null) {
            rowBox.getChildren().clear();
            return;
        }
        // drop the views of another year's rows; keep those of this form (a filter change reuses them)
        views.keySet().retainAll(new HashSet<>(vm.rows()));
        List<RowViewModel> visible = List.copyOf(vm.rowFilter().visibleRows());
        // a newly opened form builds its first screenful now and the rest after the first frame is laid out
        int now = views.isEmpty() ? Math.min(FIRST_SCREEN_ROWS, visible.size()) : visible.size();
        List<Node> nodes = new ArrayList<>();
        if (!visible.isEmpty()) {
            nodes.add(roundsHelp); // what 1回目 and 2回目 mean, once above the rows
        }
        nodes.addAll(nodesFor(visible.subList(0, now), null, year));
        rowBox.getChildren().setAll(nodes);
        if (now < visible.size()) {
            int built = generation;
            String lastSection = visible.get(now - 1).sectionHeading();
            afterFirstLayout(() -> {
                if (built == generation) {
                    rowBox.getChildren().addAll(nodesFor(visible.subList(now, visible.size()), lastSection, year));
                    RowViewModel wanted = pendingReveal;
                    pendingReveal = null;
                    if (wanted != null) {
                        reveal(wanted);
                    }
                }
            });
        }
    }

    /** The section headings and row views for {@code rows}, following a row of {@code lastSection}. */
    private List<Node> nodesFor(List<RowViewModel> rows, String lastSection, FiscalYear year) {
        List<Node> nodes = new ArrayList<>();
        String section = lastSection;
        for (RowViewModel r : rows) {
            if (!r.sectionHeading().equals(section)) {
                Label h = new Label(r.sectionHeading());
                h.getStyleClass().add("section-heading");
                h.setMaxWidth(Double.MAX_VALUE);
                nodes.add(h);
                section = r.sectionHeading();
            }
            nodes.add(views.computeIfAbsent(r, k -> rowView(k, year)));
        }
        return nodes;
    }

    /**
     * Runs {@code task} once the first frame showing the rows has been laid out (at once after that): what is
     * beside the rows is filled in after the rows are on screen.
     */
    void afterFirstRows(Runnable task) {
        if (rowsShown) {
            task.run();
        } else {
            afterRows.add(task);
        }
    }

    private void rowsLaidOut() {
        if (rowsShown) {
            return;
        }
        afterFirstLayout(() -> {
            if (!rowsShown) {
                rowsShown = true;
                List<Runnable> tasks = List.copyOf(afterRows);
                afterRows.clear();
                tasks.forEach(Runnable::run);
            }
        });
    }

    /** A row's view; a row that takes the focus (Tab, a click, a program) is scrolled into view. */
    private RowView rowView(RowViewModel row, FiscalYear year) {
        RowView rv = new RowView(row, vm, year);
        rv.focusWithinProperty().addListener((o, was, is) -> {
            if (is) {
                vm.executor().later(() -> {
                    if (rv.getParent() == rowBox && !inView(row)) {
                        scrollTo(rv);
                    }
                });
            }
        });
        return rv;
    }

    /** Runs {@code task} once the next layout pulse is over (at once when not on screen yet). */
    private void afterFirstLayout(Runnable task) {
        Scene scene = getScene();
        if (scene == null) {
            vm.executor().later(task);
            return;
        }
        Runnable[] once = new Runnable[1];
        once[0] = () -> {
            scene.removePostLayoutPulseListener(once[0]);
            vm.executor().later(task);
        };
        scene.addPostLayoutPulseListener(once[0]);
        Platform.requestNextPulse();
    }

    /** The view of a row, when it is built. */
    RowView viewOf(RowViewModel row) {
        return views.get(row);
    }

    /** Moves the focus {@code delta} visible rows up or down from {@code from}. */
    void moveBy(RowViewModel from, int delta) {
        List<RowViewModel> list = vm.rowFilter().visibleRows();
        int i = list.indexOf(from);
        int j = i + delta;
        if (i < 0 || j < 0 || j >= list.size()) {
            return;
        }
        reveal(list.get(j));
    }

    /** Scrolls a row into view and puts the focus on its 1回目 はい. */
    void reveal(RowViewModel row) {
        if (!vm.rowFilter().visibleRows().contains(row)) {
            vm.rowFilter().showAll();
        }
        RowView rv = views.get(row);
        if (rv == null) {
            pendingReveal = row; // built after the first frame: revealed then
            return;
        }
        vm.selectedRowProperty().set(row);
        rv.focusFirst();
        vm.executor().later(() -> scrollTo(rv));
    }

    /**
     * Whether a row is on screen: built, laid out and at least half in the viewport (or as much of it as the
     * viewport can hold). Keys act only on such a row.
     */
    boolean inView(RowViewModel row) {
        RowView rv = views.get(row);
        if (rv == null || rv.getParent() != rowBox) {
            return false;
        }
        double contentHeight = rowBox.getBoundsInLocal().getHeight();
        double viewport = scroll.getViewportBounds().getHeight();
        double height = rv.getBoundsInParent().getHeight();
        if (viewport <= 0 || height <= 0 || contentHeight <= viewport) {
            return true; // not laid out yet, or everything fits: nothing is scrolled away
        }
        double top = scroll.getVvalue() * (contentHeight - viewport);
        double y = rv.getBoundsInParent().getMinY();
        double seen = Math.min(y + height, top + viewport) - Math.max(y, top);
        return seen >= Math.min(height, viewport) / 2;
    }

    /**
     * After a change of font size, contrast or width has been laid out, scrolls the selected row back into view:
     * the scroll bar keeps its fraction while the rows change height, which would carry the row away.
     */
    void keepSelectedInView() {
        RowViewModel selected = vm.selectedRowProperty().get();
        if (selected == null) {
            return;
        }
        afterFirstLayout(() -> {
            RowView rv = views.get(selected);
            if (rv != null && rv.getParent() == rowBox && !inView(selected)) {
                scrollTo(rv);
            }
        });
    }

    private void scrollTo(Node n) {
        double contentHeight = rowBox.getBoundsInLocal().getHeight();
        double viewport = scroll.getViewportBounds().getHeight();
        if (contentHeight <= viewport) {
            return;
        }
        double y = n.getBoundsInParent().getMinY();
        double maxY = n.getBoundsInParent().getMaxY();
        double top = scroll.getVvalue() * (contentHeight - viewport);
        if (y < top) {
            scroll.setVvalue(y / (contentHeight - viewport));
        } else if (maxY > top + viewport) {
            // the row's bottom into view, but never its top out of it (a tall row at 特大)
            double newTop = Math.min(y, maxY - viewport + 8);
            scroll.setVvalue(Math.min(1, newTop / (contentHeight - viewport)));
        }
    }

    /** The row view that holds {@code n} (the focus owner), or null. */
    static RowView rowViewOf(Node n) {
        for (Node p = n; p != null; p = p.getParent()) {
            if (p instanceof RowView rv) {
                return rv;
            }
        }
        return null;
    }
}
