package jp.tenken.ui.clauses;

import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.TreeCell;
import javafx.scene.control.Tooltip;
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
        // fit the tree's width: the label shortens with "…" and the chips stay whole
        setPrefWidth(0);
        Label text = new Label(n.label());
        text.getStyleClass().add("clause-node-text");
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

    private Label chip(String text, String kind) {
        Label l = new Label(text);
        l.setMinWidth(Region.USE_PREF_SIZE);
        l.getStyleClass().addAll("count-chip", "count-chip-" + kind);
        return l;
    }
}
