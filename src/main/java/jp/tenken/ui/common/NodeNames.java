package jp.tenken.ui.common;

import javafx.scene.Node;

/**
 * Names for the nodes of a part that repeats (a form's rows and their controls), by which tests find them, kept out
 * of CSS. A CSS id makes JavaFX match the whole stylesheet again for that one node: given to every control of every
 * row, it doubled the style pass of a form's first screen.
 */
public final class NodeNames {
    private static final String KEY = "tenken.node-key";

    private NodeNames() {
    }

    public static void set(Node n, String key) {
        n.getProperties().put(KEY, key);
    }

    /** The node's name, or its CSS id when it has none. */
    public static String of(Node n) {
        Object key = n.hasProperties() ? n.getProperties().get(KEY) : null;
        return key instanceof String s ? s : n.getId();
    }
}
