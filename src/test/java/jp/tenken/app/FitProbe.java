package jp.tenken.app;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.geometry.BoundingBox;
import javafx.geometry.Bounds;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Control;
import javafx.scene.control.Labeled;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.text.Text;

/**
 * Looks at a laid-out window as a user would: every visible control inside the window (or inside a scroll pane or a
 * table that is), no label cut short with an ellipsis, no empty field's prompt wider than the field, and no two
 * visible texts drawn over each other.
 */
final class FitProbe {

    private FitProbe() {
    }

    /** What does not fit, one line each; empty when everything does. */
    static List<String> problems(Scene scene) {
        List<String> out = new ArrayList<>();
        Bounds window = new BoundingBox(0, 0, scene.getWidth(), scene.getHeight());
        List<Text> texts = new ArrayList<>();
        List<Bounds> shown = new ArrayList<>();
        walk(scene.getRoot(), window, false, out, texts, shown);
        for (int i = 0; i < texts.size(); i++) {
            for (int j = i + 1; j < texts.size(); j++) {
                Bounds a = shown.get(i);
                Bounds b = shown.get(j);
                double w = Math.min(a.getMaxX(), b.getMaxX()) - Math.max(a.getMinX(), b.getMinX());
                double h = Math.min(a.getMaxY(), b.getMaxY()) - Math.max(a.getMinY(), b.getMinY());
                if (w > 2 && h > 2) {
                    out.add("overlap: \"" + texts.get(i).getText() + "\" and \"" + texts.get(j).getText() + "\"");
                }
            }
        }
        return out;
    }

    private static void walk(Node n, Bounds visible, boolean scrolled, List<String> out, List<Text> texts,
                             List<Bounds> shown) {
        if (!n.isVisible() || n.getOpacity() == 0) {
            return;
        }
        Bounds b = n.localToScene(n.getBoundsInLocal());
        Bounds clip = visible;
        if (n.getClip() != null) {
            clip = intersect(clip, n.localToScene(n.getClip().getBoundsInParent()));
        }
        if (clip == null) {
            return;
        }
        if (n instanceof Control c && !scrolled && b.getWidth() > 0 && b.getHeight() > 0
                && !inside(b, visible)) {
            out.add("outside the window: " + describe(c) + " at " + fmt(b));
        }
        if (n instanceof Labeled l && l.getText() != null && !l.getText().isBlank() && b.getWidth() > 0
                && !inSpreadsheet(n)) {
            Node inner = l.lookup(".text");
            String full = l.isMnemonicParsing() ? l.getText().replace("_", "") : l.getText();
            if (inner instanceof Text t && t.getText() != null && !t.getText().equals(full)
                    && t.getText().endsWith(l.getEllipsisString())) {
                out.add("cut: \"" + l.getText() + "\" shows as \"" + t.getText() + "\"");
            }
        }
        if (n instanceof TableView<?> t && !t.getItems().isEmpty() && b.getWidth() > 0) {
            String past = columnsPastTheEdge(t);
            if (!past.isEmpty()) {
                out.add("columns past the table's edge, with no scroll bar to reach them: " + past);
            }
        }
        if (n instanceof TextField f && (f.getText() == null || f.getText().isEmpty()) && f.getPromptText() != null
                && !f.getPromptText().isBlank() && b.getWidth() > 0) {
            Text prompt = new Text(f.getPromptText());
            prompt.setFont(f.getFont());
            double room = f.getWidth() - f.snappedLeftInset() - f.snappedRightInset();
            if (prompt.getLayoutBounds().getWidth() > room + 1) {
                out.add("prompt cut: \"" + f.getPromptText() + "\" in " + fmt(b));
            }
        }
        if (n instanceof Text t && t.getText() != null && !t.getText().isBlank()) {
            Bounds s = intersect(b, clip);
            if (s != null) {
                texts.add(t);
                shown.add(s);
            }
        }
        // a table's columns beyond its width are scrolled to, as a scroll pane's content is (FontScaledColumns)
        boolean inScroll = scrolled || n instanceof ScrollPane || n instanceof TableView
                || n.getStyleClass().contains("virtual-flow");
        if (n instanceof Parent p) {
            for (Node c : p.getChildrenUnmodifiable()) {
                walk(c, clip, inScroll, out, texts, shown);
            }
        }
    }

    /**
     * The titles of a table's columns that start beyond its right edge (less the vertical scroll bar), when no
     * horizontal scroll bar is shown to reach them; empty when every column can be seen.
     */
    private static String columnsPastTheEdge(TableView<?> t) {
        boolean sideways = t.lookupAll(".scroll-bar").stream().anyMatch(n -> n instanceof ScrollBar bar
                && bar.getOrientation() == Orientation.HORIZONTAL && bar.isVisible());
        if (sideways) {
            return "";
        }
        double room = t.getWidth() - t.snappedLeftInset() - t.snappedRightInset() - 16;
        double x = 0;
        List<String> past = new ArrayList<>();
        for (TableColumn<?, ?> c : t.getVisibleLeafColumns()) {
            if (x + 8 > room) {
                past.add(c.getText());
            }
            x += c.getWidth();
        }
        return String.join("、", past);
    }

    /**
     * A cell of a file's preview grid (the column mapping's {@code #mapping-grid}): like a spreadsheet's, it shows what
     * fits its column, and its column's title is checked.
     */
    private static boolean inSpreadsheet(Node n) {
        if (!(n instanceof TableCell<?, ?>)) {
            return false;
        }
        for (Node p = n; p != null; p = p.getParent()) {
            if ("mapping-grid".equals(p.getId())) {
                return true;
            }
        }
        return false;
    }

    private static Bounds intersect(Bounds a, Bounds b) {
        double x0 = Math.max(a.getMinX(), b.getMinX());
        double y0 = Math.max(a.getMinY(), b.getMinY());
        double x1 = Math.min(a.getMaxX(), b.getMaxX());
        double y1 = Math.min(a.getMaxY(), b.getMaxY());
        return x1 <= x0 || y1 <= y0 ? null : new BoundingBox(x0, y0, x1 - x0, y1 - y0);
    }

    private static boolean inside(Bounds inner, Bounds outer) {
        return inner.getMinX() >= outer.getMinX() - 1 && inner.getMinY() >= outer.getMinY() - 1
                && inner.getMaxX() <= outer.getMaxX() + 1 && inner.getMaxY() <= outer.getMaxY() + 1;
    }

    private static String describe(Control c) {
        String text = c instanceof Labeled l ? " \"" + l.getText() + "\"" : "";
        return c.getClass().getSimpleName() + (c.getId() == null ? "" : "#" + c.getId()) + text;
    }

    private static String fmt(Bounds b) {
        return String.format(Locale.ROOT, "[%.0f,%.0f %.0f×%.0f]", b.getMinX(), b.getMinY(), b.getWidth(),
                b.getHeight());
    }
}
