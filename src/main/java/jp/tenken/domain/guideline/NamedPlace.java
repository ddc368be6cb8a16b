package jp.tenken.domain.guideline;

import java.util.Objects;
import jp.tenken.domain.Circled;
import jp.tenken.domain.edition.GuidelineRef;

/**
 * A place of the guideline that a public comment or the ministry's answer names in its text, e.g. 「企画管理編
 * 15⑨」 → (企画管理編, "15", 9) or 「経営管理編 3. 3. 2」 → (経営管理編, "3.3.2", null).
 *
 * @param part   経営管理編, 企画管理編 or システム運用編
 * @param number a chapter or section number, e.g. "15" or "3.3.2"
 * @param item   the 遵守事項 number when one is named, else null
 */
public record NamedPlace(String part, String number, Integer item) {

    public NamedPlace {
        Objects.requireNonNull(part, "part");
        Objects.requireNonNull(number, "number");
    }

    /** The chapter number: the number before its first dot. */
    public String chapter() {
        return GuidelineRef.chapterOf(number);
    }

    /** As a reader would write it: 「企画管理編 15⑨」, 「経営管理編 3.3.2」. */
    public String printed() {
        return part + " " + number + (item == null ? "" : Circled.of(item));
    }

    // equals and hashCode written out, with the values a record's own would give: a record's own are linked through
    // method handles on first use (java.lang.runtime.ObjectMethods), about 23 ms of reading the comments at start.
    @Override
    public boolean equals(Object o) {
        return o instanceof NamedPlace p && part.equals(p.part) && number.equals(p.number)
                && Objects.equals(item, p.item);
    }

    @Override
    public int hashCode() {
        return (31 * part.hashCode() + number.hashCode()) * 31 + Objects.hashCode(item);
    }
}
