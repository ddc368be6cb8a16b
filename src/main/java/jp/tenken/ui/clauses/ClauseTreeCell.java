package jp.tenken.ui.clauses;

import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TreeCell;
import javafx.scene.control.Tooltip;
import javafx.scene.control.skin.TreeCellSkin;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import jp.tenken.i18n.Messages;

/** A tree entry: its label, dimmed with the reason when the pattern does not need it, and chapter counts. */
final class ClauseTreeCell extends TreeCell<ClauseNode> {
    @Override
    protected void updateItem(ClauseNode n, boolean empty) {
        super.updateItem(n, empty);
        getStyleClass().removeAll("clause-dimmed", "clause-part", "clause-chapter", "clause-clause");
        setTooltip(null);
        if (empty || n == null) {
            setText(null);
            setGraphic(null);
            return;
        }
        setText(null);
        // fit the tree's width: a long title wraps onto another line (never cut to 「…」) and the chips stay whole
        setPrefWidth(0);
        Label text = new Label(n.label());
        text.getStyleClass().add("clause-node-text");
        text.setWrapText(true);
        text.setMinWidth(0);
        HBox box = new HBox(6, text);
        box.setMinWidth(0);
        box.setAlignment(Pos.CENTER_LEFT);
        if (n.kind() == ClauseNode.Kind.CHAPTER && !n.reasonProperty().get().isEmpty()) {
            box.getChildren().add(chip(Messages.get(n.dimmedProperty().get() ? "clauses.notNeeded"
                    : "clauses.partlyNeeded"), "reason"));
        }
        if (n.kind() == ClauseNode.Kind.CHAPTER) {
            if (n.yesProperty().get() > 0) {
                box.getChildren().add(chip(Messages.get("clauses.count.yes", n.yesProperty().get()), "yes"));
            }
            if (n.noProperty().get() > 0) {
                box.getChildren().add(chip(Messages.get("clauses.count.no", n.noProperty().get()), "no"));
            }
            if (n.unansweredProperty().get() > 0) {
                box.getChildren().add(chip(Messages.get("clauses.count.unanswered",
                        n.unansweredProperty().get()), "unanswered"));
            }
            if (!n.progressProperty().get().isEmpty()) {
                Label p = new Label(n.progressProperty().get());
                p.getStyleClass().add("clauses-small");
                box.getChildren().add(p);
            }
        }
        setGraphic(box);
        getStyleClass().add("clause-" + n.kind().name().toLowerCase());
        if (n.dimmedProperty().get()) {
            getStyleClass().add("clause-dimmed");
        }
        setTooltip(new Tooltip(n.reasonProperty().get().isEmpty() ? n.label()
                : n.label() + "\n" + n.reasonProperty().get()));
    }

    /**
     * The skin measures the entry's height at the cell's whole width but lays the entry out beside the indentation and
     * the disclosure arrow: measured at the width it gets, a title that wraps onto another line has the room for it.
     */
    @Override
    protected double computePrefHeight(double width) {
        if (width <= 0 || !(getSkin() instanceof TreeCellSkin<?> skin) || getTreeView() == null
                || getTreeItem() == null) {
            return super.computePrefHeight(width);
        }
        int level = getTreeView().getTreeItemLevel(getTreeItem()) - (getTreeView().isShowRoot() ? 0 : 1);
        Node arrow = getDisclosureNode();
        double beside = Math.max(0, level) * skin.getIndent() + (arrow == null ? 0 : arrow.prefWidth(-1));
        return super.computePrefHeight(Math.max(0, width - beside));
    }

    private Label chip(String text, String kind) {
        Label l = new Label(text);
        l.setMinWidth(Region.USE_PREF_SIZE);
        l.getStyleClass().addAll("count-chip", "count-chip-" + kind);
        return l;
    }
}
