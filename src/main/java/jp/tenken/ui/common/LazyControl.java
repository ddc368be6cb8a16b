package jp.tenken.ui.common;

import javafx.scene.control.Control;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.StackPane;

/**
 * A control that is only its face until it is first focused or clicked: a node drawn like the control (it carries the
 * control's style classes) stands in its place, so a screen of many such controls opens without building and styling
 * them. The control is made the moment it is needed, takes the face's place and the focus, the click or the typing,
 * and stays from then on. {@link WarekiDateField} (a date picker) and {@link LazyTextField} are two; each puts its
 * face in its children.
 */
public abstract class LazyControl<C extends Control> extends StackPane {
    private C control;

    protected LazyControl() {
        setFocusTraversable(true);
        focusedProperty().addListener((o, was, is) -> {
            if (is && control == null) {
                control().requestFocus(); // Tab reached the face: the control takes the focus and the typing
            }
        });
        addEventFilter(MouseEvent.MOUSE_PRESSED, e -> {
            if (control == null) {
                pressedOnFace(e);
                e.consume();
            }
        });
    }

    /** Once the control exists, the focus goes to it. */
    @Override
    public void requestFocus() {
        if (control != null) {
            control.requestFocus();
        } else {
            super.requestFocus();
        }
    }

    /** The control, made (and put in the face's place) on first use. */
    protected final C control() {
        if (control == null) {
            C c = make();
            control = c;
            getChildren().setAll(c);
            setFocusTraversable(false);
            if (getScene() != null) {
                c.applyCss(); // its skin now, so it is in the scene and can take the focus at once
            }
        }
        return control;
    }

    /** The control when it has been made, else null (the face is showing). */
    protected final C madeControl() {
        return control;
    }

    /** Makes the control, bound to what the face shows. */
    protected abstract C make();

    /** A press on the face: makes the control (through {@link #control()}) and gives it the click. */
    protected abstract void pressedOnFace(MouseEvent e);
}
