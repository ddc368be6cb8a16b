package jp.tenken.ui.checklist;

import javafx.scene.Node;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.Region;
import jp.tenken.ui.common.Viewports;

/**
 * Holds the form's header at its natural height, but never more than a share of the window: at 特大 on a 700-pixel
 * screen the header scrolls instead of pushing the rows and the status bar off the window.
 */
final class HeaderScrollPane extends ScrollPane {
    private static final double MAX_SHARE = 0.28;
    private final Region header;

    HeaderScrollPane(Region header) {
        super(header);
        this.header = header;
        Viewports.uncached(this);
        setFitToWidth(true);
        setHbarPolicy(ScrollBarPolicy.NEVER);
        getStyleClass().add("header-scroll");
        widthProperty().addListener((o, a, b) -> requestLayout());
        sceneProperty().addListener((o, a, s) -> {
            if (s != null) {
                s.heightProperty().addListener((p, x, y) -> requestLayout());
            }
        });
    }

    @Override
    protected double computePrefHeight(double width) {
        double w = width > 0 ? width : getWidth();
        double inner = w > 0 ? w - snappedLeftInset() - snappedRightInset() : -1;
        double natural = header.prefHeight(inner) + snappedTopInset() + snappedBottomInset();
        Node root = getScene() == null ? null : getScene().getRoot();
        double limit = root == null ? natural : Math.max(60, getScene().getHeight() * MAX_SHARE);
        return Math.min(natural, limit);
    }

    @Override
    protected double computeMinHeight(double width) {
        return Math.min(60, computePrefHeight(width));
    }
}
