package jp.tenken.domain.edition;

import java.util.Objects;

/** One answer row of a form: an item key and the scope (device kind) it is answered for. */
public record RowKey(String itemKey, Scope scope) {
    public RowKey {
        Objects.requireNonNull(itemKey, "itemKey");
        Objects.requireNonNull(scope, "scope");
    }
}
