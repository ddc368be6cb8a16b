/**
 * Reads .xlsx workbooks that come from outside: forms returned by vendors or another PC, and the ministry's own
 * checklist workbooks. Every file is untrusted: it is opened through {@link jp.tenken.xlsx.UntrustedWorkbook},
 * which checks it before POI builds anything, and every failure becomes a Japanese message. Works on domain
 * objects only and never touches the database.
 */
package jp.tenken.xlsx.read;
