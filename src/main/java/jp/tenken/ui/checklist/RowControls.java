package jp.tenken.ui.checklist;

import java.time.LocalDate;
import java.util.Objects;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Region;
import jp.tenken.domain.year.AnswerValue;
import jp.tenken.domain.year.Round;
import jp.tenken.ui.common.WarekiDateField;

/** The small controls of an answer row and how they follow its view model (used by {@link RowView}). */
final class RowControls {
    private RowControls() {
    }

    static void group(ToggleButton yes, ToggleButton no) {
        ToggleGroup g = new ToggleGroup();
        yes.setToggleGroup(g);
        no.setToggleGroup(g);
    }

    static FlowPane roundBox(String label, Node... controls) {
        FlowPane box = new FlowPane(4, 4, roundLabel(label));
        box.getChildren().addAll(controls);
        box.setAlignment(Pos.CENTER_LEFT);
        box.setPrefWrapLength(2000);
        box.getStyleClass().add("round-box");
        return box;
    }

    static String firstNonEmpty(String... texts) {
        for (String t : texts) {
            if (t != null && !t.isEmpty()) {
                return t;
            }
        }
        return "";
    }

    static Label roundLabel(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("round-label");
        l.setMinWidth(Region.USE_PREF_SIZE);
        return l;
    }

    /**
     * The round's はい/いいえ follow the model; the returned step shows the model again after a command it did not
     * take (a finalised year), where the click had already pressed the button.
     */
    static Runnable bindValue(RowViewModel row, Round round, ToggleButton yes, ToggleButton no) {
        Runnable sync = () -> {
            AnswerValue v = row.valueProperty(round).get();
            yes.setSelected(v == AnswerValue.YES);
            no.setSelected(v == AnswerValue.NO);
        };
        row.valueProperty(round).addListener((o, a, b) -> sync.run());
        sync.run();
        return sync;
    }

    /** The model shows in the field; a date the user enters goes to the view model as a command. */
    static void syncDate(ReadOnlyObjectProperty<LocalDate> model, WarekiDateField field,
                                 Consumer<LocalDate> command) {
        field.setValue(model.get());
        model.addListener((o, a, b) -> {
            if (!Objects.equals(field.getValue(), b)) {
                field.setValue(b);
            }
        });
        field.valueProperty().addListener((o, a, b) -> {
            if (!Objects.equals(model.get(), b)) {
                command.accept(b);
                if (!Objects.equals(model.get(), field.getValue())) {
                    field.setValue(model.get()); // not taken (a finalised year): the field shows what is kept
                }
            }
        });
    }
}
