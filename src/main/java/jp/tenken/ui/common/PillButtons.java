package jp.tenken.ui.common;

import org.controlsfx.control.SegmentedButton;

/**
 * ControlsFX's {@link SegmentedButton} (toggle buttons side by side, drawn as one pill by JavaFX's own stylesheet)
 * without ControlsFX's stylesheet for it. That stylesheet holds only the rules of the {@code dark} variant, which the
 * app does not use; JavaFX still read it, as CSS text, the first time a window showed one: about 8 ms of the JavaFX
 * thread as the checklist window first showed (its parser is used for nothing else, so it ran cold). {@code
 * PillButtonsTest} fails should a ControlsFX release give that stylesheet a rule for the plain variant.
 */
public final class PillButtons extends SegmentedButton {

    /** No stylesheet of the control's own: JavaFX's (modena's left, center and right pills) draws it. */
    @Override
    public String getUserAgentStylesheet() {
        return null;
    }
}
