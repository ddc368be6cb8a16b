package jp.tenken.ui.common;

import javafx.scene.control.ContentDisplay;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.text.Text;

/**
 * A table cell whose text wraps onto more lines (the row grows) instead of being cut with 「…」: a date, a status or
 * a warning is read whole at every font size, not guessed from its first characters or a hover tooltip.
 */
public final class WrappingCell<S> extends TableCell<S, String> {
    // a Text, not a Label: its height follows its wrapping width, so the row grows to hold every line
    private final Text text = new Text();

    private WrappingCell(TableColumn<S, String> column) {
        text.getStyleClass().add("wrapping-cell-text");
        text.wrappingWidthProperty().bind(column.widthProperty().subtract(12));
        text.fontProperty().bind(fontProperty());
        setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
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
