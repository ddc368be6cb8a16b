package jp.tenken.ui.common.mapping;

/** One thing a take-in needs a column for: an id the caller knows it by, its label, and whether it is required. */
public record ColumnRole(String id, String label, boolean required) {
}
