package jp.tenken.domain.guideline;

import java.util.Optional;

/**
 * The guideline's 参照パターン (概説編 表3-1): on-premise or cloud, with or without a dedicated system operator;
 * a facility reads only the chapters tagged with its pattern.
 */
public enum ReferencePattern {
    I("Ⅰ"), II("Ⅱ"), III("Ⅲ"), IV("Ⅳ");

    private final String label;

    ReferencePattern(String label) {
        this.label = label;
    }

    /** As the guideline prints it: Ⅰ, Ⅱ, Ⅲ, Ⅳ. */
    public String label() {
        return label;
    }

    /** The pattern printed as {@code label}, if it is one of Ⅰ–Ⅳ. */
    public static Optional<ReferencePattern> of(String label) {
        for (ReferencePattern p : values()) {
            if (p.label.equals(label)) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }
}
