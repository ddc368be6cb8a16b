package jp.tenken.ui.clauses;

import jp.tenken.domain.guideline.ReferencePattern;

/** A 参照パターン as the chooser lists it, with a short explanation. */
public record PatternChoice(ReferencePattern pattern, String label, String explanation) {
    @Override
    public String toString() {
        return label;
    }
}
