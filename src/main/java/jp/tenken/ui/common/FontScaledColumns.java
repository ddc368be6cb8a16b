package jp.tenken.ui.common;

import java.util.LinkedHashMap;
import java.util.Map;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;

/**
 * Keeps a table's column widths in proportion to the font size (widths are given for 標準, 14 px), so at 大 and
 * 特大 a column widens instead of cutting its header to 「変化…」; the table scrolls sideways when it must.
 */
public final class FontScaledColumns {
    private static final double NORMAL_PX = 14;
    private static final double SHORT_COLUMN = 130;
    private static final double LONG_COLUMN_MIN = 104;

    private FontScaledColumns() {
    }

    /** Scales {@code table}'s columns with the font of {@code fontSource} (a label in the same window). */
    public static void follow(Labeled fontSource, TableView<?> table) {
        Map<TableColumn<?, ?>, Double> normal = new LinkedHashMap<>();
        for (TableColumn<?, ?> c : table.getColumns()) {
            normal.put(c, c.getPrefWidth());
        }
        Runnable apply = () -> {
            double k = Math.max(1, fontSource.getFont().getSize() / NORMAL_PX);
            normal.forEach((c, w) -> {
                c.setPrefWidth(w * k);
                // a short column (a date, a status) keeps its width even when the table fits its columns to its own
                // width; a long text column gives way (and wraps) but keeps room for a six-character header (チェック項目)
                c.setMinWidth((w <= SHORT_COLUMN ? w : LONG_COLUMN_MIN) * k);
            });
        };
        fontSource.fontProperty().addListener((o, a, b) -> apply.run());
        apply.run();
    }
}
