package jp.tenken.app;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Labeled;

/**
 * The Alt keys of a window (a label's 「(_P)」): two controls of one window with the same letter make Alt and that letter
 * reach only one of them, and the clerk cannot tell which. Shown or not: a hidden control (「再試行」) shows later.
 */
final class Mnemonics {
    private Mnemonics() {
    }

    /**
     * Each letter given to more than one control of {@code scene}, with their texts (a menu button's own label, which
     * repeats its text, is one control).
     */
    static List<String> shared(Scene scene) {
        Map<Character, Set<String>> byKey = new TreeMap<>();
        collect(scene.getRoot(), byKey);
        List<String> out = new ArrayList<>();
        byKey.forEach((key, texts) -> {
            if (texts.size() > 1) {
                out.add("Alt+" + key + " is given to " + String.join(" and ", texts));
            }
        });
        return out;
    }

    private static void collect(Node n, Map<Character, Set<String>> byKey) {
        if (n instanceof Labeled l && l.isMnemonicParsing() && l.getText() != null) {
            String t = l.getText();
            for (int i = 0; i < t.length() - 1; i++) {
                if (t.charAt(i) == '_') {
                    if (t.charAt(i + 1) != '_') {
                        byKey.computeIfAbsent(Character.toUpperCase(t.charAt(i + 1)), k -> new LinkedHashSet<>())
                                .add("「" + t.replace("_", "") + "」");
                        break;
                    }
                    i++; // "__" is an underscore
                }
            }
        }
        if (n instanceof Parent p) {
            for (Node k : p.getChildrenUnmodifiable()) {
                collect(k, byKey);
            }
        }
    }
}
