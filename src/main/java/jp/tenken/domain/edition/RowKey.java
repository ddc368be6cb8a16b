package jp.tenken.domain.edition;

import java.util.Objects;

/** One answer row of a form: an item key and the scope (device kind) it is answered for. */
public record RowKey(String itemKey, Scope scope) {
    public RowKey {
        Objects.requireNonNull(itemKey, "itemKey");
        Objects.requireNonNull(scope, "scope");
    }

    // Written out rather than left to the record: row keys are hashed and compared thousands of times as a year is
    // read, and a record's own equals and hashCode are linked at run time through method handles the AOT cache does
    // not hold (about 23 ms of processor at the window's start, 10 ms on an export's main thread). The same meaning:
    // equal when both parts are; the hash from the scope's position, so it is the same in every run.

    @Override
    public boolean equals(Object o) {
        return o instanceof RowKey k && itemKey.equals(k.itemKey) && scope == k.scope;
    }

    @Override
    public int hashCode() {
        return 31 * itemKey.hashCode() + scope.ordinal();
    }
}
