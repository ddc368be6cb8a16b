package jp.tenken.ui.checklist;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.function.DoubleSupplier;
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
import jp.tenken.ui.common.Viewports;

/**
 * The rows of the open form under their section headings, with a message laid over them when nothing matches the
 * filter. A row's view is built once per form and reused when the filter changes; a newly opened form builds the
 * rows that fill the viewport for its first frame and the rest a few per frame after it. Every row is built in the
 * end (not recycled cells), so Tab walks every row's controls in order.
 */
final class RowListView extends StackPane {
    private final ChecklistViewModel vm;
    /** The rows' font size in pixels (the display setting). */
    private final DoubleSupplier fontPx;
    private final VBox rowBox = new VBox();
    private final ScrollPane scroll = new ScrollPane(rowBox);
    private final Map<RowViewModel, RowView> views = new HashMap<>();
    /** At most this many rows are built before the first frame of a newly opened form; the rest follow after it. */
    private static final int FIRST_SCREEN_ROWS = 6;
    /** A row's height in lines of its font, at least (item text, 1回目, 2回目, 備考, the year before): about 13.5. */
    private static final double ROW_LINES = 12;

    /** Work that waits for the first frame showing rows (the guidance pane, the readiness line). */
    private final List<Runnable> afterRows = new ArrayList<>();
    private boolean rowsShown;

    private int generation;
    private RowViewModel pendingReveal;
    /**
     * The row the focus was last moved to by a key or a link, until it has been scrolled into view: keys typed fast
     * reach it before the scrolling does, and act on it (a row the clerk scrolled away from is brought back instead).
     */
    private RowViewModel arriving;
    /** The open form's rows below the first screen not built yet, in order, with the year and the last heading. */
    private List<RowViewModel> pending = new ArrayList<>();
    private FiscalYear pendingYear;
    private String lastSection;
    /** Rows built per frame after the first screen (each frame styles and lays out what is new). */
    private static final int ROWS_PER_FRAME = 3;
    private final Label roundsHelp = new Label(Messages.get("checklist.rounds.help"));

    RowListView(ChecklistViewModel vm, DoubleSupplier fontPx) {
        this.vm = vm;
        this.fontPx = fontPx;
        roundsHelp.setId("rounds-help");
        roundsHelp.getStyleClass().add("rounds-help");
        roundsHelp.setWrapText(true);
        Viewports.uncached(scroll);
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

    /** Lays {@code node} over the rows (centred at the top, like the empty-list message). */
    void overlay(Node node) {
        StackPane.setMargin(node, new Insets(40, 20, 0, 20));
        getChildren().add(node);
    }

    private void rebuildRows() {
        FiscalYear year = vm.openYear().orElse(null);
        generation++;
        pending.clear();
        if (year == null) {
            rowBox.getChildren().clear();
            return;
        }
        // drop the views of another year's rows; keep those of this form (a filter change reuses them)
        views.keySet().retainAll(new HashSet<>(vm.rows()));
        List<RowViewModel> visible = List.copyOf(vm.rowFilter().visibleRows());
        // a newly opened form builds its first screenful now and the rest after the first frame is laid out (the
        // list may change twice before that frame); a filter change shows the rows already built at once
        int built = 0;
        while (built < visible.size() && views.containsKey(visible.get(built))) {
            built++;
        }
        int now = Math.min(visible.size(), Math.max(built, firstScreenRows()));
        List<Node> nodes = new ArrayList<>();
        if (!visible.isEmpty()) {
            nodes.add(roundsHelp); // what 1回目 and 2回目 mean, once above the rows
        }
        nodes.addAll(nodesFor(visible.subList(0, now), null, year));
        rowBox.getChildren().setAll(nodes);
        pending = new ArrayList<>(visible.subList(now, visible.size()));
        pendingYear = year;
        lastSection = now > 0 ? visible.get(now - 1).sectionHeading() : null;
        if (!pending.isEmpty()) {
            buildMoreAfterLayout(generation);
        }
    }

    /**
     * Builds the next few rows below the first screen once the frame before has been laid out, a few per frame, so
     * the window answers keys and clicks while the rest of a long form is built.
     */
    private void buildMoreAfterLayout(int built) {
        afterFirstLayout(() -> {
            if (built != generation || pending.isEmpty()) {
                return;
            }
            buildPending(ROWS_PER_FRAME);
            if (!pending.isEmpty()) {
                buildMoreAfterLayout(built);
                return;
            }
            RowViewModel wanted = pendingReveal;
            pendingReveal = null;
            if (wanted != null) {
                reveal(wanted);
            }
        });
    }

    /** Adds the next {@code count} rows not built yet (and their section headings) below those on screen. */
    private void buildPending(int count) {
        int n = Math.min(count, pending.size());
        List<RowViewModel> part = List.copyOf(pending.subList(0, n));
        rowBox.getChildren().addAll(nodesFor(part, lastSection, pendingYear));
        lastSection = part.get(n - 1).sectionHeading();
        pending.subList(0, n).clear();
    }

    /**
     * How many rows fill the viewport of a newly opened form: its height (the window's, before the first layout)
     * over the least height of a row at the rows' font size. Each row is about 50 nodes, and the style and layout
     * pass of the first frame takes its time per node, so rows below the viewport wait for the frame after it.
     */
    private int firstScreenRows() {
        double viewport = scroll.getViewportBounds().getHeight();
        if (viewport <= 0) {
            viewport = getScene() != null ? getScene().getHeight() : 0;
        }
        double rowHeight = ROW_LINES * fontPx.getAsDouble();
        if (viewport <= 0 || rowHeight <= 0) {
            return FIRST_SCREEN_ROWS;
        }
        return Math.max(1, Math.min(FIRST_SCREEN_ROWS, (int) Math.ceil(viewport / rowHeight)));
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
        if (views.get(row) == null && pending.contains(row)) {
            buildPending(pending.size()); // a key or a link asks for a row below: build the rest now
        }
        RowView rv = views.get(row);
        if (rv == null) {
            pendingReveal = row; // built after the first frame: revealed then
            return;
        }
        vm.selectedRowProperty().set(row);
        rv.focusFirst();
        arriving = row;
        vm.executor().later(() -> {
            scrollTo(rv);
            if (arriving == row) {
                arriving = null;
            }
        });
    }

    /**
     * Whether a row is on screen: built, laid out and at least half in the viewport (or as much of it as the
     * viewport can hold). Keys act only on such a row.
     */
    boolean inView(RowViewModel row) {
        if (row == arriving) {
            return true; // the focus was just moved to it, and its scrolling into view is on its way
        }
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
