package jp.tenken.domain.year;

import java.util.Objects;

/** The clinic, hospital or pharmacy a workbook file belongs to. */
public record Facility(String name, FacilityKind kind) {
    public Facility {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        name = name.strip();
    }
}
