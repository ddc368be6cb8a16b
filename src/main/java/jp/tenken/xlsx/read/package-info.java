/**
 * Reads .xlsx workbooks that come from outside: forms returned by vendors or another PC, and the ministry's own
 * checklist workbooks. Every file is untrusted: it is opened through {@link jp.tenken.xlsx.UntrustedWorkbook},
 * which checks it before POI builds anything, and every failure becomes a Japanese message. The ministry's
 * workbooks are recognised by structure and meaning (OfficialGridReader over SheetGrid, TableFinder, ColumnRoles and
 * ItemParser), or through a mapping the user states. Works on domain objects only and never touches the database.
 */
package jp.tenken.xlsx.read;
