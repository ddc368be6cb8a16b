package jp.tenken.ui.checklist;

import java.util.List;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import jp.tenken.domain.edition.Scope;
import jp.tenken.i18n.Messages;
import jp.tenken.ui.common.NodeNames;

/**
 * The head of an item's first row: its number (with a plain ※ when the wording is not yet checked against the
 * ministry's original), its verbatim text with the notes under it, and its badges.
 */
final class ItemHeader {
    private ItemHeader() {
    }

    static Node of(RowViewModel row) {
        Label number = new Label(row.item().gate() ? "" : row.item().number());
        number.getStyleClass().add("item-number");
        number.setMinWidth(48);
        Label text = new Label(row.item().text());
        text.getStyleClass().add("item-text");
        text.setWrapText(true);
        text.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(text, Priority.ALWAYS);
        VBox textBox = new VBox(1, text);
        HBox.setHgrow(textBox, Priority.ALWAYS);
        if (row.item().gate()) {
            Label gateHelp = new Label(Messages.get("checklist.gate.help")); // what the gate row decides
            gateHelp.getStyleClass().add("scope-note");
            gateHelp.setWrapText(true);
            textBox.getChildren().add(gateHelp);
        }
        if (row.item().scopes().equals(List.of(Scope.ALL))) {
            Label scopeNote = new Label(Messages.get("checklist.scopeNote", Scope.ALL.label()));
            scopeNote.getStyleClass().add("scope-note");
            scopeNote.setWrapText(true);
            textBox.getChildren().add(scopeNote);
        }
        HBox header = new HBox(8, number, textBox);
        if (!row.item().verified()) {
            // one plain mark; the line under the list says what it means (no research note on the row)
            Label mark = new Label(Messages.get("checklist.unverified"));
            NodeNames.set(mark, "unverified-mark-" + row.item().key());
            mark.getStyleClass().add("unverified-mark");
            mark.setMinWidth(Region.USE_PREF_SIZE);
            mark.setOnMouseEntered(e -> {
                if (mark.getTooltip() == null) {
                    mark.setTooltip(new Tooltip(Messages.get("checklist.unverifiedMark.tip")));
                }
            });
            header.getChildren().add(1, mark);
        }
        header.setAlignment(Pos.TOP_LEFT);
        if (row.newItemProperty().get()) {
            Label badge = new Label(Messages.get("checklist.newItem"));
            NodeNames.set(badge, "new-item-" + row.item().key());
            badge.getStyleClass().addAll("badge", "badge-new");
            badge.setMinWidth(Region.USE_PREF_SIZE);
            // the tooltip is made when the pointer first reaches the badge (a form opens without building them)
            badge.setOnMouseEntered(e -> {
                if (badge.getTooltip() == null) {
                    badge.setTooltip(new Tooltip(Messages.get("checklist.newItem.tip")));
                }
            });
            header.getChildren().add(badge);
        }
        if (!row.item().advisoryScopes().isEmpty()) {
            Label badge = new Label(Messages.get("checklist.advisory"));
            badge.getStyleClass().addAll("badge", "badge-advisory");
            badge.setMinWidth(Region.USE_PREF_SIZE);
            header.getChildren().add(badge);
        }
        return header;
    }
}
