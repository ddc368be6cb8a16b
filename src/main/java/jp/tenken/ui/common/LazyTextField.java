package jp.tenken.ui.common;

import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.scene.AccessibleRole;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.MouseEvent;

/**
 * A one-line text field that is only its face — the text (or the prompt) in a box drawn like the field — until it is
 * first focused or clicked ({@link LazyControl}), as {@link WarekiDateField} is for dates: a form's first screen opens
 * without building a text field per row.
 */
public final class LazyTextField extends LazyControl<TextField> {
    private final Label face = new Label();
    private final StringProperty text = new SimpleStringProperty(this, "text", "");
    private final String faceStyle;
    private final Supplier<? extends TextField> make;
    private String prompt = "";
    private Consumer<String> onCommit = s -> { };

    /** {@code styleClass}: the field's own style class, which the face carries as well. */
    public LazyTextField(String styleClass) {
        this(styleClass, TextField::new);
    }

    /** A field made by {@code make} on first use (a field of a library's, with a clear button, say). */
    public LazyTextField(String styleClass, Supplier<? extends TextField> make) {
        this.faceStyle = styleClass;
        this.make = make;
        getStyleClass().add("lazy-text-field");
        setAccessibleRole(AccessibleRole.TEXT_FIELD); // what it is to a screen reader before its field exists
        // the face carries the text field's style classes, so the stylesheet draws it (and its states) the same
        face.getStyleClass().addAll("text-input", "text-field", styleClass, "field-face");
        face.setMaxWidth(Double.MAX_VALUE);
        face.setMinWidth(0);
        getChildren().add(face);
        text.addListener((o, a, b) -> showFace());
        showFace();
    }

    @Override
    protected void pressedOnFace(MouseEvent e) {
        TextField f = control();
        layout(); // the field at the face's size, its skin laid out, so the click finds its place in the text
        f.fireEvent(e.copyFor(f, f)); // the caret where the click was, as in a field that was always there
    }

    /** The text field, made (and put in the face's place) on first use; a caller that types into it needs it. */
    public TextField field() {
        return control();
    }

    @Override
    protected TextField make() {
        TextField f = make.get();
        f.setText(text.get());
        f.getStyleClass().add(faceStyle);
        f.setPromptText(prompt);
        f.setMaxWidth(Double.MAX_VALUE);
        f.textProperty().bindBidirectional(text);
        f.setOnAction(e -> onCommit.accept(f.getText()));
        f.focusedProperty().addListener((o, was, is) -> {
            if (!is) {
                onCommit.accept(f.getText());
            }
        });
        setAccessibleRole(AccessibleRole.PARENT);
        return f;
    }

    private void showFace() {
        if (madeControl() != null) {
            return;
        }
        String t = text.get();
        boolean empty = t == null || t.isEmpty();
        face.setText(empty ? prompt : t);
        face.getStyleClass().remove("prompt");
        if (empty) {
            face.getStyleClass().add("prompt");
        }
    }

    public StringProperty textProperty() {
        return text;
    }

    public String getText() {
        return text.get();
    }

    public void setText(String t) {
        text.set(t == null ? "" : t);
    }

    public void setPromptText(String p) {
        prompt = p == null ? "" : p;
        if (madeControl() != null) {
            madeControl().setPromptText(prompt);
        }
        showFace();
    }

    /** What to do with the text when Enter is pressed in the field or the field loses the focus. */
    public void setOnCommit(Consumer<String> onCommit) {
        this.onCommit = onCommit;
    }

    /** Whether the text field exists and has the focus (someone is typing in it). */
    public boolean isEditing() {
        return madeControl() != null && madeControl().isFocused();
    }
}
