package jp.tenken.app;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.layout.BackgroundFill;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.paint.LinearGradient;
import javafx.scene.paint.Paint;
import javafx.scene.paint.RadialGradient;
import javafx.scene.paint.Stop;
import javafx.scene.text.Text;

/**
 * Walks a scene graph and measures, for every visible text but a disabled button's or field's, its WCAG contrast
 * against the background painted behind it: the fills of its ancestors composited from the scene's fill up, node
 * opacity included.
 */
final class ContrastProbe {

    /** One text that reads below its threshold. */
    record Finding(String text, String where, double ratio, double required, Color fg, Color bg) {
        @Override
        public String toString() {
            return String.format(Locale.ROOT, "%.2f:1 (needs %.1f) \"%s\" %s on %s at %s", ratio, required,
                    text.length() > 30 ? text.substring(0, 30) + "…" : text, hex(fg), hex(bg), where);
        }
    }

    private ContrastProbe() {
    }

    /** Every visible text of {@code scene} below 4.5:1 (3:1 when large). */
    static List<Finding> weakTexts(Scene scene) {
        List<Finding> out = new ArrayList<>();
        walk(scene.getRoot(), scene, out);
        return out;
    }

    /** All texts with their ratio, weakest first, for reporting. */
    static List<Finding> allTexts(Scene scene) {
        List<Finding> out = new ArrayList<>();
        collect(scene.getRoot(), scene, out, true);
        out.sort((a, b) -> Double.compare(a.ratio(), b.ratio()));
        return out;
    }

    private static void walk(Node n, Scene scene, List<Finding> out) {
        collect(n, scene, out, false);
    }

    private static void collect(Node n, Scene scene, List<Finding> out, boolean all) {
        if (!n.isVisible() || n.getOpacity() == 0) {
            return;
        }
        if (n.isDisabled() && n instanceof Control && !(n instanceof Label)) {
            return; // an inactive control is drawn faint on purpose (WCAG 2.1, 1.4.3 leaves it out); a label is read
        }
        if (n instanceof Text t) {
            measure(t, scene, out, all);
        }
        if (n instanceof Parent p) {
            for (Node c : p.getChildrenUnmodifiable()) {
                collect(c, scene, out, all);
            }
        }
    }

    private static void measure(Text t, Scene scene, List<Finding> out, boolean all) {
        String s = t.getText();
        if (s == null || s.isBlank() || !(t.getFill() instanceof Paint) || t.getBoundsInLocal().isEmpty()) {
            return;
        }
        List<Node> chain = new ArrayList<>();
        for (Node p = t; p != null; p = p.getParent()) {
            chain.add(0, p);
        }
        Color bg = color(scene.getFill() == null ? Color.WHITE : scene.getFill());
        // each opacity < 1 blends everything painted inside it with what lay behind it
        List<Color> backdrops = new ArrayList<>();
        List<Double> alphas = new ArrayList<>();
        for (Node p : chain) {
            if (p.getOpacity() < 1) {
                backdrops.add(bg);
                alphas.add(p.getOpacity());
            }
            if (p instanceof Region r && r.getBackground() != null && p != t) {
                for (BackgroundFill f : r.getBackground().getFills()) {
                    bg = over(color(f.getFill()), bg);
                }
            }
        }
        Color fg = over(color(t.getFill()), bg);
        for (int i = backdrops.size() - 1; i >= 0; i--) {
            fg = mix(fg, backdrops.get(i), alphas.get(i));
            bg = mix(bg, backdrops.get(i), alphas.get(i));
        }
        double ratio = ratio(fg, bg);
        double size = t.getFont().getSize();
        boolean bold = t.getFont().getStyle().toLowerCase(Locale.ROOT).contains("bold");
        double required = size >= 24 || (bold && size >= 18.66) ? 3.0 : 4.5;
        if (all || ratio < required - 0.005) {
            out.add(new Finding(s.strip(), path(t), ratio, required, fg, bg));
        }
    }

    private static String path(Node t) {
        StringBuilder b = new StringBuilder();
        int depth = 0;
        for (Node p = t.getParent(); p != null && depth < 4; p = p.getParent(), depth++) {
            b.append(p.getClass().getSimpleName());
            if (p.getId() != null) {
                b.append('#').append(p.getId());
            }
            if (!p.getStyleClass().isEmpty()) {
                b.append('.').append(String.join(".", p.getStyleClass()));
            }
            b.append(" < ");
        }
        return b.toString();
    }

    static Color color(Paint p) {
        if (p instanceof Color c) {
            return c;
        }
        List<Stop> stops = p instanceof LinearGradient g ? g.getStops()
                : p instanceof RadialGradient g ? g.getStops() : List.of();
        if (stops.isEmpty()) {
            return Color.TRANSPARENT;
        }
        double r = 0;
        double gr = 0;
        double b = 0;
        double a = 0;
        for (Stop s : stops) {
            r += s.getColor().getRed();
            gr += s.getColor().getGreen();
            b += s.getColor().getBlue();
            a += s.getColor().getOpacity();
        }
        int n = stops.size();
        return new Color(r / n, gr / n, b / n, a / n);
    }

    private static Color over(Color top, Color under) {
        return mix(new Color(top.getRed(), top.getGreen(), top.getBlue(), 1), under, top.getOpacity());
    }

    private static Color mix(Color top, Color under, double alpha) {
        return new Color(top.getRed() * alpha + under.getRed() * (1 - alpha),
                top.getGreen() * alpha + under.getGreen() * (1 - alpha),
                top.getBlue() * alpha + under.getBlue() * (1 - alpha), 1);
    }

    static double ratio(Color a, Color b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    private static double luminance(Color c) {
        return 0.2126 * lin(c.getRed()) + 0.7152 * lin(c.getGreen()) + 0.0722 * lin(c.getBlue());
    }

    private static double lin(double v) {
        return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
    }

    private static String hex(Color c) {
        return String.format(Locale.ROOT, "#%02x%02x%02x", Math.round(c.getRed() * 255),
                Math.round(c.getGreen() * 255), Math.round(c.getBlue() * 255));
    }
}
