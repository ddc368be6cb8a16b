package jp.tenken.ui.common;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Predicate;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import jp.tenken.domain.Wareki;

/**
 * A date field that shows dates as the forms write them (令和7年5月16日) and accepts what people type (令和7年5月16日,
 * R7.5.16, 2025/5/16), with a calendar. Until it is first focused or clicked it is only its face — the date (or the
 * prompt) in a box drawn like the picker — so a form of twenty rows with three dates each opens without building
 * sixty date pickers; the picker is made the moment it is needed and takes the focus, the click or the typing
 * ({@link LazyControl}).
 */
public final class WarekiDateField extends LazyControl<WarekiPicker> {

    private static final String INVALID = "invalid";
    private static final String REFUSED = "refused";

    private final ObjectProperty<LocalDate> value = new SimpleObjectProperty<>(this, "value");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", "");
    private final HBox face = new HBox();
    private final Label faceText = new Label();
    private final StackPane faceArrow = new StackPane();
    private Predicate<LocalDate> allowed = d -> true;
    private String prompt = "";

    public WarekiDateField() {
        getStyleClass().add("wareki-date");
        // the face carries the picker's style classes, so the stylesheet draws it (and its states) the same
        face.getStyleClass().addAll("combo-box-base", "date-picker", "date-face-box");
        faceText.getStyleClass().addAll("text-input", "text-field", "date-face");
        faceText.setMaxWidth(Double.MAX_VALUE);
        faceText.setMaxHeight(Double.MAX_VALUE);
        HBox.setHgrow(faceText, Priority.ALWAYS);
        faceArrow.getStyleClass().add("arrow-button");
        Region arrow = new Region();
        arrow.getStyleClass().add("arrow");
        faceArrow.getChildren().add(arrow);
        faceArrow.setMaxHeight(Double.MAX_VALUE);
        face.getChildren().addAll(faceText, faceArrow);
        face.setAlignment(Pos.CENTER_LEFT);
        face.setFillHeight(true);
        face.setMaxWidth(Double.MAX_VALUE);
        getChildren().add(face);
        value.addListener((o, a, b) -> showFace());
        showFace();
    }

    /** A press on the face makes the picker and focuses it; on the face's arrow it opens the calendar too. */
    @Override
    protected void pressedOnFace(MouseEvent e) {
        boolean onArrow = faceArrow.localToScene(faceArrow.getBoundsInLocal()).contains(e.getSceneX(), e.getSceneY());
        WarekiPicker p = control();
        p.requestFocus();
        if (onArrow) {
            p.show();
        }
    }

    /** The picker, bound to the field's value and marks, to take the face's place. */
    @Override
    protected WarekiPicker make() {
        WarekiPicker p = new WarekiPicker();
        p.getStyleClass().addAll(face.getStyleClass().filtered(c -> c.equals(INVALID) || c.equals(REFUSED)));
        p.setPromptText(prompt);
        p.setAllowed(allowed);
        p.setValue(value.get());
        p.valueProperty().bindBidirectional(value);
        p.setMaxWidth(Double.MAX_VALUE);
        problem.bind(p.problemProperty());
        // the field says what its picker is marked with (a date it cannot read, or one the rules refused)
        p.getStyleClass().addListener((ListChangeListener<String>) c -> {
            for (String mark : new String[] {INVALID, REFUSED}) {
                getStyleClass().remove(mark);
                if (p.getStyleClass().contains(mark)) {
                    getStyleClass().add(mark);
                }
            }
        });
        return p;
    }

    private void showFace() {
        if (madeControl() != null) {
            return;
        }
        LocalDate d = value.get();
        boolean empty = d == null;
        faceText.setText(empty ? prompt : Wareki.format(d));
        faceText.getStyleClass().remove("prompt");
        if (empty) {
            faceText.getStyleClass().add("prompt");
        }
    }

    public ObjectProperty<LocalDate> valueProperty() {
        return value;
    }

    public LocalDate getValue() {
        return value.get();
    }

    public void setValue(LocalDate d) {
        value.set(d);
    }

    public void setPromptText(String text) {
        WarekiPicker picker = madeControl();
        prompt = text == null ? "" : text;
        if (picker != null) {
            picker.setPromptText(prompt);
        }
        showFace();
    }

    public String getPromptText() {
        return prompt;
    }

    public void setAllowed(Predicate<LocalDate> allowed) {
        WarekiPicker picker = madeControl();
        this.allowed = allowed;
        if (picker != null) {
            picker.setAllowed(allowed);
        }
    }

    /** The field's text box: the picker is made for it (a caller that types or reads typed text needs it). */
    public TextField getEditor() {
        return control().getEditor();
    }

    /** What the field shows: the typed text once in use, else the date as the forms write it (empty for none). */
    public String shownText() {
        WarekiPicker picker = madeControl();
        return picker != null ? picker.getEditor().getText() : value.get() == null ? "" : Wareki.format(value.get());
    }

    /** Whether {@code n} (a focus owner) is this field, its picker or the picker's text box. */
    public boolean owns(Node n) {
        WarekiPicker picker = madeControl();
        return n == this || picker != null && (n == picker || n == picker.getEditor());
    }

    /** Why the typed text was not taken (a date that cannot be read), or empty. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    /** Marks the field as holding a date the rules refused ({@code reason} empty clears the mark). */
    public void markRefused(String reason) {
        WarekiPicker picker = madeControl();
        if (picker != null) {
            picker.markRefused(reason);
            return;
        }
        for (var classes : List.of(face.getStyleClass(), getStyleClass())) {
            classes.remove(REFUSED);
            if (reason != null && !reason.isEmpty()) {
                classes.add(REFUSED);
            }
        }
    }

    /** Esc: the typed text is dropped and the field shows its value again. */
    public void cancelTyped() {
        WarekiPicker picker = madeControl();
        if (picker != null) {
            picker.cancelTyped();
        }
    }

    /** Parses the typed text into the value (nothing is typed before the picker exists). */
    public void commitTyped() {
        WarekiPicker picker = madeControl();
        if (picker != null) {
            picker.commitTyped();
        }
    }
}
