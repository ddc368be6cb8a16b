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
            normal.forEach((c, w) -> c.setPrefWidth(w * k));
        };
        fontSource.fontProperty().addListener((o, a, b) -> apply.run());
        apply.run();
    }
}
