/**
 * The column-mapping step of every spreadsheet take-in, as spreadsheet programs' import wizards do it: the first
 * rows of a sheet as a grid, the header row, and one column chosen per role from a list, keyboard first. Plain view
 * model plus a code-built view; the roles and what a mapping means belong to the screen that uses it.
 */
package jp.tenken.ui.common.mapping;
