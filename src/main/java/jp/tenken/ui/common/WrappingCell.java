package jp.tenken.ui.common;

import javafx.beans.value.ObservableNumberValue;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.text.Text;

/**
 * A table cell whose text wraps onto more lines (the row grows) instead of being cut with 「…」: a date, a status or
 * a warning is read whole at every font size, not guessed from its first characters or a hover tooltip.
 */
public final class WrappingCell<S> extends TableCell<S, String> {
    private final Text text;

    private WrappingCell(TableColumn<S, String> column) {
        text = text(this, column.widthProperty().subtract(12));
    }

    /**
     * The text a cell ({@code cell}, of a table or a list) shows in place of its own: drawn in the cell's font and
     * colour, wrapping at {@code width}. A Text, not a Label: its height follows its wrapping width, so the row grows
     * to hold every line. The cell keeps its own text for tests and screen readers.
     */
    public static Text text(Labeled cell, ObservableNumberValue width) {
        Text t = new Text();
        t.getStyleClass().add("wrapping-cell-text");
        t.wrappingWidthProperty().bind(width);
        t.fontProperty().bind(cell.fontProperty());
        cell.setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
        return t;
    }

    /** Makes every cell of {@code column} wrap. */
    public static <S> void install(TableColumn<S, String> column) {
        column.setCellFactory(c -> new WrappingCell<>(column));
    }

    @Override
    protected void updateItem(String item, boolean empty) {
        super.updateItem(item, empty);
        if (empty || item == null) {
            setGraphic(null);
            setText(null);
        } else {
            text.setText(item);
            setText(item); // read by tests and screen readers; shown through the wrapping label
            setGraphic(text);
        }
    }
}
