/**
 * The ministry's own checklist workbooks as read: the grid of a sheet, its columns and rows, the rules a grid must
 * meet, the mapping a user states, and the layout kept to write answers back into the ministry's file. May use
 * {@code jp.tenken.domain}, {@code jp.tenken.domain.edition}, {@code jp.tenken.domain.year} and {@code java.*}
 * only.
 */
package jp.tenken.domain.official;
