package jp.tenken.ui.common;

import java.util.LinkedHashMap;
import java.util.Map;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TableView.ResizeFeatures;
import javafx.util.Callback;

/**
 * Keeps a table's column widths in proportion to the font size (widths are given for 標準, 14 px), so at 大 and
 * 特大 a column widens instead of cutting its header to 「変化…」; the table scrolls sideways when it must.
 *
 * <p>A table that fits its columns to its own width does so while their smallest widths fit; where they do not (a
 * narrow window at 特大), it lays its columns out at their own widths with a scroll bar to reach them. Left to fit,
 * JavaFX put the last columns past the table's edge with no scroll bar: at 特大 the vendors' 状況, 送付日, 回収日 and
 * 要対応 could not be seen at all.
 */
public final class FontScaledColumns {
    private static final double NORMAL_PX = 14;
    private static final double SHORT_COLUMN = 130;
    private static final double LONG_COLUMN_MIN = 104;
    /** A vertical scroll bar's width and the table's border, which the columns do not get. */
    private static final double BESIDE_COLUMNS = 20;

    private FontScaledColumns() {
    }

    /** Scales {@code table}'s columns with the font of {@code fontSource} (a label in the same window). */
    public static void follow(Labeled fontSource, TableView<?> table) {
        Map<TableColumn<?, ?>, Double> normal = new LinkedHashMap<>();
        for (TableColumn<?, ?> c : table.getColumns()) {
            normal.put(c, c.getPrefWidth());
        }
        Callback<ResizeFeatures, Boolean> fitting = table.getColumnResizePolicy();
        boolean fits = fitting != TableView.UNCONSTRAINED_RESIZE_POLICY;
        Runnable apply = () -> {
            double k = Math.max(1, fontSource.getFont().getSize() / NORMAL_PX);
            double least = 0;
            for (Map.Entry<TableColumn<?, ?>, Double> e : normal.entrySet()) {
                double w = e.getValue();
                // a short column (a date, a status) keeps its width even when the table fits its columns to its own
                // width; a long text column gives way (and wraps) but keeps room for a six-character header (チェック項目)
                e.getKey().setMinWidth((w <= SHORT_COLUMN ? w : LONG_COLUMN_MIN) * k);
                least += e.getKey().getMinWidth();
            }
            if (fits && table.getWidth() > 0) {
                boolean room = table.getWidth() - BESIDE_COLUMNS >= least;
                var policy = room ? fitting : TableView.UNCONSTRAINED_RESIZE_POLICY;
                if (table.getColumnResizePolicy() != policy) {
                    table.setColumnResizePolicy(policy);
                }
            }
            normal.forEach((c, w) -> c.setPrefWidth(w * k));
        };
        fontSource.fontProperty().addListener((o, a, b) -> apply.run());
        if (fits) {
            table.widthProperty().addListener((o, a, b) -> apply.run());
        }
        apply.run();
    }
}
